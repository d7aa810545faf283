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

# ---- figures: every chart's numbers equal the counts in the data ------------------------------
# The numbers are read from each figure's SVG text (its <desc>, the text alternative frisk writes
# from the laid-out chart) and from its table, and counted independently from trials.csv (and, for
# the applications that did not become trials, which trials.csv does not hold, from the XML).
python3 - "$site" "$out/programme.xml" > "$out/figures.tap" 2>&1 <<'PY'
import csv, glob, html.parser, io, os, re, sys, xml.etree.ElementTree as ET
site, programme = sys.argv[1], sys.argv[2]
def ok(cond, name, detail=''):
    print(('ok - ' if cond else 'not ok - ') + name + (': ' + detail if detail and not cond else ''))
def read_csv(path):
    text = open(path, encoding='utf-8-sig', newline='').read()
    return list(csv.DictReader(io.StringIO(text, newline=''), delimiter=';'))
trials = read_csv(f'{site}/data/trials.csv')
figrows = read_csv(f'{site}/data/figures.csv')
root = ET.parse(programme).getroot()
GRANTED = ('approved', 'partially-approved', 'expected')

class Figures(html.parser.HTMLParser):
    """Each <figure class="chart">: its id, caption, the <desc> of each SVG, its table rows."""
    def __init__(self):
        super().__init__(); self.figs = []; self.fig = None; self.stack = []; self.text = ''
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'figure' and 'chart' in a.get('class', ''):
            self.fig = {'id': a.get('id'), 'caption': '', 'descs': [], 'svgs': 0, 'rows': [], 'header': [],
                        'theory': 'theory' in a.get('class', '')}
            self.figs.append(self.fig)
        if self.fig is None: return
        if tag == 'svg': self.fig['svgs'] += 1; self.fig['svg_attrs'] = a
        if tag == 'tr': self.fig['row'] = []
        if tag in ('desc', 'figcaption', 'th', 'td'): self.text = ''
        self.stack.append(tag)
    def handle_endtag(self, tag):
        if self.fig is None: return
        if tag == 'desc': self.fig['descs'].append(self.text.strip())
        if tag == 'figcaption': self.fig['caption'] = self.text.strip()
        if tag in ('th', 'td') and 'row' in self.fig: self.fig['row'].append(self.text.strip())
        if tag == 'tr':
            row = self.fig.pop('row')
            if self.fig['header']: self.fig['rows'].append(row)
            else: self.fig['header'] = row
        if tag == 'figure': self.fig = None
    def handle_data(self, data): self.text += data

def figures_of(page):
    p = Figures(); p.feed(open(f'{site}/{page}', encoding='utf-8').read()); return p.figs

def desc_values(desc, label):
    """'Label: Godkendt 10, Forventes vedtaget 9, …' in the SVG's text → {series: number}."""
    m = re.search(re.escape(label) + r': ((?:[^.:]+ \d+(?:, )?)+)\.', desc)
    if not m: return None
    return {k: int(v) for k, v in re.findall(r'([^,]+?) (\d+)(?:, |$)', m.group(1))}

def check_chart(page, fig, expected, name):
    """expected: {category label: {series name: count}}; both SVGs' text and the table agree."""
    ok(fig['caption'] != '', f'{page} {name}: the figure has a caption')
    ok(fig['svgs'] == 2 and len(fig['descs']) == 2, f'{page} {name}: drawn narrow and wide, each with a text alternative',
       f"{fig['svgs']} svgs, {len(fig['descs'])} descs")
    for label, want in expected.items():
        for i, desc in enumerate(fig['descs']):
            got = desc_values(desc, label)
            # a series left out of a drawing (the timeline's undated ones) must have nothing to show
            ok(got is not None and all(got[k] == v if k in got else v == 0 for k, v in want.items()),
               f'{page} {name}: the numbers in SVG {i + 1} for "{label}" equal the data', f'{got} vs {want}')
        row = next((r for r in fig['rows'] if r and r[0] == label), None)
        table = dict(zip(fig['header'][1:], [int(x) for x in row[1:]])) if row else None
        ok(table is not None and all(table.get(k) == v for k, v in want.items()),
           f'{page} {name}: the table for "{label}" equals the data', f'{table} vs {want}')
        csvrows = {r['serie']: int(r['antal']) for r in figrows if r['figur_id'] == fig['id'] and r['side'] == page and r['kategori'] == label}
        ok(all(csvrows.get(k) == v for k, v in want.items()), f'{page} {name}: figures.csv for "{label}" equals the data',
           f'{csvrows} vs {want}')

