#!/usr/bin/env python3
"""Regenerates the image fixtures in tests/typeset/images/ (committed; run only to change them):
python3 tests/typeset/images.py. PNGs are written here with zlib; the JPEG by cjpeg
(libjpeg-turbo-progs) from a PPM written here.

  logo.png       200 x 80 RGBA: a disc that fades out (the alpha channel must survive: SMask)
  logo-copy.png  the same bytes under another name (one image in the PDF, not two)
  photo.jpg      320 x 200 colour gradient, baseline JPEG (passed through: DCTDecode)
  logo.svg       a path, a circle and text (stays vectors: no image XObject)
  corrupt.png    a true header and image data that is not zlib
  truncated.png  logo.png cut in half
  truncated.jpg  photo.jpg cut in half
  huge.png       a header claiming 30000 x 30000 pixels (3.6 GB decoded), 60 bytes on disk
  not-image.gif  a GIF signature: a format frisk does not embed

and the FO fixture images-shared.fo (50 uses of logo.png and 10 of logo-copy.png on 6 pages).
"""
import math
import os
import struct
import subprocess
import zlib

TESTS = os.path.dirname(os.path.abspath(__file__))
HERE = os.path.join(TESTS, "images")

FO_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <fo:layout-master-set>
    <fo:simple-page-master master-name="p" page-width="148mm" page-height="210mm" margin="20mm">
      <fo:region-body/>
    </fo:simple-page-master>
  </fo:layout-master-set>
  <fo:page-sequence master-reference="p">
    <fo:flow flow-name="xsl-region-body" font-family="sans-serif" font-size="10pt">
"""
FO_TAIL = """    </fo:flow>
  </fo:page-sequence>
</fo:root>
"""


def shared_fo():
    """60 uses of one image: 50 by its name, 10 by another name for the same bytes."""
    blocks = []
    for i in range(60):
        src = "images/logo.png" if i < 50 else "images/logo-copy.png"
        brk = ' break-before="page"' if i % 10 == 0 and i else ""
        blocks.append('      <fo:block%s space-after="4pt">Brug %d: <fo:external-graphic src="%s" '
                      'content-width="%dmm"/></fo:block>\n' % (brk, i + 1, src, 20 + i % 5 * 5))
    return FO_HEAD + "".join(blocks) + FO_TAIL


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png(width, height, colour_type, rows, raw_idat=None):
    head = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0))
    idat = raw_idat if raw_idat is not None else zlib.compress(b"".join(b"\0" + r for r in rows), 9)
    return head + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def logo_rows():
    rows = []
    for y in range(80):
        row = bytearray()
        for x in range(200):
            d = math.hypot(x - 40, y - 40)
            if d < 36:  # a blue disc whose edge fades out
                row += bytes((20, 70, 160, int(255 * min(1.0, (36 - d) / 12))))
            elif 90 <= x <= 190 and 30 <= y <= 50:  # an opaque orange bar
                row += bytes((230, 120, 20, 255))
            else:
                row += bytes((0, 0, 0, 0))
        rows.append(bytes(row))
    return rows


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    os.makedirs(HERE, exist_ok=True)
    logo = png(200, 80, 6, logo_rows())
    write("logo.png", logo)
    write("logo-copy.png", logo)
    write("truncated.png", logo[: len(logo) // 2])
    write("corrupt.png", png(64, 64, 2, None, raw_idat=b"this is not zlib data at all" * 8))
    write("huge.png", png(30000, 30000, 2, None, raw_idat=zlib.compress(b"\0" * 1000)))
    write("not-image.gif", b"GIF89a\x10\x00\x10\x00\x00\x00\x00;")

    ppm = b"P6\n320 200\n255\n" + bytes(
        v for y in range(200) for x in range(320) for v in (x * 255 // 319, y * 255 // 199, 128))
    jpeg = subprocess.run(["cjpeg", "-quality", "85", "-baseline"], input=ppm, capture_output=True,
                          check=True).stdout
    write("photo.jpg", jpeg)
    write("truncated.jpg", jpeg[: len(jpeg) // 2])

    with open(os.path.join(TESTS, "images-shared.fo"), "w", encoding="utf-8") as f:
        f.write(shared_fo())

    write("logo.svg", b"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">
  <path d="M10 70 L40 10 L70 70 Z" fill="#1d4ba0"/>
  <circle cx="100" cy="40" r="25" fill="none" stroke="#e67814" stroke-width="6"/>
  <text x="135" y="48" font-family="sans-serif" font-size="20" fill="#222">SVGLOGO</text>
</svg>
""")


if __name__ == "__main__":
    main()
