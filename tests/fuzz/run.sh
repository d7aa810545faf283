#!/bin/sh
# make fuzz: runs each libFuzzer harness for FUZZ_TIME seconds (default 60) from a seed corpus
# (input/ for the loader, tests/typeset/ for the typesetter) kept in build/fuzz/corpus-NAME.
# Anything found lands in build/fuzz/crashes/; copy each file into
# tests/robustness/fuzz-regressions/{load,fo}/ (tests/robustness/test.sh replays them).
FUZZ=${FUZZ:-build/fuzz}
TIME=${FUZZ_TIME:-60}
status=0
export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
mkdir -p "$FUZZ/crashes"
for name in load fo; do
    corpus="$FUZZ/corpus-$name"
    mkdir -p "$corpus"
    if [ "$name" = load ]; then
        find input tests/check tests/e2e/small tests/robustness/input -name '*.xml' -size -200k -exec cp {} "$corpus/" \; 2>/dev/null
    else
        find tests/typeset tests/robustness/typesetter -name '*.fo' -size -200k -exec cp {} "$corpus/" \; 2>/dev/null
    fi
    cp tests/robustness/fuzz-regressions/$name/* "$corpus/" 2>/dev/null
    echo "fuzz_$name: $TIME s from $(ls "$corpus" | wc -l) seeds"
    "$FUZZ/fuzz_$name" -max_total_time="$TIME" -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$FUZZ/crashes/$name-" "$corpus" \
        > "$FUZZ/fuzz_$name.log" 2>&1 || status=1
    tail -n 12 "$FUZZ/fuzz_$name.log" | grep -E 'stat::number_of_executed_units|ERROR|SUMMARY|crash-|timeout-|leak-|oom-'
done
found=$(ls "$FUZZ/crashes" | wc -l)
echo "$found finding(s) in $FUZZ/crashes"
[ "$found" -eq 0 ] || status=1
exit $status