def last_kind(item):
    s = item.findall('status-history/status'); return s[-1].get('kind') if s else ''

def network_counts(net):
    rows = [t for t in trials if t['netvaerk_id'] == net.get('id')]
    not_granted = [r for r in net.findall('rejections/rejection') if r.get('part-of') is None
                   and last_kind(r) and last_kind(r) not in GRANTED]
    return {'Godkendt': sum(r['status_kode'] in ('approved', 'partially-approved') for r in rows),
            'Forventes vedtaget': sum(r['status_kode'] == 'expected' for r in rows),
            'Ikke imødekommet som forsøg': len(not_granted)}

networks = root.findall('networks/network')
front = {f['id']: f for f in figures_of('index.html')}
ok('status-netvaerk' in front, 'index.html has the chart of trials by network and status')
if 'status-netvaerk' in front:
    check_chart('index.html', front['status-netvaerk'],
                {n.findtext('title').strip(): network_counts(n) for n in networks}, 'status by network')
for n in networks:
    page = f"netvaerk/{n.get('id')}.html"
    figs = {f['id']: f for f in figures_of(page)}
    fig = figs.get(f"status-{n.get('id')}")
    ok(fig is not None, f'{page} has its trials by status')
    if fig: check_chart(page, fig, {"Netværkets forsøg og ansøgninger": network_counts(n)}, 'status')
    theories = [t for t in n.iter('change-theory') if sum(1 for c in t if c.find('item') is not None) >= 2]
    drawn = [f for f in figs.values() if f['theory']]
    ok(len(drawn) == len(theories), f'{page} shows each of its {len(theories)} drawable change theories', f'{len(drawn)} drawn')
    for t, f in zip(theories, drawn):
        boxes = [' '.join(i.text.split()) for c in t for i in c.findall('item')]
        ok(len(f['descs']) == 2 and all(b.rstrip('.') in d for b in boxes for d in f['descs']),
           f"{page}: change theory {t.get('id')} has every box in its text alternative")
for m in root.findall('municipalities/municipality'):
    rows = [t for t in trials if m.get('code') in t['kommunekoder'].split(', ')]
    page = f"kommune/{m.get('id')}.html"
    figs = {f['id']: f for f in figures_of(page)}
    fig = figs.get(f"status-{m.get('id')}")
    if not rows:
        ok(fig is None, f'{page}: no chart for a municipality without trials'); continue
    want = {'Godkendt': sum(r['status_kode'] in ('approved', 'partially-approved') for r in rows),
            'Forventes vedtaget': sum(r['status_kode'] == 'expected' for r in rows)}
    other = len(rows) - sum(want.values())
    if other: want['Anden status (fx afslag eller trukket tilbage)'] = other
    ok(fig is not None, f'{page} has its trials by status')
    if fig: check_chart(page, fig, {m.findtext('name'): want}, 'status')

# The programme over time: at the data's month, "Startet" is the rows of trials.csv approved
# with a legal start by then (not only "at the latest"), as their status text says.
date = root.find('date').get('value')
months = 'januar februar marts april maj juni juli august september oktober november december'.split()
label = f"{months[int(date[5:7]) - 1]} {date[:4]}"
started = sum(1 for r in trials if r['status_kode'] in ('approved', 'partially-approved') and r['startdato']
              and r['startdato'][:7] <= date[:7] and not r['status'].startswith('Mulig opstart senest'))
fig = front.get('forloeb')
ok(fig is not None, 'index.html has the chart of the programme over time')
if fig:
    ok(fig['rows'] and fig['rows'][-2][0] == label, f'the programme over time runs to the data\'s month ({label})',
       fig['rows'][-2][0] if len(fig['rows']) > 1 else '')
    check_chart('index.html', fig, {label: {'Startet': started}}, 'the programme over time')
    undated = {r['serie']: int(r['antal']) for r in figrows if r['figur_id'] == 'forloeb' and r['kategori_id'] == 'uden-dato'}
    approvals = sum(1 for r in trials if r['status_kode'] in ('approved', 'partially-approved'))
    ok(undated.get('Godkendt', -1) <= approvals and fig['rows'][-1][0] == 'Uden dato i data',
       'approvals without a date are counted apart, never placed on a month', str(undated))
PY
cat "$out/figures.tap"
grep -q '^ok' "$out/figures.tap" || not_ok "figure checks ran" "$(tail -n 5 "$out/figures.tap")"

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
