# The typesetter: FO fixtures rendered with `frisk render`, checked on what comes out
# (pdftotext, pdftotext -bbox, pdfinfo, qpdf). Run from the project root by tests/run.sh.
. tests/lib.sh
OUT=$(suite_out typeset)

render() { # render NAME: tests/typeset/NAME.fo -> $OUT/NAME.pdf, stderr to $OUT/NAME.err
    $FRISK render "tests/typeset/$1.fo" -o "$OUT/$1.pdf" 2> "$OUT/$1.err"
}
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
page_text() { pdftotext -f "$2" -l "$2" "$1" - 2>/dev/null; }

# ---- every good fixture: renders, valid, fonts embedded, deterministic, text inside the block
for f in basic table300 footnotes toc memo60 graphic hyphen lists rows figures lines inline splitnote \
         images-shared images-formats images-svg images-sizes; do
    if render $f; then ok "$f renders"; else not_ok "$f renders" "$(head -n 3 "$OUT/$f.err")"; continue; fi
    check "$f passes qpdf --check" qpdf --check "$OUT/$f.pdf"
    notemb=$(pdffonts "$OUT/$f.pdf" | awk 'NR > 2 && $(NF-4) != "yes"' | wc -l)
    check_eq "$f embeds every font" "$notemb" 0
    $FRISK render "tests/typeset/$f.fo" -o "$OUT/$f.again.pdf" 2>/dev/null
    check "$f: two runs give identical bytes" cmp -s "$OUT/$f.pdf" "$OUT/$f.again.pdf"
done

# No word outside the page margins (A4 fixtures with 25 mm side margins, 12 mm top/bottom;
# pdftotext's word boxes take the font's full ascent, so 1.5 pt of slack at the top and bottom).
for f in basic table300 footnotes toc memo60 splitnote; do
    outside=$(pdftotext -bbox "$OUT/$f.pdf" - 2>/dev/null | awk -F'"' '
        /<word / { if ($2 < 70.8 || $6 > 524.5 || $4 < 32.5 || $8 > 809.5) n++ }
        END { print n + 0 }')
    check_eq "$f: no text outside the text block" "$outside" 0
done

# ---- metadata, outline, destinations, links
info=$(pdfinfo "$OUT/basic.pdf")
check_eq "basic has 3 pages" "$(pages "$OUT/basic.pdf")" 3
case $info in *"Title:           Frisk basic fixture"*) ok "title from frisk:title";; *) not_ok "title from frisk:title";; esac
case $info in *"Author:          Frisk tests"*) ok "author from frisk:author";; *) not_ok "author from frisk:author";; esac
case $info in *"CreationDate:    Thu Feb 15 00:00:00 2018"*) ok "creation date from frisk:creation-date";; *) not_ok "creation date from frisk:creation-date" "$(echo "$info" | grep CreationDate)";; esac
outl=$(qpdf --json --json-key=outlines "$OUT/basic.pdf" 2>/dev/null)
titles=$(echo "$outl" | grep -c '"title"')
check_eq "basic: four bookmarks" "$titles" 4
pos=$(echo "$outl" | grep -o '"destpageposfrom1": [0-9]*' | awk '{ printf "%s ", $2 }')
check_eq "bookmarks point at the pages of their headings" "$pos" "1 2 2 3 "
dests=$(pdfinfo -dests "$OUT/basic.pdf" | awk 'NR > 1 { printf "%s:%s ", $1, $NF }')
check_eq "ids are named destinations on their pages" "$dests" '1:"toc" 2:"ch1" 2:"ch1-1" 3:"ch2" 3:"document-end" '
links=$(qpdf --qdf --object-streams=disable "$OUT/basic.pdf" - 2>/dev/null | grep -a -c '/Subtype /Link')
check "basic: link annotations (internal and external)" test "$links" -ge 4
check_contains "basic: external link keeps its URI" "$OUT/basic.pdf" "retsinformation.dk/eli/lta/2017/646"
page_text "$OUT/basic.pdf" 2 > "$OUT/basic-2.txt"
check_contains "running header shows the chapter marker" "$OUT/basic-2.txt" "1 Indledning"
check_contains "Side X af Y" "$OUT/basic-2.txt" "Side 2 af 3"
check_contains "footnote body on the page of its citation" "$OUT/basic-2.txt" "Lov om frikommunenetværk"
pdftotext -layout "$OUT/basic.pdf" "$OUT/basic.txt"
check "table with row and column spans" grep -q "Spænder to kolonner" "$OUT/basic.txt"

