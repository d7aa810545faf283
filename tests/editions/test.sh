#!/bin/sh
# The secretariat's next edition (issue 21): `frisk new memo` copies an edition, frisk check
# lists what is stale as of the new date (warnings in a draft, errors in a final memo), a draft
# PDF marks each stale status, and the changes section, the site's "Seneste ændringer" and the
# open data show the statuses recorded since the previous edition. Every data change here is
# made in a copy of input/ under tests/out, never in input/.
. tests/lib.sh
out=$(suite_out editions)
here=tests/editions
stale_pattern='lies before this edition\|older than this one\|current as of'

# ---- frisk new memo --------------------------------------------------------------------
cp -r input "$out/in"
check "new memo starts an edition" $FRISK new memo status-2018-03 --from status-2018-02 "$out/in"
memo=$out/in/memos/status-2018-03.xml
check_contains "the copy is a draft with its own id" "$memo" '<memo id="status-2018-03" status="draft"'
check_contains "the copy has the new date" "$memo" '<date value="2018-03"/>'
check_contains "the copy names the previous edition" "$memo" '<previous-edition date="2018-02" ref="status-2018-02"/>'
check_contains "the includes point at the copied chapters" "$memo" 'href="status-2018-03/akut.xml"'
check_not_contains "no include points at the old chapters" "$memo" 'href="status-2018-02/'
check "every chapter is copied unchanged" diff -r input/memos/status-2018-02 "$out/in/memos/status-2018-03"
check_eq "the copies keep every source attribute" \
    "$(cat "$out"/in/memos/status-2018-03/*.xml | grep -o 'source="' | wc -l)" \
    "$(cat input/memos/status-2018-02/*.xml | grep -o 'source="' | wc -l)"
cp "$memo" "$out/memo-before"
$FRISK new memo status-2018-03 --from status-2018-02 "$out/in" 2>"$out/again.err"
check_eq "new memo never overwrites (exit 1)" "$?" 1
check_contains "it says the file exists" "$out/again.err" "already exists; frisk new never overwrites"
check "the existing memo is untouched" cmp "$memo" "$out/memo-before"
$FRISK new memo status-2018-01 --from status-2018-02 "$out/in" 2>"$out/early.err"
check_eq "an edition must be newer than the previous one (exit 2)" "$?" 2
check "nothing is written for a refused edition" test ! -e "$out/in/memos/status-2018-01.xml" -a ! -e "$out/in/memos/status-2018-01"
$FRISK new memo other --from status-2018-02 "$out/in" 2>"$out/nodate.err"
check_contains "without --date and a dated NAME it asks for the date" "$out/nodate.err" "--date YYYY-MM"

# ---- the second edition with two new statuses (an approval and a withdrawal) -------------
python3 "$here/record.py" "$out/in/networks/boern.xml" boern-eftervaern-sel-76 \
    '<status kind="approved" start="2018-07-01" date="2018-03" source="test: tests/editions (not a real decision)"/>'
python3 "$here/record.py" "$out/in/networks/tvaers.xml" tvaers-klippekort-puljeopslag \
    '<status kind="withdrawn" date="2018-03" source="test: tests/editions (not a real decision)"/>'
