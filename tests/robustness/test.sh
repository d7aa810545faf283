# Hostile and broken input: each file gets a located error and exit status 1, quickly, with
# nothing leaked and nothing written (issue 8) — through `frisk check`, `frisk build` (the file
# as a folder's programme.xml) and `frisk render` (the file as FO). Then the fuzzers' finds
# (fuzz-regressions/) are replayed, and the typesetter reproducers must not crash or hang.
. tests/lib.sh
out=$(suite_out robustness)
in=tests/robustness/input

python3 -c "
n = 200000
open('$out/deep.xml', 'w').write('<?xml version=\"1.0\"?>\n<programme>' + '<p>' * n + '</p>' * n + '</programme>\n')
"
cp "$in"/*.xml "$out"/

for case in xxe billion-laughs external-dtd xinclude-outside xinclude-network invalid-utf8 \
            truncated empty binary wrong-root deep; do
    file="$out/$case.xml"
    timeout 20 $FRISK check "$file" > "$out/$case.stdout" 2> "$out/$case.stderr"
    status=$?
    check_eq "$case: exit status 1" "$status" 1
    if grep -qE "^$file:[0-9]+(:[0-9]+)?: error: " "$out/$case.stderr"; then
        ok "$case: located diagnostic"
    else
        not_ok "$case: located diagnostic" "$(head -n 3 "$out/$case.stderr")"
    fi
    if grep -q 'root:x:0' "$out/$case.stdout" "$out/$case.stderr"; then
        not_ok "$case: no local file leaks"
    else
        ok "$case: no local file leaks"
    fi
done

# Building a folder of broken files writes nothing.
mkdir -p "$out/build-input" "$out/build-output"
cp "$in/xxe.xml" "$out/build-input/programme.xml"
timeout 20 $FRISK build -o "$out/build-output" "$out/build-input" 2> "$out/build.stderr"
check_eq "broken build exits 1" "$?" 1
check_eq "broken build writes no file" "$(find "$out/build-output" -type f | wc -l)" 0

# A DOCTYPE is refused in an XIncluded file too (libxml2 parses those with DTD loading on).
mkdir -p "$out/inc"
printf '<?xml version="1.0"?>\n<!DOCTYPE laws [ <!ENTITY s SYSTEM "file:///etc/passwd"> ]>\n<laws>&s;</laws>\n' > "$out/inc/laws.xml"
printf '<?xml version="1.0"?>\n<programme xmlns:xi="http://www.w3.org/2001/XInclude">\n  <xi:include href="laws.xml"/>\n</programme>\n' > "$out/inc/programme.xml"
timeout 20 $FRISK check "$out/inc/programme.xml" > "$out/inc.stdout" 2> "$out/inc.stderr"
check_eq "DOCTYPE in an XIncluded file: exit status 1" "$?" 1
check_contains "DOCTYPE in an XIncluded file: refused where it is" "$out/inc.stderr" "$out/inc/laws.xml:2:1: error: DOCTYPE declarations are not allowed"
check_not_contains "DOCTYPE in an XIncluded file: nothing leaks" "$out/inc.stderr" "root:x:0"

# The billion laughs is refused at once (the DOCTYPE stops the parser before any entity).
start=$(date +%s%N)
$FRISK check "$out/billion-laughs.xml" > /dev/null 2>&1
ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ $ms -lt 2000 ]; then ok "billion laughs refused quickly (${ms} ms)"; else not_ok "billion laughs refused quickly" "${ms} ms"; fi
check_eq "billion laughs: exactly one diagnostic" "$(wc -l < "$out/billion-laughs.stderr")" 1

# The same files through `frisk build` (as a folder's programme.xml) and `frisk render`.
for case in xxe billion-laughs external-dtd xinclude-outside xinclude-network invalid-utf8 \
            truncated empty binary wrong-root deep; do
    rm -rf "$out/b-$case" && mkdir -p "$out/b-$case/in"
    cp "$out/$case.xml" "$out/b-$case/in/programme.xml"
    timeout 20 $FRISK build -o "$out/b-$case/out" "$out/b-$case/in" > "$out/b-$case.log" 2>&1
    check_eq "build $case: exit status 1" "$?" 1
    if grep -qE "^$out/b-$case/in/programme.xml:[0-9]+(:[0-9]+)?: error: " "$out/b-$case.log"; then
        ok "build $case: located diagnostic"
    else
        not_ok "build $case: located diagnostic" "$(head -n 2 "$out/b-$case.log")"
    fi
    check "build $case: nothing written" test ! -e "$out/b-$case/out"
    cp "$out/$case.xml" "$out/r-$case.fo"
    timeout 20 $FRISK render "$out/r-$case.fo" -o "$out/r-$case.pdf" > "$out/r-$case.log" 2>&1
    check_eq "render $case: exit status 1" "$?" 1
    if grep -qE "^$out/r-$case.fo:[0-9]+(:[0-9]+)?: error: " "$out/r-$case.log"; then
        ok "render $case: located diagnostic"
    else
        not_ok "render $case: located diagnostic" "$(head -n 2 "$out/r-$case.log")"
    fi
    check "render $case: no PDF" test ! -e "$out/r-$case.pdf"
done
check_contains "wrong root: says what a frisk document is" "$out/wrong-root.stderr" \
    "<html> is not a frisk document: the root element must be one of programme, memo"

# Fuzzer finds (make fuzz) and typesetter reproducers: an answer, never a crash or a hang.
for file in tests/robustness/fuzz-regressions/load/* tests/robustness/fuzz-regressions/fo/* \
            tests/robustness/typesetter/*.fo; do
    [ -f "$file" ] || continue
    case "$file" in
    */load/*) timeout 60 $FRISK check "$file" > /dev/null 2>&1 ;;
    *) timeout 60 $FRISK render "$file" -o "$out/replay.pdf" > /dev/null 2>&1 ;;
    esac
    status=$?
    if [ $status -le 2 ]; then ok "replay $file: exit $status, no crash"
    else not_ok "replay $file: exit $status (crash or timeout)"; fi
    rm -f "$out/replay.pdf"
done
