# Side floats by page parity, block-level content beside them, rl-tb sides, change bars in
# footnotes and static content, markers retrieved into a footer (issue 20, sides). Sourced by
# tests/fo/test.sh: positions come from pdftotext -bbox (points from the top left), colours
# from a 72 dpi rendering, so each check fails when the placement it names is wrong.

# sides_line_end PDF PAGE Y: the right end of the rightmost word whose top is at Y (±1pt).
sides_line_end() {
    fo_words "$1" | awk -v p="$2" -v y="$3" '$1 == p && $3 > y - 1 && $3 < y + 1 && $4 > m { m = $4 }
                                              END { print m + 0 }'
}
# sides_pixel PDF PAGE X Y: "r g b" of the point (X, Y) in points, from a 72 dpi rendering.
sides_pixel() {
    pdftoppm -r 72 -f "$2" -l "$2" -x "$3" -y "$4" -W 1 -H 1 "$1" 2>/dev/null | python3 -c '
import sys
d = sys.stdin.buffer.read()
parts = d.split(maxsplit=4)
print(*parts[4][:3] if len(parts) == 5 and len(parts[4]) >= 3 else ("none",))'
}

pdf=$OUT/sides-floats.pdf
if [ -f "$pdf" ]; then
    fo_at "$pdf" Insidenote; nx=$x0 np=$p
    fo_at "$pdf" Oddpage; tx=$x0
    fo_holds "sides-floats: float=inside stands at the left (the binding) of odd page 1" \
        "p == 1 && n < 60 && t > n + 120" -v p="$np" -v n="$nx" -v t="$tx"
    fo_at "$pdf" Insidetwo; nx=$x0 np=$p
    fo_at "$pdf" Evenpage; tx=$x0 ty=$y0
    end=$(sides_line_end "$pdf" 2 "$ty")
    fo_holds "sides-floats: float=inside stands at the right (the binding) of even page 2" \
        "p == 2 && n > 300 && t < 45" -v p="$np" -v n="$nx" -v t="$tx"
    fo_holds "sides-floats: on page 2 the lines beside the inside float end before it" \
        "e > 250 && e < n" -v e="$end" -v n="$nx"
    fo_at "$pdf" Outsidenote; nx=$x0 np=$p
    fo_at "$pdf" Thirdpage; tx=$x0
    fo_holds "sides-floats: float=outside stands at the right (the outer edge) of odd page 3" \
        "p == 3 && n > 300 && t < 45" -v p="$np" -v n="$nx" -v t="$tx"
    # page 4: the start note is 45 mm + 4 mm padding + 3 mm margin (147pt) from x 42.5pt
    fo_at "$pdf" Startnote; sy=$y0
    fo_at "$pdf" Tablecell; cx=$x0 cy=$y0
    fo_holds "sides-floats: a table beside a side float is narrowed to its right" \
        "x > 189 && x < 200 && y < s + 40" -v x="$cx" -v y="$cy" -v s="$sy"
    fo_at "$pdf" Secondcell; cx2=$x0
    fo_holds "sides-floats: the narrowed table's columns share what is left (50% each)" \
        "b - a > 95 && b - a < 130" -v a="$cx" -v b="$cx2"
    fo_at "$pdf" Listbody; lx=$x0
    fo_holds "sides-floats: a list beside the float is narrowed (its body after a 12 mm label)" \
        "x > 189 + 30 && x < 189 + 40" -v x="$lx"
    fo_at "$pdf" Shadedblock; bx=$x0 by=$y0
    fo_holds "sides-floats: a bordered, shaded block beside the float is narrowed" \
        "x > 189 && x < 200" -v x="$bx"
    set -- $(sides_pixel "$pdf" 4 150 "$(awk -v y="$by" 'BEGIN { printf "%d", y + 5 }')")
    fo_holds "sides-floats: no blue background under the float beside the shaded block ($*)" \
        "r == g && g == b && r > 200" -v r="${1:-0}" -v g="${2:-1}" -v b="${3:-2}"
    set -- $(sides_pixel "$pdf" 4 300 "$(awk -v y="$by" 'BEGIN { printf "%d", y + 5 }')")
    fo_holds "sides-floats: the shaded block's background is drawn beside the float ($*)" \
        "b > r + 20" -v r="${1:-0}" -v b="${3:-0}"
    fo_at "$pdf" Smallnote; my=$y0
    fo_at "$pdf" Widecell; wx=$x0 wy=$y0
    fo_holds "sides-floats: a table too wide to stand beside a float begins below it" \
        "x < 50 && y > m + 30" -v x="$wx" -v y="$wy" -v m="$my"
    fo_at "$pdf" Lastnote; ly=$y0 lx=$x0
    fo_at "$pdf" Clearedafter; ky=$y0
    fo_holds "sides-floats: the next float stands at the left edge again, and clear=start begins below it" \
        "x < 50 && k > l + 30" -v x="$lx" -v k="$ky" -v l="$ly"
