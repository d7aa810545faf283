# Memory (issue 17): the typesetter's peak RSS should grow with the largest page and the
# distinct images, not with the page count. `frisk render` paints a document that cites no page
# a page-sequence at a time and frees each one's area tree (docs/typesetter.md); what still
# grows is the input (the FO tree) and the output (the PDF's bytes), and this bounds it. The
# mail merge of bench/make-letters.py (one page-sequence,
# one page, the same logo per letter) is rendered at 100 and at 800 letters, and the peak RSS of
# each run (/usr/bin/time %M, package `time`) is compared: what 700 more letters add must stay
# under a bound with a wide margin. Deterministic (the same allocations each run), never timed.
# Skipped under SANITIZE=1: an ASan build's RSS (shadow memory, quarantine) says nothing here.
. tests/lib.sh
out=$(suite_out memory)

if ldd "$FRISK" 2>/dev/null | grep -q 'libasan'; then echo "# skipped: $FRISK is a sanitizer build"; exit 0; fi

# What 700 letters may add, in MB. Measured (Debian 12, December 2026): 25 MB, libxml2's
# document and the FO tree read from it, and the PDF's bytes; with every page's area tree held
# until all were painted, 45 MB; with libqpdf's object tree of the whole file in pdf_finish.c
# as well (before 7 December 2026), 58 MB; before the area tree was freed ahead of
# pdf_finish, 108 MB.
GROWTH_LIMIT_MB=35

# peak N: renders N letters; the run's peak RSS in kB goes to $out/N.rss.
peak() {
    python3 bench/make-letters.py "$out/$1" "$1" > /dev/null
    /usr/bin/time -f '%M' -o "$out/$1.rss" $FRISK render "$out/$1/letters-$1.fo" -o "$out/$1.pdf" \
        > "$out/$1.log" 2>&1
    check_eq "$1 letters render" "$?" 0
    check_eq "$1 letters give $1 pages" "$(pdfinfo "$out/$1.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')" "$1"
}
peak 100
peak 800
small=$(tail -n 1 "$out/100.rss")
large=$(tail -n 1 "$out/800.rss")
case "$small$large" in
*[!0-9]* | '') not_ok "peak RSS measured" "got '$small' and '$large' kB";;
*)
    growth=$(( (large - small) / 1024 ))
    echo "# peak RSS: 100 letters $((small / 1024)) MB, 800 letters $((large / 1024)) MB"
    if [ "$growth" -lt "$GROWTH_LIMIT_MB" ]; then ok "700 more letters add ${growth} MB of peak RSS (under $GROWTH_LIMIT_MB)"
    else not_ok "700 more letters add under $GROWTH_LIMIT_MB MB of peak RSS" "they add $growth MB"; fi
    ;;
esac

# pdf_finish works in memory: a render needs no temporary file, and leaves none behind.
mkdir -p "$out/tmp"
TMPDIR="$out/no-such-folder" $FRISK render tests/typeset/basic.fo -o "$out/notmp.pdf" > "$out/notmp.log" 2>&1
check_eq "no temporary folder: the render succeeds" "$?" 0
check "no temporary folder: the PDF is written" test -s "$out/notmp.pdf"
TMPDIR="$out/tmp" $FRISK render tests/typeset/basic.fo -o "$out/tmp.pdf" > "$out/tmp.log" 2>&1
check_eq "a render leaves its temporary folder empty" "$(ls -A "$out/tmp")" ""
