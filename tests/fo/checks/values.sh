# Assertions on the values fixtures (issue 20, area "values"): expressions, colours, widows and
# orphans of 0, vertical-align, the simple objects and the text-drawing properties. Sourced by
# tests/fo/test.sh: $OUT holds the rendered PDFs; fo_word and friends are defined there.

# values_x PDF WORD: the left edge of WORD's first box, in pt (empty when it is missing).
values_x() { fo_word "$1" "$2" | awk '{ print $2 }'; }
# values_y PDF WORD: the top of WORD's first box.
values_y() { fo_word "$1" "$2" | awk '{ print $3 }'; }
# values_page PDF WORD: the page WORD's first box is on.
values_page() { fo_word "$1" "$2" | awk '{ print $1 }'; }
# values_near NAME ACTUAL EXPECTED [TOLERANCE]: numbers within TOLERANCE (0.6pt unless given).
values_near() {
    if [ -n "$2" ] && awk -v a="$2" -v b="$3" -v t="${4:-0.6}" \
        'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= t) }'; then
        ok "$1"
    else
        not_ok "$1" "got '$2', want $3"
    fi
}
# values_colour PDF PAGE X Y: the colour "rrggbb" of the pixel at (X, Y) pt of PAGE, read from
# a 72 dpi rendering (so a pixel is a point).
values_colour() {
    pdftoppm -r 72 -f "$2" -l "$2" "$1" > "$OUT/values-pixels.ppm" 2>/dev/null
    python3 - "$OUT/values-pixels.ppm" "$3" "$4" <<'PY'
import sys
data = open(sys.argv[1], 'rb').read()
# P6 header: magic, width, height, maxval, then one white space and the pixels
fields, pos = [], 0
while len(fields) < 4:
    while data[pos:pos + 1].isspace():
        pos += 1
    start = pos
    while not data[pos:pos + 1].isspace():
        pos += 1
    fields.append(data[start:pos])
width = int(fields[1])
x, y = int(float(sys.argv[2])), int(float(sys.argv[3]))
i = pos + 1 + (y * width + x) * 3
print('%02x%02x%02x' % (data[i], data[i + 1], data[i + 2]))
PY
}

pdf=$OUT/values-expressions.pdf
values_near "values-expressions: 4.5 * 14.4pt indents 64.8pt" "$(values_x "$pdf" Alpha)" 136.8
values_near "values-expressions: 5in - (2 * 1.2em) at 10pt indents 336pt" "$(values_x "$pdf" Bravo)" 408
values_near "values-expressions: max(10pt, 3em) at 12pt is 36pt" "$(values_x "$pdf" Charlie)" 108
values_near "values-expressions: from-parent(start-indent) + 1cm" "$(values_x "$pdf" Delta)" 172.35
values_near "values-expressions: inherit takes the parent's indent" "$(values_x "$pdf" Echo)" 144
values_near "values-expressions: from-nearest-specified-value() * 2" "$(values_x "$pdf" Foxtrot)" 216
values_near "values-expressions: em of a font-size from from-parent(font-size) * 2" "$(values_x "$pdf" Golf)" 112
golf_h=$(fo_word "$pdf" Golf | awk '{ print $5 - $3 }')
hotel_h=$(fo_word "$pdf" Hotel | awk '{ print $5 - $3 }')
values_near "values-expressions: Golf is set at 20pt (its box 20/12 of a 12pt word's)" \
    "$(awk -v g="$golf_h" -v h="$hotel_h" 'BEGIN { print g / h }')" 1.667 0.02
values_near "values-expressions: a unitless 18 is 18pt, as in FOP" "$(values_x "$pdf" Hotel)" 90
values_near "values-expressions: abs(-1in) div 2 + round(1.4) * 1pt" "$(values_x "$pdf" India)" 109
values_near "values-expressions: from-table-column(start-indent) in a cell" "$(values_x "$pdf" Juliet)" 122
values_near "values-expressions: proportional-column-width 3:1 of 400pt" "$(values_x "$pdf" Kilo)" 372
