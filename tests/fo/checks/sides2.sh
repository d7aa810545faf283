# Side floats, markers and change bars, what the first round left (issue 20, sides2): content
# narrowed beside an inside/outside float moves with it on an even page, a retrieved marker's
# blocks are set as blocks, and a change bar open in the text marks the notes it cites. Sourced
# by tests/fo/test.sh after checks/sides.sh, whose sides_line_end it uses; positions come from
# pdftotext -bbox (points from the top left), colours from a 72 dpi rendering (fo_runs).

# sides2_covers RUNS V: yes when V lies in one of the "first last" pairs of RUNS, else no.
sides2_covers() {
    echo "$1" | awk -v v="$2" '{ for (i = 1; i < NF; i += 2) if (v >= $i && v <= $(i + 1)) f = 1 }
                                END { print f ? "yes" : "no" }'
}
# sides2_mid PDF WORD: the page and the middle y of WORD's first box ("2 431"), or nothing.
sides2_mid() { fo_word "$1" "$2" | awk '{ printf "%d %d\n", $1, ($3 + $5) / 2 }'; }

pdf=$OUT/sides2-flip-narrowed.pdf
if [ -f "$pdf" ]; then
    # 170 mm wide, 15 mm margins: the body runs from 42.5pt to 439.4pt; a note with its margin,
    # border and padding is 134.2pt wide, so the room beside it is 176.7-439.4 when it stands
    # at the left and 42.5-305.2 when it stands at the right
    fo_at "$pdf" Noteodd; nx=$x0 np=$p
    fo_at "$pdf" Oddcell; cx=$x0 cy=$y0 cp=$p
    fo_holds "sides2-flip-narrowed: on odd page 1 the inside note is at the left, the table at its right" \
        "np == 1 && cp == 1 && n < 60 && c > 176 && c < 186" -v np="$np" -v cp="$cp" -v n="$nx" -v c="$cx"
    runs=$(fo_runs "$pdf" 1 f0f0f0 X "$(awk -v y="$cy" 'BEGIN { printf "%d", y + 5 }')")
    fo_holds "sides2-flip-narrowed: page 1's table background runs beside the note ($runs)" \
        "a > 176 && b > 430 && b < 440" -v a="${runs%% *}" -v b="${runs##* }"
    fo_at "$pdf" Oddbox
    fo_holds "sides2-flip-narrowed: page 1's shaded block is narrowed at the note's right" \
        "p == 1 && x > 176 && x < 186" -v p="$p" -v x="$x0"

    fo_at "$pdf" Noteeven; nx=$x0 np=$p
    fo_at "$pdf" Evencell; cx=$x0 cy=$y0 cp=$p
    fo_holds "sides2-flip-narrowed: on even page 2 the inside note is at the right, the table at its left" \
        "np == 2 && cp == 2 && n > 305 && c > 42 && c < 52" -v np="$np" -v cp="$cp" -v n="$nx" -v c="$cx"
    runs=$(fo_runs "$pdf" 2 f0f0f0 X "$(awk -v y="$cy" 'BEGIN { printf "%d", y + 5 }')")
    fo_holds "sides2-flip-narrowed: page 2's table background runs from the left margin to the note ($runs)" \
        "a > 41 && a < 50 && b > 295 && b < 306" -v a="${runs%% *}" -v b="${runs##* }"
    fo_at "$pdf" Evenright
    fo_holds "sides2-flip-narrowed: page 2's second column moved with the table (its half of the room)" \
        "x - c > 125 && x - c < 137" -v x="$x0" -v c="$cx"
    fo_at "$pdf" Evenlist
    fo_holds "sides2-flip-narrowed: page 2's list body stands 12 mm from the left margin" \
        "p == 2 && x > 74 && x < 82" -v p="$p" -v x="$x0"
    fo_at "$pdf" Evenbox; by=$y0
    fo_holds "sides2-flip-narrowed: page 2's shaded block begins at the left margin" \
        "p == 2 && x > 42 && x < 52" -v p="$p" -v x="$x0"
    runs=$(fo_runs "$pdf" 2 dde8ff X "$(awk -v y="$by" 'BEGIN { printf "%d", y + 5 }')")
    fo_holds "sides2-flip-narrowed: page 2's shaded block's background stops before the note ($runs)" \
        "a > 41 && a < 50 && b > 295 && b < 306" -v a="${runs%% *}" -v b="${runs##* }"
    end=$(fo_words "$pdf" | awk '$1 == 2 && $6 == "narrowed" { print $4; exit }')
    fo_holds "sides2-flip-narrowed: page 2's shaded block's first line runs to the note, not under it" \
        "e > 250 && e < 305" -v e="${end:-0}"

    fo_at "$pdf" Outsideodd; nx=$x0 np=$p
    fo_at "$pdf" Thirdcell
    fo_holds "sides2-flip-narrowed: on odd page 3 the outside note is at the right, the table at its left" \
        "np == 3 && p == 3 && n > 305 && x > 42 && x < 52" -v np="$np" -v p="$p" -v n="$nx" -v x="$x0"
    fo_at "$pdf" Outsideeven; nx=$x0 np=$p
    fo_at "$pdf" Fourthcell
    fo_holds "sides2-flip-narrowed: on even page 4 the outside note is at the left, the table moved to its right" \
        "np == 4 && p == 4 && n < 60 && x > 176 && x < 186" -v np="$np" -v p="$p" -v n="$nx" -v x="$x0"
fi

