# What crosses a change of column width (issue 20, columns2): a table row or list item broken
# across it, footnotes and before-floats carried over it, a flow whose width alternates on every
# page, and the loose-line warning judged where a paragraph is placed. Sourced by
# tests/fo/test.sh after checks/columns.sh (columns_same_text); positions from pdftotext -bbox
# (points from the top left).

# columns2_extent PDF PAGE [MINX MAXX]: "lo hi", the least xMin and the greatest xMax of the
# words on PAGE whose xMin lies between MINX and MAXX (all when not given).
columns2_extent() {
    fo_words "$1" | awk -v p="$2" -v a="${3:-0}" -v b="${4:-9999}" '$1 == p && $2 >= a && $2 <= b {
        if (!n++ || $2 < lo) lo = $2; if ($4 > hi) hi = $4 } END { printf "%.1f %.1f", lo, hi }'
}

pdf=$OUT/columns2-row-across.pdf
if [ -f "$pdf" ]; then
    columns_same_text "columns2-row-across: every word set once, in order, the row and the list item across two changes" \
        tests/fo/columns2-row-across.fo "$pdf" "(?!)" "SERVICE|HOURS"
    check_eq "columns2-row-across: three pages (one column, two, one)" "$(fo_pages "$pdf")" 3
    # 148mm pages, 10mm margins: the body runs 28.3-391.2; page 2's columns (gap 12pt) are
    # 175.4pt wide: 28.3-203.8 and 215.8-391.2. The table's first column is 30mm (85pt), so
    # its second column begins at 113.4.
    fo_at "$pdf" HOURS
    fo_holds "columns2-row-across: page 1's header ends HOURS at the body's end ($x1)" \
        "p == 1 && x1 > 390 && x1 < 391.7" -v p="$p" -v x1="$x1"
    hours2=$(fo_words "$pdf" | awk '$1 == 2 && $6 == "HOURS" { print $2, $4; exit }')
    fo_holds "columns2-row-across: the header repeated on page 2 ends HOURS at the left column's end ($hours2)" \
        "x1 > 202.5 && x1 < 204.3" -v x1="${hours2#* }"
    # the header's grey on page 2, along its row: across each column, the gap between them
    # white (the table goes on in the right column too, under its header again)
    y=$(fo_words "$pdf" | awk '$1 == 2 && $6 == "SERVICE" { printf "%d", $3 + 1; exit }')
    runs=$(fo_runs "$pdf" 2 cccccc X "${y:-0}")
    set -- $runs
    fo_holds "columns2-row-across: page 2's headers are grey across each column only ($runs)" \
        "n == 4 && a <= 29 && b >= 202 && b <= 204.5 && c >= 215 && c <= 217 && d >= 389" \
        -v n="$#" -v a="$1" -v b="$2" -v c="$3" -v d="$4"
    # the row's second cell goes on in the left column at its new width: nothing of it past
    # 203.8, and its long paragraph goes on with its next word at the cell's start
    set -- $(columns2_extent "$pdf" 2 100 200)
    fo_holds "columns2-row-across: page 2's part of the row is set within the left column ($1-$2)" \
        "a > 113 && a < 114 && b <= 204.3 && b > 180" -v a="$1" -v b="$2"
    last1=$(fo_words "$pdf" | awk '$1 == 1 { w = $6 } END { print w }')
    fo_holds "columns2-row-across: page 1 ends in the middle of the row's long paragraph ($last1)" \
        "w !~ /\\.\$/" -v w="$last1"
    # the list item crossing from page 2's right column to page 3 (one column again): its body
    # goes on at page 3's width, beside no label
    set -- $(columns2_extent "$pdf" 3 40)
    fo_holds "columns2-row-across: the list item's body goes on across page 3's width ($1-$2)" \
        "a > 46 && a < 47 && b > 340 && b < 391.7" -v a="$1" -v b="$2"
    check_eq "columns2-row-across: its label stays on page 2 (no label on page 3)" \
        "$(fo_text "$pdf" 3 | grep -c '^[0-9]\.$')" 0
    check_contains "columns2-row-across: the flow runs to its end on page 3" \
        "$(fo_text "$pdf" 3 > "$OUT/columns2-p3.txt"; echo "$OUT/columns2-p3.txt")" "END-OF-NEWSLETTER"
fi

