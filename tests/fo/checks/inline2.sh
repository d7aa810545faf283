# Assertions on the inline2 fixtures (issue 20, area "inline2"): text-decoration as a set,
# leaders with content, line stacking and system colours. Sourced by tests/fo/test.sh: $OUT
# holds the rendered PDFs; fo_word, fo_at, fo_near and fo_holds are defined there.

# inline2_lines PDF WORD: the lines frisk drew across WORD's first box, one per line as
# "over|middle|under rrggbb", read off the page's content stream (qpdf --qdf): each filled
# rectangle under a fill colour that crosses the middle of the word and lies within its height,
# placed by where its centre falls in the box (top quarter, bottom third, between).
inline2_lines() {
    word=$2
    set -- "$1" $(fo_word "$1" "$2")
    [ $# -eq 6 ] || { echo "no word $word"; return 0; } # so that "no lines" cannot pass unseen
    qpdf --qdf --object-streams=disable "$1" "$OUT/inline2-qdf.pdf" 2>/dev/null
    python3 - "$OUT/inline2-qdf.pdf" "$2" "$3" "$4" "$5" "$6" <<'PY'
import re, sys
data = open(sys.argv[1], 'rb').read().decode('latin-1')
page = int(sys.argv[2])
x0, y0, x1, y1 = (float(v) for v in sys.argv[3:7])
# the page's content streams, in page order (qdf marks each "Contents for page N")
streams = re.split(r'%% Contents for page (\d+)', data)
text = ''.join(streams[i + 1] for i in range(1, len(streams) - 1, 2) if int(streams[i]) == page)
colour, numbers, rects, pending = '000000', [], [], None
for token in text.split():
    try:
        numbers.append(float(token))
        continue
    except ValueError:
        pass
    if token == 'rg' and len(numbers) >= 3:
        colour = '%02x%02x%02x' % tuple(round(v * 255) for v in numbers[-3:])
    elif token == 'g' and numbers:
        colour = ('%02x' % round(numbers[-1] * 255)) * 3
    elif token == 're' and len(numbers) >= 4:
        pending = numbers[-4:]
    elif token == 'f' and pending:
        rects.append((pending, colour))
    pending = pending if token == 're' else None
    numbers = []
mid, h = (x0 + x1) / 2, y1 - y0
for (rx, ry, rw, rh), c in rects:
    cy = ry + rh / 2
    if rx <= mid <= rx + rw and y0 - 1 <= cy <= y1 + 1 and rh < 3:
        print('over' if cy < y0 + h / 4 else 'under' if cy > y1 - h / 3 else 'middle', c)
PY
}

# inline2_colour PDF PAGE X0 Y0 X1 Y1 RRGGBB: "yes" when a 72 dpi rendering of PAGE (a pixel is
# a point) has a pixel within 60 of colour RRGGBB in each channel in the box, else "no".
inline2_colour() {
    # no page (the fixture did not render, or the word is missing): ppm.py would wait forever
    if ! pdftoppm -r 72 -f "$2" -l "$2" "$1" > "$OUT/inline2-pixels.ppm" 2>/dev/null || [ -z "$7" ]; then
        echo no
        return
    fi
    python3 - "$OUT/inline2-pixels.ppm" "$3" "$4" "$5" "$6" "$7" <<'PY'
import sys
sys.path.insert(0, 'tests/fo')
import ppm
width, height, pixel = ppm.read(sys.argv[1])
x0, y0, x1, y1 = (int(float(v)) for v in sys.argv[2:6])
want = bytes.fromhex(sys.argv[6])
near = lambda p: all(abs(p[i] - want[i]) <= 60 for i in range(3))
hits = [1 for x in range(x0, min(x1 + 1, width)) for y in range(y0, min(y1 + 1, height))
        if near(pixel(x, y))]
print('yes' if hits else 'no')
PY
}

pdf=$OUT/inline2-decoration.pdf
check_eq "inline2-decoration: a block's underline reaches its inline text" \
    "$(inline2_lines "$pdf" start)" "under 000000"
check_eq "inline2-decoration: no-underline cancels the block's underline on an inline" \
    "$(inline2_lines "$pdf" plain)" ""
check_eq "inline2-decoration: no-underline line-through strikes the word and drops the underline" \
    "$(inline2_lines "$pdf" struck)" "middle 000000"
check_eq "inline2-decoration: underline overline draws both, the red word's strike is red" \
    "$(inline2_lines "$pdf" middle | sort | tr '\n' ' ')" "middle ff0000 over 000000 under 000000 "
check_eq "inline2-decoration: the lines around the red word keep the block's black" \
    "$(inline2_lines "$pdf" word. | sort | tr '\n' ' ')" "over 000000 under 000000 "
check_eq "inline2-decoration: green text keeps the blue underline of the block that set it" \
    "$(inline2_lines "$pdf" green)" "under 0000ff"
check_eq "inline2-decoration: blink draws nothing of its own (the block's underline stays)" \
    "$(inline2_lines "$pdf" blink)" "under 000000"
check_eq "inline2-decoration: none clears the block's underline" \
    "$(inline2_lines "$pdf" decoration)" ""

# inline2_repeats PDF WORD BEFORE AFTER: the boxes of WORD on the line of the word BEFORE, between
# BEFORE and AFTER, as "count first_x0 last_x1 pitch_min pitch_max before_x1 after_x0".
inline2_repeats() {
    fo_words "$1" | awk -v w="$2" -v b="$3" -v a="$4" '
        $6 == b && !line { line = $3; bx = $4 }
        line && $3 == line && $6 == w { n++; if (n == 1) first = $2; else { d = $2 - prev;
            if (n == 2 || d < lo) lo = d; if (n == 2 || d > hi) hi = d }; prev = $2; last = $4 }
        line && $3 == line && $6 == a { ax = $2 }
        END { if (n) printf "%d %.1f %.1f %.2f %.2f %.1f %.1f\n", n, first, last, lo, hi, bx, ax }'
}

pdf=$OUT/inline2-leader-content.pdf
set -- $(inline2_repeats "$pdf" . Introduction 1)
fo_holds "inline2-leader-content: '. ' repeats across the line, 20 times or more" "n >= 20" -v n="${1:-0}"
fo_holds "inline2-leader-content: the repeats are evenly spaced" "lo > 5 && hi - lo < 0.2" \
    -v lo="${4:-0}" -v hi="${5:-99}"
fo_near "inline2-leader-content: the first repeat starts where the title ends" "$2" "$6"
fo_holds "inline2-leader-content: what is left over (less than a repeat) comes before the number" \
    "a - l > 0 && a - l < 2 * p" -v a="${7:-0}" -v l="${3:-0}" -v p="${5:-0}"
set -- $(inline2_repeats "$pdf" '*' Background 12)
fo_near "inline2-leader-content: leader-pattern-width=12pt sets a star every 12pt" "$4" 12 0.05
fo_near "inline2-leader-content: the stars' pitch holds to the end of the leader" "$5" 12 0.05
fo_near "inline2-leader-content: each unit's spare room comes before its star" \
    "$(awk -v s="${3:-0}" -v f="${2:-0}" -v b="${6:-0}" -v n="${1:-0}" 'BEGIN { print f - b - (12 - (s - f - 12 * (n - 1))) }')" 0 0.1
fo_at "$pdf" Background
check_eq "inline2-leader-content: the stars are red (the leader's colour)" \
    "$(inline2_colour "$pdf" 1 "$2" "$y0" "$3" "$y1" ff0000)" yes
set -- $(inline2_repeats "$pdf" -x Results 123)
fo_holds "inline2-leader-content: content with a bold inline repeats as one unit" "n >= 20" -v n="${1:-0}"
fo_near "inline2-leader-content: the page number stands at the right margin" \
    "$(fo_word "$pdf" 123 | awk '{ print $4 }')" 382.7

# inline2_drop PDF A B: how far the foot of word B's box lies below word A's (both 10pt text: the
# distance between their baselines, to the 0.1pt fo_words gives: compare within 0.15pt).
inline2_drop() {
    fo_words "$1" | awk -v a="$2" -v b="$3" '$6 == a && ya == "" { ya = $5 } $6 == b && yb == "" { yb = $5 }
        END { if (ya != "" && yb != "") printf "%.2f\n", yb - ya }'
}

pdf=$OUT/inline2-stacking.pdf
max=$(inline2_drop "$pdf" RefA MaxOne)
fo_holds "inline2-stacking: max-height: a 20pt word makes its line taller ($max > 19pt)" \
    "m > 19" -v m="${max:-0}"
fo_holds "inline2-stacking: max-height: and reaches deeper, so the next line drops more than 14pt" \
    "d > 14.5" -v d="$(inline2_drop "$pdf" MaxOne MaxTwo)"
fo_near "inline2-stacking: max-height: a line of the paragraph's own text is its 14pt line-height" \
    "$(inline2_drop "$pdf" MaxTwo MaxThree)" 14 0.15
fo_near "inline2-stacking: line-height stacks as max-height, as FOP" \
    "$(inline2_drop "$pdf" RefB LineOne)" "$max" 0.15
fo_near "inline2-stacking: an inline's own line-height changes nothing, as in FOP" \
    "$(inline2_drop "$pdf" RefC OwnOne)" "$max" 0.15
for pair in "RefD FontOne" "FontOne FontTwo" "FontTwo FontThree"; do
    fo_near "inline2-stacking: font-height: every line 14pt, whatever it holds ($pair)" \
        "$(inline2_drop "$pdf" $pair)" 14 0.15
done
fo_near "inline2-stacking: consider-shifts: a word raised 6pt makes its line 6pt taller" \
    "$(inline2_drop "$pdf" RefE ConsiderOne)" 20 0.15
fo_near "inline2-stacking: disregard-shifts: the raised word leaves its line at 14pt" \
    "$(inline2_drop "$pdf" RefF DisregardOne)" 14 0.15

# system-color(): each band's background beside its word, and the word's own colour in its box
pdf=$OUT/inline2-system-colours.pdf
for band in "Highlighted b5d5ff 000000" "Greyed efefef 6d6d6d" "Keyword ffffff ff0000" \
    "Inverse 767676 ffffff"; do
    set -- $band
    fo_at "$pdf" "$1"
    check_eq "inline2-system-colours: the band of '$1' is #$2" \
        "$(inline2_colour "$pdf" 1 300 "$y0" 302 "$y1" "$2")" yes
    check_eq "inline2-system-colours: '$1' is set in #$3" \
        "$(inline2_colour "$pdf" 1 "$x0" "$y0" "$x1" "$y1" "$3")" yes
done
