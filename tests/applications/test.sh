# Applications (issue 6): the network application input/applications/boern-2016.xml against its
# seed, its generated round applications, the checks a case worker sees, and
# `frisk new application`. Fidelity: every line of the seed's clean text is looked for in the
# PDF text (pdftotext) and in the HTML text, after normalising what layout changes (whitespace,
# hyphens incl. line-end hyphenation, quotation marks, list markers); the coverage is printed,
# and the headings, municipality facts, signatories and pull quotes must all be there.
. tests/lib.sh
# APP_TEST_OUT: a private output folder (tests/out/ is shared with every running `make check`).
if [ -n "$APP_TEST_OUT" ]; then out=$APP_TEST_OUT; rm -rf "$out"; mkdir -p "$out"; else out=$(suite_out applications); fi
seed=${SEED_DIR:-/work/shared/seeds}/application-boern-2016.txt
app=input/applications/boern-2016.xml

$FRISK build -o "$out/b" "$app" > "$out/build.log" 2>&1
check_eq "build of $app exits 0" "$?" 0
check_eq "build reports no errors" "$(grep -c ': error: ' "$out/build.log")" 0
for f in boern-2016 boern-runde-2 boern-runde-3; do
    check "applications/$f.pdf written" test -s "$out/b/applications/$f.pdf"
    check "applications/$f.html written" test -s "$out/b/applications/$f.html"
done
pdf="$out/b/applications/boern-2016.pdf"
html="$out/b/applications/boern-2016.html"

# ---- text extraction and normalisation ----------------------------------------------------
# norm.py FILE: one normalised line per input line; --join: the whole file as one line.
cat > "$out/norm.py" <<'EOF'
import sys, re, html, unicodedata
def norm(s):
    s = unicodedata.normalize('NFKC', s)
    s = re.sub(r'(?m)^\s*([-•]|\*\*)\s+', '', s)        # list markers
    s = s.replace('**', '')
    s = re.sub('[\"”“„\'’‘]', '', s)                     # quotation marks, straight or not
    s = re.sub(r'[\u00ad‐‑–-]\s+', '', s)               # a hyphen before a space or line end
    s = re.sub(r'[\u00ad‐‑–-]', '', s)                    # and every other hyphen
    s = re.sub(r'/\s+', '/', s)                          # a line broken after a slash
    return re.sub(r'\s+', ' ', s).strip()
args = sys.argv[1:]
text = open(args[-1], encoding='utf-8').read()
if '--html' in args:
    text = re.sub(r'(?s)<(script|style)\b.*?</\1>', ' ', text)
    text = re.sub(r'</?(strong|em|a|span|time|q|sup|b|i)\b[^>]*>', '', text)   # inline: no space
    text = html.unescape(re.sub(r'<[^>]+>', ' ', text))
if '--lower' in args:
    text = text.lower()
if '--join' in args:
    print(norm(text))
else:
    for line in text.splitlines():
        n = norm(line)
        if n: print(n)
EOF
norm() { python3 "$out/norm.py" "$@"; }
# -raw: the text in the order it is drawn, so the side-by-side profiles stay apart; cropped to
# the body region (page.xsl: 28 mm from top and bottom), so that a running header or "Side X af
# Y" does not cut a paragraph that runs over a page break.
body_text() { pdftotext -raw -x 0 -y 76 -W 595 -H 690 "$1" "$2"; }
body_text "$pdf" "$out/pdf.raw" && norm --join "$out/pdf.raw" > "$out/pdf.txt"
norm --join --html "$html" > "$out/html.txt"
norm --join --lower "$out/pdf.raw" > "$out/pdf.lower.txt"
norm --join --lower --html "$html" > "$out/html.lower.txt"
norm "$seed" > "$out/seed-lines.txt"

# contains TEXT-FILE NEEDLE (both normalised already)
contains() { grep -qF -- "$2" "$1"; }

