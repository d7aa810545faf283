#!/bin/sh
# The case worker's loop (issue 16): writing an application, running `frisk check`, fixing what it
# says. tests/caseworker/input/ is a small programme with three networks in their own files;
# applications/ok.xml is a complete submitted application and every other application there
# changes one thing:
#  1. each broken application gives exactly the diagnostics in expected/NAME.expected — message,
#     file:line:col and suggestion — and exit 1; a schema case is invalid for xmllint too;
#  2. every did-you-mean names something schema/frisk.rng defines;
#  3. `frisk check APPLICATION` shows the application's own files only, and one line counting
#     the other networks' problems;
#  4. a draft with the programme's rules broken builds with warnings (KLADDE on every page and in
#     the metadata); the same file as submitted fails with the same messages as errors and writes
#     nothing; a submitted application's PDF never says KLADDE;
#  5. `frisk new application` starts from the template: a draft, an <?xml-model?> pointing at the
#     schema, and `frisk check` lists every placeholder left, each at a line that has one.
# Run from the project root (tests/run.sh does).
. tests/lib.sh
out=$(suite_out caseworker)
cases=tests/caseworker/input/applications
schema=schema/frisk.rng

if [ ! -x "$FRISK" ]; then
    not_ok "caseworker: $FRISK is not built"
    exit 0
fi

