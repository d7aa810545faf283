# Layout extremes through `frisk render` (issue 8): each FO of make_fo.py gives a correct PDF
# (exit 0, qpdf --check, every word of the input on a page and inside it) or a located error
# (exit 1, file:line:col, no PDF) — within a time limit, never a crash or an endless loop.
# Known typesetter bugs print "# TODO" lines (shown by tests/run.sh, not counted) until fixed;
# their minimal reproducers are in tests/robustness/typesetter/.
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

# todo NAME WHAT COMMAND...: a known bug, reported as "# TODO" while COMMAND fails.
todo() {
    name=$1; what=$2; shift 2
    if "$@" >/dev/null 2>&1; then ok "$name: $what"; else echo "# TODO $name: $what (typesetter bug, see tests/robustness/typesetter/)"; fi
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
expect_error unsupported-object "fo:float is outside frisk's FO subset"
expect_error graphic-not-png "is not a PNG image"
expect_error graphic-missing "cannot read"

# Known typesetter bugs (reported in issue 8's report; TODO until the typesetter is finished):
render footnote-taller-than-page
set -- $(python3 tests/robustness-layout/words.py "$out/footnote-taller-than-page.pdf" højere)
todo footnote-taller-than-page "a footnote taller than the page keeps all its 240 lines" test "${1:-0}" = 240
todo footnote-taller-than-page "a footnote taller than the page stays on the page" test "${2:-1}" = 0
render huge-font
set -- $(python3 tests/robustness-layout/words.py "$out/huge-font.pdf" Æ)
todo huge-font "a 2000pt glyph is drawn or refused with a located error" test "${1:-0}" = 1 -o $status -eq 1
render negative-indent
set -- $(python3 tests/robustness-layout/words.py "$out/negative-indent.pdf" negativ)
todo negative-indent "text with a negative start-indent is drawn or refused with a located error" test "${1:-0}" = 1 -o $status -eq 1
render graphic-outside
todo graphic-outside "an external-graphic outside the allowed folders is refused as such" \
    grep -q "outside the folders frisk may read" "$out/graphic-outside.log"
