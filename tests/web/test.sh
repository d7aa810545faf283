# The web site and open data (issue 7): build the programme into a fresh folder; check the CSV
# and JSON files byte by byte and against the data; export → import → export round trip; located
# import errors; the Nu HTML checker on every page; and the browser checks (browser.mjs: axe at
# 390 and 1280 px, sorting, filtering, keyboard, screenshots in tests/out/web/).
# Needs: python3, java, node with node_modules (package.json: axe-core, playwright-core, vnu-jar),
# Debian's chromium. A missing tool is a failed check, never a silent skip.
. tests/lib.sh
out=$(suite_out web)
site="$out/site/web"
data="$site/data"

# ---- build -------------------------------------------------------------------------------------
$FRISK build -o "$out/site" input/programme.xml > "$out/build.stdout" 2> "$out/build.stderr"
check_eq "frisk build of input/programme.xml exits 0" "$?" 0
for f in index.html netvaerk.html kommuner.html love.html data.html tilgaengelighed.html site.css site.js \
         data/trials.csv data/trials.json data/networks.csv data/networks.json \
         data/municipalities.csv data/municipalities.json; do
    if [ -s "$site/$f" ]; then ok "writes web/$f"; else not_ok "writes web/$f"; fi
done
check_eq "a page per network" "$(ls "$site/netvaerk" 2>/dev/null | wc -l)" \
    "$(ls input/networks/*.xml | wc -l)"
check_eq "a page per municipality" "$(ls "$site/kommune" 2>/dev/null | wc -l)" \
    "$(grep -c '<municipality ' input/data/municipalities.xml)"
if grep -rqE '(src|href)="(https?:)?//' "$site" --include=*.html --include=*.css | grep -v retsinformation; then
    not_ok "no outside resources" "$(grep -rlE 'src="(https?:)?//' "$site" | head -3)"
else
    ok "no outside resources (only links to retsinformation.dk)"
fi
check_contains "index links the memo PDF relatively" "$site/index.html" 'href="../memos/status-2018-02.pdf"'
check_contains "index links the application HTML relatively" "$site/index.html" 'href="../applications/boern-2016.html"'
check_contains "exemptions are written the Danish way" "$site/index.html" 'LAB § 48, stk. 1'

# ---- CSV and JSON: format, and the same content as the data ---------------------------------
xmllint --xinclude --noout input/programme.xml 2>/dev/null
xmllint --xinclude --format input/programme.xml > "$out/programme.xml" 2>/dev/null
python3 - "$data" "$out/programme.xml" > "$out/data.tap" 2>&1 <<'PY'
import csv, io, json, sys, xml.etree.ElementTree as ET
data, programme = sys.argv[1], sys.argv[2]
def ok(cond, name, detail=''):
    print(('ok - ' if cond else 'not ok - ') + name + (': ' + detail if detail and not cond else ''))
root = ET.parse(programme).getroot()
elements = [(n.get('id'), t.get('id'), e.get('id') or '') for n in root.iter('network')
            for t in n.iter('trial') for e in t.findall('element')]
