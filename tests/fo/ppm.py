# ppm — a binary PPM (P6, as `pdftoppm` writes it) for the assertions of tests/fo/checks, which
# read colours off a page rendered at 72 dpi (a pixel is a point). read(path) gives
# (width, height, pixel), pixel(x, y) being the three bytes of that pixel.
def read(path):
    data = open(path, 'rb').read()
    # header: magic, width, height, maxval, then one white space and the pixels
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        start = pos
        while not data[pos:pos + 1].isspace():
            pos += 1
        fields.append(data[start:pos])
    width, height = int(fields[1]), int(fields[2])
    base = pos + 1
    return width, height, lambda x, y: data[base + (y * width + x) * 3:base + 3 + (y * width + x) * 3]
