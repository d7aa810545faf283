#!/usr/bin/env python3
"""Regenerates the large FO fixtures of tests/typeset (table300.fo, footnotes.fo, toc.fo, memo60.fo).
They are committed; run this only to change them: python3 tests/typeset/generate.py"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xml:lang="da" xmlns:frisk="urn:frisk:fo" frisk:title="%s"
    frisk:creation-date="2018-02-15">
  <fo:layout-master-set>
    <fo:simple-page-master master-name="page" page-width="210mm" page-height="297mm"
        margin-top="12mm" margin-bottom="12mm" margin-left="25mm" margin-right="25mm">
      <fo:region-body margin-top="16mm" margin-bottom="16mm"/>
      <fo:region-before extent="10mm"/>
      <fo:region-after extent="10mm"/>
    </fo:simple-page-master>
  </fo:layout-master-set>
"""
STATIC = """    <fo:static-content flow-name="xsl-region-before">
      <fo:block font-family="Noto Sans" font-size="8pt" border-bottom="0.5pt solid #8a9bb0" text-align-last="justify">%s<fo:leader leader-pattern="space"/><fo:retrieve-marker retrieve-class-name="chapter"/></fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-region-after">
      <fo:block font-family="Noto Sans" font-size="8pt" text-align="end">Side <fo:page-number/> af <fo:page-number-citation-last ref-id="document-end"/></fo:block>
    </fo:static-content>
"""
WORDS = ("frikommuneforsøg beskæftigelsesindsats kommunerne netværket sammenhængende borgerforløb "
         "evaluering forsøget godkendt ansøgning ministeriet lovgivningen dispensation "
         "jobcenter sagsbehandling virksomheder borgere ledige uddannelse resultater målgruppe "
         "indsatsen afprøve regler kontanthjælp sygedagpenge ressourceforløb").split()

def text(seed, n):
    out = []
    x = seed * 7919 + 13
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(WORDS[x % len(WORDS)])
    s = " ".join(out)
    return s[0].upper() + s[1:] + "."

def write(name, body):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write(body)

def table300():
    rows = []
    for i in range(1, 301):
        n = 4 + (i * 37) % 30
        if i == 150:
            n = 900  # a row taller than a page: split at line boundaries
        keep = ' keep-together.within-page="always"' if i % 50 == 0 else ""
        rows.append('          <fo:table-row%s><fo:table-cell padding="2pt" border="0.5pt solid #8a9bb0"><fo:block>R%03d</fo:block></fo:table-cell>'
                    '<fo:table-cell padding="2pt" border="0.5pt solid #8a9bb0"><fo:block>%s</fo:block></fo:table-cell>'
                    '<fo:table-cell padding="2pt" border="0.5pt solid #8a9bb0"><fo:block>Status %d</fo:block></fo:table-cell></fo:table-row>'
                    % (keep, i, text(i, n), i % 7))
    body = HEAD % "Table of 300 rows" + """  <fo:page-sequence master-reference="page">
""" + STATIC % "Tabel" + """    <fo:flow flow-name="xsl-region-body" font-family="Noto Serif" font-size="9pt" line-height="12pt">
      <fo:block font-family="Noto Sans" font-size="14pt" font-weight="bold" space-after="6pt" keep-with-next="always">Tabel 1.1 Forsøg</fo:block>
      <fo:table table-layout="fixed" width="100%" border-collapse="collapse">
        <fo:table-column column-width="20mm"/>
        <fo:table-column column-width="proportional-column-width(3)"/>
        <fo:table-column column-width="proportional-column-width(1)"/>
        <fo:table-header font-weight="bold" background-color="#e8eef5">
          <fo:table-row><fo:table-cell padding="2pt" border="0.5pt solid #8a9bb0"><fo:block>Nr.</fo:block></fo:table-cell>
            <fo:table-cell padding="2pt" border="0.5pt solid #8a9bb0"><fo:block>HEADERTEKST Indhold</fo:block></fo:table-cell>
            <fo:table-cell padding="2pt" border="0.5pt solid #8a9bb0"><fo:block>Status</fo:block></fo:table-cell></fo:table-row>
        </fo:table-header>
        <fo:table-body>
""" + "\n".join(rows) + """
        </fo:table-body>
      </fo:table>
      <fo:block id="document-end"/>
    </fo:flow>
  </fo:page-sequence>
</fo:root>
"""
    write("table300.fo", body)

