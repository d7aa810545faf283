# Hostile and broken input: each file gets a located error and exit status 1, quickly, with
# nothing leaked and nothing written (issue 8).
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
