# hyph: hyphenation by each text's language (issue 20, point 2). Sourced by tests/fo/test.sh.
# Every break is checked against the patterns by libhyphen itself (hyph_breaks.py), so a break
# frisk makes where the language allows none, or no hyphenation at all, turns these red.
hyph_breaks() { fo_text "$1" "$2" | python3 tests/fo/checks/hyph_breaks.py "$3" 2>> "$OUT/hyph-breaks.err"; }
hyph_check_page() { # NAME PDF PAGE DIC MIN: at least MIN words broken, every one at a break point
    set -- "$1" "$2" "$3" "$4" "$5" "$(hyph_breaks "$2" "$3" "$4")"
    check "$1: at least $5 words broken at line ends (got ${6% *})" test "${6% *}" -ge "$5"
    check_eq "$1: every break is one the patterns allow" "${6#* }" 0
}
pdf=$OUT/hyph-languages.pdf
hyph_check_page "hyph-languages: English (xml:lang=en-US)" "$pdf" 1 build/hyph_en_US.dic 4
hyph_check_page "hyph-languages: German (language=de country=DE)" "$pdf" 2 build/hyph_de_DE.dic 3
hyph_check_page "hyph-languages: Danish (the fo:root's language)" "$pdf" 3 build/hyph_da_DK.dic 3
# the same Danish page read with the English patterns: some break is not an English one, so
# the patterns used were the paragraph's own
set -- $(hyph_breaks "$pdf" 3 build/hyph_en_US.dic)
check "hyph-languages: the Danish page is not hyphenated by the English patterns" test "${2:-0}" -ge 1
# English paragraph, Danish inline: the Danish words break where Danish allows
dk=$(fo_text "$pdf" 4 | grep -A1 -E '(beskæf|frikom)[^ ]*(­|-)$' | head -n 2)
check "hyph-languages: the Danish inline in English text is hyphenated" test -n "$dk"
set -- $(printf '%s\n' "$dk" | python3 tests/fo/checks/hyph_breaks.py build/hyph_da_DK.dic 2>/dev/null)
check_eq "hyph-languages: ... at a Danish break point" "${1:-0} ${2:-1}" "1 0"

pdf=$OUT/hyph-unknown.pdf
set -- $(hyph_breaks "$pdf" 1 build/hyph_en_US.dic)
check_eq "hyph-unknown: no word is broken in the language without patterns" "${1:-x}" 0
set -- $(hyph_breaks "$pdf" 2 build/hyph_en_US.dic)
check "hyph-unknown: the English paragraph after it is hyphenated" test "${1:-0}" -ge 2
n=$(grep -c 'no hyphenation patterns for the language "tlh"' "$OUT/hyph-unknown.err")
check_eq "hyph-unknown: the missing patterns are warned about once" "$n" 1
check "hyph-unknown: ... at the first block in that language" \
    grep -q '^tests/fo/hyph-unknown\.fo:15:7: warning: .*"tlh"' "$OUT/hyph-unknown.err"
