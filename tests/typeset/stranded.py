#!/usr/bin/env python3
"""stranded.py FO PDF [TOP BOTTOM]: prints "page N: TEXT" for every page whose last line of
body text is (the end of) a heading or caption of FO, or a list item's label alone, and nothing
when there is none.

A heading or caption is an fo:block with keep-with-next (what the stylesheets give headings and
table/figure captions). The last line is read with `pdftotext -bbox` inside the region body
(y from TOP to BOTTOM, default 79..763: the memo's and the fixtures' A4 body), leaving out
footnote lines: lines whose words are all lower than 11.25 pt (8 pt text; the smallest flow
text, 8.5 pt tables, gives 11.6 pt boxes) and whose text is part of a footnote body of FO. (Small
text that is not a footnote, such as a diagram's labels, counts as flow content.) Text is compared with white space
collapsed and soft hyphens dropped; the last lines match when, read upwards, they make up the
whole of a heading's text (a heading that wraps), not merely its tail.
"""
import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

FO = "{http://www.w3.org/1999/XSL/Format}"
FOOTNOTE_MAX_H = 11.25


def norm(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def squeeze(s):
    return re.sub(r"\s+", "", s.replace("\u00ad", ""))


def footnotes(tree):
    return [squeeze("".join(el.itertext())) for el in tree.iter(FO + "footnote-body")]


def headings(tree):
    out = []
    for el in tree.iter(FO + "block"):
        if el.get("keep-with-next", el.get("keep-with-next.within-page")) in (None, "auto"):
            continue
        # the block's own text without markers (running-header copies of the title)
        parts = []

        def walk(e):
            if e.tag == FO + "marker":
                if e.tail:
                    parts.append(e.tail)
                return
            if e.text:
                parts.append(e.text)
            for c in e:
                walk(c)
                if c.tag != FO + "marker" and c.tail:
                    parts.append(c.tail)
        walk(el)
        t = norm("".join(parts))
        if t:
            out.append(t)
    return out


def last_lines(pdf, top, bottom, notes):
    text = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = []
    for page in re.split(r"<page ", text)[1:]:
        lines = {}
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                             r'yMax="([\d.]+)">(.*?)</word>', page):
            x, y0, y1 = float(m.group(1)), float(m.group(2)), float(m.group(4))
            if y0 < top or y1 > bottom:
                continue
            # words of a line share a baseline; yMax differs by font, so bucket by 3 pt
            key = round(y1 / 3)
            lines.setdefault(key, []).append((x, y1 - y0, html.unescape(m.group(5))))
        body = []  # the page's body lines, last first
        for key in sorted(lines, reverse=True):
            words = sorted(lines[key])
            text = norm(" ".join(w for _, _, w in words))
            small = all(h < FOOTNOTE_MAX_H for _, h, _ in words)
            if not body and small and any(squeeze(text) in n for n in notes):
                continue
            body.append(text)
        pages.append(body)
    return pages


def ends_with_heading(body, h):
    """1 when the page's last lines (body, last first) are a whole heading h: read upwards, they
    must stay a tail of h until they are all of it. A table cell that repeats a heading's words
    (the memo's overview names each trial as its heading does, without the number) does not
    begin where the heading begins, so it is no stranded heading. A line ending in a hyphen may
    be a word broken at a soft hyphen: both joins are tried."""
    tails = {body[0]} if body else set()
    for line in body[1:] + [None]:
        if h in tails:
            return True
        tails = {t for t in tails if h.endswith(t)}
        if not tails or line is None:
            return False
        joined = {line + " " + t for t in tails}
        if line.endswith("-"):
            joined |= {line[:-1] + t for t in tails}
        tails = joined
    return False


def main():
    fo, pdf = sys.argv[1], sys.argv[2]
    top = float(sys.argv[3]) if len(sys.argv) > 3 else 79
    bottom = float(sys.argv[4]) if len(sys.argv) > 4 else 763
    tree = ET.parse(fo)
    heads = headings(tree)
    labels = {norm("".join(el.itertext())) for el in tree.iter(FO + "list-item-label")}
    for n, body in enumerate(last_lines(pdf, top, bottom, footnotes(tree)), 1):
        if not body:
            continue
        line = body[0]
        if line in labels:
            print(f"page {n}: {line}  [a list label without its body]")
            continue
        for h in heads:
            if ends_with_heading(body, h):
                print(f"page {n}: {line}  [{h}]")
                break


if __name__ == "__main__":
    main()
