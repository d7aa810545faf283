# Nothing lost (issue 8): a document that fails leaves no partial file and its previous
# output untouched; an unwritable output folder, a file-size limit (ulimit -f) and a full
# disk (a 64 KiB tmpfs, when this runs as root) give a clear "frisk: error:" and exit 2.
. tests/lib.sh
out=$(suite_out robustness-output)
small=tests/e2e/small

snapshot() { (cd "$1" && find . -type f | sort | xargs sha256sum) > "$2"; }
no_temporaries() {
    left=$(find "$2" -name '*.tmp*' | wc -l)
    check_eq "$1: no temporary file left" "$left" 0
}

timeout 120 $FRISK build -o "$out/output" "$small" > "$out/first.log" 2>&1
check_eq "first build of the small input exits 0" "$?" 0
snapshot "$out/output" "$out/before.sha"
check "first build wrote the memo PDF" test -s "$out/output/memos/small.pdf"

# 1. The memo becomes invalid: exit 1, its old PDF and HTML stay byte for byte.
cp -r "$small" "$out/broken"
sed -i 's|</memo>|<not-in-the-schema/></memo>|' "$out/broken/memos/small.xml"
timeout 120 $FRISK build -o "$out/output" "$out/broken" > "$out/broken.log" 2>&1
check_eq "invalid memo: exit status 1" "$?" 1
check_contains "invalid memo: located error" "$out/broken.log" "memos/small.xml:"
snapshot "$out/output" "$out/after.sha"
check "invalid memo: every previous output untouched" cmp -s "$out/before.sha" "$out/after.sha"
no_temporaries "invalid memo" "$out/output"

# 2. The PDF stage fails after the HTML succeeded (a FO stylesheet that stops): no new HTML
#    beside an old PDF; everything stays as it was.
home="$(pwd)/$out/home"
mkdir -p "$home/build"
cp -r schema fonts stylesheets "$home/"
cp build/hyph_da_DK.dic "$home/build/"
sed -i 's|<xsl:template match="/memo">|&<xsl:message terminate="yes">stopped on purpose</xsl:message>|' \
    "$home/stylesheets/fo/memo.xsl"
cp "$small/memos/small.xml" "$out/broken/memos/small.xml"
sed -i 's|Regeringen og KL|Regeringen og KL (ændret)|' "$out/broken/memos/small.xml"
FRISK_HOME="$home" timeout 120 $FRISK build -o "$out/output" "$out/broken" > "$out/pdf-fails.log" 2>&1
check_eq "failing PDF stage: exit status 1" "$?" 1
check_contains "failing PDF stage: located error" "$out/pdf-fails.log" "memos/small.xml:7:1: error: stopped on purpose"
snapshot "$out/output" "$out/after.sha"
check "failing PDF stage: the HTML was not replaced either" cmp -s "$out/before.sha" "$out/after.sha"
no_temporaries "failing PDF stage" "$out/output"

# 3. The output folder cannot be made (a file stands where it should be): exit 2.
: > "$out/a-file"
timeout 120 $FRISK build -o "$out/a-file/output" "$small" > "$out/unwritable.log" 2>&1
check_eq "unwritable output folder: exit status 2" "$?" 2
check_contains "unwritable output folder: clear error" "$out/unwritable.log" "frisk: error: "
check_contains "unwritable output folder: says why" "$out/unwritable.log" "Not a directory"

# 4. A file-size limit: write() fails with EFBIG instead of a signal killing frisk.
cp -r "$small" "$out/limit-input"
sed -i 's|Regeringen og KL|Regeringen og KL (ny udgave)|' "$out/limit-input/memos/small.xml"
(ulimit -f 16; exec timeout 120 $FRISK build -o "$out/output" "$out/limit-input") > "$out/ulimit.log" 2>&1
check_eq "file-size limit: exit status 2" "$?" 2
check_contains "file-size limit: clear error" "$out/ulimit.log" "File too large"
snapshot "$out/output" "$out/after.sha"
check "file-size limit: every previous output untouched" cmp -s "$out/before.sha" "$out/after.sha"
no_temporaries "file-size limit" "$out/output"

# 5. A full disk: a 64 KiB tmpfs holding a previous build of a smaller document set.
mnt="$out/tiny"
mkdir -p "$mnt"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=64k tmpfs "$mnt" 2>/dev/null; then
    timeout 120 $FRISK build -o "$mnt" "$out/limit-input" > "$out/full.log" 2>&1
    check_eq "full disk: exit status 2" "$?" 2
    check_contains "full disk: clear error" "$out/full.log" "No space left on device"
    left=$(find "$mnt" -type f | wc -l)
    check_eq "full disk: no partial file left" "$left" 0
    umount "$mnt"
else
    echo "# skipped: full disk (needs root to mount a tmpfs)"
fi
