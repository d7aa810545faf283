#!/usr/bin/env python3
"""lines.py PDF: checks the line setting of tests/typeset/lines.fo (one case a page, in this order) on
the words' boxes from `pdftotext -bbox`, and prints one line per failure (nothing when all hold).

A4 pages with 25 mm margins: the text block runs from x = 70.87 to 524.41 pt. Words on one line
share their yMin; a line's extent is from its first word's xMin to its last word's xMax (a hyphen
set at a break belongs to the last word).
"""
import re
import subprocess
import sys

LEFT, RIGHT = 25 / 25.4 * 72, 185 / 25.4 * 72
CENTRE = (LEFT + RIGHT) / 2
NARROW_RIGHT = LEFT + 45 / 25.4 * 72
EPS = 0.6
CASES = ["justify", "justify-last", "end", "center", "indent", "outdent", "linefeeds", "narrow"]


def pages(pdf):
    html = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    out = []
    for page in re.findall(r"<page .*?</page>", html, re.S):
        lines = {}
        for x0, y0, x1, _, word in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page):
            lines.setdefault(round(float(y0), 1), []).append((float(x0), float(x1), word))
        out.append([(y, sorted(ws)) for y, ws in sorted(lines.items())])
    return out


def main():
    got = pages(sys.argv[1])
    fail = []

    def expect(case, cond, what):
        if not cond:
            fail.append("%s: %s" % (case, what))

    if len(got) != len(CASES):
        print("expected %d pages, got %d" % (len(CASES), len(got)))
        return
    for case, lines in zip(CASES, got):
        starts = [ws[0][0] for _, ws in lines]
        ends = [ws[-1][1] for _, ws in lines]
        for i, end in enumerate(ends):
            expect(case, end <= (NARROW_RIGHT if case == "narrow" else RIGHT) + EPS,
                   "line %d runs past the measure (%.2f)" % (i + 1, end))
        if case in ("justify", "indent"):
            for i, end in enumerate(ends[:-1]):
                expect(case, abs(end - RIGHT) <= EPS, "line %d ends at %.2f, not the right edge" % (i + 1, end))
            expect(case, ends[-1] < RIGHT - 5, "the last line is justified")
        if case in ("justify-last", "end"):
            for i, end in enumerate(ends):
                expect(case, abs(end - RIGHT) <= EPS, "line %d ends at %.2f, not the right edge" % (i + 1, end))
        if case in ("justify", "justify-last", "indent"):  # looseness spread, not piled in one line
            for i, (_, ws) in enumerate(lines):
                gap = max([b[0] - a[1] for a, b in zip(ws, ws[1:])] or [0])
                expect(case, gap <= 20, "line %d has a %.1f pt space" % (i + 1, gap))
        if case in ("justify", "justify-last", "end"):
            expect(case, len(lines) >= 3, "set in %d lines" % len(lines))
        if case == "justify":
            for i, start in enumerate(starts):
                expect(case, abs(start - LEFT) <= EPS, "line %d starts at %.2f" % (i + 1, start))
        if case == "center":
            for i, (start, end) in enumerate(zip(starts, ends)):
                expect(case, abs((start + end) / 2 - CENTRE) <= EPS, "line %d is not centred" % (i + 1))
        if case == "indent":
            expect(case, abs(starts[0] - (LEFT + 24)) <= EPS, "first line starts at %.2f" % starts[0])
            for i, start in enumerate(starts[1:], 2):
                expect(case, abs(start - LEFT) <= EPS, "line %d starts at %.2f" % (i, start))
        if case == "outdent":
            expect(case, abs(starts[0] - LEFT) <= EPS, "first line starts at %.2f" % starts[0])
            for i, start in enumerate(starts[1:], 2):
                expect(case, abs(start - (LEFT + 18)) <= EPS, "line %d starts at %.2f" % (i, start))
        if case == "linefeeds":
            texts = [" ".join(w for _, _, w in ws) for _, ws in lines]
            expect(case, texts == ["første linje", "anden linje", "fjerde linje efter en tom"],
                   "lines %r" % texts)
            if len(lines) == 3:
                expect(case, abs(lines[2][0] - lines[1][0] - 30) <= EPS and abs(lines[1][0] - lines[0][0] - 15) <= EPS,
                       "the empty line is not one line high (%r)" % [y for y, _ in lines])
        if case == "narrow":  # a line of one word has no space to stretch
            for i, ((_, ws), end) in enumerate(zip(lines[:-1], ends)):
                expect(case, len(ws) == 1 or abs(end - NARROW_RIGHT) <= EPS,
                       "line %d ends at %.2f, not the right edge" % (i + 1, end))
    for f in fail:
        print(f)


if __name__ == "__main__":
    main()
