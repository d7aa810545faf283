# Block-level placement (issue 20, blocks): absolute and fixed block-containers, turned ones
# (reference-orientation), writing-mode rl-tb, before-floats and side floats. Sourced by
# tests/fo/test.sh: positions come from pdftotext -bbox (fo_word: "page xMin yMin xMax yMax",
# points from the top left), so each check fails when the placement it names is wrong.

# blocks_text PDF PAGE: the page's text in a file (check_contains reads a file).
blocks_text() { fo_text "$1" "$2" > "$OUT/blocks-page.txt"; echo "$OUT/blocks-page.txt"; }

pdf=$OUT/blocks-invoice.pdf
if [ -f "$pdf" ]; then
    fo_at "$pdf" Recipient; rx=$x0 ry=$y0
    # fixed: left 20 mm (56.7pt) + border 0.5pt + padding 2 mm; the window runs 141.7pt to
    # 266.2pt down the page and display-align="center" puts the three lines in its middle
    fo_holds "blocks-invoice: the address window stands at left=20mm of the page" \
        "x > 62 && x < 64" -v x="$rx"
    fo_at "$pdf" Odense; oy=$y1
    fo_holds "blocks-invoice: the address is centred in its 40mm window (display-align)" \
        "a > 170 && b < 240 && (a - 141.7) - (266.2 - b) < 6 && (266.2 - b) - (a - 141.7) < 6" \
        -v a="$ry" -v b="$oy"
    fo_at "$pdf" Aarhus; ax1=$x1 ay=$y0
    fo_holds "blocks-invoice: the sender block is absolute at the right of region-before" \
        "x > 525 && x < 539 && y < 50" -v x="$ax1" -v y="$ay"
    fo_at "$pdf" BETALT; sx0=$x0 sy0=$y0 sy1=$y1
    fo_at "$pdf" Invoice; iy=$y0
    fo_at "$pdf" Firstline; fy=$y0
    fo_holds "blocks-invoice: the stamp is absolute at the top right of the region body" \
        "x > 440 && y > 283 && y < 300" -v x="$sx0" -v y="$sy0"
    fo_holds "blocks-invoice: the flow goes on as if the stamp were not there" \
        "f - i < 30 && f < s" -v f="$fy" -v i="$iy" -v s="$sy1"
    fo_at "$pdf" Shiftednote; nx=$x0
    fo_at "$pdf" Afterward; tx=$x0
    fo_holds "blocks-invoice: absolute-position=relative moves the note 10mm right" \
        "n - t > 27.8 && n - t < 28.9" -v n="$nx" -v t="$tx"
    text=$(blocks_text "$pdf" 1)
    check_contains "blocks-invoice: a container with overflow=hidden shows what fits" "$text" "Clipfirst"
    check_not_contains "blocks-invoice: overflow=hidden clips what is below its height" "$text" "Clipthird"
    fo_at "$pdf" Clipfirst; c1y=$y0
    fo_at "$pdf" Boxedtext; bxy=$y0
    # 8 mm (22.7pt) + 12pt space + 0.5pt border + 2 mm padding, give or take the line's ascent
    fo_holds "blocks-invoice: the clipped container takes its height in the flow" \
        "b - c > 38 && b - c < 44" -v b="$bxy" -v c="$c1y"
    fo_at "$pdf" Cornerlabel; kx1=$x1 ky0=$y0
    fo_at "$pdf" Boxedtext; xy0=$y0
    # the box's content rectangle ends at 538.6 - 0.5 - 5.7 = 532.4 (border, padding)
    fo_holds "blocks-invoice: an absolute container is placed in its block-container" \
        "x > 531 && x < 533 && y - b < 4 && b - y < 4" -v x="$kx1" -v y="$ky0" -v b="$xy0"
    order=$(pdfinfo -struct-text "$pdf" 2>/dev/null | grep -oE 'Invoice|BETALT|Firstline' | tr '\n' ' ')
    check_eq "blocks-invoice: the stamp is tagged where it is anchored (reading order)" \
        "$order" "Invoice BETALT Firstline "