# ---- the parts the issue names must all be there ---------------------------------------------
must() {  # must LABEL SEED-TEXT [--lower]: --lower compares case-insensitively (CSS capitals)
    needle=$(printf '%s\n' "$2" > "$out/needle.txt"; norm --join $3 "$out/needle.txt")
    for kind in pdf html; do
        hay="$out/$kind.txt"; [ "$3" = --lower ] && hay="$out/$kind.lower.txt"
        if contains "$hay" "$needle"; then ok "$kind: $1: $2"
        else not_ok "$kind: $1" "'$2' not in the $kind text"; fi
    done
}
must cover "ANSØGNING OM FRIKOMMUNEFORSØG 2016 - 2019" --lower
must cover 'Tema: "Børn som vores vigtigste ressource"'
must letter "Spørgsmål og korrespondance i forbindelse med nærværende ansøgning kan rettes til:"
must contact "Chefkonsulent - Center for Politik & Personale - Guldborgsund Kommune"
must contact "E: susc@guldborgsund.dk"
must contact "M: 2518 0250"
must date "31. maj 2016"
grep -E '^[1-7]\. ' "$seed" | while IFS= read -r heading; do must heading "$heading"; done
for who in "Carsten Kissmeyer" "Karin Søjbjerg Holst" "John Brædder" "Borgmester" \
           "Ikast-Brande Kommune" "Gladsaxe Kommune" "Guldborgsund Kommune"; do
    must signatory "$who"
done
grep -E '^(Indbyggertal|Region|Nære samarbejdsrelationer|Centrale politiske målsætninger)' "$seed" |
    while IFS= read -r fact; do must "municipality fact" "$fact"; done
grep -E '^- [A-C]\. ' "$seed" | while IFS= read -r area; do must "focus area" "$area"; done
grep -E '^”' "$seed" | while IFS= read -r quote; do must "pull quote" "$quote"; done

# ---- coverage: every line of the seed ------------------------------------------------------
for kind in pdf html; do
    total=0; found=0
    : > "$out/$kind-missing.txt"
    while IFS= read -r line; do
        total=$((total + 1))
        # Case-insensitive: the cover sets its title in capitals (CSS text-transform in HTML).
        lower=$(printf '%s\n' "$line" | python3 -c 'import sys; print(sys.stdin.read().strip().lower())')
        if contains "$out/$kind.lower.txt" "$lower"; then found=$((found + 1))
        else printf '%s\n' "$line" >> "$out/$kind-missing.txt"; fi
    done < "$out/seed-lines.txt"
    echo "# $kind coverage of the seed's lines: $found of $total"
    check_eq "$kind holds every line of the seed (missing: $out/$kind-missing.txt)" "$found" "$total"
done

# The pull quotes are set apart: their own block in the HTML, not a paragraph of the text.
check_eq "HTML sets the three pull quotes apart" "$(grep -o '<aside class="pull-quote"' "$html" | wc -l)" 3

# Section 2 follows municipality-profiles/@order (Ikast-Brande, Gladsaxe, Guldborgsund).
first=$(grep -o 'IkastBrande Indbyggertal\|Gladsaxe Indbyggertal\|Guldborgsund Indbyggertal' "$out/pdf.txt" | head -n 3 | tr '\n' '|')
check_eq "profiles in the order the application gives" "$first" "IkastBrande Indbyggertal|Gladsaxe Indbyggertal|Guldborgsund Indbyggertal|"

# ---- PDF properties ------------------------------------------------------------------------
pdfinfo "$pdf" > "$out/pdfinfo.txt" 2>&1
check_contains "PDF title from the data" "$out/pdfinfo.txt" "Ansøgning om Frikommuneforsøg 2016 - 2019"
check "PDF passes qpdf --check" qpdf --check "$pdf"

