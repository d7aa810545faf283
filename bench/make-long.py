#!/usr/bin/env python3
"""make-long.py IN.fo OUT.fo N — the same document with the content of its last fo:flow
repeated N times (the benchmark's "4x longer" input).

Every copy but the last gets its ids, and the references to them made inside the flow
(ref-id, internal-destination), suffixed with -xK, so ids stay unique and each copy's table of
contents cites its own headings. References from outside the flow (bookmarks, the "Side X af
Y" footer's page-number-citation-last) keep the original ids, which the last copy carries, so
the footer counts the whole document. Ids of the diagram vocabulary (its own namespace) are left alone. Text-level, so the file is otherwise byte-for-byte the
input (prefixes, foreign namespaces, white space)."""
import re
import sys

FO_TAG = re.compile(r'<fo:[\w.-]+[^>]*>')  # only FO objects: the diagram vocabulary has its own ids
ID = re.compile(r'(?<![-\w:])id="([^"]*)"')
REF = re.compile(r'(?<![-\w:])(id|ref-id|internal-destination)="([^"]*)"')


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: make-long.py IN.fo OUT.fo N")
    src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(src, encoding="utf-8") as f:
        text = f.read()
    start = text.rfind("<fo:flow ")
    if start < 0:
        sys.exit(f"{src}: no <fo:flow> (make-long.py expects the fo: prefix)")
    open_end = text.index(">", start) + 1
    close = text.index("</fo:flow>", open_end)
    body = text[open_end:close]
    ids = {i for tag in FO_TAG.findall(body) for i in ID.findall(tag)}

    def copy(k):
        def attrs(m):
            return '%s="%s-x%d"' % (m.group(1), m.group(2), k) if m.group(2) in ids else m.group(0)
        return FO_TAG.sub(lambda t: REF.sub(attrs, t.group(0)), body)

    out = text[:open_end] + "".join(copy(k) for k in range(1, n)) + body + text[close:]
    with open(dst, "w", encoding="utf-8") as f:
        f.write(out)


if __name__ == "__main__":
    main()