def footnotes():
    paras = []
    for i in range(1, 41):
        paras.append('      <fo:block space-after="6pt" text-align="justify">%s Her er note REF%dZ<fo:footnote><fo:inline baseline-shift="super" font-size="7pt">%d</fo:inline>'
                     '<fo:footnote-body><fo:block font-size="8pt" line-height="10pt">FODNOTE-%d: %s</fo:block></fo:footnote-body></fo:footnote> %s</fo:block>'
                     % (text(i, 60 + (i * 13) % 80), i, i, i, text(i + 500, 10 + (i % 4) * 12), text(i + 900, 30)))
    body = HEAD % "Footnotes" + """  <fo:page-sequence master-reference="page">
""" + STATIC % "Fodnoter" + """    <fo:flow flow-name="xsl-region-body" font-family="Noto Serif" font-size="10pt" line-height="14pt">
""" + "\n".join(paras) + """
      <fo:block id="document-end"/>
    </fo:flow>
  </fo:page-sequence>
</fo:root>
"""
    write("footnotes.fo", body)

def toc(name, chapters, sections, paras_per_section, title):
    toc_lines, content, bookmarks = [], [], []
    for c in range(1, chapters + 1):
        cid = "ch%d" % c
        toc_lines.append('      <fo:block text-align-last="justify"><fo:basic-link internal-destination="%s">%d Kapitel %d</fo:basic-link> <fo:leader leader-pattern="dots"/> <fo:page-number-citation ref-id="%s"/></fo:block>' % (cid, c, c, cid))
        # the outline is the headings' tree, titles as printed (PDF/UA: tests/pdfua)
        bookmarks.append('    <fo:bookmark internal-destination="%s"><fo:bookmark-title>HEADING %d Kapitel %d</fo:bookmark-title>' % (cid, c, c))
        content.append('      <fo:block id="%s" role="H1" font-family="Noto Sans" font-size="16pt" line-height="20pt" font-weight="bold" color="#1f4e79" space-before="18pt" space-after="8pt" keep-with-next="always"%s><fo:marker marker-class-name="chapter">%d Kapitel %d</fo:marker>HEADING %d Kapitel %d</fo:block>'
                       % (cid, ' break-before="page"' if c % 3 == 1 and c > 1 else "", c, c, c, c))
        for s in range(1, sections + 1):
            sid = "s%d-%d" % (c, s)
            toc_lines.append('      <fo:block text-align-last="justify" start-indent="12pt"><fo:basic-link internal-destination="%s">%d.%d Afsnit</fo:basic-link> <fo:leader leader-pattern="dots"/> <fo:page-number-citation ref-id="%s"/></fo:block>' % (sid, c, s, sid))
            content.append('      <fo:block id="%s" role="H2" font-family="Noto Sans" font-size="12pt" line-height="16pt" font-weight="bold" space-before="10pt" space-after="4pt" keep-with-next="always">HEADING %d.%d Afsnit</fo:block>' % (sid, c, s))
            bookmarks.append('      <fo:bookmark internal-destination="%s"><fo:bookmark-title>HEADING %d.%d Afsnit</fo:bookmark-title></fo:bookmark>' % (sid, c, s))
            for p in range(paras_per_section):
                k = c * 1000 + s * 10 + p
                content.append('      <fo:block text-align="justify" hyphenate="true" language="da" space-after="6pt">%s</fo:block>' % text(k, 40 + (k * 17) % 120))
        bookmarks.append('    </fo:bookmark>')
    body = HEAD % title + "  <fo:bookmark-tree>\n" + "\n".join(bookmarks) + "\n  </fo:bookmark-tree>\n" + """  <fo:page-sequence master-reference="page">
""" + STATIC % title + """    <fo:flow flow-name="xsl-region-body" font-family="Noto Serif" font-size="10pt" line-height="14pt">
      <fo:block font-family="Noto Sans" font-size="16pt" font-weight="bold" space-after="10pt">Indhold</fo:block>
""" + "\n".join(toc_lines) + "\n" + "\n".join(content) + """
      <fo:block id="document-end"/>
    </fo:flow>
  </fo:page-sequence>
</fo:root>
"""
    write(name, body)

