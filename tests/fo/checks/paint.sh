# Assertions on the paint fixtures (issue 20, area "paint"): background images placed, tiled and
# cut in the padding rectangle, on regions, blocks and table cells, stored once and never
# content; and the 3-D border and rule styles in two tones. Sourced by tests/fo/test.sh: $OUT
# holds the rendered PDFs; fo_near and friends are defined there. Pages are read at 72 dpi, so a
# pixel is a point, counted from the page's top left corner.

# paint_pixel PDF PAGE X Y: the colour of one pixel, "rrggbb".
paint_pixel() {
    pdftoppm -r 72 -f "$2" -l "$2" -x "$3" -y "$4" -W 1 -H 1 "$1" > "$OUT/paint-pixel.ppm" 2>/dev/null
    python3 -c 'import sys; sys.path.insert(0, "tests/fo"); import ppm; print(ppm.read(sys.argv[1])[2](0, 0).hex())' \
        "$OUT/paint-pixel.ppm"
}
# paint_field RUNS K: the K-th number (from 1) of an fo_runs line.
paint_field() { echo "$1" | awk -v k="$2" '{ print $k }'; }
# paint_objects PDF PATTERN: how many objects of the PDF (uncompressed) match PATTERN.
paint_objects() {
    qpdf --qdf --object-streams=disable "$1" "$OUT/paint-objects.pdf" 2>/dev/null
    grep -ac -- "$2" "$OUT/paint-objects.pdf"
}

green=00a000
watermark=$OUT/paint-watermark.pdf
if [ -f "$watermark" ]; then
    # the 48 x 24pt mark centred in the 260 x 360pt region body from (20, 20), on each page
    for page in 1 2; do
        across=$(fo_runs "$watermark" $page $green X 200)
        down=$(fo_runs "$watermark" $page $green Y 150)
        check_eq "paint-watermark: page $page: the region-body's image is centred across (x 126-173)" \
            "$across" "126 173"
        check_eq "paint-watermark: page $page: and down (y 188-211)" "$down" "188 211"
    done
    check_eq "paint-watermark: the PDF holds the image once for its two pages" \
        "$(paint_objects "$watermark" '/Subtype /Image')" 1
    check_eq "paint-watermark: the watermark is no Figure of the structure tree" \
        "$(paint_objects "$watermark" '/S /Figure')" 0
    check_eq "paint-watermark: each page's watermark is painted as an artifact" \
        "$(grep -a -A1 '/Pattern cs' "$OUT/paint-objects.pdf" | grep -c '^/Artifact BMC')" 2
    check_eq "paint-watermark: the text is there on page 2" \
        "$(fo_word "$watermark" Bridge | cut -d' ' -f1)" 2
fi

