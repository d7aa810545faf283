# Column widths per page master (issue 20, columns): a page-sequence whose masters give the flow
# columns of different widths is set again at each page's width, a paragraph that crosses the
# change going on with its remaining words. Sourced by tests/fo/test.sh; positions come from
# pdftotext -bbox (fo_word/fo_words: points from the top left).

# columns_same_text "NAME" FO PDF HEADER [REPEATED]: ok when the PDF's text, in the order it was
# set and without the running header (the lines starting with HEADER), is the flow's text of FO:
# the same letters in the same order, nothing lost or set twice. Spaces and hyphens are left out
# (line breaks move them); the text in the order set is pdftotext -raw, which reads frisk's
# columns one after the other. REPEATED (a regular expression: a table header's words, set again
# on each page) is left out of both.
columns_same_text() {
    pdftotext -raw "$3" - 2>/dev/null | grep -v "^$4" > "$OUT/columns-set.txt"
    if python3 - "$2" "$OUT/columns-set.txt" "${5:-(?!)}" <<'PY'
import re, sys, xml.etree.ElementTree as ET
fo = '{http://www.w3.org/1999/XSL/Format}'
flow = ET.parse(sys.argv[1]).getroot().find(f'.//{fo}flow')
def letters(s):
    return re.sub(r'[\s\-\u00ad]', '', re.sub(sys.argv[3], '', s))
want = letters(''.join(flow.itertext()))
got = letters(open(sys.argv[2], encoding='utf-8').read())
if want != got:
    at = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
    print('differs at', at, ':', repr(want[at - 20:at + 20]), 'set as', repr(got[at - 20:at + 20]))
    sys.exit(1)
PY
    then ok "$1"; else not_ok "$1"; fi
}

pdf=$OUT/columns-front-page.pdf
if [ -f "$pdf" ]; then
    columns_same_text "columns-front-page: every word set once, in order, across the change of width" \
        tests/fo/columns-front-page.fo "$pdf" "Parish newsletter"
    # A5, margins 15mm (42.5pt): page 1's one column runs to 376.9pt; page 2's two columns of
    # 158.7pt with a 6mm gap run 42.5-201.2 and 218.2-376.9
    wide=$(fo_words "$pdf" | awk '$1 == 1 && $3 > 80 { if ($4 > m) m = $4 } END { print m + 0 }')
    fo_holds "columns-front-page: page 1 is set in one column as wide as the body" \
        "w > 340 && w < 377.5" -v w="$wide"
    split=$(fo_words "$pdf" | awk '$1 == 2 && $3 > 80 {
        if ($4 <= 201.7) left++; else if ($2 >= 217.7) right++; else across++ }
        END { print left + 0, right + 0, across + 0 }')
    set -- $split
    fo_holds "columns-front-page: page 2 is set in its two columns, no line crossing the gap" \
        "l > 50 && r > 50 && a == 0" -v l="$1" -v r="$2" -v a="$3"
    # the paragraph that crosses the turn goes on at page 2's first line, at the column's
    # start (not indented as a new paragraph would be, nothing repeated)
    first=$(fo_words "$pdf" | awk '$1 == 2 && $3 > 80 { print $2, $6; exit }')
    fo_holds "columns-front-page: page 2's first line starts at the column's edge" \
        "x > 42 && x < 43.5" -v x="${first%% *}"
    last1=$(fo_words "$pdf" | awk '$1 == 1 { w = $6 } END { print w }')
    fo_holds "columns-front-page: page 1 ends mid-paragraph (no full stop), the words go on" \
        "w !~ /\\.\$/" -v w="$last1"
fi