# ---- round applications: every trial title of the round -------------------------------------
xmllint --xinclude --nonet "$app" > "$out/full.xml" 2>/dev/null
for round in 2 3; do
    rpdf="$out/b/applications/boern-runde-$round.pdf"
    rhtml="$out/b/applications/boern-runde-$round.html"
    body_text "$rpdf" "$out/r$round.raw"; norm --join "$out/r$round.raw" > "$out/r$round-pdf.txt"
    norm --join --html "$rhtml" > "$out/r$round-html.txt"
    titles=$(xmllint --xpath "//trial[@id = //application/trial-applications[@round='$round']/trial-ref/@ref]/title" "$out/full.xml" 2>/dev/null |
             sed -e 's|<title>||g' -e 's|</title>|\n|g')
    n=0
    printf '%s\n' "$titles" | while IFS= read -r t; do
        [ -n "$t" ] || continue
        needle=$(printf '%s\n' "$t" > "$out/needle.txt"; norm --join "$out/needle.txt")
        for kind in pdf html; do
            if contains "$out/r$round-$kind.txt" "$needle"; then ok "round $round $kind holds \"$t\""
            else not_ok "round $round $kind holds \"$t\"" "not in $out/r$round-$kind.txt"; fi
        done
    done
    n=$(printf '%s\n' "$titles" | grep -c .)
    check_eq "round $round applies for the trials of the data" "$([ "$n" -gt 0 ] && echo yes)" yes
    # The evaluation minimum is never silently left out: what the data lacks is shown.
    check_contains "round $round: parts the data lacks are marked, not left out" "$out/r$round-html.txt" "MANGLER"
    check_contains "round $round names the participating municipalities" "$out/r$round-html.txt" "Deltagende kommuner"
done
check_contains "round 2: exemptions as provision labels" "$out/r2-html.txt" "SEL § 140, stk. 37"
check_contains "round 2: participants from the data (Gladsaxe only)" "$out/r2-html.txt" "1. Fokus på inddragelse og effekt Deltagende kommuner Gladsaxe Fritagelse"
check_contains "round 2: absent participants = all current members" "$out/r2-html.txt" "Gladsaxe, Guldborgsund og IkastBrande (alle netværkets kommuner)"

# ---- HTML: accessible and valid --------------------------------------------------------------
for f in boern-2016 boern-runde-2 boern-runde-3; do
    h="$out/b/applications/$f.html"
    check_contains "$f.html is Danish" "$h" '<html lang="da"'
    check_contains "$f.html has a skip link" "$h" 'class="skip-link" href="#indhold"'
    check_contains "$f.html has a main landmark" "$h" '<main id="indhold"'
    levels=$(grep -o '<h[1-6]' "$h" | tr -d '<h' | tr '\n' ' ')
    jump=$(echo "$levels" | awk '{p=0; for (i=1;i<=NF;i++) { if ($i > p+1) { print "h" p "->h" $i; exit } p=$i }}')
    check_eq "$f.html headings in order (h1 first, no level skipped)" "$jump" ""
done
vnu=node_modules/vnu-jar/build/dist/vnu.jar
if [ -f "$vnu" ] && command -v java > /dev/null; then
    java -jar "$vnu" --errors-only "$out/b/applications/"*.html > "$out/vnu.txt" 2>&1
    check_eq "HTML is valid (vnu; see $out/vnu.txt)" "$?" 0
else
    echo "# vnu not installed: HTML validity not checked"
fi

# ---- checks a case worker understands ------------------------------------------------------
t="$out/input"
cp -r input "$t" && rm -rf "$t/applications" && mkdir -p "$t/applications"
# A trial not yet decided, applied for without the evaluation minimum: an error, located.
sed -e 's|</trials>|<trial id="boern-ny" round="3"><title>Nyt forsøg</title><element><text><p>Tekst.</p></text><exemption law="SEL" paragraph="50"/><status-history><status kind="applied" round="3"/></status-history></element></trial></trials>|' \
    input/networks/boern.xml > "$t/networks/boern.xml"
