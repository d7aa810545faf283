# Assertions for the `tables2` area of issue 20 (sourced by tests/fo/test.sh): the separate
# border model (border-separation, border-spacing), cells written without fo:table-row
# (starts-row, ends-row) and minimum/maximum sizes. Positions are FOP's for the same FO (looked
# at side by side), but for the table's own border, which frisk keeps inside the table's width.

# tables2_runs PDF PAGE RRGGBB row|col N: on a 72 dpi rendering (a pixel is a point), the runs of
# pixels of exactly that colour along pixel row (or column) N: "first-last first-last ...".
tables2_runs() {
    pdftoppm -r 72 -f "$2" -l "$2" "$1" > "$OUT/tables2-runs.ppm" 2>/dev/null
    python3 - "$OUT/tables2-runs.ppm" "$3" "$4" "$5" <<'PY'
import sys
sys.path.insert(0, 'tests/fo')
import ppm
width, height, pixel = ppm.read(sys.argv[1])
colour, axis, n = bytes.fromhex(sys.argv[2]), sys.argv[3], int(sys.argv[4])
along = range(width) if axis == 'row' else range(height)
hits = [i for i in along if (pixel(i, n) if axis == 'row' else pixel(n, i)) == colour]
runs = []
for i in hits:
    if runs and runs[-1][1] == i - 1:
        runs[-1][1] = i
    else:
        runs.append([i, i])
print(' '.join('%d-%d' % (a, b) for a, b in runs))
PY
}
# tables2_gap RUNS K: the white between run K and run K+1 (1-based) of tables2_runs' answer.
tables2_gap() { echo "$1" | tr ' ' '\n' | awk -F- -v k="$2" 'NR == k { e = $2 } NR == k + 1 { print $1 - e - 1 }'; }

# ---- border-separation: gaps between the cells, half of one at the table's edge --------------
pdf=$OUT/tables2-separate.pdf
if [ -f "$pdf" ]; then
    fo_at "$pdf" Line1; l1=$y0 x1l=$x0
    fo_at "$pdf" Line2; l2=$y0
    # a row: 12pt line + 2 x 2pt padding + 2 x 0.5pt border + 6pt separation
    fo_near "tables2-separate: rows stand 23pt apart (6pt of border-separation between them)" \
        "$(awk -v a="$l1" -v b="$l2" 'BEGIN { print b - a }')" 23 0.2
    # 42.5 margin + 1 table border + 3 (half the separation) + 0.5 cell border + 2 padding
    fo_near "tables2-separate: the first cell's text stands half a separation inside the table" \
        "$x1l" 49.0
    fo_at "$pdf" Item; item_y=$y0
    fo_near "tables2-separate: the header's text stands 3pt + borders + padding below the table's top" \
        "$item_y" 66.2 0.8
    check_eq "tables2-separate: the table breaks onto page 2 (Line21 there)" \
        "$(fo_word "$pdf" Line21 | cut -d' ' -f1)" 2
    check_eq "tables2-separate: its header is repeated on page 2" \
        "$(fo_words "$pdf" | awk '$1 == 2 && $6 == "Item"' | wc -l | tr -d ' ')" 1
    # on page 2, the repeated header and the first row keep the same 23pt pitch as page 1
    p2_item=$(fo_words "$pdf" | awk '$1 == 2 && $6 == "Item" { print $3 }')
    p2_l21=$(fo_word "$pdf" Line21 | cut -d' ' -f3)
    fo_near "tables2-separate: after the break the header and the next row keep the separation" \
        "$(awk -v a="$p2_item" -v b="$p2_l21" 'BEGIN { print b - a }')" 23 0.2
    # border-spacing="4pt 10pt": 4pt across between the cells' red borders, 10pt down
    fo_at "$pdf" North; north_p=$p
    north_mid=$(awk -v a="$y0" -v b="$y1" 'BEGIN { print int((a + b) / 2) }')
    across=$(tables2_runs "$pdf" "$north_p" ff0000 row "$north_mid")
    check_eq "tables2-separate: border-spacing: four red cell borders across North and East" \
        "$(echo "$across" | wc -w | tr -d ' ')" 4
    fo_near "tables2-separate: border-spacing puts 4pt between North's and East's borders" \
        "$(tables2_gap "$across" 2)" 4 1
    down=$(tables2_runs "$pdf" "$north_p" ff0000 col "$(awk -v x="$x1" 'BEGIN { print int(x) + 4 }')")
    check_eq "tables2-separate: border-spacing: four red cell borders down North and South" \
        "$(echo "$down" | wc -w | tr -d ' ')" 4
    fo_near "tables2-separate: border-spacing puts 10pt between North's and South's borders" \
        "$(tables2_gap "$down" 2)" 10 1
    # the table's top edge: half the separation (5pt) above the first row's border
    fo_near "tables2-separate: half the separation (2pt) between the table's left edge and North" \
        "$(echo "$across" | cut -d- -f1)" 44 1
fi

