#!/usr/bin/env python3
"""typography.py [-v] PDF...: counts, for each PDF, what a reader sees of the line and page
breaking, from the text boxes of `pdftotext -bbox-layout` alone (any engine's PDF: frisk's, FOP's):

  lines        lines of text (running headers and footers left out)
  hyphenated   lines that end in a hyphen (soft or hard) and go on in the next line
  per100       hyphenated line ends per 100 lines
  ladders      runs of three or more hyphenated line ends in a row in one paragraph
  orphans      a paragraph's first line alone at the foot of a page, the rest on the next
  widows       a paragraph's last line alone at the head of a page
  hyphenbreak  a page whose last line of a paragraph ends in a hyphen, the word going on overleaf

It prints one line per PDF: `FILE lines=N hyphenated=N per100=X ladders=N orphans=N widows=N
hyphenbreak=N`; with -v, each finding as `FILE: page N: KIND: TEXT` before it.

How it reads a page: poppler's blocks (text separated by vertical space or by columns, as table
cells are) are split further into paragraphs after a line that stops short of a justified
block's right edge. Running headers and footers are lines whose text (folios aside: numbers,
roman numerals, single letters) recurs at the same height on three or more pages. A paragraph
continues on the next page when the head of that page, in the same column (overlapping x range)
and text size (line height within 0.5 pt, so that footnotes pair with footnotes), begins with a
lower-case letter, or when the foot ends in a hyphen, or, for justified text, when its last line
is as wide as the column. A block at the head of a page whose text also stood on the page before
(a repeated table header) is skipped.
"""
import html
import re
import subprocess
import sys

HYPHENS = ("\u00ad", "-", "\u2010")
FULL_EPS = 0.6      # a justified line ends within this of the column's right edge
JUSTIFIED_EPS = 0.05  # justified lines end together, ragged ones only by chance
SIZE_EPS = 0.5      # lines of one text size differ in height by less than this
MARGIN = 0.09       # running headers and footers lie in this part of the page, top or bottom,
MARGIN_MIN = 60     # and at least in this many points of it (a small page's footer, 25 mm up)


class Line:
    def __init__(self, x0, y0, x1, y1, words):
        self.x0, self.y0, self.x1, self.y1 = x0, y0, x1, y1
        self.text = " ".join(words)
        self.height = y1 - y0

    def hyphenated(self):
        return self.text.endswith(HYPHENS)


class Para:
    def __init__(self, lines, page):
        self.lines = lines
        self.page = page
        self.x0 = min(line.x0 for line in lines)
        self.x1 = max(line.x1 for line in lines)
        self.y0, self.y1 = lines[0].y0, lines[-1].y1
        self.height = lines[-1].height
        self.prev = None   # the paragraph's part on the page before
        self.next = None   # its part on the page after


def read_pages(pdf):
    """Each page as blocks of Lines (see blocks_of)."""
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True,
                         check=True).stdout
    raw = []
    for page in re.findall(r"<page .*?</page>", out, re.S):
        height = float(re.match(r'<page width="[\d.]+" height="([\d.]+)"', page).group(1))
        lines = []
        for m in re.finditer(r"<line [^>]*>(.*?)</line>", page, re.S):
            words = [(float(x0), float(y0), float(x1), float(y1), html.unescape(t)) for x0, y0, x1, y1, t in
                     re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                r'yMax="([\d.]+)">([^<]*)</word>', m.group(1))]
            if words:
                lines.append(words)
        raw.append((lines, height))
    # running headers and footers: the same text (folios aside) at the same height, in the top
    # or bottom margin (MARGIN of the page), on three or more pages; a repeated table header: the
    # lines at the top of the page that stood on the page before, all moved by one and the same
    # distance, row by row
    seen = {}
    for n, (lines, height) in enumerate(raw):
        for words in lines:
            margin = max(MARGIN * height, MARGIN_MIN)
            if words[0][1] < margin or words[0][3] > height - margin:
                seen.setdefault(furniture_key(words), set()).add(n)
    pages = []
    for n, (lines, height) in enumerate(raw):
        body = sorted((words for words in lines if len(seen.get(furniture_key(words), ())) < 3),
                      key=lambda words: words[0][1])
        before = {}
        for words in raw[n - 1][0] if n > 0 else []:
            before.setdefault(text(words), set()).add(round(words[0][1]))
        shift, top = None, 0
        while top < len(body):  # row by row (the lines at one height), while all of a row matches
            y = round(body[top][0][1])
            row = [words for words in body[top:] if round(words[0][1]) == y]
            shifts = [{y - y0 for y0 in before.get(text(words), ())} for words in row]
            common = set.intersection(*shifts) if shift is None else {shift} & set.intersection(*shifts)
            if not common:
                break
            shift = min(common)
            top += len(row)
        pages.append(blocks_of(body[top:]))
    return pages