# ---- 300-row table: the header is repeated on every page the table spans
n=$(pages "$OUT/table300.pdf")
check "table300 spans many pages" test "${n:-0}" -ge 10
missing=0; rows=""
for p in $(seq 1 "${n:-0}"); do
    page_text "$OUT/table300.pdf" "$p" > "$OUT/t-$p.txt"
    grep -q HEADERTEKST "$OUT/t-$p.txt" || missing=$((missing + 1))
done
check_eq "table300: header on every page" "$missing" 0
last=$(grep -ho 'R[0-9][0-9][0-9]' "$OUT"/t-*.txt | sort -u | wc -l)
check_eq "table300: all 300 rows present once" "$last" 300
tall=$(grep -l "R150" "$OUT"/t-*.txt | wc -l)
# R150 is taller than a page: the pages after its start hold its text and no other row number
check "table300: the row taller than a page is split over pages" test "$(grep -L 'R[0-9][0-9][0-9]' "$OUT"/t-*.txt | wc -l)" -ge 1

# ---- footnotes: each body on the page of its citation
n=$(pages "$OUT/footnotes.pdf"); bad=0
for p in $(seq 1 "${n:-0}"); do page_text "$OUT/footnotes.pdf" "$p" > "$OUT/f-$p.txt"; done
for i in $(seq 1 40); do
    cite=$(grep -l "REF${i}Z" "$OUT"/f-*.txt | head -n 1)
    body=$(grep -l "FODNOTE-${i}:" "$OUT"/f-*.txt | head -n 1)
    [ -n "$cite" ] && [ "$cite" = "$body" ] || bad=$((bad + 1))
done
check_eq "footnotes: all 40 bodies on their citation's page" "$bad" 0

# ---- table of contents: cited page numbers equal the pages where the headings landed
n=$(pages "$OUT/toc.pdf"); bad=0; count=0
for p in $(seq 1 "${n:-0}"); do page_text "$OUT/toc.pdf" "$p" > "$OUT/c-$p.txt"; done
pdftotext -layout -f 1 -l 1 "$OUT/toc.pdf" "$OUT/c-toc.txt"
while IFS='|' read -r key title page; do
    count=$((count + 1))
    landed=$(grep -l "HEADING $key $title" "$OUT"/c-[0-9]*.txt | sed 's/.*c-\([0-9]*\)\.txt/\1/' | head -n 1)
    [ "$landed" = "$page" ] || { bad=$((bad + 1)); echo "# $key $title: toc says $page, landed on $landed"; }
done <<EOF
$(sed -n 's/^ *\([0-9][0-9.]*\) \(Kapitel [0-9]*\|Afsnit\) .* \([0-9][0-9]*\) *$/\1 \2 \3/p' "$OUT/c-toc.txt" | awk '{ if (NF == 4) print $1 "|" $2 " " $3 "|" $4; else print $1 "|" $2 "|" $3 }')
EOF
check_eq "toc: 36 entries read" "$count" 36
check_eq "toc: every page-number-citation equals its heading's page" "$bad" 0

