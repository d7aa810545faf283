# Assertions on the compliance fixtures (issue 20, area "compliance"): what FOP's compliance page
# marks "yes" and frisk took up in its line-by-line pass (docs/fop-compliance.md). Sourced by
# tests/fo/test.sh: $OUT holds the rendered PDFs; fo_word and friends are defined there.

# compliance_near NAME ACTUAL EXPECTED [TOLERANCE]: fo_near with 1pt unless given.
compliance_near() { fo_near "$1" "$2" "$3" "${4:-1}"; }
# compliance_run PDF PAGE RRGGBB X|Y N: on a 72 dpi rendering of PAGE (a pixel is a point), the
# first and last pixel of colour RRGGBB along row N (X) or column N (Y): "first last", or nothing.
compliance_run() { fo_runs "$@" | awk 'NF { print $1, $NF }'; }

gaps=$OUT/compliance-gaps.pdf
if [ -f "$gaps" ]; then
    check_eq "compliance-gaps: page-break-before, -inside and -after make 4 pages" \
        "$(fo_pages "$gaps")" 4
    # linefeed-treatment: ignore joins the halves, treat-as-zero-width-space leaves no space
    check_eq "compliance-gaps: linefeed-treatment=ignore joins 'Joi' and 'ned'" \
        "$(fo_word "$gaps" Joined | cut -d' ' -f1)" 1
    check_eq "compliance-gaps: treat-as-zero-width-space sets 'ZeroWidth' without a space" \
        "$(fo_word "$gaps" ZeroWidth | cut -d' ' -f1)" 1
    # the SVG in fo:instream-foreign-object: a red square of 30pt (content-width/-height) at the
    # left edge, "Square" after it; a blue bar of 192 px = 144pt from a prefixed svg:svg
    square_y=$(fo_word "$gaps" Square | awk '{ print int($5) - 4 }')
    red=$(compliance_run "$gaps" 1 ff0000 X "$square_y")
    compliance_near "compliance-gaps: the SVG square starts at the left margin" \
        "$(echo "$red" | cut -d' ' -f1)" 72
    compliance_near "compliance-gaps: the SVG square is 30pt wide (content-width)" \
        "$(echo "$red" | awk '{ print $2 - $1 + 1 }')" 30
    compliance_near "compliance-gaps: 'Square' follows the square on its line" \
        "$(fo_word "$gaps" Square | awk '{ print $2 }')" 105 1.5
    blue=$(compliance_run "$gaps" 1 0000ff Y 100)
    bar_y=$(echo "$blue" | awk '{ print int(($1 + $2) / 2) }')
    compliance_near "compliance-gaps: the prefixed svg:svg bar is 144pt wide" \
        "$(compliance_run "$gaps" 1 0000ff X "${bar_y:-0}" | awk '{ print $2 - $1 + 1 }')" 144
    # inline-/block-progression-dimension are the container's width and height
    yellow_y=$(compliance_run "$gaps" 1 ffff00 Y 200)
    compliance_near "compliance-gaps: block-progression-dimension=72pt makes the box 72pt high" \
        "$(echo "$yellow_y" | awk '{ print $2 - $1 + 1 }')" 72
    yellow_x=$(compliance_run "$gaps" 1 ffff00 X "$(echo "$yellow_y" | awk '{ print $2 - 2 }')")
    compliance_near "compliance-gaps: inline-progression-dimension=144pt makes it 144pt wide" \
        "$(echo "$yellow_x" | awk '{ print $2 - $1 + 1 }')" 144
    # a row's block-progression-dimension.minimum: the next row starts an inch lower
    tall=$(fo_word "$gaps" Tall | awk '{ print $3 }')
    compliance_near "compliance-gaps: block-progression-dimension.minimum=1in on the row" \
        "$(fo_word "$gaps" Next | awk -v t="$tall" '{ print $3 - t }')" 72
    check_eq "compliance-gaps: page-break-before=always puts 'Second' on page 2" \
        "$(fo_word "$gaps" Second | cut -d' ' -f1)" 2
    compliance_near "compliance-gaps: 'Second' stands at the top of page 2" \
        "$(fo_word "$gaps" Second | awk '{ print $3 }')" 70.8
    check_eq "compliance-gaps: page-break-inside=avoid moves 'Kept' to page 3" \
        "$(fo_word "$gaps" Kept | cut -d' ' -f1)" 3
    check_eq "compliance-gaps: ... with 'Together', its last line" \
        "$(fo_word "$gaps" Together | cut -d' ' -f1)" 3
    check_eq "compliance-gaps: page-break-after=always puts 'Third' on page 4" \
        "$(fo_word "$gaps" Third | cut -d' ' -f1)" 4
    # position="absolute" is absolute-position: top and left from the region body's corner
    compliance_near "compliance-gaps: position=absolute places 'Placed' 300pt from the left" \
        "$(fo_word "$gaps" Placed | awk '{ print $2 }')" 372
    compliance_near "compliance-gaps: ... and 200pt from the top" \
        "$(fo_word "$gaps" Placed | awk '{ print $3 }')" 270.8