fi

pdf=$OUT/blocks-rotated.pdf
if [ -f "$pdf" ]; then
    check_contains "blocks-rotated: turned text stays text" "$(blocks_text "$pdf" 1)" "Quarterthree"
    fo_at "$pdf" Sidebar; sx0=$x0 sy0=$y0 sx1=$x1 sy1=$y1
    fo_at "$pdf" upward; uy1=$y1
    fo_holds "blocks-rotated: 90 reads bottom to top (tall box, second word above)" \
        "y1 - y0 > 2 * (x1 - x0) && u < y0" -v x0="$sx0" -v y0="$sy0" -v x1="$sx1" -v y1="$sy1" -v u="$uy1"
    fo_at "$pdf" Downward; dy1=$y1 dx0=$x0 dx1=$x1 dy0=$y0
    fo_at "$pdf" reading; ry0=$y0
    fo_holds "blocks-rotated: -90 reads top to bottom" \
        "y1 - y0 > 2 * (x1 - x0) && r > y1" -v x0="$dx0" -v y0="$dy0" -v x1="$dx1" -v y1="$dy1" -v r="$ry0"
    fo_at "$pdf" Upsidedown; ux=$x0
    fo_at "$pdf" here; hx=$x0
    fo_holds "blocks-rotated: 180 sets the line upside down (first word rightmost)" "u > h" \
        -v u="$ux" -v h="$hx"
    fo_at "$pdf" Abovefirst; ay=$y0
    fo_at "$pdf" Betweenblock; by=$y0
    # the 60 mm (170pt) tall turned container takes its height in the flow
    fo_holds "blocks-rotated: a turned container takes its height in the flow" \
        "b - a > 170 && b - a < 200" -v a="$ay" -v b="$by"
    fo_at "$pdf" Quarterone; qx0=$x0 qy0=$y0 qx1=$x1 qy1=$y1
    fo_at "$pdf" Widgets; wy=$y0
    fo_holds "blocks-rotated: a turned column title in a table header cell, above the body" \
        "y1 - y0 > 2 * (x1 - x0) && y1 <= w + 1" -v x0="$qx0" -v y0="$qy0" -v x1="$qx1" -v y1="$qy1" -v w="$wy"
fi

pdf=$OUT/blocks-writing-mode.pdf
if [ -f "$pdf" ]; then
    fo_at "$pdf" paragraph.; px1=$x1
    fo_at "$pdf" Startaligned; sx0=$x0
    fo_at "$pdf" Endaligned; ex0=$x0
    fo_holds "blocks-writing-mode: rl-tb sets text-align=start flush right, end flush left" \
        "s > 400 && e < 70" -v s="$sx0" -v e="$ex0"
    fo_at "$pdf" Labelone; lx0=$x0
    fo_at "$pdf" item.; bx1=$x1
    fo_holds "blocks-writing-mode: rl-tb puts list labels at the right of their bodies" \
        "l > b && l > 470" -v l="$lx0" -v b="$bx1"
    fo_at "$pdf" Indentedstart; ix0=$x0
    fo_at "$pdf" block.; ix1=$x1
    fo_holds "blocks-writing-mode: start-indent indents from the right" \
        "x1 < 529.6 - 56 && x1 > 529.6 - 58" -v x1="$ix1"
    fo_at "$pdf" Colone; c1=$x0
    fo_at "$pdf" Coltwo; c2=$x0
    fo_at "$pdf" Colthree; c3=$x0
    fo_at "$pdf" Ltrone; l1=$x0
    fo_at "$pdf" Ltrtwo; l2=$x0
    fo_holds "blocks-writing-mode: an rl-tb table's columns run right to left" \
        "c1 > c2 && c2 > c3 && c1 > 450 && l1 < l2 && l1 < 60" \
        -v c1="$c1" -v c2="$c2" -v c3="$c3" -v l1="$l1" -v l2="$l2"
fi

