#!/bin/sh
# Runs every test: the unit-test binaries and each suite tests/<area>/test.sh. Every test
# prints TAP-style lines; this counts them and ends with "N passed, N failed". A suite or
# binary that dies without reporting a failure still counts as one failed test.
BUILD=${BUILD:-build/release}
# The tests run the system's commands (Debian's python3, node, …), whatever a machine puts in
# front of them (pyenv, /usr/local): tools/system-files.py checks that the project lists the
# packages they come from, so a command installed by hand cannot make a green run lie.
export PATH="/usr/bin:/bin:/usr/sbin:/sbin:$PATH"
# Messages are pinned in English unless a test asks for Danish (tests/i18n sets LANG itself).
export LC_ALL=C.UTF-8
unset LANGUAGE LC_MESSAGES
export FRISK=${FRISK:-./frisk}
mkdir -p tests/out
log=tests/out/run.log

# Under `make check SANITIZE=1` every ASan, LSan and UBSan report goes to a file in
# tests/out/sanitize/ (and its exit code 86 fails the assertion that ran it); the run ends
# with one assertion that no report was written. tests/lsan.supp lists the libraries with
# process-wide caches (fontconfig only), never frisk's own code.
sanitize=
case "$BUILD" in
*sanitize*)
    sanitize=$(pwd)/tests/out/sanitize
    rm -rf "$sanitize" && mkdir -p "$sanitize"
    export ASAN_OPTIONS="log_path=$sanitize/asan:exitcode=86:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
    export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="log_path=$sanitize/ubsan:print_stacktrace=1:halt_on_error=1:exitcode=86"
    ;;
esac
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

if [ -n "$sanitize" ]; then
    reports=$(ls "$sanitize" | wc -l)
    if [ "$reports" -eq 0 ]; then
        echo "ok - no AddressSanitizer, LeakSanitizer or UBSan report" >> "$log"
    else
        echo "not ok - $reports sanitizer report(s) in tests/out/sanitize" | tee -a "$log"
        for f in "$sanitize"/*; do
            grep -m1 -E 'ERROR|runtime error' "$f" | sed "s|^|    $(basename "$f"): |"
        done | sort | uniq -c | sort -rn | head -n 20
    fi
fi

passed=$(grep -c '^ok' "$log")
failed=$(grep -c '^not ok' "$log")
[ "$failed" -ne 0 ] && status=1
[ "$passed" -eq 0 ] && status=1
echo "$passed passed, $failed failed"
exit $status
