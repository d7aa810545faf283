# Layout extremes through `frisk render` (issue 8): each FO of make_fo.py gives a correct PDF
# (exit 0, qpdf --check, every word of the input on a page and inside it) or a located error
# (exit 1, file:line:col, no PDF) — within a time limit, never a crash or an endless loop.
# The minimal reproducers of the typesetter bugs found here are in tests/robustness/typesetter/.
. tests/lib.sh
out=$(suite_out robustness-layout)
python3 tests/robustness-layout/make_fo.py "$out"

render() {  # render NAME [SECONDS]: runs frisk render, sets $status
    timeout "${2:-60}" $FRISK render "$out/$1.fo" -o "$out/$1.pdf" > "$out/$1.log" 2>&1
    status=$?
    if [ $status -ge 124 ]; then not_ok "$1: finishes (exit $status: timeout or crash)" "$(tail -n 3 "$out/$1.log")"
    else ok "$1: finishes without a crash"; fi
}

# expect_pdf NAME WORD N [SECONDS]: a valid PDF holding WORD N times, nothing off the page.
expect_pdf() {
    render "$1" "$4"
    check_eq "$1: exit status 0" "$status" 0
    check "$1: PDF passes qpdf --check" qpdf --check "$out/$1.pdf"
    set -- "$1" "$2" "$3" $(python3 tests/robustness-layout/words.py "$out/$1.pdf" "$2" 2>/dev/null)
    check_eq "$1: all of \"$2\" laid out" "${4:-0}" "$3"
    check_eq "$1: no word drawn outside the page" "${5:-x}" 0
}

# expect_error NAME MESSAGE: exit 1, a located error holding MESSAGE, no PDF.
expect_error() {
    render "$1"
    check_eq "$1: exit status 1" "$status" 1
    if grep -qE "^$out/$1.fo:[0-9]+:[0-9]+: error: .*$2" "$out/$1.log"; then ok "$1: located error"
    else not_ok "$1: located error" "$(head -n 2 "$out/$1.log")"; fi
    check "$1: no PDF written" test ! -e "$out/$1.pdf"
}

expect_pdf long-word frikommuneforsøg 624        # 2 × 5,000 characters, one unbreakable word each
expect_pdf tall-cell celle 320
expect_pdf rows-10000 r9999 3 120
expect_pdf empty-flow x 0
expect_pdf empty-blocks x 0
expect_pdf deep-blocks dybt 1
expect_pdf keep-everything linje 400
expect_pdf wide-indents plads 1
expect_pdf zero-font nul 1
expect_pdf span-overflow x 1
expect_error unsupported-object "fo:multi-properties is outside frisk's FO subset"
expect_error graphic-not-png "is not a PNG, JPEG or SVG image"
expect_error graphic-missing "cannot read"

# Formerly known typesetter bugs (reproducers in tests/robustness/typesetter/):
# a footnote taller than the page continues at the foot of the next pages, every line kept.
expect_pdf footnote-taller-than-page højere 240
check "footnote-taller-than-page: the note continues over several pages" \
    test "$(pdfinfo "$out/footnote-taller-than-page.pdf" | awk '/^Pages:/ {print $2}')" -ge 2
# a line no page can hold is a located error, never text drawn below the page foot ...
expect_error huge-font "a line 2400.0pt tall .* does not fit the .*region-body of any page"
# ... while a big one that fits is drawn
expect_pdf big-font Ø 1
# an image or diagram taller than every page is drawn smaller, within the page (the region-body of
# these pages is 257 mm = 728.5 pt tall; pdfimages gives the image's drawn size as pixels per inch)
expect_pdf tall-image efter 1
drawn=$(pdfimages -list "$out/tall-image.pdf" 2>/dev/null | awk 'NR == 3 { printf "%.1f", $5 * 72 / $14 }')
check "tall-image: drawn $drawn pt tall, within the 728.5 pt region-body" \
    awk -v h="${drawn:-99999}" 'BEGIN { exit !(h > 700 && h <= 728.6) }'
expect_pdf tall-diagram boks 80
expect_pdf nested-rows indre 7000
# both tables' headers on every page: the outer one's and the inner one's (each starts with "H0")
n=$(pdfinfo "$out/nested-rows.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
check_eq "nested-rows: both headers on each of its ${n:-0} pages" \
    "$(pdftotext "$out/nested-rows.pdf" - 2>/dev/null | tr -d '\f' | grep -c '^H0$')" "$(( ${n:-0} * 2 ))"
# a negative indent is set at the region's edge, with a located warning
expect_pdf negative-indent negativ 1
if grep -qE "^$out/negative-indent.fo:[0-9]+:[0-9]+: warning: fo:block: start-indent puts the text 85.0pt outside" \
    "$out/negative-indent.log"; then ok "negative-indent: located warning"
else not_ok "negative-indent: located warning" "$(head -n 2 "$out/negative-indent.log")"; fi
# a graphic outside the allowed folders is refused by the same guard as XML files
expect_error graphic-outside "external-graphic '/etc/passwd': /etc/passwd is outside the folders frisk may read"
