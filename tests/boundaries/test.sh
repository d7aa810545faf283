# The rooms of src/ keep their doors (README "How it is built"): nothing outside src/typeset/
# includes a formatter header but typeset.h; each folder includes only what sits at or below it
# (shared/ ← typeset/ ← compiler/ ← main.c); and no two files depend on each other around a
# circle, read both from the includes and from what each object file calls in another.
. tests/lib.sh
OUT=$(suite_out boundaries)
BUILD=${BUILD:-build/release}

# Every quoted include of the C sources and tests, as "file line target" (target resolved to a
# path under src/ when it names one: beside the file first, then from src/ as -Isrc does).
find src tests bench -name '*.[ch]' | sort | while read -r file; do
    grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" |
    sed 's/^\([0-9]*\):[^"]*"\([^"]*\)".*/\1 \2/' | while read -r line target; do
        dir=$(dirname "$file")
        if [ -f "$dir/$target" ]; then resolved=$(realpath --relative-to=. "$dir/$target")
        elif [ -f "src/$target" ]; then resolved="src/$target"
        else resolved="$target"; fi
        echo "$file $line $resolved"
    done
done > "$OUT/includes"
check "the include list is not empty" test -s "$OUT/includes"

# 1. The formatter's one door: outside src/typeset/ (and its own tests, tests/typeset/), a file
#    may include src/typeset/typeset.h and no other header of the folder.
awk '$3 ~ /^src\/typeset\// && $3 != "src/typeset/typeset.h" &&
     $1 !~ /^src\/typeset\// && $1 !~ /^tests\/typeset\// { print $1 ":" $2 ": includes " $3 }' \
    "$OUT/includes" > "$OUT/private"
check_eq "only typeset.h is included from outside src/typeset/" "$(head -n 3 "$OUT/private")" ""

# 2. Layers: shared/ includes only shared/; typeset/ only itself and shared/; compiler/ only
#    itself, shared/ and typeset/typeset.h (checked above); main.c anything public.
awk '$3 ~ /^src\// {
        from = $1; to = $3
        if (from ~ /^src\/shared\// && to !~ /^src\/shared\//) print from ":" $2 ": shared/ includes " to
        if (from ~ /^src\/typeset\// && to !~ /^src\/(shared|typeset)\//) print from ":" $2 ": typeset/ includes " to
    }' "$OUT/includes" > "$OUT/layers"
check_eq "shared/ and typeset/ include nothing above them" "$(head -n 3 "$OUT/layers")" ""

# 3. No circle of includes between modules (a module is x.c with its x.h): x.c or x.h including
#    y.h makes x depend on y. tsort names the files of a circle when there is one.
awk '$3 ~ /^src\/.*\.h$/ && $1 ~ /^src\// {
        from = $1; sub(/\.[ch]$/, "", from); to = $3; sub(/\.h$/, "", to)
        if (from != to) print from, to
    }' "$OUT/includes" > "$OUT/include-graph"
tsort "$OUT/include-graph" > /dev/null 2> "$OUT/include-circle"
check_eq "no two modules include each other's headers, directly or around a circle" \
    "$(grep -v 'input contains a loop:$' "$OUT/include-circle" | sed 's/^tsort: //' | tr '\n' ' ')" ""

# 4. No circle of calls between files: a file that calls a function another file defines depends
#    on it, read from the object files the build made (what the includes cannot show when one
#    internal header declares the functions of several files).
objects=$(find src -name '*.c' | sed "s|^src/\(.*\)\.c$|$BUILD/\1.o|" | sort)
missing=$(for o in $objects; do [ -f "$o" ] || echo "$o"; done)
if [ -n "$missing" ]; then
    not_ok "object files to read" "missing: $(echo $missing) (run make first)"
else
    for o in $objects; do nm --defined-only -g "$o" | awk -v o="$o" 'NF == 3 { print $3, o }'; done |
        sort > "$OUT/defined"
    for o in $objects; do nm -u "$o" | awk -v o="$o" '{ print $2, o }'; done | sort > "$OUT/used"
    join "$OUT/used" "$OUT/defined" | awk '$2 != $3 { print $2, $3 }' | sort -u > "$OUT/call-graph"
    check "the call graph was read" test -s "$OUT/call-graph"
    tsort "$OUT/call-graph" > /dev/null 2> "$OUT/call-circle"
    check_eq "no two files call each other, directly or around a circle" \
        "$(grep -v 'input contains a loop:$' "$OUT/call-circle" | sed 's/^tsort: //' | tr '\n' ' ')" ""
fi
