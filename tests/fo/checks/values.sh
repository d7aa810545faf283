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
values_near() { fo_near "$@"; }
# values_pixels PDF PAGE colour X Y | bottom X: from a 72 dpi rendering of PAGE (a pixel is a
# point), the colour "rrggbb" of the pixel at (X, Y), or the lowest dark row of column X.
values_pixels() {
    pdftoppm -r 72 -f "$2" -l "$2" "$1" > "$OUT/values-pixels.ppm" 2>/dev/null
    shift 2
    python3 - "$OUT/values-pixels.ppm" "$@" <<'PY'
import sys
sys.path.insert(0, 'tests/fo')
import ppm
width, height, pixel = ppm.read(sys.argv[1])
x = int(float(sys.argv[3]))
if sys.argv[2] == 'colour':
    print(pixel(x, int(float(sys.argv[4]))).hex())
else:
    rows = [y for y in range(height) if pixel(x, y)[0] < 128]
    print(rows[-1] if rows else '')
PY
}
values_colour() { values_pixels "$1" "$2" colour "$3" "$4"; }

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
values_near "values-expressions: an em in a shorthand's max() is the object's own font size" \
    "$(values_x "$pdf" November)" 92
values_near "values-expressions: body-start() + 1em" "$(values_x "$pdf" Lima)" 140.69
values_near "values-expressions: a label ending at label-end() - 6pt" \
    "$(fo_word "$pdf" Mike | awk '{ print $4 }')" 120.52 0.3

pdf=$OUT/values-colours.pdf
# the bands are 30pt lines from the top margin (72pt): read each one's middle, right of its text
y=87
for want in ffc0cb:pink 90ee90:lightgreen ff0080:"rgb() in percentages" \
            ff0000:"rgb-icc() as its sRGB fallback" 3399ff:"#rgb" 00ffff:"FOP's cmyk()"; do
    check_eq "values-colours: the ${want#*:} band is #${want%%:*} in the pixels" \
        "$(values_colour "$pdf" 1 400 "$y")" "${want%%:*}"
    y=$((y + 30))
done
check_eq "values-colours: a transparent background leaves the page white" \
    "$(values_colour "$pdf" 1 400 "$y")" ffffff

pdf=$OUT/values-widows.pdf
check_eq "values-widows: orphans=\"0\" leaves one line at the foot of page 1" \
    "$(values_page "$pdf" Lonely)" 1
check_eq "values-widows: the rest follows on page 2" "$(values_page "$pdf" orphans)" 2
# the same paragraph under the default orphans of 2 moves whole, so the 0 is what did it
sed 's/widows="0" orphans="0"//' tests/fo/values-widows.fo > "$OUT/values-widows-default.fo"
$FRISK render "$OUT/values-widows-default.fo" -o "$OUT/values-widows-default.pdf" 2>/dev/null
check_eq "values-widows: with the default of 2 the first line goes to page 2" \
    "$(values_page "$OUT/values-widows-default.pdf" Lonely)" 2

# values_ink_bottom PDF PAGE X: the lowest dark pixel row in column X
values_ink_bottom() { values_pixels "$1" "$2" bottom "$3"; }

pdf=$OUT/values-vertical-align.pdf
base=$(values_y "$pdf" Base)
values_near "values-vertical-align: vertical-align=\"4pt\" shifts the baseline 4pt up" \
    "$(values_y "$pdf" Up4)" "$(awk -v b="$base" 'BEGIN { print b - 4 }')" 0.2
sup=$(fo_word "$pdf" Sup | awk '{ print $5 }')
sub=$(fo_word "$pdf" Sub | awk '{ print $5 }')
check "values-vertical-align: super sets Sup higher than sub sets Sub" \
    awk -v a="$sup" -v b="$sub" 'BEGIN { exit !(a + 4 < b) }'
one=$(values_y "$pdf" one)
four=$(values_y "$pdf" four)
values_near "values-vertical-align: a top cell's word is level with the row's first line" \
    "$(values_y "$pdf" Top)" "$one" 0.2
values_near "values-vertical-align: a middle cell's word is in the middle of the row" \
    "$(values_y "$pdf" Middle)" "$(awk -v a="$one" -v b="$four" 'BEGIN { print (a + b) / 2 }')" 0.3