pdf=$OUT/columns2-carried.pdf
if [ -f "$pdf" ]; then
    clauses=$(pdftotext -raw "$pdf" - 2>/dev/null | tr -s ' \n' '  ' | grep -o 'Clause [0-9]*' |
        awk '{ printf "%s ", $2 }')
    check_eq "columns2-carried: each of the footnote's 30 clauses set once, in order" "$clauses" \
        "$(seq 1 30 | tr '\n' ' ')"
    # page 1's body runs 28.3-391.2; page 2's 127.6-391.2 (45mm left margin)
    fo_at "$pdf" "Clause"
    fo_holds "columns2-carried: the footnote begins on page 1" "p == 1" -v p="$p"
    n=$(fo_pages "$pdf")
    bad=""
    page=2
    while [ "$page" -le "$n" ]; do
        set -- $(columns2_extent "$pdf" "$page")
        awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > 127 && a < 128.5 && b <= 391.7 && b > 385) }' ||
            bad="$bad page $page: $1-$2;"
        page=$((page + 1))
    done
    check_eq "columns2-carried: pages 2-$n (the footnote carried on, the flow) stand within their narrower body" "$bad" ""
    fo_at "$pdf" NOTE-END.
    fo_holds "columns2-carried: the footnote ends on the last page ($p of $n)" "p == n" -v p="$p" -v n="$n"
    fo_at "$pdf" FLOAT-BOX:
    fo_holds "columns2-carried: the before-float waited for the top of page 2" \
        "p == 2 && y0 < 45" -v p="$p" -v y0="$y0"
    runs=$(fo_runs "$pdf" 2 bbbbbb X "$(awk -v a="$y0" 'BEGIN { printf "%d", a - 2 }')")
    fo_holds "columns2-carried: the float is as wide as page 2's body ($runs)" \
        "a >= 127 && a <= 128.5 && b >= 390 && b <= 391.5" -v a="${runs%% *}" -v b="${runs##* }"
fi

pdf=$OUT/columns2-alternate.pdf
if [ -f "$pdf" ]; then
    columns_same_text "columns2-alternate: every word set once, in order, across every page turn" \
        tests/fo/columns2-alternate.fo "$pdf" "(?!)"
    n=$(fo_pages "$pdf")
    fo_holds "columns2-alternate: the diary runs over several pages ($n)" "n >= 5" -v n="$n"
    # odd bodies run 34.0-263.6, even ones 34.0-212.6; each page's first line goes on with a
    # paragraph at the body's edge (not indented)
    bad=""
    page=1
    while [ "$page" -le "$n" ]; do
        set -- $(columns2_extent "$pdf" "$page")
        right=263.6
        [ $((page % 2)) -eq 0 ] && right=212.6
        awk -v a="$1" -v b="$2" -v r="$right" 'BEGIN { exit !(a > 33.5 && a < 34.6 && b <= r + 0.5 && b > r - 3) }' ||
            bad="$bad page $page: $1-$2 (right $right);"
        if [ "$page" -gt 1 ]; then
            first=$(fo_words "$pdf" | awk -v p="$page" '$1 == p { print $2; exit }')
            awk -v x="$first" 'BEGIN { exit !(x > 33.5 && x < 34.6) }' || bad="$bad page $page starts at $first;"
        fi
        page=$((page + 1))
    done
    check_eq "columns2-alternate: each page justified to its own body, each turn inside a paragraph that goes on at the body's edge" "$bad" ""
    check_contains "columns2-alternate: the diary ends on the last page" \
        "$(fo_text "$pdf" "$n" > "$OUT/columns2-last.txt"; echo "$OUT/columns2-last.txt")" "DIARY-END"
fi

err=$OUT/columns2-loose.err
if [ -f "$OUT/columns2-loose.pdf" ]; then
    narrow=$(grep -n 'id="narrow-placed"' tests/fo/columns2-loose.fo | cut -d: -f1)
    wide=$(grep -n 'id="wide-placed"' tests/fo/columns2-loose.fo | cut -d: -f1)
    check_eq "columns2-loose: the paragraph placed on a narrow page is said to be loose, once" \
        "$(grep -c "^tests/fo/columns2-loose.fo:$narrow:[0-9]*: warning: fo:block: justified without hyphenation" "$err")" 1
    check_eq "columns2-loose: the paragraph placed on a wide page is not (it is loose only at the narrow width its sequence began at)" \
        "$(grep -c "^tests/fo/columns2-loose.fo:$wide:" "$err")" 0
    fo_at "$OUT/columns2-loose.pdf" WIDE-PLACED:
    fo_holds "columns2-loose: WIDE-PLACED is on the wide page 4" "p == 4 && x0 < 29" -v p="$p" -v x0="$x0"
    fo_at "$OUT/columns2-loose.pdf" NARROW-PLACED:
    fo_holds "columns2-loose: NARROW-PLACED is on the narrow page 2" "p == 2 && x0 > 226" -v p="$p" -v x0="$x0"
fi
