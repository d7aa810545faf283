# The FO fuzzer as a test (issue 20, point 4): under `make check SANITIZE=1` (which builds
# build/fuzz/fuzz_fo with clang's libFuzzer), fuzz_fo runs from the FO corpus of tests/fo and
# tests/typeset for FUZZ_CHECK_TIME seconds (default 90) with a fixed seed; any crash, leak,
# timeout or sanitizer report fails it. The other builds have no libFuzzer binary to run: the
# FO suites render each fixture themselves.
. tests/lib.sh
case "$BUILD" in
*sanitize*) ;;
*) echo "# fuzz_fo runs under make check SANITIZE=1 only"; exit 0 ;;
esac
out=$(suite_out fuzz)
fuzz=${FUZZ:-build/fuzz}
check "fuzz_fo is built (make check SANITIZE=1 builds it)" test -x "$fuzz/fuzz_fo"
rm -rf "$fuzz/crashes"
FUZZ=$fuzz FUZZ_TARGETS=fo FUZZ_TIME=${FUZZ_CHECK_TIME:-90} sh tests/fuzz/run.sh > "$out/run.log" 2>&1
check_eq "fuzz_fo finds nothing in ${FUZZ_CHECK_TIME:-90} s (build/fuzz/crashes, $fuzz/fuzz_fo.log)" "$?" 0
seeds=$(awk '/^fuzz_fo:/ { print $5 }' "$out/run.log")
check "the corpus holds every tests/fo and tests/typeset FO file (${seeds:-0} seeds)" \
    test "${seeds:-0}" -ge "$(ls tests/fo/*.fo tests/typeset/*.fo | wc -l)"
runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$fuzz/fuzz_fo.log" | grep -o '[0-9]*$')
check "fuzz_fo ran beyond its seeds (${runs:-0} inputs)" test "${runs:-0}" -gt "${seeds:-0}"