table=$OUT/paint-table.pdf
if [ -f "$table" ]; then
    red=ff0000
    # row 1 is 70pt high from y 20; its cells' padding rectangles start 1pt inside their borders
    tiled=$(fo_runs "$table" 1 $red X 24)
    check_eq "paint-table: the tile's first square starts at the first cell's padding edge" \
        "$(paint_field "$tiled" 1)" 21
    check_eq "paint-table: a square is 6pt wide (16 px at 96 dpi, half of it)" \
        "$(echo "$tiled" | awk '{ print $2 - $1 + 1 }')" 6
    check_eq "paint-table: the squares repeat every 12pt" \
        "$(echo "$tiled" | awk '{ print $3 - $1 }')" 12
    check_eq "paint-table: the tiles are cut at the first cell's edge (the last square ends at 134)" \
        "$(echo "$tiled" | awk '{ for (i = 1; i <= NF; i += 2) if ($i < 140) last = $(i + 1); print last }')" 134
    check_eq "paint-table: repeat-x: the second cell's band starts at its own padding edge" \
        "$(echo "$tiled" | awk '{ for (i = 1; i <= NF; i += 2) if ($i > 140) { print $i; exit } }')" 141
    check_eq "paint-table: the third cell, with no background, has no tile" \
        "$(echo "$tiled" | awk '{ n = 0; for (i = 1; i <= NF; i += 2) if ($i > 260) n++; print n }')" 0
    down=$(fo_runs "$table" 1 $red Y 24)
    fo_near "paint-table: the tiles start at the padding edge down too (a renderer may shift them 1pt)" \
        "$(paint_field "$down" 1)" 21 1
    check_eq "paint-table: repeat (both ways) fills the 70pt row: 6 bands of squares in the cell" \
        "$(echo "$down" | awk '{ n = 0; for (i = 1; i <= NF; i += 2) if ($i < 90) n++; print n }')" 6
    across_down=$(fo_runs "$table" 1 $red Y 144)
    check_eq "paint-table: repeat-x: one band only, at the top of the second cell" \
        "$(echo "$across_down" | awk '{ n = 0; for (i = 1; i <= NF; i += 2) if ($i < 90) n++; print n }')" 1
    check "paint-table: the row's background-image shows in its cells (row 2, first and second)" \
        test -n "$(fo_runs "$table" 1 $red X 95)"
    check_eq "paint-table: a cell's own background-color hides the row's image (grey, no red)" \
        "$(fo_runs "$table" 1 $red Y 300)" ""
    check_eq "paint-table: the grey cell is grey over its row (y 91-128)" \
        "$(fo_runs "$table" 1 cccccc Y 300)" "91 128"
    check_eq "paint-table: the second body's background-color shows through its cells" \
        "$(fo_runs "$table" 1 ddeeff Y 300)" "131 158"
    check_eq "paint-table: the tile is stored once for its four cells" \
        "$(paint_objects "$table" '/Subtype /Image')" 1
fi

