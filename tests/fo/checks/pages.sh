# Assertions of the pages fixtures (issue 20): page masters and their conditions, forced page
# counts, page-number formats, side regions and multi-column regions. Sourced by tests/fo/test.sh.

# pages_heads PDF WORD...: for each page, the first of the WORDs on it, or "-", space-separated.
pages_heads() {
    pdf=$1; shift
    n=$(fo_pages "$pdf")
    out=
    i=1
    while [ "$i" -le "${n:-0}" ]; do
        text=$(fo_text "$pdf" "$i")
        hit=-
        for w in "$@"; do
            case $text in *"$w"*) hit=$w; break ;; esac
        done
        out="$out${out:+ }$hit"
        i=$((i + 1))
    done
    echo "$out"
}

# pages_labels PDF: the PDF page label of every page, "|"-separated (PDF 32000 12.4.2: the
# range's prefix, then its number in its style; frisk's are prefixes and decimal runs).
pages_labels() {
    qpdf --json --json-key=pagelabels "$1" 2>/dev/null | python3 -c '
import json, sys
doc = json.load(sys.stdin)
ranges = [(r["index"], r["label"]) for r in doc.get("pagelabels", [])]
n = int(sys.argv[1])
out = []
for page in range(n):
    start, label = max((r for r in ranges if r[0] <= page), key=lambda r: r[0])
    prefix = label.get("/P", "")
    prefix = prefix[2:] if prefix.startswith("u:") else prefix
    number = ""
    if label.get("/S") == "/D":
        number = str(label.get("/St", 1) + page - start)
    out.append(prefix + number)
print("|".join(out))' "$(fo_pages "$1")"
}

# fo_word_near PDF WORD FIELD VALUE: field FIELD (2 xMin, 3 yMin, 4 xMax, 5 yMax) of WORD's
# first box is within 0.6pt of VALUE.
fo_word_near() {
    fo_word "$1" "$2" | awk -v f="$3" -v v="$4" '{ d = $f - v; found = 1 }
        END { exit !(found && d < 0.6 && d > -0.6) }'
}

# pages_x PDF WORD: the x of WORD's first box, rounded to a point.
pages_x() { fo_word "$1" "$2" | awk '{ printf "%.0f", $2 }'; }
pages_y() { fo_word "$1" "$2" | awk '{ printf "%.0f", $3 }'; }

# ---- page masters: single, repeatable, alternatives (first/last/odd/even/blank) ---------------
pdf=$OUT/pages-masters.pdf
if [ -f "$pdf" ]; then
    check_eq "pages-masters: 10 pages (two blank ones)" "$(fo_pages "$pdf")" 10
    check_eq "pages-masters: each page has its master's header, in the order of the sub-sequences" \
        "$(pages_heads "$pdf" COVER-HEAD INTRO-HEAD ODD-HEAD EVEN-HEAD LAST-HEAD BLANK-HEAD)" \
        "COVER-HEAD INTRO-HEAD INTRO-HEAD EVEN-HEAD ODD-HEAD LAST-HEAD ODD-HEAD BLANK-HEAD ODD-HEAD BLANK-HEAD"
    fo_text "$pdf" 6 > "$OUT/pages-masters.p6.txt"
    check_contains "pages-masters: the last page has the last master's footer" \
        "$OUT/pages-masters.p6.txt" "LAST-FOOT colophon"
    check_contains "pages-masters: the flow's end is set on the last master's page" \
        "$OUT/pages-masters.p6.txt" "The final page"
    check_eq "pages-masters: blank pages hold no flow text" \
        "$( (fo_text "$pdf" 8; fo_text "$pdf" 10) | tr -d ' \n\f')" "BLANK-HEADBLANK-HEAD"
    check_eq "pages-masters: after the odd-page break the text is on page 9" \
        "$(fo_word "$pdf" After | cut -d' ' -f1)" 9
fi

# ---- page-position="last" that does not fit: an empty last page follows, as FOP makes it ------
pdf=$OUT/pages-last.pdf
if [ -f "$pdf" ]; then
    check_eq "pages-last: 3 pages" "$(fo_pages "$pdf")" 3
    check_eq "pages-last: rest, rest, last" "$(pages_heads "$pdf" REST-HEAD LAST-HEAD)" \
        "REST-HEAD REST-HEAD LAST-HEAD"
    check_eq "pages-last: the flow ends on page 2" "$(fo_words "$pdf" | awk '$6 == "28:" { print $1 }')" 2
    check_eq "pages-last: the signature is on the last page" \
        "$(fo_word "$pdf" SIGNED | cut -d' ' -f1)" 3
    check_eq "pages-last: the last page holds no paragraph" \
        "$(fo_text "$pdf" 3 | grep -c Paragraph)" 0
fi

