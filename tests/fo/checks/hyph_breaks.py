#!/usr/bin/env python3
"""hyph_breaks.py DIC < TEXT: checks each word a line end breaks with a hyphen (pdftotext's
U+00AD or "-" after a letter, the rest of the word opening the next line) against the
hyphenation patterns in DIC, read by libhyphen itself (not by frisk). Prints "N M": the number
of broken words and how many of them break where the patterns allow no break."""
import ctypes
import re
import sys

hnj = ctypes.CDLL("libhyphen.so.0")
hnj.hnj_hyphen_load.restype = ctypes.c_void_p
hnj.hnj_hyphen_load.argtypes = [ctypes.c_char_p]
hnj.hnj_hyphen_hyphenate2.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                                      ctypes.c_char_p, ctypes.c_char_p,
                                      ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
dic = hnj.hnj_hyphen_load(sys.argv[1].encode())
if not dic:
    sys.exit("cannot load " + sys.argv[1])


def allowed(word, at):
    """1 when the patterns allow a break after character at of word."""
    raw = word.lower().encode()
    hyphens = ctypes.create_string_buffer(len(raw) + 5)
    rep, pos, cut = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
    hnj.hnj_hyphen_hyphenate2(dic, raw, len(raw), hyphens, None, ctypes.byref(rep),
                              ctypes.byref(pos), ctypes.byref(cut))
    return int(hyphens.raw[at - 1:at].decode() or "0") % 2 == 1


lines = [l.strip() for l in sys.stdin.read().splitlines()]
broken = bad = 0
for i, line in enumerate(lines[:-1]):
    m = re.search(r"(\w+)[\u00ad-]$", line)
    n = re.match(r"(\w+)", lines[i + 1])
    if not m or not n:
        continue
    broken += 1
    if not allowed(m.group(1) + n.group(1), len(m.group(1))):
        bad += 1
        print("not a break point: %s-%s" % (m.group(1), n.group(1)), file=sys.stderr)
print(broken, bad)
