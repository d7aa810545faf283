# The status memo (issue 5): the February 2018 edition from the data, PDF and HTML. Fidelity
# to the seed (every heading, caption, trial title and rejected application of the seed in
# both texts), structure of the PDF, and the section on changes since a previous edition.
. tests/lib.sh
out=$(suite_out memo)

$FRISK build -o "$out/site" input > "$out/build.log" 2>&1
check_eq "the shipped input builds" "$?" 0
pdf="$out/site/memos/status-2018-02.pdf"
html="$out/site/memos/status-2018-02.html"
check "memo PDF written" test -s "$pdf"
check "memo HTML written" test -s "$html"
check "memo PDF passes qpdf --check" qpdf --check "$pdf"

# -raw keeps a table cell's lines together (content stream order).
pdftotext -raw "$pdf" "$out/pdf.txt"
python3 -c "
import html, re, sys
text = open(sys.argv[1], encoding='utf-8').read()
text = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', text, flags=re.S)
text = re.sub(r'<[^>]+>', ' ', text)
print(html.unescape(text))
" "$html" > "$out/html.txt"
python3 tests/fidelity.py tests/seeds/status-memo-2018-02.txt tests/memo/expected.txt \
    pdf="$out/pdf.txt" html="$out/html.txt"

# Structure: A4, metadata, an outline entry for every chapter and section, "Side X af Y".
pdfinfo "$pdf" > "$out/pdfinfo.txt"
check_contains "A4 pages" "$out/pdfinfo.txt" "595.276 x 841.89 pts (A4)"
check_contains "title metadata" "$out/pdfinfo.txt" "Title:           Frikommuneforsøg II 2016–2020"
check_contains "author metadata" "$out/pdfinfo.txt" "Author:          Ulf Hjelmar og Niels Ejersbo"
check_contains "creation date from the edition, not the clock" "$out/pdfinfo.txt" "CreationDate:    Thu Feb  1 00:00:00 2018 UTC"
pages=$(awk '/^Pages:/ {print $2}' "$out/pdfinfo.txt")
pdftotext -f "$pages" -l "$pages" "$pdf" "$out/last.txt"
check_contains "the last page says Side $pages af $pages" "$out/last.txt" "Side $pages af $pages"
pdftotext -f 5 -l 5 "$pdf" "$out/p5.txt"
check_contains "page 5 says Side 5 af $pages" "$out/p5.txt" "Side 5 af $pages"
python3 - "$pdf" > "$out/outline.txt" <<'PY'
import subprocess, sys, json
data = json.loads(subprocess.run(["qpdf", "--json", "--json-key=outlines", sys.argv[1]],
                                 capture_output=True, text=True).stdout)
def walk(items, depth=0):
    for item in items:
        print("  " * depth + item["title"])
        walk(item.get("kids", []), depth + 1)
walk(data["outlines"])
PY
for entry in "Forord" "Overordnet status" "1 En mere fleksibel og effektiv beskæftigelsesindsats" \
             "1.2.1 Mikrolån" "5.3 Status på implementeringsforhold" "8 Øget borgerinvolvering og samskabelse" \
             "Bilag: Oversigt over frikommunenetværk"; do
    check_contains "outline has \"$entry\"" "$out/outline.txt" "$entry"
done
check_eq "outline has all 8 chapters" "$(grep -cE '^[1-8] ' "$out/outline.txt")" 8

# Every number of the narrative comes from the data: none of the stated totals is typed.
check_contains "the memo computes the networks (otte)" "$out/html.txt" "Der er udvalgt otte frikommunenetværk"
check_contains "the memo computes the municipalities (44)" "$out/html.txt" "I alt 44 kommuner indgår"
check_contains "status formatted from data" "$out/html.txt" "Forventes vedtaget til opstart 1.7.2018"

# HTML: one accessible page with the same anchors and header cells.
check_contains "HTML is Danish" "$html" '<html lang="da"'
check_contains "HTML has a skip link" "$html" 'class="skip-link" href="#indhold"'
check_contains "HTML table header cells have scope" "$html" '<th scope="col">Forsøg</th>'
check_contains "HTML TOC links to chapter 5" "$html" 'href="#kapitel-5"'
check_contains "HTML figures are inline SVG with a text alternative" "$html" 'role="img" aria-label="Programteori for forsøgets forventede virkningsmekanisme"'
check_not_contains "no raw diagram vocabulary left in the HTML" "$html" 'urn:frisk:diagram'

# "Ændringer siden sidste statusnotat": with a made-up earlier edition date the section lists
# the trials whose status changed in between; the real data has round 3 expected in 2018.
rm -rf "$out/changes" && cp -r input "$out/changes"
sed -i 's|<date value="2018-02"|<previous-edition date="2017-06-30"/>\n  <date value="2018-02"|' "$out/changes/memos/status-2018-02.xml"
python3 - "$out/changes/memos/status-2018-02.xml" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
# previous-edition comes after date in the schema: move it there.
s = s.replace('<previous-edition date="2017-06-30"/>\n  ', '', 1)
s = re.sub(r'(<date value="2018-02"[^>]*/>)', r'\1\n  <previous-edition date="2017-06-30"/>', s, count=1)
open(p, "w", encoding="utf-8").write(s)
PY
$FRISK build -o "$out/changes-out" "$out/changes" > "$out/changes.log" 2>&1
check_eq "a memo with a previous edition builds" "$?" 0
ch_html="$out/changes-out/memos/status-2018-02.html"
check_contains "the changes section is there" "$ch_html" "Ændringer siden sidste statusnotat"
check_contains "the changes section names the earlier date" "$ch_html" "30. juni 2017"
