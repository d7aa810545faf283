# Set-up (issue 14): every system file the build, the program and the tests read comes from a
# listed Debian package, and the check can fail; `make install` puts frisk anywhere, the installed
# frisk builds a project folder of the user's own from any directory, `make uninstall` removes
# what install wrote; the man page names every command and option the program has.
. tests/lib.sh
out=$(suite_out setup)
root=$(pwd)

# ---- the packages ----------------------------------------------------------------------
python3 tools/system-files.py > "$out/system-files.txt" 2>&1
check_eq "every system file and command has a listed package (see $out/system-files.txt)" "$?" 0

# Removing a listed package from the list must turn the check red, naming path and package.
grep -v '^fonts-noto-mono$' tools/packages.txt > "$out/without-mono.txt"
python3 tools/system-files.py --list "$out/without-mono.txt" --list tools/packages-bench.txt \
    > "$out/without-mono.log" 2>&1
check_eq "without fonts-noto-mono in the list the check fails" "$?" 1
check_contains "… naming the font and its package" "$out/without-mono.log" \
    "/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf (named in Makefile (make system-files)) comes from the package fonts-noto-mono"
grep -v '^qpdf$' tools/packages.txt > "$out/without-qpdf.txt"
python3 tools/system-files.py --list "$out/without-qpdf.txt" --list tools/packages-bench.txt \
    > "$out/without-qpdf.log" 2>&1
check_eq "without qpdf in the list the check fails" "$?" 1
check_contains "… naming the command the tests run" "$out/without-qpdf.log" "/usr/bin/qpdf (named in tests/"

# A new system file named without its package turns it red too (a command and a data file).
patterns=/usr/share/hyphen  # the path is built here so that this file itself does not name it
printf '#!/bin/sh\ngdb --batch ./frisk\nhyphenate %s/hyph_fr.dic\n' "$patterns" > "$out/new-test.sh"
python3 tools/system-files.py --scan "$out/new-test.sh" > "$out/new-file.log" 2>&1
check_eq "a test naming an unlisted system file fails the check" "$?" 1
check_contains "… naming the file" "$out/new-file.log" "$patterns/hyph_fr.dic"
check_contains "… naming the command" "$out/new-file.log" "gdb"

# ---- make install / uninstall ------------------------------------------------------------
dest=$(cd "$out" && pwd)/dest
make -s install DESTDIR="$dest" PREFIX=/usr/local > "$out/install.log" 2>&1
check_eq "make install DESTDIR=… exits 0" "$?" 0
bin="$dest/usr/local/bin/frisk"
share="$dest/usr/local/share/frisk"
check "frisk is installed in PREFIX/bin" test -x "$bin"
for f in stylesheets/fo/memo.xsl stylesheets/html/application.xsl schema/frisk.rng \
         fonts/NotoSerif-Regular.ttf fonts/NotoSansMono-Regular.ttf build/hyph_da_DK.dic build/hyph_en_US.dic \
         input/programme.xml input/templates/application.xml; do
    check "PREFIX/share/frisk/$f is installed" test -s "$share/$f"
done
check "the man page is installed" test -s "$dest/usr/local/share/man/man1/frisk.1"
make -s install DESTDIR="$dest" PREFIX=/opt/frisk > /dev/null 2>&1
check "another PREFIX works too" test -x "$dest/opt/frisk/bin/frisk"

# The installed frisk, from another directory, on a project folder of the user's own.
project="$out/ansøgning"
mkdir -p "$project"
(cd "$project" && "$bin" new application vores-netvaerk > ../new.log 2>&1)
check_eq "installed: frisk new application in an empty folder exits 0" "$?" 0
check "… writes input/applications/vores-netvaerk.xml" test -s "$project/input/applications/vores-netvaerk.xml"
check "… with the programme data it includes" test -s "$project/input/programme.xml"
(cd "$project" && "$bin" build > ../build.log 2>&1)
check_eq "installed: frisk build in that folder exits 0" "$?" 0
check "… builds ./input into ./output (the application's PDF)" test -s "$project/output/applications/vores-netvaerk.pdf"
check "… and its HTML" test -s "$project/output/applications/vores-netvaerk.html"
check "… and the web site" test -s "$project/output/web/index.html"
check "the PDF passes qpdf --check" qpdf --check "$project/output/applications/vores-netvaerk.pdf"
(cd "$project" && "$bin" new application vores-netvaerk > /dev/null 2>&1)
check_eq "installed: a second frisk new of the same name refuses (never overwrites)" "$?" 1

# A copy of input/, built from yet another directory, gives the same files as the checkout's frisk.
cp -r input "$out/copy"
mkdir -p "$out/elsewhere"
(cd "$out/elsewhere" && "$bin" build -o ../installed-out ../copy > ../copy.log 2>&1)
check_eq "installed: building a copy of input/ from another directory exits 0" "$?" 0
$FRISK build -o "$out/checkout-out" "$out/copy" > /dev/null 2>&1
check "… gives byte for byte what the checkout's frisk gives" diff -r "$out/installed-out" "$out/checkout-out"