sed -e 's|<trial-ref ref="boern-samtalefrekvens"/>|<trial-ref ref="boern-samtalefrekvens"/><trial-ref ref="boern-ny"/>|' "$app" > "$t/applications/a.xml"
$FRISK check "$t/applications/a.xml" > /dev/null 2> "$out/eval.err"
check_eq "an undecided trial without the evaluation minimum fails the check" "$?" 1
if grep -qE "^$t/networks/boern.xml:[0-9]+:[0-9]+: error: trial 'boern-ny' .*requires expected results, target group and method.*add <evaluation>" "$out/eval.err"; then
    ok "the error says what to add and where (file:line:col)"
else not_ok "the error says what to add and where (file:line:col)" "$(grep boern-ny "$out/eval.err")"; fi
check_eq "nothing is built for it" "$($FRISK build -o "$out/nb" "$t/applications/a.xml" > /dev/null 2>&1; ls "$out/nb/applications" 2>/dev/null | wc -l)" 0
# A date after the deadline is reported at the date.
sed -e 's|<date value="2016-05-31"|<date value="2016-06-15"|' "$app" > "$t/applications/late.xml"
$FRISK check "$t/applications/late.xml" > /dev/null 2> "$out/late.err"
if grep -qE "^$t/applications/late.xml:[0-9]+:[0-9]+: (error|warning): .*2016-06-15.*deadline 2016-05-01" "$out/late.err"; then
    ok "a date after the deadline is reported at the date"
else not_ok "a date after the deadline is reported at the date" "$(grep -i deadline "$out/late.err")"; fi
# More than 6 members without a dispensation: an error on the application.
sed -e 's|network="boern"|network="socialomraadet"|' -e 's|<municipality-profiles network="boern"[^/]*/>|<municipality-profiles network="socialomraadet"/>|' \
    -e 's|<focus-area-list network="boern"/>||' -e '/<trial-applications/,/<\/trial-applications>/d' \
    -e 's|ref="ikast-brande"|ref="herning"|g' -e 's|ref="gladsaxe"|ref="favrskov"|g' -e 's|ref="guldborgsund"|ref="herning"|g' \
    "$app" > "$t/applications/big.xml"
$FRISK check "$t/applications/big.xml" > /dev/null 2> "$out/big.err"
check_eq "a network of 7 without dispensation fails the check" "$?" 1
check "the max-members error is located at the application" \
    grep -qE "^$t/applications/big.xml:[0-9]+:[0-9]+: error: the applying network 'socialomraadet' has 7 members" "$out/big.err"

# ---- frisk new application ---------------------------------------------------------------------
n="$out/new"
frisk_abs=$(cd "$(dirname "$FRISK")" && pwd)/$(basename "$FRISK")
mkdir -p "$n" && cp -r input "$n/input" && rm -f "$n/input/applications/x.xml"
(cd "$n" && "$frisk_abs" new application x > new.out 2> new.err)
check_eq "frisk new application x exits 0" "$?" 0
check "it writes input/applications/x.xml" test -s "$n/input/applications/x.xml"
check_contains "the new file has the id x" "$n/input/applications/x.xml" '<application id="x"'
$FRISK check "$n/input/applications/x.xml" > /dev/null 2> "$out/new-check.err"
check_eq "frisk check accepts the new file" "$?" 0
cp "$n/input/applications/x.xml" "$out/x.before"
(cd "$n" && "$frisk_abs" new application x > /dev/null 2> new2.err)
check_eq "a second frisk new application x is refused" "$?" 1
check "the existing file is untouched" cmp "$n/input/applications/x.xml" "$out/x.before"
check_contains "the refusal names the file" "$n/new2.err" "input/applications/x.xml: error: already exists"
(cd "$n" && "$frisk_abs" new application "../x" > /dev/null 2>&1)
check_eq "a NAME that is not an id is refused" "$?" 2
check "the template itself validates" xmllint --noout --xinclude --relaxng schema/frisk.rng input/templates/application.xml
