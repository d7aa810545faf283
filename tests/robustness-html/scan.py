#!/usr/bin/env python3
"""Scans a built output folder for planted markup that survived (issue 8).

usage: scan.py OUTPUT_DIR [STATIC_PAGE...]
STATIC_PAGE: a page (relative path) that shows no data, so need not hold the planted text.
Prints one TAP line per check. An HTML page fails if, parsed with html.parser, it holds a
<script> element with a src or body other than the site's own script file, an <img>/<svg>
the data planted, any on* attribute, a javascript: URL in href/src/action, or a </style> or
</title> that closed its element early (visible as planted text after it). A CSV fails when a
cell starts with = + - @ (a formula), or when the planted text did not reach it at all.
"""
import csv
import io
import json
import os
import sys
from html.parser import HTMLParser

MARK = 'alert('


class Scanner(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.stack = []
        self.planted_text = 0

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        for name, value in attrs:
            if name.lower().startswith('on'):
                self.problems.append('line %d: <%s %s=...>' % (line, tag, name))
            if name.lower() in ('href', 'src', 'action', 'xlink:href', 'formaction') and value and \
                    value.strip().lower().replace('\t', '').startswith(('javascript:', 'data:text/html', 'vbscript:')):
                self.problems.append('line %d: <%s %s="%s">' % (line, tag, name, value))
        if tag == 'script':
            src = dict(attrs).get('src')
            if not src or not src.endswith('.js') or MARK in src:
                self.stack.append('script-inline')
            else:
                self.stack.append('script')
            return
        if tag in ('img', 'svg') and dict(attrs).get('src') == 'x':
            self.problems.append('line %d: planted <%s> element' % (line, tag))
        if tag in ('style', 'title'):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1].startswith(tag):
            self.stack.pop()

    def handle_data(self, data):
        if MARK in data:
            self.planted_text += 1
        if self.stack and self.stack[-1] == 'script-inline' and MARK in data:
            self.problems.append('line %d: planted script runs: %r' % (self.getpos()[0], data[:60]))
        if self.stack and self.stack[-1] == 'style' and MARK in data:
            self.problems.append('line %d: planted text inside <style>' % self.getpos()[0])


def main():
    root = sys.argv[1]
    static = set(sys.argv[2:])
    failures = 0
    n_html = n_planted = 0
    for folder, _, files in sorted(os.walk(root)):
        for f in sorted(files):
            path = os.path.join(folder, f)
            rel = os.path.relpath(path, root)
            if f.endswith('.html'):
                n_html += 1
                text = open(path, encoding='utf-8').read()
                scanner = Scanner()
                scanner.feed(text)
                scanner.close()
                if scanner.planted_text or rel in static:
                    n_planted += 1
                if scanner.problems:
                    failures += 1
                    print('not ok - %s: markup survived: %s' % (rel, '; '.join(scanner.problems[:5])))
                else:
                    print('ok - %s: no planted markup' % rel)
            elif f.endswith('.csv'):
                text = open(path, encoding='utf-8-sig').read()
                rows = list(csv.reader(io.StringIO(text), delimiter=';'))
                formulas = [c for r in rows for c in r if c[:1] in ('=', '+', '-', '@', '\t', '\r')]
                neutralised = [c for r in rows for c in r if c.startswith("'=1+1")]
                if formulas:
                    failures += 1
                    print('not ok - %s: %d cells start a formula, e.g. %r' % (rel, len(formulas), formulas[0][:40]))
                elif not neutralised:
                    failures += 1
                    print('not ok - %s: no planted cell reached the CSV' % rel)
                else:
                    print('ok - %s: %d formula cells neutralised' % (rel, len(neutralised)))
            elif f.endswith('.json'):
                try:
                    data = json.load(open(path, encoding='utf-8'))
                    found = MARK in json.dumps(data, ensure_ascii=False)
                    if found:
                        print('ok - %s: valid JSON holding the planted text as data' % rel)
                    else:
                        failures += 1
                        print('not ok - %s: no planted text reached the JSON' % rel)
                except ValueError as e:
                    failures += 1
                    print('not ok - %s: not valid JSON: %s' % (rel, e))
    if n_html and n_planted == n_html:
        print('ok - planted text reached all %d HTML pages that show data (as text)' % n_html)
    else:
        print('not ok - planted text reached only %d of %d HTML pages' % (n_planted, n_html))


if __name__ == '__main__':
    main()