sed -i 's|<data-date value="2018-02" source="status-memo-2018-02"/>|<data-date value="2018-03" since="2018-02"/>|' "$out/in/programme.xml"
# The edition restates the programme's totals as its own (so none is an older edition's), and is final.
figures=$(grep -o '<stated-figure [^>]*value="[0-9]*"' "$out/in/programme.xml" | sed 's/ source="[^"]*"//; s|$| source="status-memo-2018-03, test"/>|' | tr '\n' ' ')
sed -i "s|^  <overview>|  <stated-figures>$figures</stated-figures>\n  <overview>|; s|status=\"draft\"|status=\"final\"|" "$memo"
$FRISK check "$memo" 2>"$out/updated.err"
check_eq "the updated final edition passes frisk check" "$?" 0
check_eq "no stale item is left" "$(grep -c "$stale_pattern" "$out/updated.err")" 0
$FRISK build -o "$out/build" "$out/in" 2>"$out/build.err"
check_eq "the updated data builds" "$?" 0
# The PDF's text as one line: table cells wrap, and a word hyphenated at a line end (soft
# hyphen) is joined again.
pdf_text() { pdftotext "$1" - | sed ':a;N;$!ba;s/\xc2\xad\n//g;s/\n/ /g' | tr -s ' ' > "$2"; }
pdf_text "$out/build/memos/status-2018-03.pdf" "$out/2018-03.txt"
pdf_text "$out/build/memos/status-2018-02.pdf" "$out/2018-02.txt"
check_not_contains "the final PDF marks nothing stale" "$out/2018-03.txt" "FORÆLDET"
check_contains "the changes section counts two decisions" "$out/2018-03.txt" "Afgjort: 2."
check_contains "the changes section names the approved trial's network" "$out/2018-03.txt" "Børn som vores vigtigste ressource"
check_contains "the approval with its date" "$out/2018-03.txt" "Godkendt til opstart 1.7.2018 (marts"
check_contains "the withdrawal with its date" "$out/2018-03.txt" "Trukket tilbage (marts 2018)"
check_contains "the status before, as of the previous edition" "$out/2018-03.txt" "Forventes vedtaget til opstart 1.7.2018 (pr."
sed 's/<[^>]*>//g' "$out/build/memos/status-2018-03.html" > "$out/2018-03.html.txt"
check_contains "the HTML changes section has the approval" "$out/2018-03.html.txt" "Godkendt til opstart 1.7.2018 (marts 2018)"
check_contains "the HTML changes section has the withdrawal" "$out/2018-03.html.txt" "Trukket tilbage (marts 2018)"
check_eq "the HTML lists exactly two changes" "$(grep -o 'class="change-decided"' "$out/build/memos/status-2018-03.html" | wc -l)" 2
check_not_contains "the February edition still shows February's statuses" "$out/2018-02.txt" "Trukket tilbage (marts"
sed 's/<[^>]*>//g' "$out/build/web/aendringer.html" > "$out/aendringer.txt"
check_contains "the web page gives the data's date" "$out/aendringer.txt" "Data pr. marts 2018"
check_contains "the web page has the approval" "$out/aendringer.txt" "Godkendt til opstart 1.7.2018 (marts 2018)"
check_contains "the web page has the withdrawal" "$out/aendringer.txt" "Trukket tilbage (marts 2018)"
check_eq "the web page lists the same two changes" "$(grep -o 'class="change-decided"' "$out/build/web/aendringer.html" | wc -l)" 2
csv=$out/build/web/data/trials.csv
check_contains "trials.csv has a status date column" "$csv" '"status_kode";"status";"status_dato";"startdato"'
check_contains "trials.csv: the approval and its date" "$csv" '"boern-eftervaern-sel-76";'
check_eq "trials.csv: approved, dated 2018-03" \
    "$(grep '"boern-eftervaern-sel-76"' "$csv" | grep -o '"approved";"Godkendt til opstart 1.7.2018";"2018-03";"2018-07-01"' | wc -l)" 1
check_eq "trials.csv: withdrawn, dated 2018-03" \
    "$(grep '"tvaers-klippekort-puljeopslag"' "$csv" | grep -o '"withdrawn";"Trukket tilbage";"2018-03";""' | wc -l)" 1