values_near "values-vertical-align: a bottom cell's word is level with the row's last line" \
    "$(values_y "$pdf" Bottom)" "$four" 0.2

pdf=$OUT/values-objects.pdf
pdftotext "$pdf" "$OUT/values-objects.txt" 2>/dev/null
check_contains "values-objects: fo:character sets its character" "$OUT/values-objects.txt" "Mark: XY"
check_eq "values-objects: fo:character takes its own colour (red)" \
    "$(values_colour "$pdf" 1 "$(fo_word "$pdf" XY | awk '{ print $2 + 3 }')" \
        "$(fo_word "$pdf" XY | awk '{ print $3 + 10 }')" | cut -c1-2)" ff
check_eq "values-objects: fo:bidi-override direction=rtl reverses its text" \
    "$(fo_words "$pdf" | awk '$6 == "olleH" { n++ } END { print n + 0 }')" 1
check_eq "values-objects: fo:multi-switch shows the case whose starting-state is show" \
    "$(values_page "$pdf" Shown)/$(values_page "$pdf" toggle)" 1/1
check_eq "values-objects: the hidden fo:multi-case is not set" "$(values_page "$pdf" Hidden)" ""
check_eq "values-objects: fo:multi-properties sets its wrapper" "$(values_page "$pdf" Wrapped)" 1
values_near "values-objects: the inline-container's blocks stack (Upper above Lower)" \
    "$(values_x "$pdf" Upper)" "$(values_x "$pdf" Lower)" 0.1
check "values-objects: Upper is a line above Lower" awk -v a="$(values_y "$pdf" Upper)" \
    -v b="$(values_y "$pdf" Lower)" 'BEGIN { exit !(b - a > 10) }'
check_eq "values-objects: the inline-container sits in the line (Lower level with Box:)" \
    "$(values_y "$pdf" Lower)" "$(values_y "$pdf" Box:)"
values_near "values-objects: the text after it starts 90pt (its width) after it" \
    "$(values_x "$pdf" after)" "$(fo_word "$pdf" Box: | awk '{ print $4 + 3.12 + 90 + 3.12 }')" 1.5
check_contains "values-objects: fo:initial-property-set is accepted with a warning" \
    "$OUT/values-objects.err" "warning: fo:initial-property-set is ignored"
# the inline-container's blocks are tagged paragraphs of their own, in the structure tree
python3 tests/pdfua/conformance.py --lang en "$pdf"

pdf=$OUT/values-text.pdf
# values_width PDF WORD [NTH]: the width of the NTH (1st) box of WORD
values_width() { fo_words "$1" | awk -v w="$2" -v n="${3:-1}" '$6 == w && ++k == n { print $4 - $2; exit }'; }
# values_gap PDF WORD [NTH]: the space between the NTH (1st) WORD and the word before it
values_gap() { fo_words "$1" | awk -v w="$2" -v n="${3:-1}" '$6 == w && ++k == n { print $2 - prev; exit } { prev = $4 }'; }
values_near "values-text: letter-spacing 3pt widens 'words' by 4 gaps of 3pt" \
    "$(awk -v a="$(values_width "$pdf" words 2)" -v b="$(values_width "$pdf" words 1)" 'BEGIN { print a - b }')" 12 0.1
values_near "values-text: word-spacing 10pt widens the space by 10pt" \
    "$(values_gap "$pdf" words 3)" "$(awk -v a="$(values_gap "$pdf" words)" 'BEGIN { print a + 10 }')" 0.1
pdftotext "$pdf" "$OUT/values-text.txt" 2>/dev/null
check_contains "values-text: text-transform uppercase" "$OUT/values-text.txt" "SHOUTED WORDS"
check_contains "values-text: text-transform capitalize" "$OUT/values-text.txt" "Capital Words"
check_contains "values-text: text-transform lowercase" "$OUT/values-text.txt" "whisper"
check "values-text: font-variant small-caps sets 'Caps' otherwise than in lower case" awk \
    -v a="$(values_width "$pdf" Caps 2)" -v b="$(values_width "$pdf" Caps 1)" \
    'BEGIN { d = a - b; exit !(d > 0.4 || d < -0.4) }'
