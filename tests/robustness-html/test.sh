# Output safety (issue 8): hostile strings planted in every free-text field and attribute of a
# copy of input/ (plant.py) — <script>, quote-breaking event handlers, </style>, javascript:
# hrefs, formula-starting cells — must reach every HTML page as text only, never as markup
# (scan.py parses each page), and the CSV export must neutralise every formula.
. tests/lib.sh
out=$(suite_out robustness-html)

python3 tests/robustness-html/plant.py input "$out/input"
check_eq "hostile copy of input/ planted" "$?" 0
timeout 300 $FRISK build -j 2 -o "$out/output" "$out/input" > "$out/build.log" 2>&1
status=$?
check_eq "hostile input still builds (exit 0)" "$status" 0
[ $status -eq 0 ] || grep -v ': warning: ' "$out/build.log" | head -n 5 | sed 's/^/# /'
check "the memo HTML was written" test -s "$out/output/memos/status-2018-02.html"
check "the application HTML was written" test -s "$out/output/applications/boern-2016.html"
check "the web site was written" test -s "$out/output/web/index.html"
# Pages without data: the accessibility statement, the open-data page, and "Seneste ændringer",
# which lists no field while the data records no change since the previous edition (as here).
python3 tests/robustness-html/scan.py "$out/output" web/tilgaengelighed.html web/data.html web/aendringer.html