def text(words):
    return " ".join(w[4] for w in words)


def furniture_key(words):
    """A margin line's text with its folio masked: numbers (1, 09, 1,234), roman numerals and
    single letters (i, XIV, B: front matter and appendices), with the dashes around them."""
    key = re.sub(r"\d[\d.,]*", "#", text(words))
    key = re.sub(r"\b(?:[ivxlcdm]+|[IVXLCDM]+|[A-Za-z])\b", "#", key)
    key = re.sub(r"[-\u2013\u2014\s]*#[-\u2013\u2014\s]*", " # ", key).strip()
    return key, round(words[0][1])


def blocks_of(raw_lines):
    """Blocks of text, rebuilt from poppler's lines: a line is cut where a word starts at a column
    start (an x where three or more lines start on the page) after a gap wider than the line's
    spaces (poppler joins the lines of neighbouring table cells), and a line joins the block above it when it lies just below the
    block's last line (less than a quarter of a line height apart), in the same size, overlapping it."""
    starts = {}
    for words in raw_lines:
        starts[round(words[0][0] * 2)] = starts.get(round(words[0][0] * 2), 0) + 1
    columns = {x for x, n in starts.items() if n >= 3}
    rows = {}  # poppler cuts a loosely spaced line into several: one row per baseline
    for words in raw_lines:
        rows.setdefault((round(words[0][1] * 2), round(words[0][3] * 2)), []).extend(words)
    segments = []
    for words in (sorted(ws) for ws in rows.values()):
        cur = [words[0]]
        # (a footnote call set close after its word leaves no gap: not a space)
        gaps = sorted(g for g in (w[0] - prev[2] for prev, w in zip(words, words[1:])) if g > 0.3)
        # wider than the line's spaces (one gap alone: wider than most spaces ever are)
        wide = max(2.0, 1.5 * gaps[0]) if len(gaps) > 1 else 0.8 * (words[0][3] - words[0][1])
        for prev, w in zip(words, words[1:]):
            if round(w[0] * 2) in columns and w[0] - prev[2] > wide:
                segments.append(cur)
                cur = []
            cur.append(w)
        segments.append(cur)
    def body(ws):
        """The line's words in its own size: a footnote call set smaller and raised would
        otherwise make the line taller than its neighbours and cut its paragraph in two."""
        tallest = max(w[3] - w[1] for w in ws)
        return [w for w in ws if w[3] - w[1] >= 0.9 * tallest]
    lines = sorted((Line(min(w[0] for w in ws), min(w[1] for w in body(ws)), max(w[2] for w in ws),
                         max(w[3] for w in body(ws)), [w[4] for w in ws]) for ws in segments),
                   key=lambda line: (line.y0, line.x0))
    blocks = []
    for line in lines:
        for block in reversed(blocks):
            last = block[-1]
            if (abs(line.height - last.height) < 2 * SIZE_EPS and
                    -0.25 * last.height <= line.y0 - last.y1 < 0.25 * last.height and
                    min(line.x1, last.x1) > max(line.x0, last.x0)):
                block.append(line)
                break
        else:
            blocks.append([line])
    return blocks


def paragraphs(lines, page):
    """A block's lines cut into paragraphs: in a justified block (two or more lines, and half of
    them, ending at its right edge), a line that stops short of the edge ends a paragraph."""
    right = max(line.x1 for line in lines)
    full = sum(1 for line in lines if line.x1 >= right - JUSTIFIED_EPS)
    justified = full >= 2 and full >= 0.5 * (len(lines) - 1)
    out, cur = [], []
    for line in lines:
        if cur and abs(line.height - cur[-1].height) >= SIZE_EPS:
            out.append(Para(cur, page))
            cur = []
        cur.append(line)
        if justified and line.x1 < right - JUSTIFIED_EPS and not line.hyphenated():
            out.append(Para(cur, page))
            cur = []
    if cur:
        out.append(Para(cur, page))
    return out


