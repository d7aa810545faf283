#!/bin/sh
# Runs every test: the unit-test binaries and each suite tests/<area>/test.sh. Every test
# prints TAP-style lines; this counts them and ends with "N passed, N failed". A suite or
# binary that dies without reporting a failure still counts as one failed test.
BUILD=${BUILD:-build/release}
export FRISK=${FRISK:-./frisk}
mkdir -p tests/out
log=tests/out/run.log
: > "$log"
status=0

run_one() {
    label=$1; shift
    out=tests/out/$(echo "$label" | tr '/ ' '__').tap
    "$@" > "$out" 2> "$out.stderr"
    rc=$?
    cat "$out" >> "$log"
    grep -E '^(not ok|# )' "$out" | sed "s|^|[$label] |"
    if [ $rc -ne 0 ] && ! grep -q '^not ok' "$out"; then
        echo "not ok - $label exited with status $rc" | tee -a "$log"
        sed 's/^/    /' "$out.stderr" | head -n 20
    fi
}

for bin in "$BUILD"/tests/test_*; do
    [ -x "$bin" ] && run_one "$(basename "$bin")" "$bin"
done
for suite in tests/*/test.sh; do
    [ -f "$suite" ] && run_one "$(dirname "$suite")" sh "$suite"
done

passed=$(grep -c '^ok' "$log")
failed=$(grep -c '^not ok' "$log")
[ "$failed" -ne 0 ] && status=1
[ "$passed" -eq 0 ] && status=1
echo "$passed passed, $failed failed"
exit $status