# ---- page-number formats -----------------------------------------------------------------------
pdf=$OUT/pages-format.pdf
if [ -f "$pdf" ]; then
    check_eq "pages-format: 11 pages (a blank one after each of two sequences)" "$(fo_pages "$pdf")" 11
    folios=
    i=1
    while [ "$i" -le 11 ]; do
        folios="$folios|$(fo_text "$pdf" "$i" | sed -n 's/^folio //p' | head -n 1)"
        i=$((i + 1))
    done
    check_eq "pages-format: fo:page-number prints each sequence's format" "$folios" \
        "|i|ii|iii|iv|A|B|09|10|11|- 1,234 -|a"
    check_eq "pages-format: the PDF page labels are the folios" "$(pages_labels "$pdf")" \
        "i|ii|iii|iv|A|B|09|10|11|- 1,234 -|a"
    fo_text "$pdf" 11 | tr '\n' ' ' | tr -s ' ' > "$OUT/pages-format.p11.txt"
    check_contains "pages-format: fo:page-number in the flow is formatted" \
        "$OUT/pages-format.p11.txt" "Here a;"
    check_contains "pages-format: a citation prints the cited page's folio (roman)" \
        "$OUT/pages-format.p11.txt" "preface on page ii,"
    check_contains "pages-format: a citation prints the cited page's folio (alphabetic)" \
        "$OUT/pages-format.p11.txt" "appendix on page B,"
    check_contains "pages-format: page-number-citation-last prints the last page's folio (01)" \
        "$OUT/pages-format.p11.txt" "index to page 10."
fi

# ---- side regions and precedence -----------------------------------------------------------------
pdf=$OUT/pages-sides.pdf
if [ -f "$pdf" ]; then
    # page margin 10mm = 28pt; side regions 30mm = 85pt; body margins 35mm = 99pt
    check_eq "pages-sides: region-before with precedence spans from the page margin" \
        "$(pages_x "$pdf" HEAD-WIDE)" 28
    check_eq "pages-sides: region-after without precedence starts after region-start" \
        "$(pages_x "$pdf" FOOT-NARROW)" 113
    check_eq "pages-sides: region-start's static content is at the page margin" \
        "$(pages_x "$pdf" START-NOTE)" 28
    start_top=$(pages_y "$pdf" START-NOTE)
    check "pages-sides: region-start begins below the before region (15mm = 43pt under the margin)" \
        test "$start_top" -ge 70
    end_x=$(pages_x "$pdf" END-NOTE)
    check "pages-sides: region-end's static content is in the right 30mm ($end_x pt)" \
        test "$end_x" -ge 482
    check_eq "pages-sides: the body sits inside its margins" "$(pages_x "$pdf" BODY-TEXT)" 128
fi

# ---- multi-column region-body --------------------------------------------------------------------
# body 124mm wide from x 34pt; gap 10mm: columns 161.6pt wide, the right one from x 224pt
pdf=$OUT/pages-columns.pdf
if [ -f "$pdf" ]; then
    check_eq "pages-columns: the flow starts in the left column" "$(pages_x "$pdf" LEFT-TOP)" 34
    check_eq "pages-columns: break-before=column starts the right column, on page 1" \
        "$(fo_word "$pdf" COLUMN-BREAK | awk '{ printf "%d %.0f", $1, $2 }')" "1 224"
    check_eq "pages-columns: the right column starts at the top of the body" \
        "$(pages_y "$pdf" COLUMN-BREAK)" "$(pages_y "$pdf" LEFT-TOP)"
    in_gap=$(fo_words "$pdf" | awk '$2 > 196 && $2 < 223 { n++ } END { print n + 0 }')
    check_eq "pages-columns: no word starts in the gap between the columns" "$in_gap" 0
    too_wide=$(fo_words "$pdf" | awk '$2 < 196 && $4 > 196.5 { n++ } END { print n + 0 }')
    check_eq "pages-columns: lines are set at the column width" "$too_wide" 0
    note_top=$(fo_word "$pdf" FOOTNOTE-TEXT | awk '$1 == 1 { print $3 }')
    body_bottom=$(fo_words "$pdf" | awk '$1 == 1 && $6 != "FOOTNOTE-TEXT" && $3 < 540 { if ($5 > m) m = $5 } END { print m + 0 }')
    check "pages-columns: the footnote of the right column is at the page foot, under both ($note_top > $body_bottom)" \
        awk -v a="$note_top" -v b="$body_bottom" 'BEGIN { exit !(a != "" && a > b) }'
    check_eq "pages-columns: page 2 has both columns" \
        "$(fo_words "$pdf" | awk '$1 == 2 && $6 ~ /^Item/ { print ($2 < 100 ? "L" : "R") }' | sort -u | tr -d '\n')" "LR"
fi