pdf=$OUT/blocks-floats.pdf
if [ -f "$pdf" ]; then
    check_eq "blocks-floats: two pages" "$(fo_pages "$pdf")" 2
    fo_at "$pdf" Figureone; f1p=$p f1y=$y0
    fo_at "$pdf" Figuretwo; f2p=$p f2y=$y0
    fo_at "$pdf" Openingparagraph; op=$p oy=$y0
    fo_at "$pdf" Anchorparagraph; ay=$y0
    fo_holds "blocks-floats: before-floats stack at the page top, above the text before their anchors" \
        "p1 == 1 && p2 == 1 && o == 1 && f1 < f2 && f2 < oy && oy < ay && f2 - f1 > 100" \
        -v p1="$f1p" -v p2="$f2p" -v o="$op" -v f1="$f1y" -v f2="$f2y" -v oy="$oy" -v ay="$ay"
    fo_at "$pdf" Figurethree; f3p=$p f3y=$y0
    fo_at "$pdf" Thirdanchor; tp=$p
    fo_holds "blocks-floats: a float too tall for what is left goes to the next page's top" \
        "t == 1 && p == 2 && y < 200" -v t="$tp" -v p="$f3p" -v y="$f3y"
    fo_at "$pdf" Sidebox; sx1=$x1 sy0=$y0 sp=$p
    fo_at "$pdf" Besidetext; bx0=$x0 by0=$y0
    fo_at "$pdf" Laterparagraph; lx0=$x0
    # 45 mm + 2 x (2 mm + 0.5pt) + 4 mm margin = 150.2pt from the body's left edge
    fo_holds "blocks-floats: the side float stands at the start, its paragraph beside it" \
        "p == 2 && b > s && b > 56.7 + 149 && b < 56.7 + 152 && y - by < 8 && y >= by && l < 57" \
        -v p="$sp" -v b="$bx0" -v s="$sx1" -v y="$sy0" -v by="$by0" -v l="$lx0"
    # the lines below the float run the full measure again (the breaker shortens only those
    # beside it): the paragraph's fourth line begins at the body's left edge
    nx=$(fo_words "$pdf" | awk '$1 == 2 && $6 == "needs." { print $2; exit }')
    fo_holds "blocks-floats: the text below the side float runs the full measure again" \
        "n > 56 && n < 57.5" -v n="$nx"
    fo_at "$pdf" Endbox; ex0=$x0
    fo_at "$pdf" fifth; fy1=$y1
    fo_at "$pdf" Clearedblock; cy=$y0
    fo_holds "blocks-floats: float=end stands at the right; clear=both begins below it" \
        "e > 380 && c >= f" -v e="$ex0" -v c="$cy" -v f="$fy1"
    fo_at "$pdf" Celltext; cy0=$y0
    fo_at "$pdf" Cellfloat; cfx=$x0
    fo_at "$pdf" Aftertable; aty=$y0
    fo_holds "blocks-floats: a cell holding a side float is as tall as the float (25mm)" \
        "a - c > 71 && f > 380" -v a="$aty" -v c="$cy0" -v f="$cfx"
    check_contains "blocks-floats: float=none is an ordinary block" "$(blocks_text "$pdf" 2)" "Nonefloat"
    order=$(pdfinfo -struct-text "$pdf" 2>/dev/null | grep -oE 'Openingparagraph|Anchorparagraph|Figureone|Secondanchor|Figuretwo' | tr '\n' ' ')
    check_eq "blocks-floats: floats are tagged after their anchor paragraphs" "$order" \
        "Openingparagraph Anchorparagraph Figureone Secondanchor Figuretwo "
fi

# PDF/UA: what is drawn out of the flow, turned or floated is still tagged or an artifact
for name in blocks-invoice blocks-rotated blocks-writing-mode blocks-floats; do
    [ -f "$OUT/$name.pdf" ] || continue
    bad=$(python3 tests/pdfua/conformance.py "$OUT/$name.pdf" 2>&1 | grep -c '^not ok')
    check_eq "$name passes the PDF/UA-1 and PDF/A-2a conditions (tests/pdfua/conformance.py)" "$bad" 0
done
