# text-align with a string (cells aligned on a character) and text-align inside/outside by the
# page's parity (issue 20, align). Sourced by tests/fo/test.sh: positions come from
# pdftotext -bbox (points from the top left of the page), so each check fails when a line
# stands elsewhere than the property says.

# align_axis PDF CHAR LO HI FROM TO DLO DHI: where the figures of one table column (the numbers
# whose box starts between x LO and HI, read from the word FROM up to the word TO) put CHAR,
# one "page word x" line each: x is the left edge of CHAR, or the end of a figure without it.
# The font's figures are tabular (Noto Sans), so CHAR's place follows from the word's box: its
# right edge less the figures after CHAR. A figure's width comes from the whole numbers of more
# than one figure whose box starts between DLO and DHI, CHAR's own from a figure holding it and
# digits only.
align_axis() {
    pdftotext -bbox "$1" - 2>/dev/null | python3 -c '
import re, sys
char, lo, hi, first, last, dlo, dhi = sys.argv[1], *map(float, sys.argv[2:4]), sys.argv[4], sys.argv[5], *map(float, sys.argv[6:8])
words, page = [], 0
for line in sys.stdin:
    if "<page " in line:
        page += 1
    m = re.search(r"<word xMin=\"([\d.]+)\" yMin=\"([\d.]+)\" xMax=\"([\d.]+)\" yMax=\"[\d.]+\">(.*)</word>", line)
    if m:
        words.append((page, float(m.group(2)), float(m.group(1)), float(m.group(3)), m.group(4)))
def place(name):
    return next(((p, y) for p, y, _, _, w in words if w == name), None)
start, stop = place(first), place(last)
if not start or not stop:
    sys.exit(0)
inside = [w for w in words if start <= (w[0], w[1] + 0.01) and (w[0], w[1]) < stop]
digits = [(x1 - x0) / len(w) for _, _, x0, x1, w in words if dlo <= x0 < dhi and w.isdigit() and len(w) > 1]
# below the running head: the rows of the table start as low on every page
figures = [w for w in inside if lo <= w[2] < hi and w[1] > start[1] - 0.5 and re.fullmatch(r"[\d.,]+", w[4])]
if not digits or not figures:
    sys.exit(0)
digit = sorted(digits)[len(digits) // 2]
plain = [x1 - x0 - (len(w) - 1) * digit for _, _, x0, x1, w in figures
         if w.count(char) == 1 and w.replace(char, "").isdigit()]
if not plain:
    sys.exit(0)
width = plain[0]
for p, _, x0, x1, w in figures:
    after = w.split(char, 1)[1] if char in w else None
    x = x1 - len(after) * digit - width if after is not None else x1
    print(p, w, "%.2f" % x)
' "$2" "$3" "$4" "$5" "$6" "$7" "$8"
}
# align_spread LINES: the most the x (third field) of align_axis lines differ.
align_spread() { echo "$1" | awk 'NF == 3 { if (n++ == 0 || $3 < lo) lo = $3; if ($3 > hi) hi = $3 }
                                  END { print n ? hi - lo : "" }'; }
# align_edges PDF LO HI FROM TO: "least-left most-right count" of the boxes of the figures (as
# align_axis takes them: below the running head) in the column.
align_edges() {
    fo_words "$1" | awk -v lo="$2" -v hi="$3" -v from="$4" -v to="$5" '
        $6 == from { on = 1 } $6 == to { on = 0 }
        on && $3 > 45 && $2 >= lo && $2 < hi && $6 ~ /^[0-9.,]+$/ { if (n++ == 0 || $2 < l) l = $2; if ($4 > r) r = $4 }
        END { if (n) print l, r, n }'
}
# align_right_spread PDF LO HI FROM TO: the most the right edges of those figures differ.
align_right_spread() {
    fo_words "$1" | awk -v lo="$2" -v hi="$3" -v from="$4" -v to="$5" '
        $6 == from { on = 1 } $6 == to { on = 0 }
        on && $3 > 45 && $2 >= lo && $2 < hi && $6 ~ /^[0-9.,]+$/ { if (n++ == 0 || $4 < l) l = $4; if ($4 > r) r = $4 }
        END { if (n) print r - l }'
}

pdf=$OUT/align-decimal.pdf
if [ -f "$pdf" ]; then
    check_eq "align-decimal: the invoice's table runs on to a second page" "$(fo_pages "$pdf")" 2
    mm=2.834645669
    # the Danish table stands at the 10 mm margin: columns of 50, 18, 28 and 32 mm, cells
    # padded 2pt; "Antal" (whole numbers) gives the figures' width
    antal_lo=$(awk -v m=$mm 'BEGIN { print 60 * m }') antal_hi=$(awk -v m=$mm 'BEGIN { print 78 * m }')
    pris_lo=$antal_hi pris_hi=$(awk -v m=$mm 'BEGIN { print 106 * m }')
    belob_lo=$pris_hi belob_hi=$(awk -v m=$mm 'BEGIN { print 138 * m }')
    for col in "Pris $pris_lo $pris_hi" "Beløb $belob_lo $belob_hi"; do
        set -- $col
        column=$1 lo=$2 hi=$3
        axis=$(align_axis "$pdf" , "$lo" "$hi" Kopipapir Freight "$antal_lo" "$antal_hi")
        check_eq "align-decimal: the $column column holds its 12 figures, on both pages" \
            "$(echo "$axis" | awk 'NF == 3' | wc -l | tr -d ' ')" 12
        check_eq "align-decimal: the $column column's figures stand on pages 1 and 2" \
            "$(echo "$axis" | awk 'NF == 3 { print $1 }' | sort -u | tr '\n' ' ')" "1 2 "
        fo_holds "align-decimal: in $column every decimal comma (and the end of a figure without one) is on one axis, within 0.5pt" \
            "s != \"\" && s <= 0.5" -v s="$(align_spread "$axis")"
        fo_holds "align-decimal: in $column the figures are not simply set flush right" \
            "s > 4" -v s="$(align_right_spread "$pdf" "$lo" "$hi" Kopipapir Freight)"
        # the figures stand as one block centred in the column's content (2pt padding)
        set -- $(align_edges "$pdf" "$lo" "$hi" Kopipapir Freight)
        fo_holds "align-decimal: in $column the block of figures is centred in the column" \
            "d < 0.6 && d > -0.6" -v d="$(awk -v l="$1" -v r="$2" -v lo="$lo" -v hi="$hi" \
                'BEGIN { print (l - (lo + 2)) - ((hi - 2) - r) }')"
    done
    # a figure without the comma ends at the axis: "40.798" starts where "40.798,25" does
    starts=$(fo_words "$pdf" | awk -v lo="$belob_lo" -v hi="$belob_hi" \
        '$2 >= lo && $2 < hi && ($6 == "40.798" || $6 == "40.798,25") { print $6, $2 }' | sort -u)
    fo_holds "align-decimal: '40.798' (no comma) ends where the comma of '40.798,25' begins" \
        "a != \"\" && b != \"\" && a - b < 0.5 && b - a < 0.5" \
        -v a="$(echo "$starts" | awk '$1 == "40.798" { print $2; exit }')" \
        -v b="$(echo "$starts" | awk '$1 == "40.798,25" { print $2; exit }')"
    # the header's "Pris" is centred, not on the axis
    fo_at "$pdf" Pris
    fo_holds "align-decimal: the header cell 'Pris' (text-align=center) is centred in its column" \
        "d < 0.6 && d > -0.6" -v d="$(awk -v a="$x0" -v b="$x1" -v lo="$pris_lo" -v hi="$pris_hi" \
            'BEGIN { print (a + b) / 2 - (lo + hi) / 2 }')"
    # the English table: 60 mm, 40 mm, 28 mm; aligned on "." (bare, quoted, and in a cell of
    # two lines), its figures' width from the Danish "Antal"
    en_lo=$(awk -v m=$mm 'BEGIN { print 70 * m }') en_hi=$(awk -v m=$mm 'BEGIN { print 110 * m }')
    axis=$(align_axis "$pdf" . "$en_lo" "$en_hi" Freight Outsidetable "$antal_lo" "$antal_hi")
    check_eq "align-decimal: the English column holds its 4 figures (one cell of two lines)" \
        "$(echo "$axis" | awk 'NF == 3' | wc -l | tr -d ' ')" 4
    fo_holds "align-decimal: the English figures (text-align=\".\" and \"'.'\") have their points on one axis" \
        "s != \"\" && s <= 0.5" -v s="$(align_spread "$axis")"
    # outside a table a string is start
    fo_at "$pdf" Outsidetable
    fo_near "align-decimal: text-align=\",\" outside a table is set flush left" "$x0" 28.3
fi

# align_line PDF WORD: "page start end" of the line WORD's first box is on: its page, the left
# edge of its first word and the right edge of its last (the words at the same height).
align_line() {
    fo_words "$1" | awk -v w="$2" '
        $6 == w && !p { p = $1; y = $3 }
        { page[NR] = $1; top[NR] = $3; left[NR] = $2; right[NR] = $4 }
        END { if (!p) exit
              s = 1e9; e = 0
              for (i = 1; i <= NR; i++)
                  if (page[i] == p && top[i] > y - 1 && top[i] < y + 1) {
                      if (left[i] < s) s = left[i]
                      if (right[i] > e) e = right[i]
                  }
              print p, s, e }'
}

pdf=$OUT/align-inside.pdf
if [ -f "$pdf" ]; then
    # pages 148 mm wide, 25 mm at the binding, 15 mm outside: an odd page's text runs from
    # 70.9pt to 376.9pt, an even page's from 42.5pt to 348.7pt
    odd_l=70.9 odd_r=376.9 even_l=42.5 even_r=348.7
    check_eq "align-inside: the book has 3 pages" "$(fo_pages "$pdf")" 3
    # align_flush NAME WORD PAGE start|end EDGE: WORD's line is on PAGE with its start (end)
    # at EDGE
    align_flush() {
        set -- "$1" "$3" "$4" "$5" $(align_line "$pdf" "$2")
        fo_holds "align-inside: $1" "p == want && (side == \"start\" ? s : e) > at - 0.6 && (side == \"start\" ? s : e) < at + 0.6" \
            -v want="$2" -v side="$3" -v at="$4" -v p="$5" -v s="$6" -v e="$7"
    }
    align_flush "text-align=inside on odd page 1 starts at the binding (left)" Insideline 1 start "$odd_l"
    align_flush "text-align=outside on odd page 1 ends at the outer edge (right)" Outsideline 1 end "$odd_r"
    align_flush "text-align=inside on even page 2 ends at the binding (right)" Insideeven 2 end "$even_r"
    align_flush "text-align=outside on even page 2 starts at the outer edge (left)" Outsideeven 2 start "$even_l"
    align_flush "text-align-last=inside ends the justified paragraph's last line at the right of page 2" \
        Lastinside 2 end "$even_r"
    align_flush "text-align=inside on odd page 3 starts at the left again" Insideodd 3 start "$odd_l"
    # the paragraph split from page 1 to page 2: each part by its own page
    set -- $(align_line "$pdf" Splitpara)
    fo_holds "align-inside: the outside paragraph's first line, on odd page 1, ends at the right" \
        "p == 1 && e > r - 0.6 && e < r + 0.6 && x > l + 1" -v p="$1" -v x="$2" -v e="$3" -v r="$odd_r" -v l="$odd_l"
    # every line of its part on page 2 (above "Insideeven") starts at the left edge, and its
    # lines on page 1 end at the right one
    # PDF PAGE BELOW ABOVE EDGE-FIELD EDGE: "lines at-EDGE spread": the lines between the
    # heights, those with their start (field 2) or end (field 4) at EDGE, and how much their
    # other ends differ (ragged lines, not flush on both sides)
    split_lines() {
        fo_words "$1" | awk -v pg="$2" -v lo="$3" -v hi="$4" -v f="$5" -v at="$6" '
            $1 == pg && $3 > lo - 1 && $3 < hi {
                all[$3] = 1; if ($f > at - 0.6 && $f < at + 0.6) hit[$3] = 1
                o = f == 2 ? $4 : $2
                if (!($3 in far) || (f == 2 ? o > far[$3] : o < far[$3])) far[$3] = o }
            END { a = 0; h = 0; for (k in all) a++; for (k in hit) h++
                  for (k in far) { if (n++ == 0 || far[k] < m) m = far[k]; if (far[k] > x) x = far[k] }
                  print a, h, x - m }'
    }
    set -- $(split_lines "$pdf" 2 60 "$(fo_word "$pdf" Insideeven | cut -d' ' -f3)" 2 "$even_l")
    fo_holds "align-inside: all its lines on page 2 start at the left edge, their ends ragged" \
        "a >= 3 && h == a && s > 5" -v a="$1" -v h="$2" -v s="$3"
    set -- $(split_lines "$pdf" 1 "$(fo_word "$pdf" Splitpara | cut -d' ' -f3)" 1000 4 "$odd_r")
    fo_holds "align-inside: all its lines on page 1 end at the right edge, their starts ragged" \
        "a >= 10 && h == a && s > 5" -v a="$1" -v h="$2" -v s="$3"
    # the running head in static content: the outer edge of every page
    heads=$(fo_words "$pdf" | awk '$6 == "Outerhead" { print $1, $2 }')
    fo_holds "align-inside: the outside running head ends at the right of page 1" \
        "e > r - 0.6 && e < r + 0.6" -v e="$(fo_words "$pdf" | awk '$1 == 1 && $3 < 60 { if ($4 > m) m = $4 } END { print m }')" -v r="$odd_r"
    fo_holds "align-inside: and starts at the left of page 2" \
        "x > l - 0.6 && x < l + 0.6" -v x="$(echo "$heads" | awk '$1 == 2 { print $2 }')" -v l="$even_l"
fi
