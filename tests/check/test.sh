#!/bin/sh
# The check stage (src/compiler/check.c) and the schema, through `frisk check`:
#  1. the shipped input checks without errors (warnings allowed, counted), and
#     `xmllint --xinclude --relaxng` agrees with frisk on validity;
#  2. tests/check/valid-minimal.xml, the base of the corpus, gives no diagnostic;
#  3. every tests/check/invalid/NAME.xml breaks one rule (schema or check) and gives exactly the
#     diagnostics in NAME.expected (file:line:col included), with exit 1 when one is an error
#     and 0 when all are warnings; several-problems.xml reports all its problems in one run;
#  4. the corpus is judged the same way by xmllint where the problem is the schema's.
# Run from the project root (tests/run.sh does).
. tests/lib.sh
out=$(suite_out check)
schema=schema/frisk.rng

if [ ! -x "$FRISK" ]; then
    not_ok "check: $FRISK is not built"
    exit 0
fi

# ---- 1. the shipped input ----------------------------------------------------------------
set -- input/programme.xml input/memos/*.xml input/applications/*.xml
shipped=""
for f in "$@"; do [ -f "$f" ] && shipped="$shipped $f"; done
# shellcheck disable=SC2086
"$FRISK" check $shipped > /dev/null 2> "$out/shipped.txt"
rc=$?
errors=$(grep -c ': error: ' "$out/shipped.txt")
warnings=$(grep -c ': warning: ' "$out/shipped.txt")
echo "# shipped input: $errors errors, $warnings warnings (tests/out/check/shipped.txt)"
check_eq "shipped input checks without errors" "$errors" "0"
if [ "$errors" -ne 0 ]; then
    grep ': error: ' "$out/shipped.txt" | head -n 10 | sed 's/^/#   /'
fi
check_eq "shipped input: exit status 0" "$rc" "0"
# The Nordjylland network's 11 members are recorded without a dispensation: a warning, by design.
check_contains "shipped input: max-members warning for beskaeftigelse" "$out/shipped.txt" \
    "warning: network 'beskaeftigelse' has 11 members"

for f in $shipped; do
    if xmllint --noout --xinclude --relaxng "$schema" "$f" > /dev/null 2>&1; then x=valid; else x=invalid; fi
    "$FRISK" check "$f" > /dev/null 2> "$out/one.txt"
    # frisk is "valid" when none of its errors came from the schema stage (check errors are
    # rules xmllint cannot see).
    if grep -q 'is not allowed inside\|> needs \|is not one of\|has no attribute\|takes no attributes\|cannot come\|must come after\|cannot hold text\|must be empty\|"[^"]*" is not \|Did not expect\|Invalid attribute\|Expecting\|extra content\|failed to validate' "$out/one.txt"; then
        y=invalid
    else
        y=valid
    fi
    check_eq "xmllint agrees on the validity of $f" "$y" "$x"
done

# ---- 2. the corpus base --------------------------------------------------------------------
"$FRISK" check tests/check/valid-minimal.xml > /dev/null 2> "$out/valid-minimal.txt"
rc=$?
check_eq "valid-minimal.xml: exit 0" "$rc" "0"
check_eq "valid-minimal.xml: no diagnostics" "$(cat "$out/valid-minimal.txt")" ""
if xmllint --noout --relaxng "$schema" tests/check/valid-minimal.xml > /dev/null 2>&1; then
    ok "valid-minimal.xml: xmllint agrees it is valid"
else
    not_ok "valid-minimal.xml: xmllint agrees it is valid"
fi

# ---- 3. the corpus of invalid variants -----------------------------------------------------
for xml in tests/check/invalid/*.xml; do
    name=$(basename "$xml" .xml)
    expected=tests/check/invalid/$name.expected
    if [ ! -f "$expected" ]; then
        not_ok "invalid/$name: has an .expected file"
        continue
    fi
    "$FRISK" check "$xml" > /dev/null 2> "$out/$name.txt"
    rc=$?
    if cmp -s "$out/$name.txt" "$expected"; then
        ok "invalid/$name: expected diagnostics"
    else
        not_ok "invalid/$name: expected diagnostics" "diff $expected $out/$name.txt"
        diff "$expected" "$out/$name.txt" | head -n 6 | sed 's/^/#   /'
    fi
    if grep -q ': error: ' "$expected"; then want=1; else want=0; fi
    check_eq "invalid/$name: exit status $want" "$rc" "$want"
    # A schema case must be invalid for xmllint too; a check case valid (the rule is beyond
    # the schema).
    if xmllint --noout --relaxng "$schema" "$xml" > /dev/null 2>&1; then x=valid; else x=invalid; fi
    case $name in
        schema-*) check_eq "invalid/$name: xmllint finds it invalid" "$x" "invalid" ;;
        *) check_eq "invalid/$name: schema-valid (the rule is the checker's)" "$x" "valid" ;;
    esac
done

# ---- several problems in one file: every one reported, in one run ------------------------
n=$(grep -c ': error: ' tests/check/invalid/several-problems.expected)
check_eq "several-problems.xml: all four problems reported in one run" "$n" "4"