def memo60():
    """About 60 pages: chapters of text, a long table per chapter, footnotes, a TOC."""
    toc_lines, content = [], []
    fn = 0
    for c in range(1, 9):
        cid = "m%d" % c
        toc_lines.append('      <fo:block text-align-last="justify"><fo:basic-link internal-destination="%s">%d Netværk %d</fo:basic-link> <fo:leader leader-pattern="dots"/> <fo:page-number-citation ref-id="%s"/></fo:block>' % (cid, c, c, cid))
        content.append('      <fo:block id="%s" break-before="page" font-family="Noto Sans" font-size="16pt" font-weight="bold" space-after="8pt" keep-with-next="always"><fo:marker marker-class-name="chapter">%d Netværk %d</fo:marker>%d Netværk %d</fo:block>' % (cid, c, c, c, c))
        for p in range(14):
            k = c * 100 + p
            fn += 1
            content.append('      <fo:block text-align="justify" hyphenate="true" language="da" space-after="6pt">%s<fo:footnote><fo:inline baseline-shift="super" font-size="7pt">%d</fo:inline><fo:footnote-body><fo:block font-size="8pt" line-height="10pt">%d %s</fo:block></fo:footnote-body></fo:footnote> %s</fo:block>' % (text(k, 50 + (k * 7) % 90), fn, fn, text(k + 77, 12), text(k + 99, 40)))
        rows = []
        for r in range(1, 41):
            k = c * 1000 + r
            rows.append('          <fo:table-row><fo:table-cell padding="2pt" border="0.5pt solid #8a9bb0"><fo:block>%s</fo:block></fo:table-cell><fo:table-cell padding="2pt" border="0.5pt solid #8a9bb0"><fo:block>%s</fo:block></fo:table-cell><fo:table-cell padding="2pt" border="0.5pt solid #8a9bb0"><fo:block>%s</fo:block></fo:table-cell></fo:table-row>' % (text(k, 6), text(k + 5, 10 + (k * 3) % 40), text(k + 9, 3)))
        content.append("""      <fo:table table-layout="fixed" width="100%%" border-collapse="collapse" font-size="8.5pt" line-height="11pt" space-before="6pt">
        <fo:table-column column-width="proportional-column-width(2)"/><fo:table-column column-width="proportional-column-width(4)"/><fo:table-column column-width="proportional-column-width(1)"/>
        <fo:table-header font-weight="bold" background-color="#e8eef5"><fo:table-row><fo:table-cell padding="2pt" border="0.5pt solid #8a9bb0"><fo:block>Forsøg</fo:block></fo:table-cell><fo:table-cell padding="2pt" border="0.5pt solid #8a9bb0"><fo:block>Indhold</fo:block></fo:table-cell><fo:table-cell padding="2pt" border="0.5pt solid #8a9bb0"><fo:block>Status</fo:block></fo:table-cell></fo:table-row></fo:table-header>
        <fo:table-body>
%s
        </fo:table-body>
      </fo:table>""" % "\n".join(rows))
    body = HEAD % "Statusnotat (benchmark)" + """  <fo:page-sequence master-reference="page">
""" + STATIC % "Statusnotat" + """    <fo:flow flow-name="xsl-region-body" font-family="Noto Serif" font-size="10pt" line-height="14pt">
      <fo:block font-family="Noto Sans" font-size="16pt" font-weight="bold" space-after="10pt">Indhold</fo:block>
""" + "\n".join(toc_lines) + "\n" + "\n".join(content) + """
      <fo:block id="document-end"/>
    </fo:flow>
  </fo:page-sequence>
</fo:root>
"""
    write("memo60.fo", body)

table300()
footnotes()
toc("toc.fo", 9, 3, 4, "Indholdsfortegnelse")
memo60()
