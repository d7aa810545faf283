#!/usr/bin/env python3
"""Checks one document built from the content fixture (tests/content/make-fixtures.py), or any
built document with --outline-only: prints TAP lines. Usage:
  check.py NAME PDF HTML FO WEBDIR [--outline-only]
Text, structure, links and alt text in the PDF (pdftotext -bbox, qpdf's outline, pdfimages)
and the HTML; the layout rules on the PDF's pages."""
import html.parser
import json
import os
import re
import subprocess
import sys

name, pdf, html_path, fo_path, webdir = sys.argv[1:6]
outline_only = '--outline-only' in sys.argv


def tap(ok, what, why=''):
    print(('ok - ' if ok else 'not ok - ') + f'{name}: {what}' + ('' if ok else f': {why}'))


def norm(s):
    return ' '.join(s.split())


# ---- HTML as a tree ------------------------------------------------------------------------
VOID = {'meta', 'img', 'br', 'hr', 'input', 'link', 'col', 'source', 'wbr', 'area', 'base'}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.kids, self.text = tag, dict(attrs), parent, [], ''

    def all_text(self):
        return self.text + ''.join(k.all_text() + k.tail for k in self.kids)

    def walk(self):
        yield self
        for k in self.kids:
            yield from k.walk()


class Tree(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root', [], None)
        self.root.tail = ''
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        n.tail = ''
        self.cur.kids.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        if self.cur.kids:
            self.cur.kids[-1].tail += data
        else:
            self.cur.text += data


tree = Tree()
tree.feed(open(html_path, encoding='utf-8').read())
nodes = list(tree.root.walk())
body = [n for n in nodes if n.tag == 'body'][0]

# One h1, no skipped level.
levels = [int(n.tag[1]) for n in body.walk() if re.fullmatch(r'h[1-6]', n.tag)]
tap(levels.count(1) == 1 and levels[0] == 1, 'HTML has exactly one h1, first', str(levels[:5]))
skips = [(a, b) for a, b in zip(levels, levels[1:]) if b > a + 1]
tap(not skips, 'HTML headings skip no level', str(skips))

# No empty elements left from optional parts.
CONTAINERS = {'p', 'li', 'ul', 'ol', 'table', 'caption', 'figcaption', 'blockquote', 'section',
              'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'strong', 'em', 'figure', 'thead', 'tbody',
              'tfoot', 'tr', 'aside', 'nav', 'dl', 'dt', 'dd', 'sup', 'span'}
empty = [n.tag + ('#' + n.attrs['id'] if 'id' in n.attrs else '') for n in body.walk()
         if n.tag in CONTAINERS and not norm(n.all_text()) and not any(k.tag in VOID or k.tag == 'svg' for k in n.walk() if k is not n)]
tap(not empty, 'HTML has no empty element', ', '.join(empty[:5]))

# The PDF's outline has the tree of the HTML's headings (h2 and below, without the table of
# contents' and the notes' own headings).
def html_tree():
    out = []
    stack = [(1, out)]
    for n in body.walk():
        m = re.fullmatch(r'h([2-6])', n.tag)
        if not m:
            continue
        text = norm(n.all_text())
        if text in ('Indhold', 'Noter') or n.parent.tag == 'nav':
            continue
        level = int(m.group(1))
        while stack[-1][0] >= level:
            stack.pop()
        entry = {'title': text, 'kids': []}
        stack[-1][1].append(entry)
        stack.append((level, entry['kids']))
    return out


def pdf_tree():
    data = json.loads(subprocess.run(['qpdf', '--json', '--json-key=outlines', pdf],
                                     capture_output=True, text=True, check=True).stdout)
    def conv(items):
        return [{'title': norm(i['title']), 'kids': conv(i['kids'])} for i in items
                if norm(i['title']) not in ('Indhold',)]
    return conv(data['outlines'])


h, p = html_tree(), pdf_tree()
tap(h == p, 'the PDF outline has the same tree as the HTML headings',
    f'html {json.dumps(h, ensure_ascii=False)[:300]} pdf {json.dumps(p, ensure_ascii=False)[:300]}')
if outline_only:
    sys.exit(0)

# ---- PDF words with their pages and boxes --------------------------------------------------
bbox = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True, check=True).stdout
pages = []
for page in re.findall(r'<page width="[^"]+" height="([^"]+)">(.*?)</page>', bbox, re.S):
    height = float(page[0])
    words = [(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in
             re.findall(r'<word xMin="([^"]+)" yMin="([^"]+)" xMax="([^"]+)" yMax="([^"]+)">([^<]*)</word>', page[1])]
    pages.append((height, words))


def lines(words):
    """Words grouped into lines by their baseline (yMax), top to bottom."""
    out = {}
    for w in words:
        out.setdefault(round(w[3]), []).append(w)
    return [(y, ' '.join(x[4] for x in sorted(ws))) for y, ws in sorted(out.items())]


page_lines = [lines(ws) for _, ws in pages]


def find(text):
    """(page index, line y) of the first line containing text, or None."""
    for i, ls in enumerate(page_lines):
        for y, t in ls:
            if text in t:
                return i, y
    return None


def find_heading(text):
    """(page index, line y) of the heading line that is exactly text (not its line in the
    table of contents, which ends in a page number)."""
    for i, ls in enumerate(page_lines):
        for y, t in ls:
            if norm(t) == norm(text):
                return i, y
    return None


def body_lines(i):
    """The lines of page i between the running header and the footer."""
    height = pages[i][0]
    return [(y, t) for y, t in page_lines[i] if 70 < y < height - 60]


all_text = '\n'.join(t for ls in page_lines for _, t in ls)
for text in ['fremhævning', 'citat i linjen”', 'Testfodnote med en henvisning',
             'SEL § 83', 'vejledningsloven', 'Retsinfor', 'Første testpunkt', 'Underpunkt et', '1. Nummereret et',
             'Testcitat som blok', '― Testkilde', 'Testfremhævet citat', 'Testtabel med spænd og sum',
             'Testgruppe B', 'I alt (test)', 'Testfigur, skaleret til spalten', 'Kilde: Testkilde til figuren',
             'Note: Testnote til figuren', 'Testmålgruppe 1: unumereret', 'Testunderafsnit i tredje niveau']:
    tap(text in all_text, f'PDF shows "{text}"')

# Internal references print the target's number and the page it is on.
html_text = norm(body.all_text())
heading_texts = [norm(n.all_text()) for n in body.walk() if re.fullmatch(r'h[2-6]', n.tag)]
for label, target in re.findall(r'((?:afsnit|tabel|figur) [0-9.]+), side (\d+)', all_text):
    kind, number = label.split(' ', 1)
    if kind == 'afsnit':
        heading = [h for h in heading_texts if h.startswith(number + ' ')]
        where = find_heading(heading[0]) if heading else None
    else:
        where = find(kind.capitalize() + ' ' + number + ' ')
    tap(where is not None and where[0] + 1 == int(target), f'PDF "{label}, side {target}" names the page its target is on',
        f'found on page {where[0] + 1 if where else None}')
refs = re.findall(r'(?:afsnit|tabel|figur) [0-9.]+, side \d+', all_text)
tap(len(refs) >= 3, 'PDF prints three internal references with their pages', str(refs))

# The figure: caption, image and source line on one page (a figure never splits).
images = subprocess.run(['pdfimages', '-list', pdf], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
image_pages = [int(l.split()[0]) - 1 for l in images if l.split()[2] == 'image']
caption, source = find('Testfigur, skaleret til spalten'), find('Kilde: Testkilde til figuren')
tap(len(image_pages) == 1 and caption and source and caption[0] == image_pages[0] == source[0],
    'the figure (caption, image, source) is on one page', f'{caption} {image_pages} {source}')
width = [float(l.split()[3]) for l in images if l.split()[2] == 'image']
tap(bool(width), 'the image is embedded in the PDF')

# Alt text: the same in the FO (fox:alt-text, what the PDF's figure carries) and the HTML.
fo = open(fo_path, encoding='utf-8').read()
fo_alt = re.findall(r'fox:alt-text="([^"]*)"', fo)
html_alt = [n.attrs.get('alt') for n in body.walk() if n.tag == 'img']
tap(fo_alt and fo_alt == html_alt and html_alt[0], 'the same alt text in the PDF\'s FO and the HTML', f'{fo_alt} {html_alt}')
tap(all(n.attrs.get('src', '').startswith('data:image/png;base64,') for n in body.walk() if n.tag == 'img') and html_alt,
    'HTML image is embedded')

# Lead-in paragraphs stay with the list they introduce.
pairs = re.findall(r'Testindledning (\d+) til listen herunder:', all_text)
bad = [n for n in pairs if find(f'Testindledning {n} til listen')[0] != find(f'Testpunkt {n}a')[0]]
tap(len(pairs) >= 10 and not bad, f'each of {len(pairs)} lead-ins ending in ":" is on the page of its list', str(bad))
tap(find('Testindledning til tabellen:')[0] == find('Testtabel med spænd og sum')[0],
    'the lead-in to a table is on the page of its caption')

# Every heading has at least two lines of what follows under it on its page.
headings = [norm(n.all_text()) for n in body.walk() if re.fullmatch(r'h[2-6]', n.tag)]
short = []
for text in headings:
    if text in ('Indhold', 'Noter'):
        continue
    where = find_heading(text)
    if not where:
        short.append(text + ' (not found)')
        continue
    below = [y for y, t in body_lines(where[0]) if y > where[1]]
    if len(below) < 2:
        short.append(text)
tap(not short, 'every heading has two lines of text after it on its page', str(short))

# The running header names the section current on the page: the one the page begins in (the
# last one begun before it, carried over), unless a section heading begins the page, or no
# section has begun yet (retrieve-position="first-including-carryover").
marks = [t for t in headings if t not in ('Indhold', 'Noter')]
where_marks = [(find_heading(m), m) for m in marks]
current, wrong = None, []
for i in range(len(pages)):
    on_page = [(w, m) for w, m in where_marks if w and w[0] == i]
    begins = on_page and not [y for y, t in body_lines(i) if y < on_page[0][0][1] - 1]
    expected = on_page[0][1] if on_page and (begins or current is None) else current
    on_page = [m for w, m in on_page]
    # The application's covering letter is headed by the title; its running header says what
    # the part is, "Følgebrev" (stylesheets/fo/application.xsl).
    if expected and name.startswith('application') and expected == norm([n for n in body.walk() if n.tag == 'h1'][0].all_text()):
        expected = 'Følgebrev'

    if on_page:
        current = on_page[-1]
    head = norm(' '.join(t for y, t in page_lines[i] if y < 60))
    if expected and not head.endswith(norm(expected)):
        wrong.append((i + 1, expected, head))
tap(not wrong, 'the running header names the current section on every page', str(wrong[:2]))

# The long table repeats its header on every page it continues on.
rows = [i for i, ls in enumerate(page_lines) if any(re.match(r'Testrække \d+ ', t) for _, t in ls)]
missing = [i + 1 for i in rows if not any(t.startswith('Testrække Tal Andel') for _, t in page_lines[i])]
tap(len(rows) >= 2 and not missing, f'the long table spans {len(rows)} pages and repeats its header on each', str(missing))

# ---- HTML structure and links -------------------------------------------------------------
ids = {n.attrs['id'] for n in nodes if 'id' in n.attrs}
xrefs = [n for n in body.walk() if n.tag == 'a' and 'xref' in n.attrs.get('class', '')]
tap(len(xrefs) == 3 and all(x.attrs['href'][1:] in ids for x in xrefs),
    'HTML internal references are links to ids on the page', str([x.attrs.get('href') for x in xrefs]))
tap([norm(x.all_text()) for x in xrefs] == [m.split(',')[0] for m in refs[:3]],
    'HTML internal references say what the PDF says', str([norm(x.all_text()) for x in xrefs]))
laws = [n for n in body.walk() if n.tag == 'a' and 'law-ref' in n.attrs.get('class', '')]
tap(laws and all(os.path.exists(os.path.join(webdir, n.attrs['href'].replace('../web/', ''))) for n in laws),
    'HTML law references link to existing law pages of the site', str([n.attrs.get('href') for n in laws]))
tap('vejledningsloven' in html_text, 'HTML names the law the document declares itself')
tables = [n for n in body.walk() if n.tag == 'table' and 'content-table' in n.attrs.get('class', '')]
t = tables[0] if tables else None
tap(t is not None and any(k.tag == 'thead' for k in t.kids) and any(k.tag == 'tfoot' for k in t.kids)
    and any(k.tag == 'caption' for k in t.kids), 'HTML table has caption, thead and tfoot')
cells = [n for n in t.walk() if n.tag in ('td', 'th')] if t else []
tap(any(c.attrs.get('rowspan') == '2' for c in cells) and any(c.attrs.get('colspan') == '2' for c in cells),
    'HTML table keeps row and column spans')
tap(any(c.attrs.get('class') == 'align-right' and norm(c.all_text()) == '7' for c in cells),
    'a number under a row span is right-aligned as its column')
tap(all(c.attrs.get('scope') for c in cells if c.tag == 'th'), 'HTML header cells have scope')
figs = [n for n in body.walk() if n.tag == 'figure' and 'image' in n.attrs.get('class', '')]
tap(figs and any(k.tag == 'figcaption' and 'Figur' in k.all_text() for k in figs[0].kids), 'HTML figure has its numbered figcaption')
tap(any(n.tag == 'blockquote' for n in body.walk()), 'HTML has the block quotation')
tap(any(n.tag == 'ol' and any(k.tag == 'ol' for k in n.walk() if k is not n) is False for n in body.walk()) and
    any(n.tag == 'li' and any(k.tag == 'ol' for k in n.kids) for n in body.walk()), 'HTML has nested lists')
notes = [n for n in body.walk() if n.tag == 'a' and n.attrs.get('href', '').startswith('#note-')]
tap(notes and all(x.attrs['href'][1:] in ids for x in notes), 'HTML footnote marks link to the notes')
exts = [n.attrs['href'] for n in body.walk() if n.tag == 'a' and n.attrs.get('href', '').startswith('https://www.retsinformation')]
tap(bool(exts), 'HTML external link')
