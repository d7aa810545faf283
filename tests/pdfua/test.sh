# PDF/UA-1 and PDF/A-2a (issue 19): every PDF frisk writes — the memo, the applications, the
# round applications and `frisk render` of the FO fixtures — checked as a reader would, over
# the object tree qpdf reads (conformance.py), with poppler and pdf.js. Run by tests/run.sh.
. tests/lib.sh
OUT=$(suite_out pdfua)

conform() { # conform FILE.pdf [conformance.py options]: a TAP line per condition
    f=$1; shift
    python3 tests/pdfua/conformance.py "$@" "$f"
}

# ---- the documents of a build ---------------------------------------------------------------
if $FRISK build -q -o "$OUT/build" > "$OUT/build.log" 2>&1; then ok "the build succeeds"
else not_ok "the build succeeds" "$(tail -n 3 "$OUT/build.log")"; fi
n=0
for pdf in "$OUT"/build/memos/*.pdf "$OUT"/build/applications/*.pdf; do
    [ -f "$pdf" ] || continue
    n=$((n + 1))
    # what each document holds must be in its tree (a condition over no element proves nothing)
    case $pdf in
    *status-*) expect=H1,H2,H3,TOC,TOCI,Note,Reference,Figure,Caption,L,LI,Lbl,LBody,Table,THead,TBody,TH,TD,Link ;;
    *runde-*) expect=H1,H2,L,LI,Table,THead,TBody,TH,TD,Link ;; # H3 only where an evaluation has parts
    *) expect=H1,L,LI,Table,TBody,TD,Link ;;
    esac
    conform "$pdf" --lang da-DK --expect "$expect"
    node tests/pdfua/structtree.mjs --outline "$pdf" 2>> "$OUT/pdfjs.err"
    check_eq "$(basename "$pdf"): pdfinfo says Tagged: yes" \
        "$(pdfinfo "$pdf" | awk '/^Tagged:/ { print $2 }')" yes
done
check_eq "four PDFs built (memo, application, two round applications)" "$n" 4

# ---- same input, same bytes: the /ID comes from the content, not the clock ------------------
$FRISK build -q -o "$OUT/again" > /dev/null 2>&1
for pdf in memos/status-2018-02.pdf applications/boern-2016.pdf; do
    check "$pdf: two builds give identical bytes" cmp -s "$OUT/build/$pdf" "$OUT/again/$pdf"
done
id1=$(qpdf --show-object=trailer "$OUT/build/memos/status-2018-02.pdf" | grep -o '/ID \[ <[0-9a-f]*>')
id2=$(qpdf --show-object=trailer "$OUT/build/applications/boern-2016.pdf" | grep -o '/ID \[ <[0-9a-f]*>')
if [ -n "$id1" ] && [ "$id1" != "$id2" ]; then ok "documents of different content get different /IDs"
else not_ok "documents of different content get different /IDs" "'$id1' and '$id2'"; fi

# ---- frisk render of every FO fixture that renders: tests/fo (FO written for FOP, whatever
# fixtures are there) and tests/typeset; error-*.fo are meant to be refused. A condition the
# FO cannot meet (it states no language, an image has no fox:alt-text) is left out only where
# frisk warned the author about it, and that warning is the check.
for fo in tests/fo/*.fo tests/typeset/*.fo; do
    [ -f "$fo" ] || continue
    name=$(basename "$fo" .fo)
    case $name in error-*) continue ;; esac
    dir=$(basename "$(dirname "$fo")")
    pdf="$OUT/$dir-$name.pdf"
    if ! $FRISK render "$fo" -o "$pdf" 2> "$OUT/$dir-$name.err"; then
        not_ok "$dir/$name renders" "$(head -n 3 "$OUT/$dir-$name.err")"
        continue
    fi
    leave_out=
    if grep -q "warning: the document states no language" "$OUT/$dir-$name.err"; then
        ok "$dir/$name: states no language, and frisk warns that its PDF gets no /Lang"
        leave_out="Lang"
    fi
    if grep -q "warning: fo:[a-z-]* has no fox:alt-text" "$OUT/$dir-$name.err"; then
        ok "$dir/$name: an image without fox:alt-text, and frisk warns"
        leave_out="${leave_out:+$leave_out,}Figure with Alt"
    fi
    conform "$pdf" --except "$leave_out"
    node tests/pdfua/structtree.mjs --outline "$pdf" 2>> "$OUT/pdfjs.err"
done

# ---- the language comes from the FO: xml:lang on fo:root, language + country ---------------
cat > "$OUT/lang.fo" <<'FO'
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xml:lang="en-GB">
  <fo:layout-master-set><fo:simple-page-master master-name="p" page-width="200pt" page-height="200pt">
    <fo:region-body margin="20pt"/></fo:simple-page-master></fo:layout-master-set>
  <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">
    <fo:block>English text.</fo:block></fo:flow></fo:page-sequence>
</fo:root>
FO
sed -e 's/ xml:lang="en-GB"//' -e 's/master-reference="p"/master-reference="p" language="de" country="AT"/' \
    "$OUT/lang.fo" > "$OUT/lang2.fo"
$FRISK render "$OUT/lang.fo" -o "$OUT/lang.pdf" 2> "$OUT/lang.err"
$FRISK render "$OUT/lang2.fo" -o "$OUT/lang2.pdf" 2>> "$OUT/lang.err"
conform "$OUT/lang.pdf" --lang en-GB | grep ': Lang'
conform "$OUT/lang2.pdf" --lang de-AT | grep ': Lang'

# ---- a table header repeated on every page is read once ------------------------------------
# table300: 300 rows over many pages, the header on each; its text once in the structure tree.
$FRISK render tests/typeset/table300.fo -o "$OUT/table300.pdf" 2> /dev/null
on_paper=$(pdftotext "$OUT/table300.pdf" - | grep -c HEADERTEKST)
in_tree=$(pdfinfo -struct-text "$OUT/table300.pdf" | grep -c HEADERTEKST)
if [ "$on_paper" -gt 10 ] && [ "$in_tree" -eq 1 ]; then ok "table300: the header printed on $on_paper pages is in the structure once"
else not_ok "table300: the header printed on every page is in the structure once" "$on_paper on paper, $in_tree in the tree"; fi

# ---- Apache FOP's conventions: role, fox:alt-text, fox:header, language, xml:lang ----------
cp tests/pdfua/fop-roles.fo tests/typeset/checker.png "$OUT/"
if $FRISK render "$OUT/fop-roles.fo" -o "$OUT/fop-roles.pdf" 2> "$OUT/fop-roles.err"; then ok "fop-roles renders"
else not_ok "fop-roles renders" "$(head -n 3 "$OUT/fop-roles.err")"; fi
check_eq "fop-roles: no warning (every figure has its alternative text)" "$(wc -l < "$OUT/fop-roles.err")" 0
conform "$OUT/fop-roles.pdf" --lang da-DK --expect H1,H2,Note,Reference,Span,Link,Caption,Table,THead,TBody,TH,TD,L,Figure
python3 tests/pdfua/conformance.py --dump "$OUT/fop-roles.pdf" > "$OUT/fop-roles.tree"
for line in "  Advarsel (RoleMap: P)" "        TH Scope=Column" "        TH Scope=Row" \
    "    Note ID='fn1'" "    Link" "      OBJR Link Contents='eksternt link'" \
    "    Reference" "      Link" "        OBJR Link Contents='2'" "    Note ID='fn2'" \
    "    Span Lang='en'" "    Span Lang='de-AT'" "          Span Lang='en'" \
    "  P Lang='en'" "  P Lang='de-AT'" "  Figure Alt='Et ternet mønster'"; do
    if grep -qxF -- "$line" "$OUT/fop-roles.tree"; then ok "fop-roles tree: $line"
    else not_ok "fop-roles tree: $line" "not in $OUT/fop-roles.tree"; fi
done

# check_order NAME FILE LINE...: each LINE is a line of FILE, in this order
check_order() {
    name=$1 file=$2; shift 2
    last=0 missing=
    for want in "$@"; do
        n=$(grep -nxF -- "$want" "$file" | head -n 1 | cut -d: -f1)
        if [ -z "$n" ] || [ "$n" -le "$last" ]; then missing="'$want'"; break; fi
        last=$n
    done
    if [ -z "$missing" ]; then ok "$name"; else not_ok "$name" "$missing missing or out of order in $file"; fi
}

# ---- the structure read back by pdf.js: the reading order a screen reader follows -----------
if node tests/pdfua/structtree.mjs "$OUT/fop-roles.pdf" > "$OUT/fop-roles.order" 2> "$OUT/pdfjs.err"
then ok "pdf.js reads the structure tree of fop-roles"
else not_ok "pdf.js reads the structure tree of fop-roles" "$(head -n 3 "$OUT/pdfjs.err")"; fi
check_order "pdf.js: headings, paragraph, its footnote, custom role, languages, table row by row, list, figures" \
    "$OUT/fop-roles.order" \
    "Document>H1: Overskrift et" \
    "Document>P: Brødtekst med en fodnote og et." \
    "Document>P>Reference: 1" \
    "Document>P>Link: eksternt link" \
    "Document>P>Note>P: 1 Fodnotens tekst." \
    "Document>H2: Overskrift to" \
    "Document>P: En blok med en egen rolle." \
    "Document>P [lang=en]: An English paragraph." \
    "Document>P [lang=de-AT]: Ein Absatz auf Deutsch." \
    "Document>P>Span [lang=en]: free municipalities" \
    "Document>P>Span [lang=de-AT]: Freikommunen" \
    "Document>P>Reference>Link: 2" \
    "Document>P>Note>P: 2 Den anden fodnote, med et." \
    "Document>P>Note>P>Link>Span [lang=en]: English link" \
    "Document>Table>Caption: Tabel 1 Rækkeoverskrifter" \
    "Document>Table>THead>TR>TH>P: Land" \
    "Document>Table>THead>TR>TH>P: Hovedstad" \
    "Document>Table>TBody>TR>TH>P: Danmark" \
    "Document>Table>TBody>TR>TD>P: København" \
    "Document>L>LI>Lbl>P: •" \
    "Document>L>LI>LBody>P: Første punkt" \
    "Document>Figure [alt=Et ternet mønster]: "
if grep -q "^Document>Figure \[alt=Ansøgninger efter udfald\. Søjlediagram.*Afslået: Antal 7\.\]" "$OUT/fop-roles.order"
then ok "pdf.js: a diagram without fox:alt-text has its data as alternative text"
else not_ok "pdf.js: a diagram without fox:alt-text has its data as alternative text" "see $OUT/fop-roles.order"; fi
for artifact in "Løbende hoved" "Side 1" "Pynt, ikke indhold."; do
    check_not_contains "pdf.js: '$artifact' is an artifact, not read" "$OUT/fop-roles.order" "$artifact"
done

memo="$OUT/build/memos/status-2018-02.pdf"
node tests/pdfua/structtree.mjs "$memo" > "$OUT/memo.order" 2>> "$OUT/pdfjs.err"
check_order "pdf.js, the memo: title, TOC, Forord, a figure with its data, its caption, a table with its header" \
    "$OUT/memo.order" \
    "Document>P: Frikommuneforsøg II 2016–2020" \
    "Document>H1: Indhold" \
    "Document>TOC>TOCI>Link: Forord" \
    "Document>TOC>TOCI>Link: 3" \
    "Document>H1: Forord" \
    "Document>Figure>Caption: Figur 1 Forsøg og ansøgninger fordelt på netværk og status" \
    "Document>Table>Caption: Tabel 1.1 Oversigt over godkendte forsøg" \
    "Document>Table>THead>TR>TH>P: Forsøg"
check "pdf.js, the memo: the first figure's alternative text states its numbers" \
    grep -q "^Document>Figure \[alt=Forsøg og ansøgninger fordelt på netværk og status\. Søjlediagram.*Godkendt [0-9]" "$OUT/memo.order"
check "pdf.js, the memo: the change-theory figures have their columns in words" \
    grep -q "^Document>Figure \[alt=Forandringsteori – .*Aktiviteter: .*Mekanismer: " "$OUT/memo.order"
check "pdf.js, the memo: footnotes are Notes after the paragraph that cites them" \
    grep -q "^Document>P>Note>" "$OUT/memo.order"
check "pdf.js, the memo: a footnote's call is a Reference holding its number" \
    grep -q "^Document>P>Reference: [0-9][0-9]*$" "$OUT/memo.order"

# ---- pdf.js: every link annotation's text is inside its Link element -------------------------
for pdf in "$OUT"/build/memos/*.pdf "$OUT"/build/applications/*.pdf "$OUT/fop-roles.pdf"; do
    node tests/pdfua/structtree.mjs --links "$pdf" > "$OUT/links.txt" 2>> "$OUT/pdfjs.err"
    total=$(grep -c . "$OUT/links.txt")
    held=$(grep -c "^ok " "$OUT/links.txt")
    if [ "$total" -gt 0 ] && [ "$held" -eq "$total" ]; then ok "pdf.js, $(basename "$pdf"): each of $total links' text is inside its Link element"
    else not_ok "pdf.js, $(basename "$pdf"): each link's text is inside its Link element" "$held of $total: $(grep -v '^ok ' "$OUT/links.txt" | head -n 2)"; fi
done
tables=$(grep -c "^Document>Table>Caption: Tabel" "$OUT/memo.order")
heads=$(grep -c "^Document>Table>THead>TR>TH>P: Forsøg$" "$OUT/memo.order")
printed=$(pdftotext "$memo" - | grep -c "^Fritagelse fra lovgivning og formål")
if [ "$heads" -eq "$tables" ] && [ "$printed" -gt "$heads" ]; then ok "pdf.js, the memo: each table's header read once ($heads tables, printed $printed times)"
else not_ok "pdf.js, the memo: each table's header read once" "$heads headers for $tables tables, printed $printed times"; fi
for artifact in "Side 3 af" "Statusnotat, februar 2018"; do
    check_not_contains "pdf.js, the memo: running head/foot '$artifact' is not read" "$OUT/memo.order" "$artifact"
done

# ---- poppler reads the same tree ------------------------------------------------------------
pdfinfo -struct-text "$OUT/fop-roles.pdf" > "$OUT/fop-roles.struct" 2>&1
check_contains "pdfinfo -struct-text: the footnote is a Note" "$OUT/fop-roles.struct" "Note"
check_contains "pdfinfo -struct-text: TH carries its Scope" "$OUT/fop-roles.struct" "/Scope /Row"

# ---- --no-tags: the smallest file, honest about what it is ------------------------------------
$FRISK render tests/typeset/lists.fo -o "$OUT/untagged.pdf" --no-tags 2> /dev/null
$FRISK render tests/typeset/lists.fo -o "$OUT/tagged.pdf" 2> /dev/null
check_eq "--no-tags: pdfinfo says Tagged: no" "$(pdfinfo "$OUT/untagged.pdf" | awk '/^Tagged:/ { print $2 }')" no
conform "$OUT/untagged.pdf" --only "XMP pdfaid part 2 conformance A,XMP pdfuaid part 1,sRGB output intent" > "$OUT/untagged.tap"
check_eq "--no-tags: claims neither PDF/A-2a nor PDF/UA, keeps the output intent" \
    "$(sed 's/ - .*//' "$OUT/untagged.tap" | tr '\n' ' ')" "not ok not ok ok "
