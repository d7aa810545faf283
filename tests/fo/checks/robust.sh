# robust: the sanitizer's finds on FO nobody wrote for frisk (issue 20, points 3 and 4), kept as
# fixtures: under `make check SANITIZE=1` tests/fo/test.sh runs them through the ASan/UBSan
# build, and any report fails the run. Sourced by tests/fo/test.sh.
pdf=$OUT/robust-soft-hyphens.pdf
text=$(fo_text "$pdf" 1 | tr '\n\f' '  ' | tr -s ' ' | sed 's/ *$//')
check_eq "robust-soft-hyphens: the letters are set, the lone soft hyphens draw nothing" \
    "$text" "a b c x y Fin"
n=$(fo_text "$pdf" 1 | grep -c "$(printf '\302\255')\|-")
check_eq "robust-soft-hyphens: no hyphen is drawn" "$n" 0

pdf=$OUT/robust-full-page-image.pdf
check_eq "robust-full-page-image: one page" "$(fo_pages "$pdf")" 1
# pdfimages -list: page num type width height color comp bpc enc interp object ID x-ppi y-ppi
set -- $(pdfimages -list "$pdf" 2>/dev/null | awk 'NR == 3')
check_eq "robust-full-page-image: the 100 px PNG fills the 5 in page (20 ppi)" "${13:-} ${14:-}" "20 20"
# the page's corners are the gradient's (black-blue at the top left, yellow-ish at the bottom
# right), not white paper: read from a 10 dpi rendering (50 x 50 pixels)
corners=$(pdftoppm -r 10 -png "$pdf" 2>/dev/null | python3 -c '
import sys, zlib, struct
d = sys.stdin.buffer.read(); i = 8; w = h = 0; idat = b""
while i < len(d):
    n, t = struct.unpack(">I4s", d[i:i + 8]); c = d[i + 8:i + 8 + n]; i += 12 + n
    if t == b"IHDR": w, h, bits, ctype = struct.unpack(">IIBB", c[:10])
    if t == b"IDAT": idat += c
raw = zlib.decompress(idat); bpp = 3; stride = w * bpp + 1; rows = []; prev = bytearray(w * bpp)
for y in range(h):
    f = raw[y * stride]; line = bytearray(raw[y * stride + 1:(y + 1) * stride])
    for x in range(len(line)):
        a = line[x - bpp] if x >= bpp else 0; b = prev[x]; c = prev[x - bpp] if x >= bpp else 0
        p = a + b - c; pr = a if abs(p - a) <= abs(p - b) and abs(p - a) <= abs(p - c) else b if abs(p - b) <= abs(p - c) else c
        line[x] = (line[x] + [0, a, b, (a + b) // 2, pr][f]) & 255
    rows.append(line); prev = line
print(" ".join("%d,%d,%d" % tuple(rows[y][x * 3:x * 3 + 3]) for x, y in ((1, 1), (w - 2, h - 2))))')
set -- $corners
check "robust-full-page-image: the top left corner is dark, not paper (${1:-none})" \
    python3 -c "import sys; r, g, b = map(int, '${1:-255,255,255}'.split(',')); sys.exit(not (r < 60 and g < 60))"
check "robust-full-page-image: the bottom right corner is the gradient's (${2:-none})" \
    python3 -c "import sys; r, g, b = map(int, '${2:-255,255,255}'.split(',')); sys.exit(not (r > 200 and g > 200 and b < 180))"