# ---- span="all" and balanced columns above a spanning block -----------------------------------
pdf=$OUT/pages-span.pdf
if [ -f "$pdf" ]; then
    check_eq "pages-span: the masthead starts at the body's start" "$(pages_x "$pdf" MASTHEAD)" 34
    wide=$(fo_words "$pdf" | awk '$1 == 1 && $3 < 60 && $4 > 200 { n++ } END { print n + 0 }')
    check "pages-span: the masthead's first line runs past the left column ($wide words)" test "$wide" -gt 0
    mid_top=$(pages_y "$pdf" MIDDLE-SPAN)
    above_l=$(fo_words "$pdf" | awk '$1 == 1 && $6 ~ /^Above/ && $2 < 100 { if ($5 > m) m = $5 } END { printf "%.0f", m }')
    above_r=$(fo_words "$pdf" | awk '$1 == 1 && $6 ~ /^Above/ && $2 > 200 { if ($5 > m) m = $5 } END { printf "%.0f", m }')
    check "pages-span: items above the spanning heading are in both columns ($above_l, $above_r)" \
        test "$above_r" -gt 0
    check "pages-span: the columns above it are balanced (bottoms $above_l and $above_r within 40pt)" \
        awk -v a="$above_l" -v b="$above_r" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d < 40) }'
    check "pages-span: the spanning heading follows under the taller column ($mid_top)" \
        awk -v m="$mid_top" -v a="$above_l" -v b="$above_r" 'BEGIN { t = a > b ? a : b; exit !(m >= t && m < t + 30) }'
    check_eq "pages-span: the heading starts at the body's start" "$(pages_x "$pdf" MIDDLE-SPAN)" 34
    below1=$(fo_word "$pdf" Below1)
    check "pages-span: the columns go on below the heading ($below1)" \
        awk -v w="$below1" -v m="$mid_top" 'BEGIN { split(w, f, " "); exit !(f[1] == 1 && f[2] < 40 && f[3] > m) }'
    check_eq "pages-span: below it both columns fill page 1" \
        "$(fo_words "$pdf" | awk '$1 == 1 && $6 ~ /^Below/ { print ($2 < 100 ? "L" : "R") }' | sort -u | tr -d '\n')" "LR"
    check_eq "pages-span: the flow goes on on page 2" "$(fo_pages "$pdf")" 2
fi

# ---- writing-mode="rl-tb": start is on the right ------------------------------------------------
# page 148mm = 419.5pt, margin 10mm: region-start (20mm) from 334.5 to 391.2; body from 28.3 to
# 320.3 (margin-right 25mm), two columns 134.7pt wide, the right one from 185.7
pdf=$OUT/pages-rl-tb.pdf
if [ -f "$pdf" ]; then
    check "pages-rl-tb: region-start is on the right of the page" \
        test "$(pages_x "$pdf" START-SIDE)" -ge 334
    check "pages-rl-tb: the header ends at the start region (start-aligned, flush right)" \
        fo_word_near "$pdf" HEAD-START 4 334.5
    check_eq "pages-rl-tb: a start-aligned line of the body ends at the body's right edge" \
        "$(fo_word "$pdf" short. | awk '{ printf "%.0f", $4 }')" 320
    check "pages-rl-tb: the list label is to the right of its body" \
        test "$(pages_x "$pdf" LABEL-1)" -gt "$(pages_x "$pdf" ITEM-BODY)"
    check "pages-rl-tb: the flow begins in the right column" test "$(pages_x "$pdf" Para1)" -ge 185
    left=$(fo_words "$pdf" | awk '$1 == 1 && $6 ~ /^Para/ && $4 < 170 { n++ } END { print n + 0 }')
    check "pages-rl-tb: and goes on in the left one ($left words)" test "$left" -gt 0
fi

# ---- reference-orientation: turned region-body and page ------------------------------------------
# page 148 x 210mm = 419.5 x 595.3pt, margins 15mm = 42.5pt
pdf=$OUT/pages-orientation.pdf
if [ -f "$pdf" ]; then
    # box_shape PDF WORD: "tall" when the word's box is higher than wide (text turned a quarter)
    box_shape() { fo_word "$1" "$2" | awk '{ print ($5 - $3 > $4 - $2) ? "tall" : "wide" }'; }
    check_eq "pages-orientation: the turned body's text runs up the page" "$(box_shape "$pdf" TURNED-BODY)" tall
    check_eq "pages-orientation: the header above a turned body stays upright" "$(box_shape "$pdf" UPRIGHT-HEAD)" wide
    check "pages-orientation: the turned body's first line starts at the body's left edge and foot" \
        awk -v w="$(fo_word "$pdf" TURNED-BODY)" 'BEGIN { split(w, f, " "); exit !(f[1] == 1 && f[2] > 40 && f[2] < 44 && f[5] > 552 && f[5] < 554) }'
    check_eq "pages-orientation: a turned page turns its header too" "$(box_shape "$pdf" PAGE-TURNED)" tall
    check "pages-orientation: the turned page's header is at the right edge, the body left of it" \
        awk -v h="$(pages_x "$pdf" PAGE-TURNED)" -v b="$(pages_x "$pdf" WHOLE-PAGE)" 'BEGIN { exit !(h > 355 && b < h) }'
    check "pages-orientation: the upside-down body starts at the bottom right" \
        awk -v w="$(fo_word "$pdf" UPSIDE-DOWN)" 'BEGIN { split(w, f, " "); exit !(f[1] == 3 && f[4] > 376 && f[4] < 378 && f[5] > 552) }'
fi