pdf=$OUT/columns-odd-even.pdf
if [ -f "$pdf" ]; then
    columns_same_text "columns-odd-even: every word set once, in order, across three widths" \
        tests/fo/columns-odd-even.fo "$pdf" "Annual report"
    check_eq "columns-odd-even: a landscape first page, then portrait ones" \
        "$(pdfinfo -f 1 -l 3 "$pdf" | awk '/^Page +[0-9]+ size/ { printf "%d ", $4 }')" "595 419 419 "
    # the body's edges: landscape 42.5-552.8; even pages 113.4-362.8; odd pages 56.7-362.8
    extent() { fo_words "$pdf" | awk -v p="$1" '$1 == p && $3 > 60 {
        if (!n++ || $2 < lo) lo = $2; if ($4 > hi) hi = $4 } END { printf "%.1f %.1f", lo, hi }'; }
    set -- $(extent 1)
    fo_holds "columns-odd-even: page 1's lines run across the landscape body" \
        "a > 42 && a < 43.5 && b > 545 && b < 553.3" -v a="$1" -v b="$2"
    set -- $(extent 2)
    fo_holds "columns-odd-even: page 2 (even) is set between its 40mm and 20mm margins" \
        "a > 113 && a < 114.5 && b > 355 && b < 363.3" -v a="$1" -v b="$2"
    set -- $(extent 3)
    fo_holds "columns-odd-even: page 3 (odd) is set between its 20mm margins" \
        "a > 56 && a < 58 && b > 355 && b < 363.3" -v a="$1" -v b="$2"
    check_contains "columns-odd-even: the report runs to its end on the last page" \
        "$(fo_text "$pdf" "$(fo_pages "$pdf")" > "$OUT/columns-last.txt"; echo "$OUT/columns-last.txt")" \
        "END-OF-REPORT"
fi

pdf=$OUT/columns-inline-turned.pdf
if [ -f "$pdf" ]; then
    # columns_box WORD: sets x0 y0 x1 y1 of the word's first box (empty when missing)
    columns_box() { set -- $(fo_word "$pdf" "$1"); x0=$2 y0=$3 x1=$4 y1=$5; }
    columns_box Before; bx1=$x1 by0=$y0 by1=$y1
    columns_box middle; mx0=$x0 mx1=$x1
    columns_box after; ax0=$x0
    columns_box UPWARD
    fo_holds "columns-inline-turned: 90 sets UPWARD upright on end, between Before and middle, on the baseline" \
        "y1 - y0 > 2.5 * (x1 - x0) && x0 > bx && x1 < mx && y1 > b0 && y1 < b1 + 1" \
        -v x0="$x0" -v y0="$y0" -v x1="$x1" -v y1="$y1" -v bx="$bx1" -v mx="$mx0" -v b0="$by0" -v b1="$by1"
    columns_box DOWNWARD
    fo_holds "columns-inline-turned: 270 sets DOWNWARD on end, between middle and after" \
        "y1 - y0 > 2.5 * (x1 - x0) && x0 > m && x1 < a" \
        -v x0="$x0" -v y0="$y0" -v x1="$x1" -v y1="$y1" -v m="$mx1" -v a="$ax0"
    columns_box UPSIDE
    fo_holds "columns-inline-turned: 180 keeps UPSIDE lying, in its 20mm box" \
        "x1 - x0 > 2 * (y1 - y0) && x1 - x0 < 57" -v x0="$x0" -v y0="$y0" -v x1="$x1" -v y1="$y1"
    # a quarter turn sets the content's lines as long as the container is high (20mm, 56.7pt):
    # "Turned lines wrap at the height" breaks into lines side by side, none longer
    lines=$(fo_words "$pdf" | awk '$6 == "Turned" || $6 == "lines" || $6 == "wrap" || $6 == "at" ||
        $6 == "the" || $6 == "height" { if ($5 - $3 > 57) long++; col[$2 > 0 ? int($2) : 0] = 1 }
        END { n = 0; for (c in col) n++; print n, long + 0 }')
    set -- $lines
    fo_holds "columns-inline-turned: a container 20mm high sets its text in lines 20mm long ($1 lines)" \
        "n >= 3 && long == 0" -v n="$1" -v long="$2"
    # the text matrices, under cairo's flip of the page (1 0 0 -1): upright 11 0 0 -11, turned
    # 90 (reads upward) 0 -11 -11 0, 270 (downward) 0 11 11 0, 180 -11 0 0 11
    qpdf --qdf --object-streams=disable "$pdf" "$OUT/columns-inline-turned.qdf" 2>/dev/null
    turns=$(grep -a ' Tm$' "$OUT/columns-inline-turned.qdf" | awk '{ print $1, $2, $3, $4 }' |
        sort | uniq -c | awk '{ printf "%s:%s %s %s %s;", $1, $2, $3, $4, $5 }')
    check_eq "columns-inline-turned: 90/-270 read upward, 270/-90 downward, 180/-180 upside down" \
        "$turns" "2:-11 0 0 11;3:0 -11 -11 0;2:0 11 11 0;4:11 0 0 -11;"
fi
