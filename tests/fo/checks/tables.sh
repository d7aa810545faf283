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
