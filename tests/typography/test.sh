# Typography of the line and page breaking, counted by tests/typeset/typography.py on the PDFs
# themselves: on every document `frisk build` makes of input/, on the formatter's fixtures and on
# every tests/fo fixture, no hyphen ladder (three hyphenated line ends in a row), no orphan or
# widow, no word hyphenated across a page break. A control proves the count sees them when the FO
# allows them.
. tests/lib.sh
OUT=$(suite_out typography)
COUNT="python3 tests/typeset/typography.py"

field() { # field NAME LINE: the value of NAME=... in a line of typography.py
    echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"
}

targets() { # targets LABEL PDF: the four counts are zero
    line=$($COUNT "$2")
    for k in ladders orphans widows hyphenbreak; do
        v=$(field $k "$line")
        if [ "$v" = 0 ]; then ok "$1: $k 0"
        else not_ok "$1: $k 0" "$v: $($COUNT -v "$2" | grep -v '=' | head -n 3 | tr '\n' ' ')"; fi
    done
}

# ---- every document of input/
if $FRISK build -o "$OUT/build" > "$OUT/build.log" 2>&1; then ok "input/ builds"; else not_ok "input/ builds" "$(tail -n 3 "$OUT/build.log")"; fi
n=0
for pdf in "$OUT"/build/*/*.pdf; do
    [ -f "$pdf" ] || continue
    n=$((n + 1))
    targets "${pdf#"$OUT/build/"}" "$pdf"
done
check "the build made PDFs to count" test "$n" -ge 2

# ---- the formatter's fixtures (the good ones)
for f in basic table300 footnotes toc memo60 graphic hyphen lists rows figures lines inline splitnote typography; do
    if $FRISK render "tests/typeset/$f.fo" -o "$OUT/$f.pdf" 2> "$OUT/$f.err"; then
        targets "tests/typeset/$f.fo" "$OUT/$f.pdf"
    else
        not_ok "tests/typeset/$f.fo renders" "$(head -n 3 "$OUT/$f.err")"
    fi
done
# ---- every FO fixture of tests/fo (features as FOP users write them), except those whose FO asks
# for single lines or ladders itself (widows/orphans 0 or 1, a hyphenation-ladder-count)
mkdir -p "$OUT/fo"
for f in tests/fo/*.fo; do
    b=$(basename "$f" .fo)
    case $b in error-*) continue ;; esac
    grep -qE '(widows|orphans)="[01]"|hyphenation-ladder-count' "$f" && continue
    if $FRISK render "$f" -o "$OUT/fo/$b.pdf" 2> "$OUT/fo/$b.err"; then
        targets "$f" "$OUT/fo/$b.pdf"
    else
        not_ok "$f renders" "$(head -n 3 "$OUT/fo/$b.err")"
    fi
done

line=$($COUNT "$OUT/typography.pdf")
check "typography.fo: hyphenated lines to limit (the fixture tests something)" test "$(field hyphenated "$line")" -ge 50
$FRISK render tests/typeset/typography.fo -o "$OUT/typography.again.pdf" 2>/dev/null
check "typography.fo: two runs give identical bytes" cmp -s "$OUT/typography.pdf" "$OUT/typography.again.pdf"

# ---- the control: the same paragraphs with no ladder limit and widows = orphans = 1
sed 's/<fo:flow flow-name="xsl-region-body"/& hyphenation-ladder-count="no-limit" widows="1" orphans="1"/' \
    tests/typeset/typography.fo > "$OUT/control.fo"
$FRISK render "$OUT/control.fo" -o "$OUT/control.pdf" 2>/dev/null
line=$($COUNT "$OUT/control.pdf")
check "control: hyphenation-ladder-count=\"no-limit\" lets ladders through, and they are counted" \
    test "$(field ladders "$line")" -ge 1
check "control: widows=\"1\" orphans=\"1\" let single lines through, and they are counted" \
    test "$(( $(field orphans "$line") + $(field widows "$line") ))" -ge 1
check "control: more hyphenated lines without the limit" \
    test "$(field hyphenated "$line")" -gt "$(field hyphenated "$($COUNT "$OUT/typography.pdf")")"

# ---- justified text that cannot be set tight is reported where it is
$FRISK render tests/typeset/lines.fo -o "$OUT/lines.pdf" 2> "$OUT/lines.err"
check_contains "a loose justified line without hyphenation: located warning" "$OUT/lines.err" \
    'tests/typeset/lines.fo:12:7: warning: fo:block: justified without hyphenation, line 1 ("Frikommuneforsøgene er'
check "the loose line is reported once per block, not once per pass" \
    test "$(grep -c 'lines.fo:12:7:' "$OUT/lines.err")" -eq 1