fi

pdf=$OUT/sides-rl-padding.pdf
if [ -f "$pdf" ]; then
    # A5: the region body runs from x 42.5pt to 377pt
    fo_at "$pdf" Padstart; py=$y0
    end=$(sides_line_end "$pdf" 1 "$py")
    fo_holds "sides-rl-padding: in rl-tb padding-start (25mm) and border-start (3pt) stand at the right" \
        "e > 300 && e < 306" -v e="$end"
    fo_holds "sides-rl-padding: in rl-tb padding-end (2mm) is at the left: the text does not reach it" \
        "x > 100" -v x="$x0"
    set -- $(sides_pixel "$pdf" 1 375 "$(awk -v y="$py" 'BEGIN { printf "%d", y + 6 }')")
    fo_holds "sides-rl-padding: the red border-start is drawn at the block's right edge ($*)" \
        "r > 200 && g < 80 && b < 80" -v r="${1:-0}" -v g="${2:-255}" -v b="${3:-255}"
    fo_at "$pdf" Cellpad; cy=$y0
    end=$(sides_line_end "$pdf" 1 "$cy")
    fo_holds "sides-rl-padding: a cell's padding-start (15mm) is at its right in an rl-tb table" \
        "e > 331 && e < 337" -v e="$end"
    set -- $(sides_pixel "$pdf" 1 176 "$(awk -v y="$cy" 'BEGIN { printf "%d", y + 6 }')")
    fo_holds "sides-rl-padding: the cell's green border-end is at its left edge ($*)" \
        "g > 100 && r < 80 && b < 80" -v r="${1:-255}" -v g="${2:-0}" -v b="${3:-255}"
    fo_at "$pdf" Ltrpad
    fo_holds "sides-rl-padding: left to right, padding-start and border-start stay at the left" \
        "x > 114 && x < 119" -v x="$x0"
    fo_at "$pdf" Seqpad; sy=$y0
    end=$(sides_line_end "$pdf" 2 "$sy")
    fo_holds "sides-rl-padding: under a page-sequence's rl-tb the text is flush right, padding-start at the right" \
        "e > 303 && e < 309" -v e="$end"
fi

# sides_bars PDF PAGE WORD LEFT RIGHT: the colours 2pt bars 4pt outside the column would have
# beside WORD's line (x 51pt at the left of a 56.7pt margin; RIGHT the x at the other side),
# as "r,g,b r,g,b"
sides_bars() {
    set -- "$1" "$2" "$(fo_words "$1" | awk -v p="$2" -v w="$3" '$1 == p && $6 == w { printf "%d", $3 + 6; exit }')" "$4" "$5"
    [ -n "$3" ] || { echo "missing missing"; return; }
    echo "$(sides_pixel "$1" "$2" "$4" "$3" | tr ' ' ,) $(sides_pixel "$1" "$2" "$5" "$3" | tr ' ' ,)"
}

pdf=$OUT/sides-change-bars.pdf
if [ -f "$pdf" ]; then
    # A5, 20 mm margins: the body runs from 56.7pt to 362.8pt; bars centre at 51.7 and 367.8
    while read -r page word left right what; do
        check_eq "sides-change-bars: $what" "$(sides_bars "$pdf" "$page" "$word" 51 367)" "$left $right"
    done <<'TABLE'