check_not_contains "values-text: visibility hidden paints nothing" "$OUT/values-text.txt" "Ghost"
check "values-text: ... but keeps the hidden word's place" awk -v x="$(values_x "$pdf" Seen)" \
    'BEGIN { exit !(x > 100) }'
check_eq "values-text: wrap-option no-wrap keeps the line whole" \
    "$(values_y "$pdf" fourteen)" "$(values_y "$pdf" Runon)"
check "values-text: ... running past the right margin (523pt), as FOP does" awk \
    -v x="$(fo_word "$pdf" fourteen | awk '{ print $4 }')" 'BEGIN { exit !(x > 523.3) }'
values_near "values-text: white-space pre keeps three spaces" "$(values_gap "$pdf" three 2)" \
    "$(awk -v a="$(values_gap "$pdf" words)" 'BEGIN { print 3 * a }')" 0.2
values_near "values-text: xml:space preserve keeps two spaces" "$(values_gap "$pdf" kept)" \
    "$(awk -v a="$(values_gap "$pdf" words)" 'BEGIN { print 2 * a }')" 0.2
values_near "values-text: the font shorthand sets 16pt (box 16/12 of a 12pt word's)" \
    "$(awk -v a="$(fo_word "$pdf" Bold | awk '{ print $5 - $3 }')" \
           -v b="$(fo_word "$pdf" Plain | awk '{ print $5 - $3 }')" 'BEGIN { print a / b }')" 1.333 0.02
check "values-text: the font shorthand sets bold italic" sh -c "pdffonts '$pdf' | grep -q 'Serif-BoldItalic'"
check_contains "values-text: the accepted properties change nothing else" "$OUT/values-text.txt" "Accepted"

err=$OUT/error-values-expression.err
check_contains "error-values-expression: max() of a percentage is refused, with the reason" "$err" \
    "error-values-expression.fo:14:7: error: invalid value 'max(10pt, 5%)' for property 'start-indent' on fo:block: a percentage in"
check_contains "error-values-expression: a length times a length" "$err" \
    "error-values-expression.fo:15:7: error: invalid value '2pt * 3pt' for property 'space-before' on fo:block: a length times a length is not a length"
check_contains "error-values-expression: division by zero" "$err" \
    "error-values-expression.fo:16:7: error: invalid value '1em div (2 - 2)' for property 'text-indent' on fo:block: division by zero"
check_contains "error-values-expression: fo:character needs its character" "$err" \
    "error-values-expression.fo:17:19: error: fo:character needs a character property"
check_contains "error-values-expression: a property outside the subset stays a located error" "$err" \
    "error-values-expression.fo:18:7: error: property 'font-size-adjust' on fo:block is outside"

# four 24pt squares after "Img" in values-vertical-align, 3.12pt apart: their middles
pdf=$OUT/values-vertical-align.pdf
sq=$(fo_word "$pdf" Img | awk '{ for (i = 0; i < 4; i++) printf "%d ", $4 + 3.12 + 12 + i * 27.12 }')
set -- $sq
b1=$(values_ink_bottom "$pdf" 1 "$1")
values_near "values-vertical-align: vertical-align=middle centres a graphic on the lower case (9pt lower)" \
    "$(values_ink_bottom "$pdf" 1 "$2")" "$((b1 + 9))" 1.5
values_near "values-vertical-align: vertical-align=top hangs a graphic from the text's top (14.4pt lower)" \
    "$(values_ink_bottom "$pdf" 1 "$3")" "$(awk -v b="$b1" 'BEGIN { print b + 14.4 }')" 1.5
values_near "values-vertical-align: vertical-align=bottom puts it on the text's bottom (2.4pt lower)" \
    "$(values_ink_bottom "$pdf" 1 "$4")" "$(awk -v b="$b1" 'BEGIN { print b + 2.4 }')" 1.5
check_contains "error-values-inline-container: a list in fo:inline-container is refused at its line" \
    "$OUT/error-values-inline-container.err" \
    "error-values-inline-container.fo:13:11: error: fo:list-block in fo:inline-container: frisk sets only fo:block with inline content there"
