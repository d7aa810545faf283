"""Records test statuses in a TEST COPY of the data (never in input/): for each ELEMENT-ID=XML
argument, XML (one <status>) becomes the last entry of that element's status history.
Usage: python3 record.py NETWORK-FILE ELEMENT-ID '<status …/>' [ELEMENT-ID '<status …/>' …]"""
import re
import sys

path, pairs = sys.argv[1], sys.argv[2:]
text = open(path, encoding="utf-8").read()
for element, status in zip(pairs[0::2], pairs[1::2]):
    start = text.find('<element id="%s"' % element)
    end = text.find("</status-history>", start)
    if start < 0 or end < 0:
        sys.exit("record.py: no element %s with a status history in %s" % (element, path))
    indent = re.search(r"\n([ \t]*)</status-history>", text[start:end + 20]).group(1) + "  "
    text = text[:end] + "  " + status + "\n" + indent[:-2] + text[end:]
open(path, "w", encoding="utf-8").write(text)
