#!/bin/sh
# `make bench` (not a test): frisk's typesetter against Apache FOP, against the pango/cairo
# floor and, on the mail merge, against Typst, on the same documents. Prints a table (also
# written to build/bench/results.md).
#
#   BENCH_DOCS  documents to measure (default "memo memo-x4 memo60 memo60-x4 letters500 letters1000"):
#               memo       the status memo's FO, as `frisk build --keep-fo` writes it
#               memo60     tests/typeset/memo60.fo, the synthetic ~96-page fixture of long tables
#               NAME-x4    NAME with its flow repeated 4 times (bench/make-long.py)
#               lettersN   the mail merge: N one-page letters with a logo, one page-sequence
#                          each, as FO and as the same letter in Typst (bench/make-letters.py);
#                          Typst (bench/typst/, from npm) is measured on these only
#   BENCH_RUNS  timed runs of frisk and of the floor, median reported (default 5)
#   BENCH_FOP_RUNS  timed runs of FOP's command line (default 3; each starts a JVM)
#   BENCH_WARM  untimed renderings a warm FOP JVM does before its BENCH_RUNS timed ones (default 12)
#
# Wall time and peak memory (max RSS) come from GNU time (`/usr/bin/time -f '%e %U %S %M'`); the
# typography of each engine's PDF (hyphenated line ends, ladders, orphans, widows) from
# tests/typeset/typography.py.
# Everything is written under build/bench/; nothing outside it changes.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)

FRISK_PACKAGES=tools/packages-bench.txt sh tools/deps.sh

DOCS=${BENCH_DOCS:-memo memo-x4 memo60 memo60-x4 letters500 letters1000}
RUNS=${BENCH_RUNS:-5}
FOP_RUNS=${BENCH_FOP_RUNS:-3}
WARM=${BENCH_WARM:-12}
OUT=build/bench
TIME=/usr/bin/time
LOG=$OUT/log.txt
RAW=$OUT/raw.tsv

mkdir -p "$OUT"
: > "$LOG"
: > "$RAW"

# (a) frisk, release build (never the sanitizer build that SANITIZE=1 would give)
echo "bench: building frisk (release)"
make --no-print-directory SANITIZE= frisk >> "$LOG" 2>&1 || { echo "bench: build failed, see $LOG" >&2; exit 1; }
FRISK=$ROOT/build/release/frisk

# the floor and the warm-FOP program
PKGS="pangocairo pangoft2 cairo-pdf fontconfig libxml-2.0"
${CC:-cc} -std=c11 -O2 -Wall -Wextra -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
    $(pkg-config --cflags $PKGS) -o "$OUT/floor" bench/floor.c $(pkg-config --libs $PKGS)
# the jars /usr/bin/fop puts on its class path, fop-hyph.jar (Danish patterns) included
J=/usr/share/java
FOP_CP=/usr/share/fop/fop-hyph.jar:$J/fop.jar:$J/xmlgraphics-commons.jar:$J/batik-all.jar:$J/commons-io.jar:$J/commons-logging.jar:$J/xml-apis-ext.jar:$J/fontbox2.jar
mkdir -p "$OUT/java"
javac -nowarn -d "$OUT/java" -cp "$FOP_CP" bench/WarmFop.java

# Typst from npm (bench/typst/package-lock.json: the typst.ts node compiler, a native build of
# Typst's compiler), installed once into bench/typst/node_modules
if [ ! -d bench/typst/node_modules/@myriaddreamin/typst-ts-node-compiler ]; then
    echo "bench: installing Typst (npm ci in bench/typst)"
    (cd bench/typst && npm ci --no-audit --no-fund) >> "$LOG" 2>&1 ||
        { echo "bench: npm ci in bench/typst failed, see $LOG" >&2; exit 1; }
fi
typst() { node bench/typst/typst.mjs "$1" "$2" fonts; }
printf '#set text(font: "Noto Serif")\n#sys.version\n' > "$OUT/typst-version.typ"
typst "$OUT/typst-version.typ" "$OUT/typst-version.pdf" >> "$LOG" 2>&1 ||
    { echo "bench: Typst does not run, see $LOG" >&2; exit 1; }
TYPST_VERSION=$(pdftotext "$OUT/typst-version.pdf" - | tr -d '\f\n')

# FOP sees the same fonts as frisk (fonts/), embeds and subsets them; without this it falls back
# to the unembedded base-14 Times and sets a different, lighter document.
cat > "$OUT/fop.xconf" <<EOF
<?xml version="1.0"?>
<fop version="1.0">
  <renderers>
    <renderer mime="application/pdf">
      <fonts><directory>$ROOT/fonts</directory></fonts>
    </renderer>
  </renderers>
</fop>
EOF

# (b) the inputs, made afresh each time
prepared=" "
prepare() {
    case "$prepared" in *" $1 "*) return ;; esac
    prepared="$prepared$1 "
    case "$1" in
        memo)
            rm -rf "$OUT/memo-build"
            "$FRISK" build --keep-fo -o "$OUT/memo-build" input/memos/status-2018-02.xml >> "$LOG" 2>&1 ||
                { echo "bench: frisk build of the memo failed, see $LOG" >&2; exit 1; }
            cp "$OUT/memo-build/status-2018-02.fo" "$OUT/memo.fo" ;;
        memo60)
            cp tests/typeset/memo60.fo "$OUT/memo60.fo" ;;
        letters*)
            n=${1#letters}
            python3 bench/make-letters.py "$OUT" "$n"
            mv "$OUT/letters-$n.fo" "$OUT/$1.fo"
            mv "$OUT/letters-$n.typ" "$OUT/$1.typ" ;;
        *-x4)
            base=${1%-x4}
            prepare "$base"
            python3 bench/make-long.py "$OUT/$base.fo" "$OUT/$1.fo" 4 ;;
        *)
            echo "bench: unknown document $1 (memo, memo60, NAME-x4, lettersN)" >&2; exit 2 ;;
    esac
}

