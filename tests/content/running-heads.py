#!/usr/bin/env python3
"""The running head names the section current on each page (issue 18, point 4): the section
the page begins in. Read from the PDF as a reader sees it: the outline's entries with the page
and height they go to (qpdf --json), and the words above the body on each page (pdftotext
-bbox). A page that begins with a heading (its bookmark at the top of the body) must name that
heading's section; a page that begins with the text of a section started on an earlier page
must name that section, even when a new one starts lower on the page.

usage: running-heads.py NAME FILE.pdf   (prints one TAP line; exit 0). For a document whose
running heads repeat its headings' text (the memo; an application's name sections otherwise).
"""
import json
import re
import subprocess
import sys

name, pdf = sys.argv[1], sys.argv[2]


def norm(s):
    return re.sub(r'[\s\u00ad-]+', '', s)


data = json.loads(subprocess.run(['qpdf', '--json', '--json-key=outlines', pdf],
                                 capture_output=True, text=True, check=True).stdout)
entries = []  # (page, y from the bottom, title) in outline order


def walk(items):
    for item in items:
        dest = item.get('dest')
        if isinstance(dest, list) and len(dest) > 3 and dest[1] == '/XYZ':
            entries.append((item['destpageposfrom1'], float(dest[3]), item['title']))
        walk(item['kids'])


walk(data['outlines'])
if not entries:
    print(f'not ok - {name}: the PDF has an outline to compare the running heads with')
    sys.exit(0)
body_top = max(y for _, y, _ in entries)  # a heading that begins a page stands here

bbox = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True, check=True).stdout
heads = []
for height, page in re.findall(r'<page width="[^"]+" height="([^"]+)">(.*?)</page>', bbox, re.S):
    words = re.findall(r'<word xMin="[^"]+" yMin="[^"]+" xMax="[^"]+" yMax="([^"]+)">([^<]*)</word>', page)
    heads.append(norm(''.join(w for y, w in words if float(y) < float(height) - body_top)))

# the headings in reading order (outline order is document order)
entries.sort(key=lambda e: (e[0], -e[1]))
# a head with the document's title alone (the shortest) names no section: the pages before the
# first section (a table of contents) have one
title_only = min((h for h in heads if h), key=len, default='')
named = False
bad, checked = [], 0
for p in range(1, len(heads) + 1):
    if not heads[p - 1] or (heads[p - 1] == title_only and not named):
        continue  # no running head (a title page), or none naming a section yet
    named = True
    before = [e for e in entries if e[0] < p]
    on_page = [e for e in entries if e[0] == p]
    if on_page and on_page[0][1] >= body_top - 1:
        want = on_page[0]          # the page begins with a heading
    elif before:
        want = before[-1]          # the page begins with the text of the last section begun
    else:
        continue                   # no section yet (title page)
    checked += 1
    if not heads[p - 1].endswith(norm(want[2])):
        bad.append(f'page {p} says "{heads[p - 1]}", begins in "{want[2]}"')
print(f'ok - {name}: the running head of each of {checked} pages names the section the page begins in'
      if checked and not bad else
      f'not ok - {name}: the running head names the section the page begins in: {len(bad)} of {checked} pages: {bad[:3]}')
