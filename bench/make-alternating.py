#!/usr/bin/env python3
"""make-alternating.py N OUT.fo: an FO file whose page-sequence alternates two column widths
(odd and even masters with different margins) on every page, N justified paragraphs long
(issue 20, columns2). Used to measure that such a flow costs about what a flow at one width
does: `valgrind --tool=callgrind ./frisk render OUT.fo -o /tmp/x.pdf`, at N and 2N, and with
--one-width (both masters the same) for the common case."""
import sys

WORDS = ("garden pond path glasshouse volunteer member board autumn spring fair school visit "
         "accounts surplus budget timetable wheelchair appendix plant sale winter summer meeting "
         "minutes committee library cafe archive reading room music study").split()


def paragraph(i):
    words = [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(60 + i % 40)]
    words[0] = f"P{i}"
    return " ".join(words) + "."


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    one_width = "--one-width" in sys.argv
    n, out = int(args[0]), args[1]
    even_left = "20mm" if one_width else "40mm"
    paras = "\n".join(f'      <fo:block space-after="4pt" text-indent="12pt">{paragraph(i)}</fo:block>'
                      for i in range(n))
    fo = f'''<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xml:lang="en">
  <fo:layout-master-set>
    <fo:simple-page-master master-name="odd" page-width="148mm" page-height="210mm" margin="20mm">
      <fo:region-body/>
    </fo:simple-page-master>
    <fo:simple-page-master master-name="even" page-width="148mm" page-height="210mm"
        margin-top="20mm" margin-bottom="20mm" margin-left="{even_left}" margin-right="20mm">
      <fo:region-body/>
    </fo:simple-page-master>
    <fo:page-sequence-master master-name="book">
      <fo:repeatable-page-master-alternatives>
        <fo:conditional-page-master-reference master-reference="odd" odd-or-even="odd"/>
        <fo:conditional-page-master-reference master-reference="even" odd-or-even="even"/>
      </fo:repeatable-page-master-alternatives>
    </fo:page-sequence-master>
  </fo:layout-master-set>
  <fo:page-sequence master-reference="book">
    <fo:flow flow-name="xsl-region-body" font-family="serif" font-size="11pt" line-height="14pt"
             text-align="justify" hyphenate="true">
{paras}
    </fo:flow>
  </fo:page-sequence>
</fo:root>
'''
    with open(out, "w", encoding="utf-8") as f:
        f.write(fo)


main()