pdf=$OUT/sides2-marker-blocks.pdf
if [ -f "$pdf" ]; then
    # A5, 20 mm side margins: the regions run from 56.7pt to 362.8pt (centre 209.8)
    fo_at "$pdf" Headlabel:; hy=$y0
    fo_at "$pdf" Headright; ry=$y0 ry1=$y1 rp=$p
    fo_holds "sides2-marker-blocks: the retrieving block's own text is a line of its own before the marker's blocks" \
        "rp == 1 && r > h + 8" -v rp="$rp" -v r="$ry" -v h="$hy"
    end=$(sides_line_end "$pdf" 1 "$ry")
    fo_holds "sides2-marker-blocks: a retrieved block's text-align=end sets it flush right in the header ($end)" \
        "e > 361 && e < 364" -v e="$end"
    runs=$(fo_runs "$pdf" 1 c00000 Y 200)
    fo_holds "sides2-marker-blocks: its border-bottom is drawn, red, below its line and its 2pt padding ($runs)" \
        "a - r > 1 && a - r < 6" -v a="${runs%% *}" -v r="$ry1"
    fo_at "$pdf" Indentedhead; iy=$y0
    fo_holds "sides2-marker-blocks: the second block's start-indent (20 mm) applies" \
        "x > 112.5 && x < 115" -v x="$x0"
    fo_holds "sides2-marker-blocks: its space-before (4pt) follows the first block's border" \
        "y - b > 3.5 && y - b < 8" -v y="$iy" -v b="${runs##* }"
    runs=$(fo_runs "$pdf" 1 ffe0a0 X "$(awk -v y="$iy" 'BEGIN { printf "%d", y + 4 }')")
    fo_holds "sides2-marker-blocks: its background fills its indented box ($runs)" \
        "a > 112 && a < 115 && b > 360 && b < 364" -v a="${runs%% *}" -v b="${runs##* }"
    check_eq "sides2-marker-blocks: the label and the marker's first block are not run together" \
        "$(fo_words "$pdf" | awk '$6 ~ /^Headlabel:./' | wc -l)" 0
    fo_at "$pdf" Centerfoot; fy=$y0 fp=$p fx=$x0
    end=$(sides_line_end "$pdf" 1 "$fy")
    fo_holds "sides2-marker-blocks: retrieved directly in static-content, the footer's block is centred" \
        "fp == 1 && (x + e) / 2 > 208.5 && (x + e) / 2 < 211" -v fp="$fp" -v x="$fx" -v e="$end"
    # region-after: 20 mm from 10 mm above the foot, from 510.2pt down; 0.5pt border, 3pt padding
    fo_holds "sides2-marker-blocks: the footer block's border and padding stand above its text" \
        "y > 512.5 && y < 518" -v y="$fy"
    fo_at "$pdf" Tabletitle; ty=$y0
    fo_at "$pdf" Continuedmark; cy=$y0
    end=$(sides_line_end "$pdf" 1 "$cy")
    fo_holds "sides2-marker-blocks: a retrieved table marker's block is flush right in the header cell ($end)" \
        "e > 358 && e < 362" -v e="$end"
    # the title's line is 12pt (10pt text): the marker's line 4pt (padding-top) below it
    fo_holds "sides2-marker-blocks: and begins below the title, after its 4pt padding-top" \
        "y - t > 15.5 && y - t < 16.5" -v y="$cy" -v t="$ty"
    fo_at "$pdf" Bodyrow
    fo_holds "sides2-marker-blocks: the header is as tall as the retrieved block makes it: the body row begins below it" \
        "y - c > 15.5" -v y="$y0" -v c="$cy"
    set -- $(fo_words "$pdf" | awk '$1 == 2 && $6 == "Headright" { print $3; exit }')
    end=$(sides_line_end "$pdf" 2 "${1:-0}")
    fo_holds "sides2-marker-blocks: page 2 retrieves its own marker, flush right" \
        "e > 361 && e < 364" -v e="$end"
    check_eq "sides2-marker-blocks: page 2's header has no second block" \
        "$(fo_words "$pdf" | awk '$1 == 2 && $6 == "Indentedhead"' | wc -l)" 0
fi

pdf=$OUT/sides2-change-bar-notes.pdf
if [ -f "$pdf" ]; then
    # A5, 20 mm margins: start bars 2pt wide, 4pt left of the column at 56.7pt: x 50.7-52.7
    for colour in ff0000 0000ff 00a000; do
        for page in 1 2; do
            eval "bars_${colour}_$page=\"\$(fo_runs \"\$pdf\" $page $colour Y 51)\""
        done
    done
    while read -r colour word want what; do
        set -- $(sides2_mid "$pdf" "$word")
        eval "runs=\$bars_${colour}_${1:-0}"
        check_eq "sides2-change-bar-notes: $what" "$(sides2_covers "$runs" "${2:--1}")" "$want"
    done <<'TABLE'
ff0000 Changedtext yes the red bar marks the changed text
ff0000 Changednote yes the note cited in the red region has the red bar
ff0000 Plaintext no text outside any region has no bar
ff0000 Plainnote no a note cited outside any region has no bar
0000ff Beforenote no a note cited before a bar begins in its line has no bar
00a000 Insidenote yes a note cited before a bar ends in its line has the bar
ff0000 Longnote yes a long note cited in the red region has the red bar on its first page
ff0000 Carriedline yes the long note's lines continued on the next page keep the red bar
ff0000 Secondpage no the text after the region has no bar
TABLE
    set -- $(sides2_mid "$pdf" Carriedline)
    check_eq "sides2-change-bar-notes: the long note goes on at the foot of page 2" "${1:-0}" 2
fi
# PDF/UA: checks/sides.sh runs tests/pdfua/conformance.py over these fixtures too (sides*.fo)