def overlaps(a, b):
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5 * min(a.x1 - a.x0, b.x1 - b.x0)


def same_column(a, b):
    return abs(a.height - b.height) < SIZE_EPS and overlaps(a, b)


def text_of(p):
    return " ".join(line.text for line in p.lines)


def at_foot(a, paras):
    """Nothing below a in its column but smaller text (footnotes under the body)."""
    return not any(o is not a and o.y0 > a.y0 and overlaps(a, o) and o.height > a.height - SIZE_EPS
                   for o in paras)


def at_head(b, paras):
    """Nothing above b in its column but, for a note continued at the page foot, bigger text."""
    above = [o for o in paras if o is not b and o.y1 <= b.y0 and overlaps(b, o)]
    if any(o.height <= b.height + SIZE_EPS for o in above):
        return False
    return not above or at_foot(b, paras)


def analyse(pdf, verbose):
    pages = read_pages(pdf)
    paras_by_page = [[p for lines in blocks for p in paragraphs(lines, n)]
                     for n, blocks in enumerate(pages)]

    findings = []

    def note(page, kind, text):
        findings.append((page + 1, kind, text))

    # pair each paragraph at the foot of a page with its continuation at the head of the next
    for n in range(len(paras_by_page) - 1):
        here, there = paras_by_page[n], paras_by_page[n + 1]
        for a in here:
            if not at_foot(a, here):
                continue
            heads = [b for b in there if same_column(a, b) and b.prev is None and
                     at_head(b, there)]
            if not heads:
                continue
            b = min(heads, key=lambda p: p.y0)
            last = a.lines[-1]
            column = [p for p in here + there if same_column(p, a)]
            right, left = max(p.x1 for p in column), min(p.x0 for p in column)
            # justified: lines of different word counts end together at the column's edge
            edge = [line for p in (a, b) for line in p.lines if line.x1 >= right - JUSTIFIED_EPS]
            justified = len({len(line.text.split()) for line in edge}) >= 2
            full = justified and last.x1 >= right - FULL_EPS and last.x1 - last.x0 > 0.9 * (right - left)
            first = b.lines[0].text
            lower = first[:1].islower()
            ends_sentence = re.search(r"[.:!?]\W*$", last.text) is not None
            if last.hyphenated() or lower or (full and not (ends_sentence and first[:1].isupper())):
                a.next, b.prev = b, a
    lines = hyphenated = ladders = 0
    for paras in paras_by_page:
        for p in paras:
            lines += len(p.lines)
            if p.prev is None:
                chain, q = [], p
                while q:
                    chain.extend((q.page, line) for line in q.lines)
                    q = q.next
                run = 0
                for i, (page, line) in enumerate(chain):
                    if line.hyphenated() and i < len(chain) - 1:
                        hyphenated += 1
                        run += 1
                        if run == 3:
                            ladders += 1
                            note(page, "ladder", line.text)
                    else:
                        run = 0
            if p.next is not None:
                if p.prev is None and len(p.lines) == 1:
                    note(p.page, "orphan", p.lines[0].text)
                if p.next.next is None and len(p.next.lines) == 1:
                    note(p.next.page, "widow", p.next.lines[0].text)
                if p.lines[-1].hyphenated():
                    note(p.page, "hyphenbreak", p.lines[-1].text)
    counts = {k: sum(1 for f in findings if f[1] == k) for k in ("orphan", "widow", "hyphenbreak")}
    if verbose:
        for page, kind, text in findings:
            print(f"{pdf}: page {page}: {kind}: {text}")
    per100 = 100.0 * hyphenated / lines if lines else 0.0
    print(f"{pdf} lines={lines} hyphenated={hyphenated} per100={per100:.1f} ladders={ladders} "
          f"orphans={counts['orphan']} widows={counts['widow']} hyphenbreak={counts['hyphenbreak']}")


def main(argv):
    verbose = "-v" in argv
    files = [a for a in argv if a != "-v"]
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    for pdf in files:
        analyse(pdf, verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