# measure DOC TOOL COMMAND...: one timed run, appended to raw.tsv as DOC TOOL wall user sys maxrss_kb
measure() {
    doc=$1 tool=$2
    shift 2
    if ! $TIME -f '%e %U %S %M' -o "$OUT/time.txt" "$@" >> "$LOG" 2>&1; then
        echo "bench: $tool failed on $doc, see $LOG" >&2
        exit 1
    fi
    printf '%s\t%s\t%s\n' "$doc" "$tool" "$(tr ' ' '\t' < "$OUT/time.txt")" >> "$RAW"
}

pages() { pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'; }
size() { if [ -e "$1" ]; then wc -c < "$1"; else echo -; fi; }

fop_cli() { fop -c "$OUT/fop.xconf" -r -fo "$1" -pdf "$2"; }

for doc in $DOCS; do
    prepare "$doc"
done

# (c) the measurements
for doc in $DOCS; do
    fo=$OUT/$doc.fo
    echo "bench: $doc"
    # one untimed run of each: file cache, FOP's font cache (~/.fop)
    "$FRISK" render "$fo" -o "$OUT/$doc.frisk.pdf" >> "$LOG" 2>&1
    "$OUT/floor" "$fo" "$OUT/$doc.floor.pdf" fonts > "$OUT/$doc.floor.txt"
    fop_cli "$fo" "$OUT/$doc.fop.pdf" >> "$LOG" 2>&1
    typ=$OUT/$doc.typ
    [ -e "$typ" ] && typst "$typ" "$OUT/$doc.typst.pdf" >> "$LOG" 2>&1
    i=0
    while [ $i -lt "$RUNS" ]; do
        measure "$doc" frisk "$FRISK" render "$fo" -o "$OUT/$doc.frisk.pdf"
        measure "$doc" floor "$OUT/floor" "$fo" "$OUT/$doc.floor.pdf" fonts
        [ $i -lt "$FOP_RUNS" ] && measure "$doc" fop fop -c "$OUT/fop.xconf" -r -fo "$fo" -pdf "$OUT/$doc.fop.pdf"
        [ -e "$typ" ] && measure "$doc" typst node bench/typst/typst.mjs "$typ" "$OUT/$doc.typst.pdf" fonts
        i=$((i + 1))
    done
    # FOP kept running: WARM untimed renderings, then RUNS timed ones in the same JVM
    java -Djava.awt.headless=true \
        -Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.SimpleLog \
        -Dorg.apache.commons.logging.simplelog.defaultlog=error \
        -cp "$FOP_CP:$OUT/java" WarmFop "$OUT/fop.xconf" "$fo" "$OUT/$doc.warm.pdf" "$WARM" "$RUNS" \
        > "$OUT/$doc.warm.txt" 2>> "$LOG" || { echo "bench: warm FOP failed on $doc, see $LOG" >&2; exit 1; }
    # DOC warm wall cpu 0 0 (the same columns as a timed run; no memory figure)
    printf '%s\twarm\t%s\t0\t0\n' "$doc" "$(sed -n 's/^median //p' "$OUT/$doc.warm.txt" | tr ' ' '\t')" >> "$RAW"
    printf '%s\tpages\t%s\t%s\t%s\t%s\n' "$doc" "$(pages "$OUT/$doc.frisk.pdf")" "$(pages "$OUT/$doc.fop.pdf")" \
        "$(sed -n 's/^pages \([0-9]*\).*/\1/p' "$OUT/$doc.floor.txt")" "$(pages "$OUT/$doc.typst.pdf")" >> "$RAW"
    # DOC bytes frisk fop typst: the PDFs' sizes
    printf '%s\tbytes\t%s\t%s\t%s\t-\n' "$doc" "$(size "$OUT/$doc.frisk.pdf")" "$(size "$OUT/$doc.fop.pdf")" \
        "$(size "$OUT/$doc.typst.pdf")" >> "$RAW"
    # DOC typo ENGINE counts: what a reader sees of each engine's line and page breaking
    # (tests/typeset/typography.py: hyphenated line ends, ladders, orphans, widows)
    for engine in frisk fop typst; do
        pdf=$OUT/$doc.$engine.pdf
        [ "$engine" = typst ] && [ ! -e "$typ" ] && continue
        [ -e "$pdf" ] || continue
        printf '%s\ttypo\t%s\t%s\n' "$doc" "$engine" \
            "$(python3 tests/typeset/typography.py "$pdf" | sed 's/^[^ ]* //')" >> "$RAW"
    done
done

echo "bench: $(nproc) cores, $(uptime | sed 's/.*load average/load average/'); Apache FOP $(dpkg-query -W -f '${Version}' fop 2>/dev/null); Typst $TYPST_VERSION (typst.ts node compiler)" | tee "$OUT/results.md"
python3 bench/report.py "$RAW" | tee -a "$OUT/results.md"
