# The memo's and the applications' HTML pages (issues 5 and 6): valid HTML (the Nu HTML
# checker) and accessible (axe-core, WCAG 2.1 A and AA, at 390 and 1280 px), screenshots in
# tests/out/documents-html/. Needs java, node with node_modules (package.json) and chromium.
. tests/lib.sh
out=$(suite_out documents-html)

$FRISK build -o "$out/site" input > "$out/build.log" 2>&1
check_eq "the shipped input builds" "$?" 0
set -- "$out"/site/memos/*.html "$out"/site/applications/*.html
check_eq "the memo and the applications have HTML pages" "$(ls "$@" 2>/dev/null | wc -l)" \
    "$(ls "$out"/site/memos/*.pdf "$out"/site/applications/*.pdf 2>/dev/null | wc -l)"

vnu=node_modules/vnu-jar/build/dist/vnu.jar
if [ ! -f "$vnu" ]; then
    not_ok "the Nu HTML checker is installed (npm ci)"
else
    for page in "$@"; do
        if java -jar "$vnu" --errors-only "$page" > "$out/vnu.txt" 2>&1; then
            ok "Nu checker: $(basename "$page") is valid HTML"
        else
            not_ok "Nu checker: $(basename "$page") is valid HTML" "$(head -n 3 "$out/vnu.txt" | tr '\n' ' ')"
        fi
    done
fi
node tests/documents-html/axe.mjs "$out" "$@"