1 Startbar 255,0,0 255,255,255 placement=start is at the left
1 Endbar 255,255,255 0,0,255 placement=end is at the right
1 Insidebar 0,160,0 255,255,255 placement=inside is at the left (binding) of odd page 1
1 Outsidebar 255,255,255 255,128,0 placement=outside is at the right of odd page 1
1 Alternatebar 255,255,255 160,0,160 placement=alternate in one column acts as outside (right on page 1)
1 Leftbar 0,0,0 255,255,255 placement=left is at the left
1 Rightbar 255,255,255 0,0,0 placement=right is at the right
1 Citing 255,255,255 255,255,255 the text citing a changed footnote has no bar
1 Notetext 0,128,128 255,255,255 a change bar inside a footnote body is drawn beside the note
1 Headerline 255,255,255 128,128,128 a change bar in static content (region-before) is drawn beside it
2 Insidetwo 255,255,255 0,160,0 placement=inside is at the right (binding) of even page 2
2 Outsidetwo 255,128,0 255,255,255 placement=outside is at the left of even page 2
2 Alternatetwo 160,0,160 255,255,255 placement=alternate in one column is outside (left on page 2)
TABLE
    # page 3: columns 56.7-195.6 and 223.9-362.8 (10 mm apart)
    check_eq "sides-change-bars: placement=alternate with two columns: left of the first column" \
        "$(sides_bars "$pdf" 3 Firstcolumn 51 200)" "160,0,160 255,255,255"
    check_eq "sides-change-bars: placement=alternate with two columns: right of the second column" \
        "$(sides_bars "$pdf" 3 Secondcolumn 218 367)" "255,255,255 160,0,160"
    # the first column's bar is its own stroke: none beside the second column's second line
    check_eq "sides-change-bars: the bar of the first column stops with its text" \
        "$(sides_pixel "$pdf" 3 51 76)" "255 255 255"
fi

pdf=$OUT/sides-footer-markers.pdf
if [ -f "$pdf" ]; then
    # region-after: 20 mm from 10 mm above the page foot, 510.2pt to 566.9pt down the page
    fo_at "$pdf" Longmark; ly=$y0 lp=$p
    fo_at "$pdf" Fourthline; fy=$y0 fp=$p
    fo_holds "sides-footer-markers: a retrieved four-block marker is set as four lines from the region's top" \
        "lp == 2 && fp == 2 && l > 508 && l < 514 && f - l > 30 && f - l < 36" \
        -v lp="$lp" -v fp="$fp" -v l="$ly" -v f="$fy"
    fo_at "$pdf" Secondline
    fo_holds "sides-footer-markers: each block of the marker begins a line of its own" \
        "x < 58" -v x="$x0"
    check_eq "sides-footer-markers: the blocks' words are not run together" \
        "$(fo_words "$pdf" | awk '$6 ~ /lineSecond/' | wc -l)" 0
    set -- $(fo_words "$pdf" | awk '$1 == 2 && $6 == "Side" { print $3; exit }')
    fo_holds "sides-footer-markers: the footer's next block follows below the marker's lines" \
        "s > f + 8" -v s="${1:-0}" -v f="$fy"
    fo_at "$pdf" Shortmark; sh=$(awk -v a="$y0" -v b="$y1" 'BEGIN { print b - a }')
    fo_holds "sides-footer-markers: retrieved text inherits the footer's 9pt, as FOP sets it ($sh)" \
        "h > 10 && h < 13" -v h="$sh"
    set -- $(fo_words "$pdf" | awk '$1 == 3 && $6 == "Shortmark" { print $3; exit }')
    fo_holds "sides-footer-markers: page 3 retrieves the short marker again" "y > 508 && y < 514" -v y="${1:-0}"
fi

# PDF/UA: floats that change sides, narrowed blocks, bars and retrieved markers stay tagged or
# artifacts
for fo in tests/fo/sides*-*.fo; do # sides2 too
    name=$(basename "$fo" .fo)
    [ -f "$OUT/$name.pdf" ] || continue
    bad=$(python3 tests/pdfua/conformance.py "$OUT/$name.pdf" 2>&1 | grep -c '^not ok')
    check_eq "$name passes the PDF/UA-1 and PDF/A-2a conditions (tests/pdfua/conformance.py)" "$bad" 0
done
