#!/bin/sh
# The computed facts (stylesheets/common/facts.xsl, and the same definitions in src/compiler/check.c)
# asserted from the data of the February 2018 memo, as of its date:
#  - the seed's known totals: 8 networks, 44 distinct municipalities;
#  - every fact, for all networks and for each network, and the elements per network and
#    per status, equal to an independent count (tests/facts/expected.py, ElementTree over the
#    xmllint --xinclude composition) — derived, never frozen, so the tests hold while the data
#    is being completed;
#  - the checker's C counts (read back from its stated-figure warnings) equal the stylesheet's;
#  - <fact/> in the memo's narrative prints through the rich-text template (words, Words).
# Run from the project root (tests/run.sh does).
. tests/lib.sh
out=$(suite_out facts)
memo=input/memos/status-2018-02.xml
facts=tests/facts/facts.xsl
as_of=$(xmllint --xpath 'string(/memo/date/@value)' "$memo")

if ! xmllint --xinclude "$memo" > "$out/memo.xml" 2> "$out/compose.err"; then
    not_ok "facts: compose $memo with XInclude" "$(head -n 3 "$out/compose.err")"
    exit 0
fi
ok "facts: compose $memo (as of $as_of)"

xsltproc --stringparam mode table "$facts" "$out/memo.xml" 2> "$out/xslt.err" | sed '/^$/d' > "$out/xslt.txt"
python3 tests/facts/expected.py "$out/memo.xml" "$as_of" > "$out/expected.txt"

value() { awk -v n="$1" -v w="$2" '$1 == n && $2 == w { print $3 }' "$3"; }

# ---- the seed's truth --------------------------------------------------------------------
check_eq "facts: 8 networks (the memo's Forord)" "$(value networks - "$out/xslt.txt")" "8"
check_eq "facts: 44 distinct municipalities (the memo's Forord)" "$(value municipalities - "$out/xslt.txt")" "44"
# and straight from the data by XPath, without any of our code
check_eq "facts: xmllint counts 8 networks" \
    "$(xmllint --xpath 'count(/memo/programme/networks/network)' "$out/memo.xml")" "8"
check_eq "facts: xmllint counts 44 distinct members" \
    "$(xmllint --xpath 'count(//networks/network/members/member[not(@ref = preceding::member/@ref)])' "$out/memo.xml")" "44"
check_eq "facts: trials-granted = trials-approved + trials-expected" \
    "$(value trials-granted - "$out/xslt.txt")" \
    "$(( $(value trials-approved - "$out/xslt.txt") + $(value trials-expected - "$out/xslt.txt") ))"
check_eq "facts: elements counted by xmllint equal elements-applied (no status after $as_of)" \
    "$(xmllint --xpath 'count(//trials/trial/element[status-history/status[not(@date) or substring(@date,1,4) < 2018 or starts-with(@date, "2018-01") or starts-with(@date, "2018-02")]])' "$out/memo.xml")" \
    "$(value elements-applied - "$out/xslt.txt")"

# ---- every fact, overall and per network, against the independent count ------------------
n=$(wc -l < "$out/expected.txt")
if [ "$n" -gt 0 ] && cmp -s "$out/expected.txt" "$out/xslt.txt"; then
    ok "facts: all $n facts (overall, per network, per status) equal the independent count"
else
    not_ok "facts: every fact equals the independent count" "diff $out/expected.txt $out/xslt.txt"
    diff "$out/expected.txt" "$out/xslt.txt" | head -n 10 | sed 's/^/#   /'
fi
# one line per network and status, for the reader of the log
for net in $(xmllint --xpath '/memo/programme/networks/network/@id' "$out/memo.xml" | sed 's/ id="\([^"]*\)"/\1 /g'); do
    echo "# $net: trials granted $(value trials-granted "$net" "$out/xslt.txt") (approved $(value trials-approved "$net" "$out/xslt.txt"), expected $(value trials-expected "$net" "$out/xslt.txt")), rejected $(value trials-rejected "$net" "$out/xslt.txt"), applied $(value trials-applied "$net" "$out/xslt.txt"); elements approved $(value elements-approved "$net" "$out/xslt.txt"), expected $(value elements-expected "$net" "$out/xslt.txt")"
done

# ---- the checker's C counts equal the stylesheet's -----------------------------------------
# A stated figure of 99999 always differs, so the checker's warning prints its own count.
if [ -x "$FRISK" ]; then
    figures=$(grep -v '^elements-' "$out/xslt.txt" | awk '{
        net = ($2 == "-") ? "" : " network=\"" $2 "\"";
        printf "<stated-figure name=\"%s\"%s value=\"99999\" source=\"test\">t</stated-figure>", $1, net }')
    awk -v f="$figures" '{ print } /<\/foreword>/ && !done { print "<stated-figures>" f "</stated-figures>"; done = 1 }' \
        "$out/memo.xml" > "$out/memo-stated.xml"
    "$FRISK" check "$out/memo-stated.xml" > /dev/null 2> "$out/check.txt"
    grep "is 99999 (test), but the data gives" "$out/check.txt" \
        | sed -n "s/.*stated figure \([a-z-]*\)\( for network '\([a-z0-9-]*\)'\)\{0,1\} is 99999 (test), but the data gives \([0-9]*\).*/\1 \3 \4/p" \
        | awk '{ if (NF == 2) print $1, "-", $2; else print }' | sort > "$out/c.txt"
    grep -v '^elements-' "$out/xslt.txt" | sort > "$out/xslt-schema-names.txt"
    if [ -s "$out/c.txt" ] && cmp -s "$out/c.txt" "$out/xslt-schema-names.txt"; then
        ok "facts: the checker (C) computes the same $(wc -l < "$out/c.txt") facts as the stylesheet"
    else
        not_ok "facts: the checker (C) computes the same facts as the stylesheet" "diff $out/xslt-schema-names.txt $out/c.txt"
        diff "$out/xslt-schema-names.txt" "$out/c.txt" | head -n 10 | sed 's/^/#   /'
    fi
else
    not_ok "facts: $FRISK is not built (needed to compare the checker's counts)"
fi

# ---- formats and the rich-text template --------------------------------------------------
fact() { xsltproc "$@" "$facts" "$out/memo.xml" 2>/dev/null; }
check_eq "facts: format words" "$(fact --stringparam name networks --stringparam format words)" "otte"
check_eq "facts: format Words" "$(fact --stringparam name networks --stringparam format Words)" "Otte"
check_eq "facts: as of an earlier date, Lyngby-Taarbæk had not left akut" \
    "$(fact --stringparam name members-left --stringparam network akut --stringparam as-of 2017-10)" "0"
check_eq "facts: as of the memo, Lyngby-Taarbæk has left akut" \
    "$(fact --stringparam name members-left --stringparam network akut)" "1"
fact --stringparam mode narrative | sed '/^$/d' > "$out/narrative.txt"
check_eq "facts: the foreword's first <fact/> prints \"otte\"" "$(sed -n 1p "$out/narrative.txt")" "otte"
check_eq "facts: the foreword's municipalities print 44" "$(sed -n 2p "$out/narrative.txt")" "44"
check_eq "facts: no fact prints ??" "$(grep -c '??' "$out/narrative.txt")" "0"
check_eq "facts: status label with operation" \
    "$(fact --stringparam mode label --stringparam id akut-akutfunktioner-sul-138)" \
    "Godkendt til opstart 1.1.2018. Forventes i drift pr. 1.4.2018."
