#!/bin/sh
# hyph-convert.sh SRC DEST: one of the libhyphen dictionaries Debian installs (hyph_*.dic,
# from the hyphen-* packages) as frisk reads it: UTF-8, patterns in libhnj form. A symbolic link
# (hyph_en.dic -> hyph_en_US.dic: Debian's language-alone names) stays a link to the same name.
# The first line names the file's encoding (ISO8859-1 for hyphen-da and hyphen-de); a file with
# no directives (LEFTHYPHENMIN, NEXTLEVEL, ...) holds raw TeX patterns, as hyphen-da's does, and
# goes through libhyphen's substrings.pl; the others are LibreOffice's, converted already.
set -e
src=$1 dest=$2
rm -f "$dest"
if [ -L "$src" ]; then
    ln -s "$(basename "$(readlink "$src")")" "$dest"
    exit 0
fi
charset=$(head -n 1 "$src" | tr -d '\r ')
tail -n +2 "$src" | iconv -f "$charset" -t UTF-8 > "$dest.raw"
if grep -qE '^(LEFTHYPHENMIN|RIGHTHYPHENMIN|COMPOUND|NOHYPHEN|NEXTLEVEL)' "$dest.raw"; then
    # libhyphen 2.8.8 reads a line's pattern up to its first blank and, given a pattern it has
    # in that level already, keeps the later and leaks the earlier (LeakSanitizer: hyphen-de
    # repeats 131, and its "# ..." header lines are all the pattern "#"). Only the last line of
    # each pattern is kept, which is the dictionary libhyphen would have built; lines with no
    # pattern (blank, or starting with a blank) go.
    { echo UTF-8; awk '
        function key(line) { sub(/[ \t\r].*/, "", line); sub(/\/.*/, "", line); gsub(/[0-9]/, "", line)
                             return line }
        FNR == 1 { level = 0; pass++ }
        /^NEXTLEVEL/ { level++ }
        /^(%|LEFTHYPHENMIN|RIGHTHYPHENMIN|COMPOUND|NOHYPHEN|NEXTLEVEL)/ { if (pass == 2) print; next }
        key($0) == "" { next }
        pass == 1 { last[level " " key($0)] = FNR; next }
        last[level " " key($0)] == FNR' "$dest.raw" "$dest.raw"; } > "$dest.tmp"
else
    perl /usr/share/libhyphen/substrings.pl "$dest.raw" "$dest.tmp" UTF-8 2 2 > /dev/null
fi
rm -f "$dest.raw"
mv "$dest.tmp" "$dest"
