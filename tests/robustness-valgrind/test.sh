# Valgrind (issue 8): no memory error and no definite leak in frisk's runs — a whole build of
# the small input, a render, and the error paths (a failing build, hostile files, a failing
# render), where leaks hide. Skipped under SANITIZE=1 (valgrind cannot run an ASan binary).
# FRISK_VALGRIND_FULL=1 also builds the whole of input/ (a few minutes).
. tests/lib.sh
out=$(suite_out robustness-valgrind)

if ! command -v valgrind > /dev/null; then echo "# skipped: valgrind is not installed"; exit 0; fi
if ldd "$FRISK" 2>/dev/null | grep -q 'libasan'; then echo "# skipped: $FRISK is a sanitizer build"; exit 0; fi

# grind NAME EXPECTED_STATUS ARGS...: frisk ARGS under memcheck.
grind() {
    name=$1; want=$2; shift 2
    timeout 900 valgrind --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
        --error-exitcode=99 --log-file="$out/$name.valgrind" $FRISK "$@" > "$out/$name.log" 2>&1
    status=$?
    check_eq "$name: exit status $want under valgrind" "$status" "$want"
    lost=$(grep -E 'definitely lost:' "$out/$name.valgrind" | sed 's/.*definitely lost: //')
    errors=$(grep -E 'ERROR SUMMARY:' "$out/$name.valgrind" | sed 's/.*ERROR SUMMARY: \([0-9]*\).*/\1/')
    if [ -z "$lost" ] || [ "$lost" = "0 bytes in 0 blocks" ]; then ok "$name: no definite leak"
    else not_ok "$name: no definite leak" "$lost (see $out/$name.valgrind)"; fi
    check_eq "$name: no memory error" "${errors:-0}" 0
}

grind build-small 0 build -o "$out/small" tests/e2e/small
grind render 0 render tests/typeset/basic.fo -o "$out/basic.pdf"
grind render-error 1 render tests/typeset/error-property.fo -o "$out/error.pdf"
grind check-hostile 1 check tests/robustness/input/xxe.xml tests/robustness/input/billion-laughs.xml \
    tests/robustness/input/truncated.xml tests/robustness/input/wrong-root.xml tests/robustness/input/xinclude-outside.xml
cp -r tests/e2e/small "$out/broken"
sed -i 's|</memo>|<not-in-the-schema/></memo>|' "$out/broken/memos/small.xml"
grind build-invalid 1 build -o "$out/broken-out" "$out/broken"
# A typesetter leak once found here (markers of a page, tests/robustness/typesetter/marker-leak.fo).
timeout 300 valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
    --log-file="$out/marker-leak.valgrind" $FRISK render tests/robustness/typesetter/marker-leak.fo \
    -o "$out/marker-leak.pdf" > /dev/null 2>&1
if [ $? -eq 0 ]; then ok "marker-leak: no definite leak"
else not_ok "marker-leak: no definite leak" "$(grep 'definitely lost:' "$out/marker-leak.valgrind" | sed 's/.*definitely/definitely/')"; fi
if [ "${FRISK_VALGRIND_FULL:-0}" = 1 ]; then
    grind build-full 0 build -o "$out/full" input
fi
