# Assertions for the `tables` area of issue 20 (sourced by tests/fo/test.sh): table footers,
# table markers, collapsed borders, text-align-last="justify", change bars.

# tables_close A B [TOLERANCE]: A and B (pt) within TOLERANCE (default 1pt) of each other.
tables_close() { awk -v a="$1" -v b="$2" -v t="${3:-1}" 'BEGIN { d = a - b; exit !(a != "" && b != "" && d <= t && d >= -t) }'; }
# tables_y PDF WORD: the yMin of WORD's first box.
tables_y() { fo_word "$1" "$2" | awk '{ print $3 }'; }

# ---- text-align-last="justify": one line, spread from margin to margin ------------------------
pdf=$OUT/tables-justify-last.pdf
for para in "Alpha delta." "Echo golf."; do
    first=${para% *} last=${para#* }
    f=$(fo_word "$pdf" "$first") l=$(fo_word "$pdf" "$last")
    if tables_close "$(echo "$f" | awk '{ print $3 }')" "$(echo "$l" | awk '{ print $3 }')" 0.5 &&
       tables_close "$(echo "$f" | awk '{ print $2 }')" 56.7 &&
       tables_close "$(echo "$l" | awk '{ print $4 }')" 538.6; then
        ok "tables-justify-last: '$first … $last' is one line from margin to margin"
    else
        not_ok "tables-justify-last: '$first … $last' is one line from margin to margin" "$f / $l"
    fi
done
# the long paragraph: its lines are full (not one word each), its last line justified too
lines=$(fo_words "$pdf" | awk '$3 > 90 { print $3 }' | sort -u | wc -l)
check_eq "tables-justify-last: the long paragraph takes 3 lines" "$lines" 3
check "tables-justify-last: its last line ends at the right margin" \
    tables_close "$(fo_word "$pdf" "too." | awk '{ print $4 }')" 538.6

# tables_extent PDF PAGE RRGGBB rows|cols: the first and last pixel row (or column) painted in
# that colour on the page at 72 dpi (so in pt), or "none".
tables_extent() {
    pdftoppm -r 72 -f "$2" -l "$2" -singlefile "$1" "$OUT/tables-extent" 2>/dev/null
    python3 - "$OUT/tables-extent.ppm" "$3" "$4" <<'PY'
import sys
data = open(sys.argv[1], 'rb').read()
magic, w, h, depth, pix = data.split(maxsplit=4)
w, h = int(w), int(h)
want = bytes.fromhex(sys.argv[2])
def hit(x, y):
    return all(abs(pix[(y * w + x) * 3 + c] - want[c]) < 60 for c in range(3))
if sys.argv[3] == 'rows':
    found = [y for y in range(h) if any(hit(x, y) for x in range(0, w, 2))]
else:
    found = [x for x in range(w) if any(hit(x, y) for y in range(0, h, 2))]
print(found[0], found[-1]) if found else print("none")
PY
}
tables_rows() { tables_extent "$1" "$2" "$3" rows; }
tables_cols() { tables_extent "$1" "$2" "$3" cols; }

# ---- collapsed borders stay inside the table's space -------------------------------------------
# 12pt text, line-height 1.2: a line's box is 14.4pt from its top, 1pt below the word's yMin
pdf=$OUT/tables-collapse-thick.pdf
for t in "first ff0000" "second 0000ff"; do
    which=${t% *} colour=${t#* }
    rows=$(tables_rows "$pdf" 1 "$colour")
    # the paragraphs "Before/After the <which> table.": their words' yMin
    before=$(fo_words "$pdf" | sort -k3,3n | awk -v w="$which" '$6 == "Before" { b = $3 } $6 == w { print b; exit }')
    after=$(fo_words "$pdf" | sort -k3,3n | awk -v w="$which" '$6 == w { seen = 1; next } seen && $6 == "After" { print $3; exit }')
    if [ "$rows" != none ] && awk -v r="$rows" -v b="$before" -v a="$after" 'BEGIN {
            split(r, x, " "); exit !(x[1] >= b + 14.4 - 0.5 && x[2] <= a + 1 + 0.5) }'; then
        ok "tables-collapse-thick: the $which table's 6pt borders stand between the text before and after it"
    else
        not_ok "tables-collapse-thick: the $which table's 6pt borders stand between the text before and after it" \
            "colour rows $rows, text before at $before, after at $after"
    fi
done

# ---- fo:table-footer: at the foot of each page the table breaks across, and at its end -------
pdf=$OUT/tables-footer.pdf
pages=$(fo_pages "$pdf")
check "tables-footer: the invoice table runs over more than one page" test "${pages:-0}" -ge 3
fo_words "$pdf" > "$OUT/tables-footer.words"
bad=
for p in $(seq 1 "$(awk '$6 == "60,00" || $6 == "600,00" { print $1; exit }' "$OUT/tables-footer.words")"); do
    # on each page of the invoice table: one footer, below every item row of the page
    n=$(awk -v p="$p" '$1 == p && $6 == "Carried" { n++ } END { print n + 0 }' "$OUT/tables-footer.words")
    foot=$(awk -v p="$p" '$1 == p && $6 == "Carried" { print $3; exit }' "$OUT/tables-footer.words")
    lowest=$(awk -v p="$p" '$1 == p && $6 ~ /^[0-9]+,00$/ && $3 > m { m = $3 } END { print m + 0 }' "$OUT/tables-footer.words")
    if [ "$n" != 1 ] || ! awk -v f="$foot" -v l="$lowest" 'BEGIN { exit !(f > l) }'; then
        bad="$bad page $p: $n footers, footer at $foot, lowest row at $lowest;"
    fi
done
check_eq "tables-footer: each page of the invoice table ends in its footer, under its last row" "$bad" ""
check_eq "tables-footer: the footer is printed once per page of the table" \
    "$(grep -c " Carried$" "$OUT/tables-footer.words")" \
    "$(awk '$6 == "600,00" { print $1 }' "$OUT/tables-footer.words")"
check_eq "tables-footer: table-omit-footer-at-break: 'End of list' printed once" \
    "$(grep -c " End$" "$OUT/tables-footer.words")" 1
check "tables-footer: 'End of list' under the last line of its table" awk '
    $6 == "40" { p = $1; y = $3 } $6 == "End" { e = $1; f = $3 }
    END { exit !(e == p && f > y) }' "$OUT/tables-footer.words"
# structure: the footer is a TFoot after the TBody, read once; its copies are artifacts
pdfinfo -struct-text "$pdf" > "$OUT/tables-footer.struct" 2>&1
check_eq "tables-footer: the repeated footer is in the structure tree once" \
    "$(grep -c '"Carried forward' "$OUT/tables-footer.struct")" 1
check "tables-footer: TFoot follows the TBody holding the last row" awk '
    /"Item 60/ { item = NR } /TFoot/ && item && !foot { foot = NR } END { exit !(foot > item) }' \
    "$OUT/tables-footer.struct"
python3 tests/pdfua/conformance.py --lang en "$pdf" > "$OUT/tables-footer.pdfua" 2>&1
check_not_contains "tables-footer: PDF/UA checks hold (Table > THead/TBody/TFoot, artifacts)" \
    "$OUT/tables-footer.pdfua" "not ok"

# ---- fo:retrieve-table-marker: the header and footer read the rows of their page ---------------
pdf=$OUT/tables-markers.pdf
pages=$(fo_pages "$pdf")
check "tables-markers: the table runs over three pages" test "${pages:-0}" -eq 3
check_eq "tables-markers: page 1's header retrieves the first row's empty marker" \
    "$(fo_text "$pdf" 1 | grep -m1 "^Table 1")" "Table 1 Prices"
for p in 2 3; do
    check_eq "tables-markers: page $p's header says (continued)" \
        "$(fo_text "$pdf" "$p" | grep -m1 "^Table 1")" "Table 1 Prices (continued)"
done
for p in 1 2 3; do
    # the footer names the last item row of its page (last-ending, table-fragment)
    # item rows: "Item" at the left edge of the cell, its number the word after it
    last=$(fo_words "$pdf" | awk -v p="$p" '$1 == p && $6 == "Item" && $2 < 50 { y = $3; next }
        $1 == p && y && $3 == y && $6 ~ /^[0-9]+$/ { last = $6; y = 0 } END { print last }')
    check_eq "tables-markers: page $p's footer names the last row of the page (Item $last)" \
        "$(fo_text "$pdf" "$p" | grep -m1 "^Last on this page")" "Last on this page: Item $last"
done

# ---- change bars: beside every line between begin and end, across the page break ---------------
pdf=$OUT/tables-change-bars.pdf
fo_words "$pdf" > "$OUT/tables-change-bars.words"
# page 1: the red bar starts at "Changed 1" and runs to the page's last line; left of the text
changed1=$(awk '$1 == 1 && $6 == "Changed" { print $3; exit }' "$OUT/tables-change-bars.words")
last1=$(awk '$1 == 1 { if ($5 > m) m = $5 } END { print m }' "$OUT/tables-change-bars.words")
rows=$(tables_rows "$pdf" 1 ff0000)
check "tables-change-bars: page 1's bar runs from 'Changed 1' ($changed1) to the page's last line ($last1): $rows" \
    awk -v r="$rows" -v a="$changed1" -v b="$last1" 'BEGIN { split(r, x, " "); exit !(x[1] >= a - 1 && x[1] <= a + 3 && x[2] >= b - 4 && x[2] <= b + 1) }'
check "tables-change-bars: the bar stands 8pt left of the text (2pt wide: x 46.7 to 48.7)" \
    awk -v c="$(tables_cols "$pdf" 1 ff0000)" 'BEGIN { split(c, x, " "); exit !(x[1] >= 46 && x[1] <= 47 && x[2] >= 48 && x[2] <= 49) }'
# page 2: from the top of the page down to the last line of "Changed 6", not beside "After"
after=$(awk '$1 == 2 && $6 == "After" { print $3; exit }' "$OUT/tables-change-bars.words")
top2=$(awk '$1 == 2 { print $3; exit }' "$OUT/tables-change-bars.words")
rows=$(tables_rows "$pdf" 2 ff0000)
check "tables-change-bars: page 2's bar runs from its top ($top2) and ends above 'After the change' ($after): $rows" \
    awk -v r="$rows" -v a="$top2" -v b="$after" 'BEGIN { split(r, x, " "); exit !(x[1] <= a + 3 && x[2] < b && x[2] > b - 12) }'
# the inline change: a blue bar right of the text, beside the line(s) holding "inline change" only
inline=$(awk '$1 == 2 && $6 == "inline" { print $3; exit }' "$OUT/tables-change-bars.words")
rows=$(tables_rows "$pdf" 2 0000ff)
check "tables-change-bars: the inline change's bar is beside its line only ($inline): $rows" \
    awk -v r="$rows" -v a="$inline" 'BEGIN { split(r, x, " "); exit !(x[1] >= a - 1 && x[2] <= a + 16) }'
check "tables-change-bars: the inline change's bar is in the right margin" \
    awk -v c="$(tables_cols "$pdf" 2 0000ff)" 'BEGIN { split(c, x, " "); exit !(x[1] > 362 && x[2] < 372) }'
python3 tests/pdfua/conformance.py --lang en "$pdf" > "$OUT/tables-change-bars.pdfua" 2>&1
check_not_contains "tables-change-bars: PDF/UA checks hold (the bars are artifacts)" \
    "$OUT/tables-change-bars.pdfua" "not ok"