make -s uninstall DESTDIR="$dest" PREFIX=/usr/local > /dev/null 2>&1
check_eq "make uninstall exits 0" "$?" 0
check_eq "make uninstall removes what install wrote" "$(find "$dest/usr/local" -type f | wc -l)" 0
make -s uninstall DESTDIR="$dest" PREFIX=/opt/frisk > /dev/null 2>&1

# ---- the man page and --version ------------------------------------------------------------
man=docs/frisk.1
for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
    check_contains "the man page has $section" "$man" ".SH $section"
done
# Every command and option of `frisk --help` is in the man page (groff escapes '-' as '\-').
sed 's/\\-/-/g; s/\\(em/—/g' "$man" > "$out/man.txt"
$FRISK --help > "$out/help.txt"
missing=""
for word in $(grep -oE '^ *(usage: )?frisk [a-z-]+( [a-z]+)?' "$out/help.txt" | sed 's/.*frisk //' | sort -u) \
            $(grep -oE '(^| )--?[a-z][a-z-]*' "$out/help.txt" | tr -d ' ' | sort -u); do
    grep -qF -- "$word" "$out/man.txt" || missing="$missing $word"
done
check_eq "every command and option of --help is in the man page" "$missing" ""

$FRISK --version > "$out/version.txt" 2>&1
for lib in frisk libxml2 libxslt pango cairo harfbuzz; do
    check "--version names $lib and its version" grep -qE "^$lib [0-9]+\.[0-9]+" "$out/version.txt"
done

# ---- a build says each thing once ------------------------------------------------------------
# The shipped input has warnings about the programme, which all three documents include.
$FRISK build -o "$out/says" input > "$out/says.stdout" 2> "$out/says.stderr"
check_eq "build of the shipped input exits 0" "$?" 0
check_eq "build prints no warning (its summary counts them)" "$(grep -c ': warning: ' "$out/says.stderr")" 0
last=$(tail -n 1 "$out/says.stdout")
case "$last" in
    "$out/says is up to date: 3 documents built; "*" warnings in input: \`frisk check input\` lists them")
        ok "build ends with one summary line ($last)" ;;
    *) not_ok "build ends with one summary line" "got '$last'" ;;
esac
check_contains "build says what it wrote" "$out/says.stdout" "wrote $out/says/memos/status-2018-02.html, $out/says/memos/status-2018-02.pdf"
$FRISK build -q -o "$out/says" input > "$out/quiet.stdout" 2> "$out/quiet.stderr"
check_eq "build -q on valid input prints nothing" "$(cat "$out/quiet.stdout" "$out/quiet.stderr" | wc -l)" 0
# The number in the summary is the number of distinct warnings frisk check lists.
$FRISK check input > /dev/null 2> "$out/check.stderr"
check_eq "frisk check input says each warning once" \
    "$(grep ': warning: ' "$out/check.stderr" | sort | uniq -d | wc -l)" 0
summary_count=$(echo "$last" | sed -n 's/.*built; \([0-9]*\) warnings.*/\1/p')
check_eq "the summary's warning count equals the warnings check lists" \
    "$summary_count" "$(grep -c ': warning: ' "$out/check.stderr")"

# An error in a file every document includes: said once, with -j 1 and with -j 2 (each job
# runs in its own process; their diagnostics are said by the parent, once).
rm -rf "$out/broken" && cp -r input "$out/broken"
sed -i '0,/<status kind="approved"/s//<status kind="approvd"/' "$out/broken/networks/akut.xml"
for jobs in 1 2; do
    $FRISK build -j $jobs -o "$out/broken-out" "$out/broken" > "$out/broken-$jobs.stdout" 2> "$out/broken-$jobs.stderr"
    check_eq "-j $jobs: an error in an included file fails the build (exit 1)" "$?" 1
    check_eq "-j $jobs: … and is said once, though three documents include it" \
        "$(grep -c "^$out/broken/networks/akut.xml:[0-9]*:[0-9]*: error: " "$out/broken-$jobs.stderr")" 1
    check_contains "-j $jobs: … and the summary says what failed" "$out/broken-$jobs.stdout" \
        "$out/broken-out: 0 of 3 documents built, 3 failed (the errors above)"
done

# `make` after a change to the programme says each thing once and ends with the summary.
touch input/programme.xml
make --no-print-directory build > "$out/make.log" 2>&1
check_eq "make after touch input/programme.xml exits 0" "$?" 0
check_eq "… prints no line twice" "$(sort "$out/make.log" | uniq -d | wc -l)" 0
case "$(tail -n 1 "$out/make.log")" in
    "output is up to date: "*) ok "… and ends with the summary line" ;;
    *) not_ok "… and ends with the summary line" "got '$(tail -n 1 "$out/make.log")'" ;;
esac
