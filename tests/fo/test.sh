# FO written the way people write it for Apache FOP (issue 20): one fixture per feature, each
# rendered by `frisk render` and checked on what comes out. Run from the project root by
# tests/run.sh.
#
#   tests/fo/NAME.fo          must render: valid PDF (qpdf --check), every font embedded,
#                             byte-identical on a second run; $OUT/NAME.pdf is kept for checks
#   tests/fo/error-NAME.fo    must be refused: exit status 1, a `tests/fo/error-NAME.fo:L:C:
#                             error:` diagnostic, and no output file left behind
#   tests/fo/checks/*.sh      the assertions on each feature's output (sourced here, so they
#                             see $OUT, the helpers below and those of tests/lib.sh)
. tests/lib.sh
OUT=$(suite_out fo)

# fo_pages PDF: its page count.
fo_pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
# fo_text PDF PAGE: the text of one page, in reading order.
fo_text() { pdftotext -f "$2" -l "$2" "$1" - 2>/dev/null; }
# fo_words PDF: one line per word, "page xMin yMin xMax yMax word" (pt, origin top left).
fo_words() {
    pdftotext -bbox "$1" - 2>/dev/null | awk -F'"' '
        /<page / { page++ }
        /<word / { w = $0; sub(/.*">/, "", w); sub(/<\/word>.*/, "", w)
                   printf "%d %.1f %.1f %.1f %.1f %s\n", page, $2, $4, $6, $8, w }'
}
# fo_near NAME ACTUAL EXPECTED [TOLERANCE]: passes when the numbers are within TOLERANCE (0.6pt
# unless given); an empty ACTUAL (a word or colour not found) fails.
fo_near() {
    if [ -n "$2" ] && awk -v a="$2" -v b="$3" -v t="${4:-0.6}" \
        'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= t) }'; then
        ok "$1"
    else
        not_ok "$1" "got '$2', want $3"
    fi
}
# fo_runs PDF PAGE RRGGBB X|Y N: on a 72 dpi rendering of PAGE (a pixel is a point), the runs of
# colour RRGGBB along row N (X) or column N (Y), as "first last" pixel pairs on one line
# ("126 173 200 210"), or an empty line.
fo_runs() {
    pdftoppm -r 72 -f "$2" -l "$2" "$1" > "$OUT/fo-runs.ppm" 2>/dev/null
    python3 - "$OUT/fo-runs.ppm" "$3" "$4" "$5" <<'PY'
import sys
sys.path.insert(0, 'tests/fo')
import ppm
width, height, pixel = ppm.read(sys.argv[1])
colour, axis, n = sys.argv[2], sys.argv[3], int(sys.argv[4])
points = range(width) if axis == 'X' else range(height)
hit = [(pixel(i, n) if axis == 'X' else pixel(n, i)).hex() == colour for i in points]
runs, start = [], None
for i, h in enumerate(hit + [False]):
    if h and start is None:
        start = i
    elif not h and start is not None:
        runs += [start, i - 1]
        start = None
print(' '.join(map(str, runs)))
PY
}
# fo_word PDF WORD: the first box of WORD, "page xMin yMin xMax yMax", or nothing.
fo_word() { fo_words "$1" | awk -v w="$2" '$6 == w { print $1, $2, $3, $4, $5; exit }'; }
# fo_at PDF WORD: sets p x0 y0 x1 y1 of the word's first box (all empty when missing).
fo_at() { set -- $(fo_word "$1" "$2"); p=$1 x0=$2 y0=$3 x1=$4 y1=$5; }
# fo_holds "NAME" EXPR -v VAR=VALUE...: ok when the awk expression over the variables holds.
fo_holds() {
    name=$1 expr=$2
    shift 2
    if awk "$@" "BEGIN { exit !($expr) }" 2>/dev/null; then ok "$name"; else not_ok "$name" "$*"; fi
}

for fo in tests/fo/*.fo; do
    [ -f "$fo" ] || continue
    fixture=$(basename "$fo" .fo)
    pdf=$OUT/$fixture.pdf
    case $fixture in
    error-*)
        $FRISK render "$fo" -o "$pdf" 2> "$OUT/$fixture.err"
        check_eq "$fixture is refused with status 1" "$?" 1
        if grep -qE "^tests/fo/$fixture\.fo:[0-9]+:[0-9]+: error: " "$OUT/$fixture.err"; then
            ok "$fixture: the error is located in the FO file"
        else
            not_ok "$fixture: the error is located in the FO file" "$(head -n 2 "$OUT/$fixture.err")"
        fi
        check_fails "$fixture leaves no output file" test -e "$pdf"
        ;;
    *)
        if $FRISK render "$fo" -o "$pdf" 2> "$OUT/$fixture.err"; then
            ok "$fixture renders"
        else
            not_ok "$fixture renders" "$(head -n 3 "$OUT/$fixture.err")"
            continue
        fi
        check "$fixture passes qpdf --check" qpdf --check "$pdf"
        notemb=$(pdffonts "$pdf" | awk 'NR > 2 && $(NF-4) != "yes"' | wc -l)
        check_eq "$fixture embeds every font" "$notemb" 0
        $FRISK render "$fo" -o "$OUT/$fixture.again.pdf" 2>/dev/null
        check "$fixture: two runs give identical bytes" cmp -s "$pdf" "$OUT/$fixture.again.pdf"
        rm -f "$OUT/$fixture.again.pdf"
        ;;
    esac
done

for checks in tests/fo/checks/*.sh; do
    [ -f "$checks" ] && . "$checks"
done
