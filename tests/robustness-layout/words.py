#!/usr/bin/env python3
"""words.py FILE.pdf WORD: prints "<occurrences of WORD> <words drawn outside the page>"
from pdftotext -bbox, so a test can tell text that was laid out from text lost or clipped.
Occurrences are counted in all words joined, hyphens dropped, so a word broken over lines
still counts."""
import re
import subprocess
import sys

pdf, word = sys.argv[1], sys.argv[2]
html = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True).stdout
pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
count = outside = 0
joined = []
for width, height, body in pages:
    for x0, y0, x1, y1, text in re.findall(
            r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)', body):
        joined.append(text.replace('-', '').replace('\u00ad', ''))
        if float(x0) < -0.5 or float(y0) < -0.5 or float(x1) > float(width) + 0.5 or float(y1) > float(height) + 0.5:
            outside += 1
count = ''.join(joined).count(word)
print(count, outside)
