#!/usr/bin/env python3
"""Writes the layout-extreme FO files of issue 8 into a folder: make_fo.py DIR."""
import os
import shutil
import sys

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <fo:layout-master-set>
    <fo:simple-page-master master-name="A4" page-width="210mm" page-height="297mm" margin="20mm">
      <fo:region-body/>
    </fo:simple-page-master>
  </fo:layout-master-set>
  <fo:page-sequence master-reference="A4">
    <fo:flow flow-name="xsl-region-body" font-family="Noto Serif" font-size="10pt">
'''
TAIL = '''    </fo:flow>
  </fo:page-sequence>
</fo:root>
'''


def table(rows, cols=3, cell=lambda r, c: 'r%d c%d' % (r, c), header=True):
    out = ['<fo:table table-layout="fixed" width="100%">']
    out += ['<fo:table-column column-width="proportional-column-width(1)"/>'] * cols
    if header:
        out.append('<fo:table-header><fo:table-row>' +
                   ''.join('<fo:table-cell><fo:block font-weight="bold">H%d</fo:block></fo:table-cell>' % c
                           for c in range(cols)) + '</fo:table-row></fo:table-header>')
    out.append('<fo:table-body>')
    for r in range(rows):
        out.append('<fo:table-row>' + ''.join(
            '<fo:table-cell border="0.5pt solid black"><fo:block>%s</fo:block></fo:table-cell>' % cell(r, c)
            for c in range(cols)) + '</fo:table-row>')
    out.append('</fo:table-body></fo:table>')
    return '\n'.join(out)


def main():
    d = sys.argv[1]
    os.makedirs(d, exist_ok=True)
    long_word = 'frikommuneforsøg' * 313  # 5,008 characters, no break opportunity
    tall = '<fo:block>' + ' '.join(['Et afsnit i en celle der er højere end en side.'] * 40) + '</fo:block>'
    cases = {
        'long-word': '<fo:block>Før ' + long_word[:5000] + ' efter.</fo:block>\n'
                     '<fo:block hyphenate="true" language="da">' + long_word[:5000] + '</fo:block>',
        'tall-cell': table(2, 2, lambda r, c: tall.replace('<fo:block>', '').replace('</fo:block>', '') * 8
                           if (r, c) == (0, 0) else 'kort'),
        'rows-10000': table(10000, 3),
        'empty-flow': '',
        'empty-blocks': '<fo:block/>' * 1000,
        'unsupported-object': '<fo:block>før</fo:block>\n<fo:multi-properties><fo:block>x</fo:block></fo:multi-properties>',
        'graphic-not-png': '<fo:block><fo:external-graphic src="not-a-png.png"/></fo:block>',
        'graphic-missing': '<fo:block><fo:external-graphic src="nowhere.png"/></fo:block>',
        'graphic-outside': '<fo:block><fo:external-graphic src="/etc/passwd"/></fo:block>',
        'deep-blocks': '<fo:block>' * 250 + 'dybt' + '</fo:block>' * 250,
        'keep-everything': '<fo:block keep-together.within-page="always">' +
                           '<fo:block keep-with-next="always">linje</fo:block>' * 400 + '</fo:block>',
        'huge-font': '<fo:block font-size="2000pt">Æ</fo:block>',
        'big-font': '<fo:block font-size="400pt" line-height="1.1">Ø</fo:block>',
        'zero-font': '<fo:block font-size="0pt">nul</fo:block>',
        'negative-indent': '<fo:block start-indent="-30mm">negativ</fo:block>',
        'wide-indents': '<fo:block start-indent="100mm" end-indent="100mm">ingen plads tilbage på linjen</fo:block>',
        'footnote-taller-than-page': '<fo:block>tekst<fo:footnote><fo:inline>1</fo:inline><fo:footnote-body>' +
                                     tall * 6 + '</fo:footnote-body></fo:footnote></fo:block>',
        # an image and a diagram taller than any page: drawn smaller, never past the page foot
        'tall-image': '<fo:block>før</fo:block><fo:block><fo:external-graphic src="checker.png" '
                      'content-height="400mm" content-width="10mm" scaling="non-uniform"/></fo:block>'
                      '<fo:block>efter</fo:block>',
        'tall-diagram': '<fo:block>før</fo:block><fo:block><fo:instream-foreign-object>'
                        '<d:change-theory xmlns:d="urn:frisk:diagram">' +
                        ''.join('<d:column><d:heading>kolonne</d:heading>' +
                                '<d:box>boks med en tekst der fylder</d:box>' * 40 + '</d:column>'
                                for _ in range(2)) +
                        '</d:change-theory></fo:instream-foreign-object></fo:block><fo:block>efter</fo:block>',
        # a row inside a row (a table in a table cell, and a list in that) taller than a page:
        # split at both levels, every word on a page
        'nested-rows': table(1, 2, lambda r, c: 'ydre' if c == 0 else
                             '</fo:block>' + table(1, 1, lambda r2, c2: ' '.join(['indre'] * 4000) +
                                                   '</fo:block><fo:list-block><fo:list-item>'
                                                   '<fo:list-item-label end-indent="label-end()"><fo:block>•</fo:block></fo:list-item-label>'
                                                   '<fo:list-item-body start-indent="body-start()"><fo:block>' +
                                                   ' '.join(['indre'] * 3000) + '</fo:block></fo:list-item-body>'
                                                   '</fo:list-item></fo:list-block><fo:block>') + '<fo:block>'),
        'span-overflow': '<fo:table><fo:table-column column-width="50mm"/><fo:table-body><fo:table-row>'
                         '<fo:table-cell number-columns-spanned="7" number-rows-spanned="1000"><fo:block>x</fo:block>'
                         '</fo:table-cell></fo:table-row></fo:table-body></fo:table>',
    }
    for name, body in cases.items():
        with open(os.path.join(d, name + '.fo'), 'w', encoding='utf-8') as f:
            f.write(HEAD + body + '\n' + TAIL)
    shutil.copy(os.path.join(os.path.dirname(__file__), '..', 'typeset', 'checker.png'), d)
    with open(os.path.join(d, 'not-a-png.png'), 'wb') as f:
        f.write(b'GIF89a' + bytes(range(256)) * 4)


if __name__ == '__main__':
    main()
