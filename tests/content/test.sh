# The content vocabulary (issue 18): a memo and an application that use every construct
# (tests/content/make-fixtures.py, a TEST FIXTURE of neutral text) render to PDF and HTML; each
# construct is in both outputs (text, structure, links, alt text) and the layout rules hold on
# the PDF's pages (tests/content/check.py). The shipped documents keep a correct outline and
# no empty HTML element. Bad references and images are located errors.
. tests/lib.sh
out=$(suite_out content)
mkdir -p "$out/input"
cp -r input/. "$out/input/"
rm -f "$out/input/memos/status-2018-02.xml" "$out/input/applications/boern-2016.xml"
python3 tests/content/make-fixtures.py "$out/input"

$FRISK build --keep-fo -o "$out/output" "$out/input" > "$out/build.log" 2>&1
check_eq "the fixtures build" "$?" 0
for kind in memos applications; do
    python3 tests/content/check.py "$kind" "$out/output/$kind/indhold-test.pdf" \
        "$out/output/$kind/indhold-test.html" "$out/output/$kind/indhold-test.fo" "$out/output/web"
done

# Every shipped document: one outline in HTML and PDF (the applications' generated parts too:
# municipality profiles, a round's trial parts), no empty element.
$FRISK build -o "$out/shipped" input > "$out/shipped.log" 2>&1
n=0
for pdf in "$out"/shipped/memos/*.pdf "$out"/shipped/applications/*.pdf; do
    [ -f "$pdf" ] || continue
    n=$((n + 1))
    doc=${pdf#"$out/shipped/"}
    doc=${doc%.pdf}
    python3 tests/content/check.py "$doc" "$out/shipped/$doc.pdf" "$out/shipped/$doc.html" - \
        "$out/shipped/web" --outline-only
done
check_eq "the outline of each of the four shipped documents is checked" "$n" 4
# The shipped memo's running head names the section each page begins in (the one carried over
# from the page before unless a new one starts at the top), checked against the bookmarks' pages.
python3 tests/content/running-heads.py memos/status-2018-02 "$out/shipped/memos/status-2018-02.pdf"

# Bad input: an unknown law names the nearest known one; an xref to nothing; a missing,
# non-image or outside image; each at its element, exit 1, nothing written.
app="$out/input/applications/indhold-test.xml"
bad() { # NAME SED-EXPRESSION EXPECTED-MESSAGE
    cp "$app" "$out/bad.xml"
    sed -i "$2" "$out/bad.xml"
    cp "$out/bad.xml" "$out/input/applications/bad.xml"
    $FRISK check "$out/input/applications/bad.xml" > "$out/bad.log" 2>&1
    rc=$?
    if [ "$rc" = 1 ] && grep -q "bad.xml:[0-9]*:[0-9]*: error: .*$3" "$out/bad.log"; then ok "$1"
    else not_ok "$1" "exit $rc, $(grep error "$out/bad.log" | head -2)"; fi
    rm -f "$out/input/applications/bad.xml"
}
bad "an unknown law is a located error naming the nearest law" 's/law="SEL" paragraph="83"/law="SELL" paragraph="83"/' "no law has the id 'SELL'.*'SEL'"
bad "an unknown law far from every id still names the nearest" 's/law="SEL" paragraph="83"/law="QQQQQQQQ" paragraph="83"/' "the nearest known law is"
bad "an xref to no id is a located error" 's/<xref ref="a-tabel"\/>/<xref ref="a-tabell"\/>/' "no section, table or image has the id 'a-tabell'; did you mean 'a-tabel'"
bad "a missing image is a located error" 's/src="testfigur.png"/src="findes-ikke.png"/' "there is no file"
bad "an image that is no image is a located error" 's/src="testfigur.png"/src="..\/programme.xml"/' "is not a PNG, JPEG or SVG image"
bad "an image outside the input folder is a located error" 's/src="testfigur.png"/src="\/etc\/passwd"/' "outside the folders frisk may read"
bad "an image without alt text is a schema error" 's/ alt="Testmønster[^"]*"//' "alt"
