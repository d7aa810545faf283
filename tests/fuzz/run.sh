#!/bin/sh
# make fuzz: runs each libFuzzer harness for FUZZ_TIME seconds (default 60) from a seed corpus
# (input/ for the loader; for the typesetter every FO file of tests/fo/ and tests/typeset/, the
# FO written for FOP and frisk's own) kept in build/fuzz/corpus-NAME, with a fixed seed
# (FUZZ_SEED, default 1) so that a run can be repeated. FUZZ_TARGETS picks the harnesses
# (default "load fo"; tests/fuzz/test.sh runs fo under make check SANITIZE=1).
# Anything found lands in build/fuzz/crashes/; copy each file into
# tests/robustness/fuzz-regressions/{load,fo}/ (tests/robustness/test.sh replays them).
FUZZ=${FUZZ:-build/fuzz}
TIME=${FUZZ_TIME:-60}
SEED=${FUZZ_SEED:-1}
status=0
export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
mkdir -p "$FUZZ/crashes"
for name in ${FUZZ_TARGETS:-load fo}; do
    corpus="$FUZZ/corpus-$name"
    mkdir -p "$corpus"
    if [ "$name" = load ]; then
        find input tests/check tests/e2e/small tests/robustness/input -name '*.xml' -size -200k -exec cp {} "$corpus/" \; 2>/dev/null
    else
        # robust: tests/fo's FOP-style fixtures too, prefixed so that equal names stay apart
        find tests/typeset tests/robustness/typesetter -name '*.fo' -size -200k -exec cp {} "$corpus/" \; 2>/dev/null
        for fo in tests/fo/*.fo; do [ -f "$fo" ] && cp "$fo" "$corpus/fo-${fo##*/}"; done
    fi
    cp tests/robustness/fuzz-regressions/$name/* "$corpus/" 2>/dev/null
    echo "fuzz_$name: $TIME s from $(ls "$corpus" | wc -l) seeds"
    "$FUZZ/fuzz_$name" -max_total_time="$TIME" -seed="$SEED" -timeout=20 -report_slow_units=20 -rss_limit_mb=4096 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$FUZZ/crashes/$name-" "$corpus" \
        > "$FUZZ/fuzz_$name.log" 2>&1 || status=1
    tail -n 12 "$FUZZ/fuzz_$name.log" | grep -E 'stat::number_of_executed_units|ERROR|SUMMARY|crash-|timeout-|leak-|oom-'
done
found=$(ls "$FUZZ/crashes" | wc -l)
echo "$found finding(s) in $FUZZ/crashes"
[ "$found" -eq 0 ] || status=1
exit $status