position=$OUT/paint-position.pdf
if [ -f "$position" ]; then
    # the padding rectangles: x 24-275, and down 24-63, 82-121, 140-179, 198-237, 256-335
    for spec in "100% 50%:44:250:228 275:32 55" "25% 75%:105:100:75 122:94 117" \
                "bottom right:170:250:228 275:156 179" "20pt 5pt:215:80:44 91:203 226"; do
        name=${spec%%:*} rest=${spec#*:}
        row=${rest%%:*} rest=${rest#*:}
        col=${rest%%:*} rest=${rest#*:}
        want_x=${rest%%:*} want_y=${rest#*:}
        check_eq "paint-position: $name: across" "$(fo_runs "$position" 1 $green X "$row")" "$want_x"
        check_eq "paint-position: $name: down" \
            "$(fo_runs "$position" 1 $green Y "$col" | awk -v r="$row" '{ for (i = 1; i <= NF; i += 2) if ($i <= r && $(i + 1) >= r) print $i, $(i + 1) }')" \
            "$want_y"
    done
    check_eq "paint-position: repeat-y at center: a column 48pt wide in the middle" \
        "$(fo_runs "$position" 1 $green X 300)" "126 173"
    check_eq "paint-position: repeat-y: cut at the padding edges, top and bottom (y 256-335)" \
        "$(fo_runs "$position" 1 $green Y 150 | awk '{ print $(NF - 1), $NF }')" "256 335"
    check_eq "paint-position: the image is over the background-color, under nothing else" \
        "$(paint_pixel "$position" 1 100 300)" ffeecc
fi

svg=$OUT/paint-svg.pdf
if [ -f "$svg" ]; then
    blue=3366cc
    for page in 1 2; do
        # the logo: 120 x 60pt at the region-before's top left (20, 20); a renderer may soften
        # a pixel where the pattern's tiles meet, so the first and the last blue pixel count
        check_eq "paint-svg: page $page: the SVG letterhead spans x 20-139" \
            "$(fo_runs "$svg" $page $blue X 25 | awk '{ print $1, $NF }')" "20 139"
        check_eq "paint-svg: page $page: and y 20-79" \
            "$(fo_runs "$svg" $page $blue Y 25 | awk '{ for (i = 1; i <= NF; i += 2) if ($i < 100) last = $(i + 1); print $1, last }')" \
            "20 79"
    done
    band=$(fo_runs "$svg" 1 $blue Y 25 | awk '{ for (i = 1; i <= NF; i += 2) if ($i > 100) { if (!f) f = $i; l = $(i + 1) } print f, l }')
    fo_near "paint-svg: repeat-x: the band is one logo (60pt) high" \
        "$(echo "$band" | awk '{ print $2 - $1 + 1 }')" 60 1
    band_y=$(echo "$band" | awk '{ print $1 + 5 }')
    check_eq "paint-svg: repeat-x: the band runs across the block, cut at its edges (x 20-279)" \
        "$(fo_runs "$svg" 1 $blue X "$band_y" | awk '{ print $1, $NF }')" "20 279"
    check_eq "paint-svg: the band is over the block's background-color" \
        "$(paint_pixel "$svg" 1 150 "$(echo "$band" | awk '{ print $2 + 8 }')")" eef2ff
fi

borders=$OUT/paint-borders.pdf
if [ -f "$borders" ]; then
    dark=4d4d4d light=b3b3b3
    # (block top y; the colours of the top side's outer and inner half, the bottom side's
    # inner and outer half, the left side's outer half and the right side's outer half)
    for spec in "groove 20 $dark $light $dark $light $dark $light" \
                "ridge 70 $light $dark $light $dark $light $dark" \
                "inset 120 $dark $dark $light $light $dark $light" \
                "outset 170 $light $light $dark $dark $light $dark"; do
        set -- $spec
        style=$1 y=$2
        got="$(paint_pixel "$borders" 1 150 $((y + 1))) $(paint_pixel "$borders" 1 150 $((y + 4)))"
        got="$got $(paint_pixel "$borders" 1 150 $((y + 34))) $(paint_pixel "$borders" 1 150 $((y + 38)))"
        got="$got $(paint_pixel "$borders" 1 21 $((y + 20))) $(paint_pixel "$borders" 1 278 $((y + 20)))"
        check_eq "paint-borders: $style in two tones of the border colour" "$got" "$3 $4 $5 $6 $7 $8"
    done
    # the rules: the runs of each tone on column 100 within the 20pt above each word's baseline
    rule_runs() {
        fo_runs "$borders" 1 "$1" Y 100 | awk -v b="$(fo_word "$borders" "$2" | awk '{ print int($5) }')" \
            '{ for (i = 1; i <= NF; i += 2) if ($i > b - 20 && $i < b) print $i, $(i + 1) }'
    }
    check_eq "paint-borders: rule-style=groove: a 4pt rule, 2pt dark over 2pt light" \
        "$(rule_runs 1f3d7a Grooverule) $(rule_runs 85a3e0 Grooverule)" \
        "$(rule_runs 1f3d7a Grooverule | awk '{ print $1, $1 + 1, $1 + 2, $1 + 3 }')"
    check_eq "paint-borders: rule-style=ridge: 2pt light over 2pt dark" \
        "$(rule_runs 85a3e0 Ridgerule) $(rule_runs 1f3d7a Ridgerule)" \
        "$(rule_runs 85a3e0 Ridgerule | awk '{ print $1, $1 + 1, $1 + 2, $1 + 3 }')"
    check_eq "paint-borders: the rule is 120pt long (leader-length)" \
        "$(fo_runs "$borders" 1 85a3e0 X "$(fo_runs "$borders" 1 85a3e0 Y 100 | awk '{ print $1 }')" | awk '{ print $NF - $1 + 1 }')" 120
fi

# the refusals say what is wrong in the author's terms (the harness checks they are located)
check "error-paint-missing: names the image that cannot be read, where the block's tag begins" \
    grep -q "^tests/fo/error-paint-missing.fo:14:7: error: background-image 'paint-nowhere.png': cannot read" \
    "$OUT/error-paint-missing.err"
check "error-paint-broken: says the file is no image" \
    grep -q "background-image 'error-paint-broken.fo' is not a PNG, JPEG or SVG image" \
    "$OUT/error-paint-broken.err"
check "error-paint-inline: says where frisk draws background images" \
    grep -q "background-image on fo:inline is not drawn by frisk" "$OUT/error-paint-inline.err"