for name in ('trials', 'networks', 'municipalities'):
    raw = open(f'{data}/{name}.csv', 'rb').read()
    ok(raw.startswith(b'\xef\xbb\xbf'), f'{name}.csv starts with a UTF-8 BOM')
    body = raw[3:]
    ok(body.endswith(b'"\r\n'), f'{name}.csv ends with CRLF')
    text = body.decode('utf-8')
    rows = list(csv.reader(io.StringIO(text, newline=''), delimiter=';'))
    header, rows = rows[0], rows[1:]
    ok(all(line.endswith('"') for line in text.split('\r\n') if line), f'{name}.csv: every record ends with CRLF after a quoted field')
    ok(all(len(r) == len(header) for r in rows), f'{name}.csv: every row has {len(header)} fields')
    bad = [c for r in rows for c in r if c[:1] in ('=', '+', '-', '@', '\t', '\r')]
    ok(not bad, f'{name}.csv: no cell starts a formula', repr(bad[:3]))
    js = json.load(open(f'{data}/{name}.json', encoding='utf-8'))
    ok(isinstance(js, list) and len(js) == len(rows), f'{name}.json has the rows of {name}.csv ({len(rows)})')
    same = True
    for r, o in zip(rows, js):
        for k, v in zip(header, r):
            x = o.get(k)
            x = '' if x is None else x
            if isinstance(x, list):
                same &= all(item in v for item in x) and (v == '' or len(x) > 0)
            else:
                same &= str(x) == (v[1:] if v[:1] == "'" and v[1:2] in '=+-@' else v)
    ok(same, f'{name}.json and {name}.csv hold the same values')
    if name == 'trials':
        got = [(r[header.index('netvaerk_id')], r[header.index('forsoeg_id')], r[header.index('element_id')]) for r in rows]
        ok(got == elements, 'trials.csv has one row per trial element of the data, in order', f'{len(got)} rows, {len(elements)} elements')
        statuses = {r[header.index('status_kode')] for r in rows}
        ok(statuses <= {'applied','clarification','approved','partially-approved','expected','rejected',
                        'no-exemption-needed','general-law-change','withdrawn'}, 'trials.csv status codes are the schema\'s')
    if name == 'municipalities':
        ok(len(rows) == len(root.find('municipalities').findall('municipality')), 'municipalities.csv has every municipality')
    if name == 'networks':
        ok([r[0] for r in rows] == [n.get('id') for n in root.iter('network')], 'networks.csv has every network, in order')
PY
cat "$out/data.tap"
grep -q '^ok' "$out/data.tap" || not_ok "CSV/JSON checks ran" "$(head -n 5 "$out/data.tap")"