# ---- keeps: no heading is the last line of a page (body region y 79..763)
stranded=$(pdftotext -bbox "$OUT/toc.pdf" - 2>/dev/null | awk -F'"' '
    /<page / { if (p) check(); p++; delete w; nw = 0 }
    /<word / { if ($4 > 79 && $8 < 763) { nw++; y[nw] = $4; t[nw] = $0 } }
    function check(  i, maxy, bad) { maxy = 0; for (i = 1; i <= nw; i++) if (y[i] > maxy) maxy = y[i];
        for (i = 1; i <= nw; i++) if (y[i] > maxy - 2 && t[i] ~ />HEADING</) bad = 1; if (bad) s++ }
    END { check(); print s + 0 }')
check_eq "toc: no heading stranded at a page foot" "$stranded" 0

# ---- page breaks around lists, split rows and figures (fixtures on a 160 pt or 360 pt body)
page_of() { # page_of PDF TEXT: the first page whose text holds TEXT (empty when none)
    n=$(pages "$1")
    for p in $(seq 1 "${n:-0}"); do
        if page_text "$1" "$p" | grep -qF -- "$2"; then echo "$p"; return; fi
    done
}
# A list item's label stays with the first lines of its body (a 3-line paragraph that widows and
# orphans hold together, a nested list, a footnote's list); an item taller than a page still splits.
bad=""
for pair in LBL1:BODY1 LBL2:LBL3 LBL3:BODY3 FNL1:FNB1 FNL2:FNB2 LBL4:BODY4; do
    l=$(page_of "$OUT/lists.pdf" "${pair%%:*}"); b=$(page_of "$OUT/lists.pdf" "${pair#*:}")
    [ -n "$l" ] && [ "$l" = "$b" ] || bad="$bad ${pair%%:*}@$l/${pair#*:}@$b"
done
check_eq "lists: every label on the page where its body begins" "$bad" ""
check "lists: an item taller than a page is split" test "$(page_of "$OUT/lists.pdf" "part 10 b")" -gt "$(page_of "$OUT/lists.pdf" LBL4)"
check_eq "lists: no label alone at a page foot" "$(python3 tests/typeset/stranded.py tests/typeset/lists.fo "$OUT/lists.pdf" 20 180)" ""
# A split row shows the beginning of every cell in its first part; a kept title stays whole.
check_eq "rows: every cell of a split row begins in its first part" "$(python3 tests/typeset/splitrows.py tests/typeset/rows.fo "$OUT/rows.pdf")" ""
check_eq "rows: a row whose kept title does not fit moves whole" "$(page_of "$OUT/rows.pdf" "MIDA 1 a")" "$(page_of "$OUT/rows.pdf" TITLEA)"
check_eq "rows: a row whose status cannot split moves whole" "$(page_of "$OUT/rows.pdf" STATC)" "$(page_of "$OUT/rows.pdf" "MIDC 1 a")"
tb=$(page_of "$OUT/rows.pdf" TITLEB)
check "rows: a kept title that fits stays whole and the row splits beside it" \
    test "$tb" = "$(page_of "$OUT/rows.pdf" Bthree)" -a "$(page_of "$OUT/rows.pdf" "MIDB 5 b")" -gt "$tb"
pe=$(page_of "$OUT/rows.pdf" "Fyld E 11")
pdftoppm -r 30 -f "${pe:-1}" -l "${pe:-1}" "$OUT/rows.pdf" "$OUT/rows-e" 2>/dev/null
red=$(python3 -c 'import sys; d = open(sys.argv[1], "rb").read(); h = d.split(b"\n", 3); px = h[3]
print(sum(1 for i in range(0, len(px) - 2, 3) if px[i] > 200 and px[i + 1] < 80 and px[i + 2] < 80))' "$OUT"/rows-e*.ppm 2>/dev/null)
check_eq "rows: no part of a row that is padding and background only" "$red" 0
check "rows: a row taller than a page splits" test "$(page_of "$OUT/rows.pdf" "MIDD 12 b")" -gt "$(page_of "$OUT/rows.pdf" TITLED)"
# A figure that does not fit goes to the next page alone (with its caption); the text stays.
check_eq "figures: the text before a figure stays" "$(page_of "$OUT/figures.pdf" LASTTEXTB)" 1
check_eq "figures: the figure goes to the next page" "$(page_of "$OUT/figures.pdf" "FIGA kategori 1")" 2
check_eq "figures: the text before a captioned figure stays" "$(page_of "$OUT/figures.pdf" LASTTEXTD)" 3
check_eq "figures: the caption goes with its figure" "$(page_of "$OUT/figures.pdf" "CAPTION Figur 2")" "$(page_of "$OUT/figures.pdf" "FIGB kategori 1")"

# ---- the memo as built: no heading, caption or lone list label ends a page; every split row
# begins all its cells in its first part (Tabel 1.1, pages 8-11, had an empty title cell)
if $FRISK build --keep-fo -o "$OUT/memo" input > "$OUT/memo.log" 2>&1; then
    for fo in "$OUT"/memo/memos/*.fo "$OUT"/memo/applications/*.fo; do
        [ -f "$fo" ] || continue
        name=$(basename "$(dirname "$fo")")/$(basename "$fo" .fo)
        check_eq "$name: no heading, caption or list label ends a page" \
            "$(python3 tests/typeset/stranded.py "$fo" "${fo%.fo}.pdf" | head -n 3)" ""
        check_eq "$name: every split table row begins all its cells on its first page" \
            "$(python3 tests/typeset/splitrows.py "$fo" "${fo%.fo}.pdf" | head -n 3)" ""
    done
else
    not_ok "frisk build --keep-fo -o $OUT/memo input" "$(tail -n 3 "$OUT/memo.log")"
fi

# ---- line setting: justified, ragged, centred, indents, linefeeds, a narrow measure
check_eq "lines: every line set where its alignment puts it" "$(python3 tests/typeset/lines.py "$OUT/lines.pdf")" ""

# ---- a row split over pages: a footnote cited in its second part is at the foot of that page
cite=$(for p in $(seq 1 "$(pages "$OUT/splitnote.pdf")"); do page_text "$OUT/splitnote.pdf" "$p" | grep -q 'citeres' && echo "$p"; done)
note=$(for p in $(seq 1 "$(pages "$OUT/splitnote.pdf")"); do page_text "$OUT/splitnote.pdf" "$p" | grep -q 'Fodnoten i den delte' && echo "$p"; done)
check "splitnote: the row is split over pages" test "$(pages "$OUT/splitnote.pdf")" -ge 2
check_eq "splitnote: the note is on the page of its citation (page ${cite:-none})" "$note" "$cite"

# ---- inline content: every word set (a failed cairo context would silently drop the rest of
# the page), a leader of a given length keeps it
text=$(pdftotext "$OUT/inline.pdf" - 2>/dev/null | tr '\n' ' ')
missing=""
for w in Kombinerende arabisk græsk understre baggrundsfarve gennemstreget eksternt Ligaturer \
         office indrykket mellemrum Stor Indhold prikkerne 123 Regel; do
    case "$text" in *"$w"*) ;; *) missing="$missing $w" ;; esac
done
check_eq "inline: every word is on the page" "$missing" ""
regel=$(pdftotext -bbox "$OUT/inline.pdf" - 2>/dev/null | awk -F'"' '
    /<word / && $0 ~ />Regel</ { x = $6; y = $4 }
    /<word / && $0 ~ />1</ && y != "" && $4 == y { printf "%.1f", $2 - x }')
check "inline: a leader-length=\"30mm\" leader is 85 pt long (got ${regel:-none})" \
    awk -v d="${regel:-0}" 'BEGIN { exit !(d > 84 && d < 86.5) }'

# ---- Danish hyphenation: words break only at dictionary points
pdftotext "$OUT/hyphen.pdf" "$OUT/hyphen.txt"
breaks=$(grep -c "$(printf '\302\255')\$\|-\$" "$OUT/hyphen.txt")
check "hyphen: some words are hyphenated" test "$breaks" -ge 3
badbreak=$(sed "s/$(printf '\302\255')\$/-/" "$OUT/hyphen.txt" | awk '
    BEGIN { split("fri frikom frikommu frikommune frikommunefor be beskæf beskæfti beskæftigel beskæftigelses beskæftigelsesind sam sammen sammenhæn sammenhængen", a, " ");
            for (i in a) ok[a[i]] = 1 }
    / *[^ ]+-$/ { n = split($0, w, " "); frag = substr(w[n], 1, length(w[n]) - 1); if (!(frag in ok)) { print frag; bad++ } }
    END { print bad + 0 }' | tail -n 1)
check_eq "hyphen: every break is a dictionary break point" "$badbreak" 0

# ---- graphics
n=$(pdfimages -list "$OUT/graphic.pdf" 2>/dev/null | awk 'NR > 2' | wc -l)
check "graphic: the PNG is embedded" test "$n" -ge 1

# ---- images (tests/typeset/images/, made by images.py): each distinct image once in the PDF
# pdfimages -list: page num type width height color comp bpc enc interp object ID x-ppi y-ppi ...
images() { pdfimages -list "$1" 2>/dev/null | awk 'NR > 2'; }
xobjects() { # the image XObjects of a PDF, by qpdf: "/Subtype /Image" objects
    qpdf --qdf --object-streams=disable "$1" - 2>/dev/null | grep -a -c '/Subtype /Image'; }
images "$OUT/images-shared.pdf" > "$OUT/images-shared.list"
check_eq "images-shared: 60 uses drawn" "$(awk '$3 == "image"' "$OUT/images-shared.list" | wc -l)" 60
check_eq "images-shared: one object for all 60 uses (two file names, the same bytes)" \
    "$(awk '$3 == "image" { print $11 }' "$OUT/images-shared.list" | sort -u | wc -l)" 1
check_eq "images-shared: one image and its soft mask in the file" "$(xobjects "$OUT/images-shared.pdf")" 2
check_eq "images-shared: on 6 pages" "$(pages "$OUT/images-shared.pdf")" 6

images "$OUT/images-formats.pdf" > "$OUT/images-formats.list"
check_eq "images-formats: the JPEG is passed through as jpeg (DCTDecode), once for two uses" \
    "$(awk '$9 == "jpeg" { print $4 "x" $5 " " $11 }' "$OUT/images-formats.list" | sort -u)" "320x200 $(awk '$9 == "jpeg" { print $11; exit }' "$OUT/images-formats.list")"
check_eq "images-formats: JPEG drawn twice" "$(awk '$9 == "jpeg"' "$OUT/images-formats.list" | wc -l)" 2
rm -f "$OUT"/jpeg-*
pdfimages -j -f 1 -l 1 "$OUT/images-formats.pdf" "$OUT/jpeg" 2>/dev/null
check "images-formats: the embedded JPEG is the file's bytes, not re-encoded" \
    cmp -s "$OUT/jpeg-000.jpg" tests/typeset/images/photo.jpg
check_eq "images-formats: the PNG's alpha channel is kept as a soft mask" \
    "$(awk '$3 == "smask" { print $4 "x" $5 }' "$OUT/images-formats.list")" "200x80"
check_eq "images-formats: JPEG, PNG and its mask are the only images (the SVG is none)" \
    "$(xobjects "$OUT/images-formats.pdf")" 3

check_eq "images-svg: no image XObject (vectors)" "$(xobjects "$OUT/images-svg.pdf")" 0
qpdf --qdf --object-streams=disable "$OUT/images-svg.pdf" "$OUT/images-svg.qdf" 2>/dev/null
# the SVG's triangle is a path (m, l, l, h, f) and its text is drawn as glyph outlines (curves)
check "images-svg: the triangle is a vector path" grep -a -q '^10 70 m 40 10 l 70 70 l h' "$OUT/images-svg.qdf"
check "images-svg: curves (the circle, the letters) are drawn" test "$(grep -a -o ' c\( \|$\)' "$OUT/images-svg.qdf" | wc -l)" -ge 20
check_eq "images-svg: one form for the drawing, one group for its second use" \
    "$(grep -a -c '/Subtype /Form' "$OUT/images-svg.qdf")" 2

# sizes as FOP reads them: checker.png is 120 x 60 px (96 dpi: 90 x 45 pt), so the resolution
# pdfimages reports says the size each use was drawn at, in order
check_eq "images-sizes: content-width/-height, scaling, width/height, scale-*-to-fit, %" \
    "$(images "$OUT/images-sizes.pdf" | awk '{ printf "%s/%s ", $13, $14 }')" \
    "96/96 51/51 48/48 51/152 152/152 102/102 28/28 76/76 152/152 96/96 96/96 96/96 "


# ---- errors: file:line:col: error naming the object or property, exit 1, no PDF
expect_error() { # expect_error NAME TEXT
    rm -f "$OUT/$1.pdf"
    $FRISK render "tests/typeset/$1.fo" -o "$OUT/$1.pdf" 2> "$OUT/$1.err"
    rc=$?
    check_eq "$1: exit status 1" "$rc" 1
    check_contains "$1: located error" "$OUT/$1.err" "$2"
    check "$1: no PDF written" test ! -e "$OUT/$1.pdf"
}
expect_error error-property "tests/typeset/error-property.fo:8:7: error: property 'font-size-adjust' on fo:block is outside"
expect_error error-object "tests/typeset/error-object.fo:9:7: error: fo:folio-prefix is outside frisk's FO subset"
check_contains "error-property: bad length named" "$OUT/error-property.err" "error-property.fo:9:7: error: invalid value '12 furlongs' for property 'space-before'"
check_contains "error-property: bad colour named" "$OUT/error-property.err" "error-property.fo:10:7: error: invalid value 'notacolour' for property 'color'"
expect_error error-graphic "tests/typeset/error-graphic.fo:9:9: error: external-graphic 'basic.fo' is not a PNG, JPEG or SVG image"
check_contains "error-graphic: unknown ref-id named" "$OUT/error-graphic.err" "ref-id 'nowhere' names no id"
# bad images: located errors naming the graphic, nothing decoded that the header says is too big
expect_error error-images "tests/typeset/error-images.fo:10:26: error: external-graphic 'images/corrupt.png' is a corrupt or truncated PNG"
for e in "11:32: error: external-graphic 'images/truncated.png' is a corrupt or truncated PNG" \
         "12:33: error: external-graphic 'images/truncated.jpg' is a corrupt or truncated JPEG (Premature end of JPEG file)" \
         "13:23: error: external-graphic 'images/huge.png' is a PNG of 30000 x 30000 pixels; frisk decodes images of at most 40 million pixels" \
         "14:40: error: external-graphic 'images/huge.png' is a PNG of 30000 x 30000" \
         "15:51: error: external-graphic 'images/not-image.gif' is not a PNG, JPEG or SVG image" \
         "16:26: error: external-graphic 'images/missing.png': cannot read tests/typeset/images/missing.png"; do
    check_contains "error-images: ${e%%: error*}" "$OUT/error-images.err" "tests/typeset/error-images.fo:$e"
done
# a 30000 x 30000 header would need 3.6 GB decoded: the run's peak memory (max RSS, from the
# kernel's accounting of the finished child) stays that of a small document, because the size is
# refused from the header before anything is allocated
peak=$(python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)' \
    $FRISK render tests/typeset/error-images.fo -o "$OUT/peak.pdf")
check "error-images: peak memory under 300 MB (was ${peak} MB)" test "${peak:-9999}" -lt 300

# ---- retrieve-position (issue 18: the running head names the section the page begins in) ------
# Sections A (two pages of text), B starting mid-page, C starting a page: first-including-carryover
# shows A, A, C; the default (first-starting-within-page) A, B, C.
python3 - "$OUT/markers.fo" <<'PY'
import sys
para = "<fo:block space-after='6pt'>" + "Tekst i afsnittet, der fortsætter. " * 12 + "</fo:block>"
def section(name, paras, brk=""):
    return (f"<fo:block font-weight='bold' {brk}><fo:marker marker-class-name='s'>Afsnit {name}</fo:marker>"
            f"Afsnit {name}</fo:block>" + para * paras)
head = lambda pos: (f"<fo:static-content flow-name='xsl-region-before'><fo:block>HOVED "
                    f"<fo:retrieve-marker retrieve-class-name='s' {pos}/></fo:block></fo:static-content>")
for pos, out in (("retrieve-position='first-including-carryover'", sys.argv[1]),
                 ("", sys.argv[1].replace(".fo", "-default.fo"))):
    open(out, "w").write(f"""<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xml:lang="da">
<fo:layout-master-set><fo:simple-page-master master-name="p" page-width="300pt" page-height="300pt">
<fo:region-body margin="40pt 20pt 20pt 20pt"/><fo:region-before extent="30pt"/></fo:simple-page-master></fo:layout-master-set>
<fo:page-sequence master-reference="p">{head(pos)}<fo:flow flow-name="xsl-region-body" font-size="9pt">
{section("A", 3)}{section("B", 1)}{section("C", 1, "break-before='page'")}</fo:flow></fo:page-sequence></fo:root>""")
PY
for variant in markers markers-default; do
    $FRISK render "$OUT/$variant.fo" -o "$OUT/$variant.pdf" 2> "$OUT/$variant.err"
    heads=
    for p in $(seq 1 "$(pages "$OUT/$variant.pdf")"); do
        heads="$heads$(pdftotext -f "$p" -l "$p" "$OUT/$variant.pdf" - | grep -o 'HOVED Afsnit [A-C]' | cut -c14-) "
    done
    # where B begins: on page 2, below A's text
    b_page=$(pdftotext "$OUT/$variant.pdf" - | awk '/\f/ { p++ } /^Afsnit B$/ { print p + 1; exit }')
    case $variant in
    markers) check_eq "first-including-carryover: B begins mid-page 2, the head says A there (then C)" "$b_page:$heads" "2:A A C " ;;
    *) check_eq "first-starting-within-page: the head names B on page 2" "$b_page:$heads" "2:A B C " ;;
    esac
done

# ---- a repeated paragraph (typeset_itemize.c keeps pango's analysis of a text seen twice):
# the same text again is set the same, and the same text in another font is not set in the
# font of the kept one. The first word's width tells the font: three plain, then bold, then larger.
python3 - "$OUT/repeated.fo" <<'PY'
import sys
text = ("Frikommuneforsøgene giver kommunerne mulighed for at afprøve nye måder at løse "
        "opgaverne på, og erfaringerne samles af sekretariatet.")
paras = [("", 3), ('font-weight="bold"', 1), ('font-size="13pt"', 1)]
blocks = "".join(f'<fo:block space-after="6pt" {attrs}>{text}</fo:block>\n' for attrs, n in paras for _ in range(n))
open(sys.argv[1], "w").write(f"""<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xml:lang="da">
<fo:layout-master-set><fo:simple-page-master master-name="p" page-width="400pt" page-height="600pt">
<fo:region-body margin="30pt"/></fo:simple-page-master></fo:layout-master-set>
<fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body" font-family="Noto Serif" font-size="10pt">
{blocks}</fo:flow></fo:page-sequence></fo:root>""")
PY
$FRISK render "$OUT/repeated.fo" -o "$OUT/repeated.pdf" 2> "$OUT/repeated.err"
widths=$(pdftotext -bbox "$OUT/repeated.pdf" - 2>/dev/null | awk -F'"' '
    /<word / && />Frikommuneforsøgene</ { printf "%.2f ", $6 - $2 }')
set -- $widths
check_eq "repeated paragraph: five first words found" "$#" 5
check_eq "repeated paragraph: the same text set alike three times" "$1 $2" "$2 $3"
check "repeated paragraph: the same text in bold is set in bold ($4 > $3)" awk "BEGIN { exit !($4 > $3 + 1) }"
check "repeated paragraph: the same text larger is set larger ($5 > $3)" awk "BEGIN { exit !($5 > $3 + 1) }"