# ---- 1. broken applications: message, location, suggestion --------------------------------
for expected in tests/caseworker/expected/*.expected; do
    name=$(basename "$expected" .expected)
    "$FRISK" check "$cases/$name.xml" > /dev/null 2> "$out/$name.txt"
    rc=$?
    if cmp -s "$out/$name.txt" "$expected"; then
        ok "$name: the expected diagnostics"
    else
        not_ok "$name: the expected diagnostics" "diff $expected $out/$name.txt"
        diff "$expected" "$out/$name.txt" | head -n 6 | sed 's/^/#   /'
    fi
    check_eq "$name: exit status 1" "$rc" "1"
    # One error per real mistake: a case breaks one thing (nine-members and no-signatories break
    # the invitation's rules in as many places as their comment says).
    n=$(grep -c ': error: ' "$expected")
    case $name in
        nine-members|no-signatories) want=3 ;;
        several) want=2 ;;
        *) want=1 ;;
    esac
    check_eq "$name: $want error(s), no cascade" "$n" "$want"
    if xmllint --noout --xinclude --relaxng "$schema" "$cases/$name.xml" > /dev/null 2>&1; then x=valid; else x=invalid; fi
    case $name in
        wrong-*|missing-*|misspelt-*|unknown-*|bad-*|several) check_eq "$name: xmllint finds it invalid too" "$x" "invalid" ;;
    esac
done

check_eq "ok.xml: a complete application passes" "$("$FRISK" check $cases/ok.xml 2>&1 | grep -c ': error: \|: warning: ')" "0"
"$FRISK" check $cases/nine-members-requested.xml > /dev/null 2> "$out/requested.txt"
check_eq "nine members with a dispensation request, lead pending, trial planned: exit 0" "$?" "0"
check_eq "nine members with a dispensation request: nothing to report" \
    "$(grep -c ': error: \|: warning: ' "$out/requested.txt")" "0"

# ---- 2. suggestions come from the schema's own names ------------------------------------------
cat tests/caseworker/expected/*.expected | grep -o 'did you mean <\?[a-z-]*' | sed 's/did you mean <\?//' | sort -u > "$out/meant.txt"
check "did-you-mean: some suggestions were made" test -s "$out/meant.txt"
while read -r meant; do
    if grep -q "name=\"$meant\"\|<value>$meant</value>" "$schema"; then
        ok "did-you-mean '$meant' is a name or value of schema/frisk.rng"
    else
        not_ok "did-you-mean '$meant' is a name or value of schema/frisk.rng"
    fi
done < "$out/meant.txt"

# ---- 3. check FILE: its own problems, one line for the rest -------------------------------------
"$FRISK" check $cases/ok.xml > /dev/null 2> "$out/focus.txt"
check_contains "check FILE: one line counts the other networks' warnings" "$out/focus.txt" \
    "frisk: note: 2 warnings in the programme's other files not shown; frisk check tests/caseworker/input/programme.xml lists them"
check_not_contains "check FILE: another network's warning is not shown" "$out/focus.txt" "andet"
"$FRISK" check tests/caseworker/input/programme.xml > /dev/null 2> "$out/programme.txt"
check_eq "check programme.xml: shows those 2 warnings itself" "$(grep -c ': warning: ' "$out/programme.txt")" "2"
check_contains "check FILE: the application's own network file is shown" "$out/nine-members.txt" \
    "tests/caseworker/input/networks/ni.xml:3:1: error: the network 'ni' names no lead municipality"

# ---- 4. draft and submitted ----------------------------------------------------------------------
cp -r tests/caseworker/input "$out/input"
draft=$out/input/applications/draft.xml
"$FRISK" build -o "$out/build" "$draft" > "$out/draft-build.txt" 2>&1
check_eq "draft with broken rules: builds (exit 0)" "$?" "0"
check_contains "draft: the build counts its warnings in its summary" "$out/draft-build.txt" "warnings in $draft"
# A build counts warnings; frisk check lists them (the other network's are left out here).
"$FRISK" check "$draft" > /dev/null 2> "$out/draft.txt"
grep -v 'networks/andet.xml' "$out/draft.txt" | grep -v ': note: ' > "$out/draft-own.txt"
check_eq "draft: the rules are 4 warnings" "$(grep -c ': warning: ' "$out/draft-own.txt")" "4"
check_eq "draft: no errors" "$(grep -c ': error: ' "$out/draft.txt")" "0"
for rule in max-members lead-municipality deadline; do
    check_contains "draft: the warning names the rule $rule" "$out/draft.txt" "rule $rule"
done
check_contains "draft: the way out of max-members is named" "$out/draft.txt" '<dispensation-request rule="max-members">'
check_contains "draft: the way out of a missing lead is named" "$out/draft.txt" '<lead-pending by="YYYY-MM-DD">'
pdf=$out/build/applications/draft.pdf
if [ -f "$pdf" ]; then
    pdfinfo "$pdf" > "$out/draft-info.txt"
    check_contains "draft PDF: KLADDE in the metadata (title)" "$out/draft-info.txt" "Title:           KLADDE – "
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    marked=0
    i=1
    while [ "$i" -le "$pages" ]; do
        pdftotext -f "$i" -l "$i" "$pdf" - | grep -q KLADDE && marked=$((marked + 1))
        i=$((i + 1))
    done
    check_eq "draft PDF: KLADDE on every page ($pages)" "$marked" "$pages"
    check_contains "draft HTML: KLADDE banner" "$out/build/applications/draft.html" "KLADDE – ikke indsendt"
else
    not_ok "draft PDF written" "$pdf missing"
fi

sed 's/status="draft"/status="submitted"/' "$draft" > "$out/input/applications/submitted.xml"
"$FRISK" build -o "$out/build" "$out/input/applications/submitted.xml" > /dev/null 2> "$out/submitted.txt"
check_eq "the same file as submitted: fails (exit 1)" "$?" "1"
sed -e 's/: warning: /: error: /' -e 's|applications/draft.xml|applications/submitted.xml|' "$out/draft-own.txt" > "$out/draft-as-errors.txt"
grep -v 'networks/andet.xml' "$out/submitted.txt" > "$out/submitted-own.txt"
if cmp -s "$out/draft-as-errors.txt" "$out/submitted-own.txt"; then
    ok "submitted: the same messages as the draft, as errors"
else
    not_ok "submitted: the same messages as the draft, as errors" "diff $out/draft-as-errors.txt $out/submitted-own.txt"
fi
check "submitted and failing: no PDF written" test ! -e "$out/build/applications/submitted.pdf"

"$FRISK" build -o "$out/build" "$out/input/applications/ok.xml" > /dev/null 2>&1
check_eq "submitted application: builds" "$?" "0"
if pdftotext "$out/build/applications/ok.pdf" - 2>/dev/null | grep -q KLADDE || pdfinfo "$out/build/applications/ok.pdf" | grep -q KLADDE; then
    not_ok "submitted PDF never says KLADDE"
else
    ok "submitted PDF never says KLADDE"
fi

"$FRISK" build -o "$out/build" "$out/input/applications/no-signatories.xml" > /dev/null 2>&1
sed 's/status="submitted"/status="draft"/' "$cases/no-signatories.xml" > "$out/input/applications/empty-draft.xml"
"$FRISK" build -o "$out/build" "$out/input/applications/empty-draft.xml" > /dev/null 2>&1
check_eq "a draft without signatories, date and contact builds" "$?" "0"
"$FRISK" check "$out/input/applications/empty-draft.xml" > /dev/null 2> "$out/empty-draft.txt"
pdftotext "$out/build/applications/empty-draft.pdf" "$out/empty-draft-pdf.txt" 2>/dev/null
for part in Underskrifterne Datoen Kontaktpersonen; do
    check_contains "empty draft: the PDF says MANGLER: $part" "$out/empty-draft-pdf.txt" "MANGLER: $part"
done
check_eq "empty draft: a warning for each empty part" "$(grep 'empty-draft.xml' "$out/empty-draft.txt" | grep -c ': warning: ')" "3"

# ---- 5. frisk new: template, editor support, placeholders ----------------------------------------
# In a copy of the real input: the template's example network and mayors exist there.
mkdir -p "$out/real"
cp -r input/programme.xml input/data input/networks "$out/real/"
"$FRISK" new application proeve "$out/real" > /dev/null 2>&1
new=$out/real/applications/proeve.xml
check "frisk new writes the application" test -f "$new"
check_contains "new application: a draft" "$new" 'status="draft"'
check_contains "new application: <?xml-model?> points at the schema" "$new" \
    '<?xml-model href="../../schema/frisk.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>'
check_contains "template: the same <?xml-model?>" input/templates/application.xml '<?xml-model href="../../schema/frisk.rng"'
"$FRISK" check "$new" > /dev/null 2> "$out/new.txt"
check_eq "new application: checks without errors" "$?" "0"
left=$(grep -c '<[^!>]* placeholder="' "$new")
listed=$(grep -c "still the template's placeholder" "$out/new.txt")
check_eq "new application: every placeholder listed ($left)" "$listed" "$left"
wrong=0
for line in $(grep "still the template's placeholder" "$out/new.txt" | cut -d: -f2); do
    sed -n "${line}p" "$new" | grep -q 'placeholder="' || wrong=$((wrong + 1))
done
check_eq "new application: each placeholder reported at its own line" "$wrong" "0"

# ---- 6. build --watch: a saved file rebuilds its document --------------------------------------
# Waits for a line of the watcher's output (at most about 20 s, so a broken watcher fails the
# test instead of hanging it); nothing is timed.
wait_for_line() {
    tries=0
    while ! grep -qF -- "$2" "$1" 2>/dev/null && [ "$tries" -lt 200 ]; do
        sleep 0.1
        tries=$((tries + 1))
    done
    grep -qF -- "$2" "$1"
}
rm -rf "$out/watch"
"$FRISK" build --watch -o "$out/watch" "$out/input/applications/ok.xml" > "$out/watch.txt" 2>&1 &
watcher=$!
if wait_for_line "$out/watch.txt" "frisk: watching 5 files of 1 document"; then
    ok "watch: watches the application and the 4 files it includes"
else
    not_ok "watch: watches the application and the 4 files it includes" "see $out/watch.txt"
fi
check_contains "watch: the first build says only the document's own problems" "$out/watch.txt" \
    "frisk: note: 2 warnings in the programme's other files not shown"
# A file the document does not read changes nothing; its own network file does.
echo '<x/>' > "$out/input/networks/unrelated.xml"
sed 's|<description>Tre kommuner.</description>|<description>Tre kommuner, gemt i editoren.</description>|' \
    "$out/input/networks/net.xml" > "$out/net.xml.new" && mv "$out/net.xml.new" "$out/input/networks/net.xml"
if wait_for_line "$out/watch.txt" "frisk: rebuilt $out/input/applications/ok.xml"; then
    ok "watch: saving the network file (written and renamed, as editors do) rebuilds the application"
else
    not_ok "watch: saving the network file rebuilds the application" "see $out/watch.txt"
fi
check_contains "watch: says which file changed" "$out/watch.txt" \
    "frisk: $out/input/networks/net.xml changed: rebuilding $out/input/applications/ok.xml"
check_not_contains "watch: a file the document does not read is ignored" "$out/watch.txt" "unrelated.xml"
# A save that breaks the document: reported, the previous PDF stays.
cp "$out/watch/applications/ok.pdf" "$out/ok-before.pdf"
sed 's|kind="effects"|kind="efects"|' "$out/input/applications/ok.xml" > "$out/ok.xml.new" && \
    mv "$out/ok.xml.new" "$out/input/applications/ok.xml"
if wait_for_line "$out/watch.txt" "not rebuilt: fix the errors above"; then
    ok "watch: a broken save is reported"
else
    not_ok "watch: a broken save is reported" "see $out/watch.txt"
fi
check_contains "watch: the error in the author's terms" "$out/watch.txt" "did you mean effects?"
check "watch: the previous PDF stays as it was" cmp -s "$out/ok-before.pdf" "$out/watch/applications/ok.pdf"
kill "$watcher" 2>/dev/null
wait "$watcher" 2>/dev/null || true