if [ "$(wc -c < "$OUT/untagged.pdf")" -lt "$(wc -c < "$OUT/tagged.pdf")" ]; then ok "--no-tags: a smaller file"
else not_ok "--no-tags: a smaller file"; fi

# ---- a phrase in another language (xml:lang on em, strong, q) is a Span with /Lang -----------
# The shipped documents mark no foreign phrase, so a copy of the input gets one in the letter.
rm -rf "$OUT/lang-input" && cp -r input "$OUT/lang-input"
sed -i '0,/<p>Hermed fremsendes/s//<p><em xml:lang="en">Free municipalities<\/em>, <q xml:lang="de-AT">Freikommunen<\/q>: hermed fremsendes/' \
    "$OUT/lang-input/applications/boern-2016.xml"
if $FRISK build -q -o "$OUT/lang-build" "$OUT/lang-input" > "$OUT/lang-build.log" 2>&1; then
    app="$OUT/lang-build/applications/boern-2016"
    node tests/pdfua/structtree.mjs "$app.pdf" > "$OUT/lang-app.order" 2>> "$OUT/pdfjs.err"
    check_contains "xml:lang on <em>: a Span with /Lang en in the PDF (pdf.js)" "$OUT/lang-app.order" "Span [lang=en]: Free municipalities"
    check_contains "xml:lang on <q>: a Span with /Lang de-AT in the PDF (pdf.js)" "$OUT/lang-app.order" "Span [lang=de-AT]: ”Freikommunen”"
    check_contains "xml:lang on <em>: lang in the HTML" "$app.html" '<em lang="en">Free municipalities</em>'
    check_contains "xml:lang on <q>: lang in the HTML" "$app.html" '<span lang="de-AT">”Freikommunen”</span>'
    conform "$app.pdf" --lang da-DK --only "element /Lang well formed"
else
    not_ok "an application with phrases in other languages builds" "$(tail -n 3 "$OUT/lang-build.log")"
fi