# ---- cells without fo:table-row: rows from ends-row, starts-row and the columns --------------
pdf=$OUT/tables2-cells-rows.pdf
if [ -f "$pdf" ]; then
    # one row each: the header, A1 (ends-row), B2 (starts-row), C3 (the columns used up), D4,
    # E5 and F6, 16pt apart (12pt line + 2 x 2pt padding), every code in the first column
    prev=
    for code in Code A1 B2 C3 D4 E5 F6; do
        fo_at "$pdf" "$code"
        fo_near "tables2-cells-rows: $code stands in the first column" "$x0" 44.5
        if [ -n "$prev" ]; then
            want=16
            [ "$code" = A1 ] && want=16.5 # the header's 1pt rule, collapsed: half in its cell
            fo_near "tables2-cells-rows: $code begins a row of its own below the previous one" \
                "$(awk -v a="$prev" -v b="$y0" 'BEGIN { print b - a }')" "$want" 0.2
        fi
        prev=$y0
    done
    for pair in A1:12,00 B2:25,00 C3:48,00 D4:weight E5:9,50; do
        code=${pair%%:*} word=${pair#*:}
        check_eq "tables2-cells-rows: '$word' stands in $code's row" \
            "$(fo_word "$pdf" "$word" | cut -d' ' -f3)" "$(fo_word "$pdf" "$code" | cut -d' ' -f3)"
    done
    fo_at "$pdf" Dairy,
    fo_near "tables2-cells-rows: D4's spanning cell begins in the second column" "$x0" 111.4
    fo_at "$pdf" dozen; dozen_x=$x0
    fo_holds "tables2-cells-rows: the two-row cell runs on below E5's row into F6's" \
        'd > f && x > 300' -v d="$y0" -v f="$(fo_word "$pdf" F6 | cut -d' ' -f3)" -v x="$dozen_x"
    check_eq "tables2-cells-rows: the PDF has a TR per row formed (header + six)" \
        "$(qpdf --qdf --object-streams=disable "$pdf" - 2>/dev/null | grep -c '/S /TR$')" 7
fi

# ---- minimum and maximum sizes --------------------------------------------------------------
pdf=$OUT/tables2-sizes.pdf
if [ -f "$pdf" ]; then
    # tables2_pitch A B: how far below word A word B stands (yMin to yMin)
    tables2_pitch() { awk -v a="$(fo_word "$pdf" "$1" | cut -d' ' -f3)" \
        -v b="$(fo_word "$pdf" "$2" | cut -d' ' -f3)" 'BEGIN { if (a != "" && b != "") print b - a }'; }
    fo_near "tables2-sizes: min-height=40pt on a cell: its row is 40pt + 2 x 5pt padding" \
        "$(tables2_pitch Tall Fixed)" 45 0.2
    fo_near "tables2-sizes: height=30pt on a cell makes its row 30pt" \
        "$(tables2_pitch Fixed Spanning)" 30 0.2
    fo_near "tables2-sizes: the spanning cell's minimum (50pt) lengthens its last row" \
        "$(tables2_pitch Spanning Capped)" 50 0.2
    fo_near "tables2-sizes: its first row keeps its own height (12pt)" \
        "$(tables2_pitch three four)" 12 0.2
    fo_near "tables2-sizes: max-height on a row and a cell changes nothing, as in FOP" \
        "$(tables2_pitch Capped Last)" 12 0.2
    # each graphic on its line: the dark red run along a pixel row just above the baseline
    for case in Narrow:20:0 Wide:30:80 Down:20:20 Up:80:80; do
        word=${case%%:*} rest=${case#*:}
        drawn=${rest%%:*} viewport=${rest#*:}
        fo_at "$pdf" "$word"
        row=$(awk -v y="$y1" 'BEGIN { print int(y) - 3 }')
        run=$(tables2_runs "$pdf" 1 cc0000 row "$row")
        after=$(fo_words "$pdf" | awk -v y="$y0" '$6 == "after" && $3 > y - 1 && $3 < y + 1 { print $2; exit }')
        fo_near "tables2-sizes: the graphic after '$word' is drawn ${drawn}pt wide" \
            "$(echo "$run" | awk -F- '{ print $2 - $1 + 1 }')" "$drawn" 1
        if [ "$viewport" != 0 ]; then
            fo_holds "tables2-sizes: the graphic after '$word' takes a ${viewport}pt viewport in its line" \
                'a - s >= v - 0.5 && a - s <= v + 4' -v a="$after" -v s="${run%%-*}" -v v="$viewport"
        fi
    done
    fo_at "$pdf" Up; up_y1=$y1
    fo_at "$pdf" Down; down_y1=$y1
    fo_near "tables2-sizes: scale-to-fit under a 20pt maximum: 10pt high" \
        "$(tables2_runs "$pdf" 1 cc0000 col 85 | tr ' ' '\n' | awk -F- -v y="$down_y1" '$2 < y + 2 && $2 > y - 12 { print $2 - $1 + 1 }')" 10 1
    fo_near "tables2-sizes: scale-to-fit over a 40pt minimum: 40pt high" \
        "$(tables2_runs "$pdf" 1 cc0000 col 85 | tr ' ' '\n' | awk -F- -v y="$up_y1" '$2 < y + 2 && $2 > y - 45 { print $2 - $1 + 1 }')" 40 1
    # block-containers: FOP reads neither limit there, nor does frisk
    check_eq "tables2-sizes: max-width on a block-container does not wrap its line (FOP ignores it)" \
        "$(fo_word "$pdf" max-width | cut -d' ' -f3)" "$(fo_word "$pdf" min-height | cut -d' ' -f3)"
    fo_near "tables2-sizes: min-height and .minimum on a block-container add no height (as FOP)" \
        "$(tables2_pitch max-width Below)" 24 0.2
fi