# ---- export-csv equals the site's data; export → import → export is byte-identical ------------
$FRISK export-csv -o "$out/export1" input > /dev/null 2> "$out/export1.stderr"
check_eq "frisk export-csv exits 0" "$?" 0
check "export-csv writes the site's trials.csv" cmp "$out/export1/trials.csv" "$data/trials.csv"
rm -rf "$out/roundtrip" && cp -r input "$out/roundtrip"
rt_status=0
for file in input/networks/*.xml; do
    id=$(basename "$file" .xml)
    if ! $FRISK import-csv "$out/export1/trials.csv" --network "$id" -o "$out/roundtrip/networks/$id.xml" \
            input 2> "$out/import-$id.stderr"; then
        rt_status=1
        not_ok "import-csv --network $id" "$(grep error "$out/import-$id.stderr" | head -n 2)"
    fi
done
check_eq "import-csv of every network exits 0" "$rt_status" 0
check "the imported networks are schema-valid" xmllint --noout --relaxng schema/frisk.rng "$out"/roundtrip/networks/*.xml
$FRISK export-csv -o "$out/export2" "$out/roundtrip" > /dev/null 2> "$out/export2.stderr"
for f in trials.csv trials.json networks.csv municipalities.csv; do
    check "export → import → export: $f byte-identical" cmp "$out/export1/$f" "$out/export2/$f"
done
check "import of unchanged data leaves akut.xml as it was" cmp input/networks/akut.xml "$out/roundtrip/networks/akut.xml"

# An edited spreadsheet: a changed status and a new trial become XML that validates.
python3 - "$out/export1/trials.csv" "$out/edited.csv" <<'PY'
import csv, io, sys
raw = open(sys.argv[1], encoding='utf-8-sig', newline='').read()
rows = list(csv.reader(io.StringIO(raw, newline=''), delimiter=';'))
h = rows[0]
akut = [r for r in rows[1:] if r[h.index('netvaerk_id')] == 'akut']
akut[0][h.index('status_kode')] = 'withdrawn'; akut[0][h.index('startdato')] = ''
new = list(akut[1]); new[h.index('forsoeg_id')] = 'akut-nyt-forsoeg'; new[h.index('forsoeg')] = 'Et nyt forsøg'
new[h.index('element_id')] = ''; new[h.index('tekst')] = '=Første linje\nAnden linje'
new[h.index('fritagelse_koder')] = 'SUL § 138, stk. 2; LOUB §§ 9-12; ANVL (visse dele)'
akut.append(new)
with open(sys.argv[2], 'w', encoding='utf-8-sig', newline='') as f:
    csv.writer(f, delimiter=';', lineterminator='\r\n', quoting=csv.QUOTE_ALL).writerows([h] + akut)
PY
$FRISK import-csv "$out/edited.csv" --network akut -o "$out/edited-akut.xml" input 2> "$out/edited.stderr"
check_eq "import of an edited spreadsheet exits 0" "$?" 0
check "the edited network is schema-valid" xmllint --noout --relaxng schema/frisk.rng "$out/edited-akut.xml"
check_contains "a changed status is appended to the history" "$out/edited-akut.xml" '<status kind="withdrawn"/>'
check_contains "a new trial is written" "$out/edited-akut.xml" '<trial id="akut-nyt-forsoeg" round="2">'
check_contains "a range exemption is read back" "$out/edited-akut.xml" '<exemption law="LOUB" paragraph="9" to="12"/>'
check_contains "a text that looked like a formula keeps its text" "$out/edited-akut.xml" '<p>=Første linje</p>'

# Errors name the CSV row and column.
printf '\357\273\277"netvaerk_id";"forsoeg_id";"forsoeg";"runde";"element_id";"tekst";"fritagelse_koder";"kommunekoder";"status_kode";"startdato"\r\n"akut";"akut-x";"X";"4";"";"Tekst";"LAB § 48";"157";"approved";"2018-01-01"\r\n"akut";"akut-y";"Y";"2";"";"Tekst";"XYZ § 1";"999";"maybe";"1.1.2018"\r\n' > "$out/bad.csv"
$FRISK import-csv "$out/bad.csv" --network akut input > /dev/null 2> "$out/bad.stderr"
check_eq "import of a bad spreadsheet exits 1" "$?" 1
check_contains "bad round: row 2, column 4" "$out/bad.stderr" "$out/bad.csv:2:4: error:"
check_contains "unknown law: row 3, column 7" "$out/bad.stderr" "$out/bad.csv:3:7: error:"
check_contains "unknown kommunekode: row 3, column 8" "$out/bad.stderr" "$out/bad.csv:3:8: error:"
check_contains "unknown status: row 3, column 9" "$out/bad.stderr" "$out/bad.csv:3:9: error:"
check_contains "bad date: row 3, column 10" "$out/bad.stderr" "$out/bad.csv:3:10: error:"
printf '"a";"b\r\n' > "$out/broken.csv"
$FRISK import-csv "$out/broken.csv" --network akut input > /dev/null 2> "$out/broken.stderr"
check_eq "import of a malformed CSV exits 1" "$?" 1
check_contains "a malformed CSV gets a located error" "$out/broken.stderr" "$out/broken.csv:1"

# ---- tools for the HTML checks -----------------------------------------------------------------
if [ ! -d node_modules/axe-core ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/vnu-jar ]; then
    npm install --no-audit --no-fund > "$out/npm.log" 2>&1 || not_ok "npm install (package.json)" "$(tail -n 3 "$out/npm.log")"
fi

# ---- Nu HTML checker on every page ---------------------------------------------------------------
vnu=node_modules/vnu-jar/build/dist/vnu.jar
if [ -f "$vnu" ] && command -v java > /dev/null; then
    find "$site" -name '*.html' | sort > "$out/pages.txt"
    if java -jar "$vnu" --errors-only $(cat "$out/pages.txt") > "$out/vnu.txt" 2>&1; then
        ok "Nu HTML checker: no errors on $(wc -l < "$out/pages.txt") pages"
    else
        not_ok "Nu HTML checker: no errors" "$(head -n 5 "$out/vnu.txt")"
    fi
else
    not_ok "Nu HTML checker available" "java or $vnu missing"
fi

# ---- the browser: axe, sorting, filtering, keyboard, screenshots ----------------------------------
if command -v node > /dev/null && [ -d node_modules/playwright-core ] && \
   { [ -x /usr/lib/chromium/chromium ] || [ -x /usr/bin/chromium ]; }; then
    timeout 900 node tests/web/browser.mjs "$site" "$out" 2> "$out/browser.stderr"
    status=$?
    [ $status -eq 0 ] || grep -q '^not ok' "$out/browser.stderr" || \
        not_ok "browser checks ran" "exit $status: $(tail -n 5 "$out/browser.stderr")"
else
    not_ok "browser checks available" "node, node_modules/playwright-core or Debian's chromium missing"
fi
