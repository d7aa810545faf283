# End to end (issue 2): the small input — one network and two of its trials — through every
# stage to PDF and HTML; reproducible bytes; a malformed file gives the exact diagnostic and
# writes nothing.
. tests/lib.sh
out=$(suite_out e2e)
in=tests/e2e/small

$FRISK build -o "$out/a" "$in" > "$out/build.log" 2>&1
check_eq "build of the small input exits 0" "$?" 0
pdf="$out/a/memos/small.pdf"
html="$out/a/memos/small.html"
check "PDF written" test -s "$pdf"
check "HTML written" test -s "$html"
check "PDF passes qpdf --check" qpdf --check "$pdf"

pdffonts "$pdf" > "$out/fonts.txt" 2>&1
fonts=$(tail -n +3 "$out/fonts.txt" | wc -l)
not_embedded=$(tail -n +3 "$out/fonts.txt" | awk '$(NF-4) != "yes"' | wc -l)
if [ "$fonts" -gt 0 ] && [ "$not_embedded" -eq 0 ]; then ok "every font is embedded ($fonts fonts)"
else not_ok "every font is embedded" "$(cat "$out/fonts.txt")"; fi
check_not_contains "only bundled fonts are used" "$out/fonts.txt" "DejaVu"

# -raw keeps the content stream's order: a table cell's lines stay together.
pdftotext -raw "$pdf" "$out/pdf.raw"
python3 tests/fidelity.py --normalise "$out/pdf.raw" > "$out/pdf.txt"
for phrase in "Etablering af rammer for tværkommunale akutfunktioner" \
              "Udfordring af lægemiddelhåndteringsvejledningen" \
              "Lyngby-Taarbæk" "Forord" "Godkendt til opstart 1.1.2018"; do
    check_contains "PDF text holds \"$phrase\"" "$out/pdf.txt" "$phrase"
done
sed -e 's/<[^>]*>/ /g' "$html" > "$out/html.raw"
python3 tests/fidelity.py --normalise "$out/html.raw" > "$out/html.txt"
for phrase in "Etablering af rammer for tværkommunale akutfunktioner" \
              "Udfordring af lægemiddelhåndteringsvejledningen" \
              "Lyngby-Taarbæk" "Forord" "Godkendt til opstart 1.1.2018"; do
    check_contains "HTML text holds \"$phrase\"" "$out/html.txt" "$phrase"
done
check_contains "HTML is Danish" "$html" '<html lang="da"'

# Same input, same bytes: a second build into another folder is identical.
$FRISK build -o "$out/b" "$in" > /dev/null 2>&1
check "two runs give an identical PDF" cmp "$pdf" "$out/b/memos/small.pdf"
check "two runs give an identical HTML" cmp "$html" "$out/b/memos/small.html"

# Parallel jobs give the same files.
$FRISK build -j 2 -o "$out/j" "$in" > /dev/null 2>&1
check_eq "build -j 2 exits 0" "$?" 0
check "build -j 2 gives the same files as -j 1" diff -r "$out/a" "$out/j"

# A malformed file: exact diagnostic, exit 1, nothing written, the previous output untouched.
mkdir -p "$out/bad/memos"
cp -r "$in"/* "$out/bad/"
printf '<?xml version="1.0"?>\n<memo id="x">\n  <title>Ødelagt\n</memo>\n' > "$out/bad/memos/small.xml"
cp "$pdf" "$out/previous.pdf"
$FRISK build -o "$out/a" "$out/bad" > "$out/bad.stdout" 2> "$out/bad.stderr"
check_eq "malformed input exits 1" "$?" 1
check_eq "malformed input: exact diagnostic" "$(head -n 1 "$out/bad.stderr")" \
    "$out/bad/memos/small.xml:4:8: error: Opening and ending tag mismatch: title line 3 and memo"
check "malformed input: the previous PDF is untouched" cmp "$pdf" "$out/previous.pdf"
check_eq "malformed input: no temporary files left" "$(find "$out/a" -name '*.tmp*' | wc -l)" 0

# Schema violations: every one is reported, each located, across the included files.
rm -rf "$out/bad" && mkdir -p "$out/bad" && cp -r "$in"/* "$out/bad/"
sed -i 's|<publisher>VIVE</publisher>|<publisher>VIVE</publisher><unknown-element/>|' "$out/bad/memos/small.xml"
sed -i 's|<status kind="approved" start="2018-01-01"|<status kind="approvd" start="2018-01-01"|' "$out/bad/networks/akut.xml"
$FRISK check "$out/bad/memos/small.xml" > /dev/null 2> "$out/schema.stderr"
check_eq "schema violations exit 1" "$?" 1
check_eq "every schema violation is reported (3)" "$(grep -c ': error: ' "$out/schema.stderr")" 3
check_eq "every schema diagnostic is located file:line:col" \
    "$(grep -cE "^$out/bad/(memos/small|networks/akut).xml:[0-9]+:[0-9]+: error: " "$out/schema.stderr")" 3
check_contains "the violation in the included network file names that file" "$out/schema.stderr" \
    "$out/bad/networks/akut.xml:72:19: error: <status> kind=\"approvd\" is not one of: applied, clarification, approved, partially-approved, expected, rejected, no-exemption-needed, general-law-change, withdrawn — did you mean approved?"

# Command line.
$FRISK --version > "$out/version.txt"; check_eq "--version exits 0" "$?" 0
check_contains "--version names frisk" "$out/version.txt" "frisk "
$FRISK --help > "$out/help.txt"; check_eq "--help exits 0" "$?" 0
check_contains "--help shows build" "$out/help.txt" "frisk build"
$FRISK frobnicate > /dev/null 2>&1; check_eq "unknown command exits 2" "$?" 2
$FRISK render > /dev/null 2>&1; check_eq "render without arguments exits 2" "$?" 2
$FRISK build "$out/no-such-folder" > /dev/null 2>&1; check_eq "missing input exits 2" "$?" 2

# Set-up: as a user who is not root, a missing package stops make with the exact apt-get line.
printf 'frisk-no-such-package\n' > "$out/packages.txt"
chmod 644 "$out/packages.txt"
deps="FRISK_PACKAGES=$out/packages.txt sh tools/deps.sh"
if [ "$(id -u)" = 0 ]; then su nobody -s /bin/sh -c "$deps"; else sh -c "$deps"; fi > /dev/null 2> "$out/deps.stderr"
check_eq "a missing package stops the set-up for a user who is not root" "$?" 1
check_contains "the exact apt-get line is printed" "$out/deps.stderr" \
    "apt-get update && apt-get install -y frisk-no-such-package"
