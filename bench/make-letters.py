#!/usr/bin/env python3
"""The mail-merge class of job for `make bench`: N one-page letters, each its own page-sequence,
written twice — as the XSL-FO a stylesheet written for FOP produces (for frisk and FOP), and as
the same letter in Typst's own markup (for Typst) — with one logo image shared by all.

usage: bench/make-letters.py OUT_DIR N
writes OUT_DIR/letters-N.fo, OUT_DIR/letters-N.typ and OUT_DIR/logo.png (tests/typeset's RGBA logo)

Each letter: the logo and the sender block at the top, the recipient's address, the date, a
subject, two justified and hyphenated Danish paragraphs and a closing. The recipients are
placeholders ("Modtager 17, Eksempelvej 17"), not people; the text says nothing about the
programme's data, it only has the length and the words of a real letter.
"""
import os
import shutil
import sys
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

MONTHS = ("januar februar marts april maj juni juli august september oktober november "
          "december").split()
TOWNS = ["8000 Aarhus C", "5000 Odense C", "9000 Aalborg", "6700 Esbjerg", "7100 Vejle",
         "4000 Roskilde", "3400 Hillerød", "8800 Viborg", "6000 Kolding", "2630 Taastrup"]
SENTENCES = [
    "Tak for din henvendelse om frikommuneforsøgene og om de regler, som forsøgene giver "
    "kommunerne mulighed for at fravige.",
    "Frikommunenetværkene afprøver nye måder at tilrettelægge beskæftigelsesindsatsen på, så "
    "borgerne får et mere sammenhængende forløb og færre samtaler, der ikke fører til noget.",
    "Forsøgene evalueres løbende, og kommunerne indsender hvert år en statusrapport til "
    "ministeriet med deres erfaringer og resultater.",
    "Hvis du har spørgsmål til dit eget forløb, er du altid velkommen til at kontakte "
    "jobcentret i din kommune, som kan fortælle, hvilke forsøg der gælder for dig.",
    "Vi gør opmærksom på, at forsøgene ikke ændrer dine rettigheder efter lovgivningen om "
    "kontanthjælp, sygedagpenge og ressourceforløb.",
    "Sekretariatet for frikommunenetværkene samler erfaringerne og formidler dem til de "
    "øvrige kommuner, så de bedste løsninger kan udbredes.",
    "Dokumentationen af forsøgene offentliggøres på sekretariatets hjemmeside, hvor du også "
    "kan finde de godkendte ansøgninger og de seneste statusnotater.",
    "Vi har registreret din henvendelse og vender tilbage, hvis der er behov for yderligere "
    "oplysninger i forbindelse med sagsbehandlingen.",
]


def letter_text(i):
    """Two paragraphs, the sentences rotated so that no two neighbouring letters are alike."""
    s = SENTENCES[i % len(SENTENCES):] + SENTENCES[:i % len(SENTENCES)]
    return " ".join(s[:5]), " ".join(s[5:])


def recipient(i):
    return ("Modtager %d" % (i + 1), "Eksempelvej %d, %d. sal" % (i % 97 + 1, i % 4 + 1),
            TOWNS[i % len(TOWNS)], "%d. %s 2018" % (i % 28 + 1, MONTHS[i % 12]))


FO_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="Noto Serif" font-size="10.5pt"
    language="da" hyphenate="true">
  <fo:layout-master-set>
    <fo:simple-page-master master-name="letter" page-width="210mm" page-height="297mm"
        margin-top="15mm" margin-bottom="15mm" margin-left="25mm" margin-right="25mm">
      <fo:region-body margin-top="10mm"/>
    </fo:simple-page-master>
  </fo:layout-master-set>
"""
FO_LETTER = """  <fo:page-sequence master-reference="letter">
    <fo:flow flow-name="xsl-region-body">
      <fo:block text-align="end"><fo:external-graphic src="logo.png" content-width="40mm"/></fo:block>
      <fo:block text-align="end" font-family="Noto Sans" font-size="8.5pt" line-height="1.35" space-after="12mm">Sekretariatet for frikommunenetværkene<fo:block/>Slotsholmsgade 1<fo:block/>1216 København K<fo:block/>frikommune@example.dk</fo:block>
      <fo:block line-height="1.35">{name}</fo:block>
      <fo:block line-height="1.35">{street}</fo:block>
      <fo:block line-height="1.35" space-after="10mm">{town}</fo:block>
      <fo:block text-align="end" space-after="8mm">{date}</fo:block>
      <fo:block font-weight="bold" space-after="6mm">Vedrørende din henvendelse om frikommuneforsøgene</fo:block>
      <fo:block text-align="justify" space-after="4mm">Kære {name}</fo:block>
      <fo:block text-align="justify" space-after="4mm">{p1}</fo:block>
      <fo:block text-align="justify" space-after="8mm">{p2}</fo:block>
      <fo:block>Med venlig hilsen</fo:block>
      <fo:block space-before="10mm">Sekretariatet for frikommunenetværkene</fo:block>
    </fo:flow>
  </fo:page-sequence>
"""

TYPST_HEAD = """#set page(paper: "a4", margin: (top: 25mm, bottom: 15mm, x: 25mm))
#set text(font: "Noto Serif", size: 10.5pt, lang: "da", hyphenate: true)
#set par(leading: 0.55em, spacing: 0pt)
#let letter(name, street, town, date, p1, p2) = {
  align(right, image("logo.png", width: 40mm))
  align(right, text(font: "Noto Sans", size: 8.5pt)[Sekretariatet for frikommunenetværkene \\
    Slotsholmsgade 1 \\ 1216 København K \\ frikommune\\@example.dk])
  v(12mm)
  [#name \\ #street \\ #town]
  v(10mm)
  align(right, date)
  v(8mm)
  strong[Vedrørende din henvendelse om frikommuneforsøgene]
  v(6mm)
  par(justify: true)[Kære #name]
  v(4mm)
  par(justify: true, p1)
  v(4mm)
  par(justify: true, p2)
  v(8mm)
  [Med venlig hilsen]
  v(10mm)
  [Sekretariatet for frikommunenetværkene]
}
"""


def typst_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    out, n = sys.argv[1], int(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    shutil.copyfile(os.path.join(ROOT, "tests/typeset/images/logo.png"), os.path.join(out, "logo.png"))
    fo, typ = [FO_HEAD], [TYPST_HEAD]
    for i in range(n):
        name, street, town, date = recipient(i)
        p1, p2 = letter_text(i)
        fo.append(FO_LETTER.format(name=escape(name), street=escape(street), town=escape(town),
                                   date=escape(date), p1=escape(p1), p2=escape(p2)))
        if i:
            typ.append("#pagebreak()\n")
        typ.append("#letter(%s)\n" % ", ".join(typst_str(x) for x in (name, street, town, date, p1, p2)))
    fo.append("</fo:root>\n")
    with open(os.path.join(out, "letters-%d.fo" % n), "w", encoding="utf-8") as f:
        f.write("".join(fo))
    with open(os.path.join(out, "letters-%d.typ" % n), "w", encoding="utf-8") as f:
        f.write("".join(typ))


if __name__ == "__main__":
    main()