# ---- an edition whose data was not updated -------------------------------------------------
mkdir -p "$out/stale" && cp -r input "$out/stale/in"
$FRISK new memo status-2018-09 --from status-2018-02 "$out/stale/in" >/dev/null
stale=$out/stale/in/memos/status-2018-09.xml
$FRISK check "$stale" 2>"$out/stale.err"
check_eq "a draft with stale items still passes (warnings)" "$?" 0
grep "$stale_pattern" "$out/stale.err" | sed "s|^$out/stale/||" > "$out/stale.got"
# Pinned without line:col, so that data edits elsewhere in a file do not move the pin; each
# location is checked below to be the start tag of the element that is stale.
sed 's/^\([^:]*\):[0-9]*:[0-9]*:/\1:/' "$out/stale.got" > "$out/stale.pinned"
check "the stale warnings are exactly the pinned ones" diff -u "$here/stale-2018-09.expected" "$out/stale.pinned"
misplaced=0
while IFS=: read -r file line col rest; do
    tag=$(sed -n "${line}p" "$out/stale/$file" | cut -c"$col"- | sed 's/^<\([a-z-]*\).*/\1/')
    case "$rest" in
    *"expected to be enacted"*|*"may start at the latest"*) want=status ;;
    *"expected in operation"*) want=operation ;;
    *"round "*) want=round ;;
    *"stated figure"*) want=stated-figure ;;
    *"data is current"*) want=data-date ;;
    *) want=? ;;
    esac
    [ "$tag" = "$want" ] || { misplaced=$((misplaced + 1)); echo "# $file:$line:$col is <$tag>, want <$want>"; }
done < "$out/stale.got"
check_eq "each stale item is located at its element's start tag" "$misplaced" 0
check_eq "all are warnings in a draft" "$(grep -c ': warning: ' "$out/stale.got")" "$(wc -l < "$out/stale.got")"
$FRISK build -o "$out/stale/build" "$out/stale/in/memos/status-2018-09.xml" 2>/dev/null
check_eq "the draft builds" "$?" 0
pdftotext "$out/stale/build/status-2018-09.pdf" "$out/stale.txt"
check_eq "the draft PDF marks every stale status the checker lists" \
    "$(grep -o 'FORÆLDET' "$out/stale.txt" | wc -l)" \
    "$(grep -c 'expected to be enacted\|may start at the latest\|expected in operation' "$out/stale.got")"
check_eq "the draft HTML marks the same" \
    "$(grep -o 'class="stale"' "$out/stale/build/status-2018-09.html" | wc -l)" \
    "$(grep -c 'expected to be enacted\|may start at the latest\|expected in operation' "$out/stale.got")"
sed -i 's|status="draft"|status="final"|' "$stale"
$FRISK check "$stale" 2>"$out/final.err"
check_eq "a final memo with stale items fails frisk check (exit 1)" "$?" 1
check_eq "every stale item is an error in a final memo" \
    "$(grep "$stale_pattern" "$out/final.err" | grep -c ': error: ')" "$(wc -l < "$out/stale.got")"
$FRISK build -o "$out/stale/final" "$stale" 2>/dev/null
check_eq "a final memo with stale items is not built (exit 1)" "$?" 1
check "and writes no PDF" test ! -e "$out/stale/final/status-2018-09.pdf"

# ---- evaluations due without a result --------------------------------------------------------
$FRISK new memo status-2020-02 --from status-2018-02 "$out/stale/in" >/dev/null
$FRISK check "$out/stale/in/memos/status-2020-02.xml" 2>"$out/2020.err"
check_eq "two reports due in 2019 are stale in 2020" "$(grep -c 'was due 2019' "$out/2020.err")" 2
sed -i 's|<measurement date="2019">Midtvejsevaluering (primo 2019)|<measurement date="2019" reported="2019-06" source="test">Midtvejsevaluering (primo 2019)|' "$out/stale/in/networks/en-plan.xml"
$FRISK check "$out/stale/in/memos/status-2020-02.xml" 2>"$out/2020b.err"
check_eq "a report with its result recorded is not stale" "$(grep -c 'was due 2019' "$out/2020b.err")" 1
check_contains "the report is located at its element" "$out/2020b.err" "socialomraadet.xml:"