fi

fns=$OUT/compliance-functions.pdf
if [ -f "$fns" ]; then
    # inherited-property-value() in arithmetic: 1.5 times the parent's 10pt, and 2em + 0pt
    compliance_near "compliance-functions: inherited-property-value(font-size) * 1.5 is 15pt" \
        "$(fo_words "$fns" | awk '$6 == "Base" { b = $5 - $3 } $6 == "Larger" { l = $5 - $3 }
                                  END { if (b > 0) printf "%.2f", 10 * l / b }')" 15 0.2
    compliance_near "compliance-functions: inherited-property-value(start-indent) + 2em is 20pt" \
        "$(fo_word "$fns" Indented | awk '{ print $2 - 72 }')" 20 0.5
    check_eq "compliance-functions: the fo:title is not printed" \
        "$(fo_text "$fns" 1 | grep -c 'Hidden')" 0
    check_eq "compliance-functions: the flow after the fo:title is" \
        "$(fo_text "$fns" 1 | grep -c 'Base')" 1
fi

# the table's frisk column: every probe renders or is refused, located, as the table says
python3 tests/fo/compliance-probe.py "$FRISK" tests/fo/compliance-probes.txt "$OUT" \
    > "$OUT/compliance-probes.tap" 2>&1
grep -E '^(not )?ok - ' "$OUT/compliance-probes.tap"
check_eq "compliance: every probe of docs/fop-compliance.md was run" \
    "$(grep -cE '^(not )?ok - ' "$OUT/compliance-probes.tap")" \
    "$(grep -cv '^#' tests/fo/compliance-probes.txt)"

# leader-pattern-width: the distance from dot to dot, counted on a 72 dpi rendering (a pixel is a
# point) along each TOC line's dots, between its title and its page number
leaders=$OUT/compliance-leaders.pdf
if [ -f "$leaders" ]; then
    pdftoppm -r 72 -f 1 -l 1 "$leaders" > "$OUT/compliance-leaders.ppm" 2>/dev/null
    for entry in "Introduction 8" "Background 3" "Results 4"; do
        set -- $entry
        pitch=$(fo_word "$leaders" "$1" | python3 -c '
import sys
sys.path.insert(0, "tests/fo")
import ppm
page, x0, y0, x1, y1 = map(float, sys.stdin.read().split())
width, height, pixel = ppm.read(sys.argv[1])
# the dots stand on the baseline, about 0.2 of the box height above its foot: find the row
# with the most dark runs right of the title, then the mean distance between their starts
best = []
for y in range(int(y0), int(y1) + 1):
    starts, dark = [], False
    for x in range(int(x1) + 2, width - 80):
        d = pixel(x, y)[0] < 160
        if d and not dark:
            starts.append(x)
        dark = d
    if len(starts) > len(best):
        best = starts
if len(best) > 2:
    print("%.2f" % ((best[-1] - best[0]) / (len(best) - 1)))
' "$OUT/compliance-leaders.ppm")
        compliance_near "compliance-leaders: the dots after '$1' are $2pt apart" "$pitch" "$2" 0.3
    done
fi

# ---- compliance-toc: last-line-end-indent, as DocBook's table of contents uses it (end-indent
# 24pt, last-line-end-indent -24pt): every page number flush with the right margin (148mm page,
# 20mm margins: 362.8pt), a wrapped title's first line ending at least 24pt short of it
pdf=$OUT/compliance-toc.pdf
right=362.8
for n in 2 3 11; do
    fo_near "compliance-toc: page number $n hangs out to the right margin" \
        "$(fo_words "$pdf" | awk -v n="$n" '$1 == 1 && $6 "" == n "" { print $4; exit }')" "$right"
done
line1_end=$(fo_word "$pdf" line | cut -d' ' -f4)
check "compliance-toc: the long title's first line ends 24pt short of the margin ($line1_end)" \
    awk -v x="$line1_end" -v r="$right" 'BEGIN { exit !(x != "" && x <= r - 24 + 0.1) }'
check "compliance-toc: the long title wraps (its last words on a line of their own)" \
    test "$(fo_word "$pdf" contents | cut -d' ' -f3)" != "$(fo_word "$pdf" chapter | cut -d' ' -f3)"
