// Browser checks of the web site (issue 7), run by tests/web/test.sh with node:
//   node tests/web/browser.mjs SITE_DIR SCREENSHOT_DIR
// Debian's chromium through playwright-core: axe-core (WCAG 2.0/2.1 A and AA) on every page at
// 390 and 1280 px, sorting, filtering with the state in the URL, keyboard use, the tables
// without JavaScript, no outside requests, and screenshots. Prints one TAP line per check.
import { readdirSync, statSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkAccessible, failed, launch, ok, watchOutside } from '../browser-lib.mjs';

const [siteArg, shotArg] = process.argv.slice(2);
const site = resolve(siteArg);
const shots = resolve(shotArg);
mkdirSync(shots, { recursive: true });

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  }).sort();
}

// Each chart figure (site/figures.xsl) at this width: a caption, exactly one drawing shown,
// as an image with a name, inside the figure's width and with text no smaller than 9 px,
// and a table of its numbers (or the change theory's text) in <details>.
const figureCount = {};
async function checkFigures(page, name, width) {
  const figs = await page.$$eval('figure.chart', (figures) => figures.map((f) => {
    const shown = [...f.querySelectorAll('svg')].filter((s) => s.getBoundingClientRect().width > 0);
    const svg = shown[0];
    const box = svg?.getBoundingClientRect();
    const viewBox = svg?.viewBox.baseVal;
    return {
      id: f.id,
      caption: f.querySelector(':scope > figcaption')?.textContent.trim() ?? '',
      shown: shown.length,
      role: svg?.getAttribute('role'),
      label: svg?.getAttribute('aria-label') ?? '',
      fits: box ? box.right <= f.getBoundingClientRect().right + 0.5 && box.left >= 0 : false,
      // the charts are set at 8–9.5 pt in the viewBox; their smallest text is 0.85 of that
      textPx: box && viewBox ? 8 * 0.85 * box.width / viewBox.width : 0,
      details: !!f.querySelector('details table, details ul'),
    };
  }));
  figureCount[name] = figs.length;
  for (const f of figs) {
    ok(f.caption !== '' && f.shown === 1 && f.role === 'img' && f.label !== '' && f.details,
       `${name} at ${width} px: figure ${f.id} has a caption, one drawing shown as a named image, and its content in details`,
       JSON.stringify(f));
    ok(f.fits && f.textPx >= 6.5, `${name} at ${width} px: figure ${f.id} fits the page and its text is readable`,
       JSON.stringify({ fits: f.fits, textPx: f.textPx.toFixed(1) }));
  }
}

const browser = await launch();
const url = (file, query = '') => pathToFileURL(file).href + query;
const pages = htmlFiles(site);
ok(pages.length > 10, `the site has pages (${pages.length})`);
const shotPages = new Set(['index.html', 'netvaerk.html', 'kommuner.html', 'love.html', 'data.html',
  'tilgaengelighed.html', 'netvaerk/akut.html', 'netvaerk/beskaeftigelse.html', 'kommune/gladsaxe.html', 'lov/lab.html', 'lov/sel.html']);

try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const outside = watchOutside(page);
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(String(e)));

  // ---- axe on every page at both widths, screenshots of the main pages ----
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const file of pages) {
      const name = relative(site, file);
      await page.goto(url(file));
      await checkAccessible(page, name, width);
      await checkFigures(page, name, width);
      if (shotPages.has(name)) {
        await page.screenshot({ path: join(shots, `${name.replace(/[/.]/g, '-')}-${width}.png`), fullPage: width === 390 ? false : true });
      }
    }
  }
  ok(figureCount['index.html'] >= 2, 'the front page has the status chart and the programme over time',
     String(figureCount['index.html']));
  const networkPages = Object.keys(figureCount).filter((n) => n.startsWith('netvaerk/'));
  ok(networkPages.length > 0 && networkPages.every((n) => figureCount[n] >= 1), 'every network page has a figure');
  ok(Object.keys(figureCount).some((n) => n.startsWith('kommune/') && figureCount[n] >= 1), 'municipality pages have figures');
  ok(outside.length === 0, 'no page loads an outside resource', outside.slice(0, 3).join(', '));
  ok(consoleErrors.length === 0, 'no script errors', consoleErrors.slice(0, 3).join('; '));

  // ---- structure every page shares ----
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const file of pages) {
    const name = relative(site, file);
    await page.goto(url(file));
    const s = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      skip: document.querySelector('a.skip-link')?.getAttribute('href'),
      statement: !!document.querySelector('footer a[href$="tilgaengelighed.html"]'),
      tablesWithoutCaption: [...document.querySelectorAll('table')].filter((t) => !t.caption).length,
      thWithoutScope: [...document.querySelectorAll('th')].filter((th) => !th.getAttribute('scope')).length,
      h1: document.querySelectorAll('h1').length,
    }));
    ok(s.lang === 'da' && s.skip === '#indhold' && s.statement && s.h1 === 1,
       `${name}: lang="da", skip link, one h1, footer link to the accessibility statement`, JSON.stringify(s));
    ok(s.tablesWithoutCaption === 0 && s.thWithoutScope === 0, `${name}: every table has a caption and every th a scope`, JSON.stringify(s));
  }

  // ---- keyboard: the skip link comes first and moves focus to the content; focus is visible ----
  const index = join(site, 'index.html');
  await page.goto(url(index));
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const a = document.activeElement;
    const style = getComputedStyle(a);
    return { cls: a.className, top: a.getBoundingClientRect().top, outline: style.outlineStyle, width: style.outlineWidth };
  });
  ok(first.cls === 'skip-link' && first.top >= 0, 'Tab first reaches the skip link, which becomes visible', JSON.stringify(first));
  ok(first.outline !== 'none' && first.width !== '0px', 'the focused skip link has a visible focus outline', JSON.stringify(first));
  await page.keyboard.press('Enter');
  ok(await page.evaluate(() => document.activeElement.id === 'indhold' || location.hash === '#indhold'),
     'Enter on the skip link moves to the main content');
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => ({ tag: document.activeElement.tagName, outline: getComputedStyle(document.activeElement).outlineStyle }));
  ok(next.outline !== 'none', 'the next focused control after the skip target shows focus', JSON.stringify(next));

  // ---- sorting ----
  await page.goto(url(index));
  const table = '#forsoeg-tabel';
  const headers = await page.$$eval(`${table} thead th`, (ths) => ths.map((th) => th.textContent.trim()));
  const startCol = headers.findIndex((h) => h.startsWith('Start'));
  const trialCol = headers.findIndex((h) => h.startsWith('Forsøg'));
  ok(startCol >= 0 && trialCol >= 0, 'the overview table has Forsøg and Start columns', headers.join('|'));
  ok(await page.$$eval(`${table} thead th button.sort-button`, (b) => b.length) === headers.length,
     'every column header of the overview table has a sort button');
  const column = (i) => page.$$eval(`${table} tbody tr`, (rows, i) => rows.map((r) => {
    const c = r.cells[i]; return c.getAttribute('data-sort') ?? (c.querySelector('.trial-title') || c).textContent.trim();
  }), i);
  const collator = new Intl.Collator('da', { numeric: true, sensitivity: 'base' });
  const sorted = (values, dir) => {
    const filled = values.filter((v) => v !== '');
    const ordered = [...filled].sort((a, b) => dir * collator.compare(a, b));
    return JSON.stringify(filled) === JSON.stringify(ordered) && values.slice(filled.length).every((v) => v === '');
  };
  await page.click(`${table} thead th:nth-child(${startCol + 1}) button`);
  ok(await page.getAttribute(`${table} thead th:nth-child(${startCol + 1})`, 'aria-sort') === 'ascending', 'clicking Start sets aria-sort="ascending"');
  ok(sorted(await column(startCol), 1), 'the rows are sorted by start date, ascending');
  await page.click(`${table} thead th:nth-child(${startCol + 1}) button`);
  ok(sorted(await column(startCol), -1), 'a second click sorts by start date, descending');
  ok(page.url().includes('sorter='), 'the sort order is kept in the URL', page.url());
  await page.focus(`${table} thead th:nth-child(${trialCol + 1}) button`);
  await page.keyboard.press('Enter');
  ok(sorted(await column(trialCol), 1), 'sorting by Forsøg with the keyboard (Enter) orders the titles the Danish way');

  // ---- filtering, with the state in the URL ----
  await page.goto(url(index));
  const total = await page.$$eval(`${table} tbody tr`, (r) => r.length);
  const visible = () => page.$$eval(`${table} tbody tr:not([hidden])`, (rows) => rows.map((r) => ({
    network: r.dataset.network, status: r.dataset.status, laws: r.dataset.laws, towns: r.dataset.municipalities })));
  ok(await page.isVisible('form.filters'), 'with JavaScript the filter form is shown');
  const networks = await page.$$eval('#f-netvaerk option', (o) => o.map((x) => x.value).filter(Boolean));
  const net = networks.includes('akut') ? 'akut' : networks[0];
  await page.selectOption('#f-netvaerk', net);
  let rows = await visible();
  ok(rows.length > 0 && rows.length < total && rows.every((r) => r.network === net), `filter by network ${net}`, `${rows.length} of ${total}`);
  ok(new URL(page.url()).searchParams.get('netvaerk') === net, 'the network filter is in the URL', page.url());
  ok((await page.textContent('.filter-result')).includes(`${rows.length} af ${total}`), 'the result count is announced');
  await page.selectOption('#f-netvaerk', '');
  const town = await page.$$eval('#f-kommune option', (o) => o.map((x) => x.value).filter(Boolean)[0]);
  await page.selectOption('#f-kommune', town);
  rows = await visible();
  ok(rows.length > 0 && rows.every((r) => r.towns.includes(` ${town} `)), `filter by municipality ${town}`, `${rows.length} rows`);
  await page.selectOption('#f-kommune', '');
  await page.selectOption('#f-status', 'expected');
  rows = await visible();
  ok(rows.length > 0 && rows.every((r) => r.status === 'expected'), 'filter by status (expected)', `${rows.length} rows`);
  await page.selectOption('#f-status', '');
  await page.selectOption('#f-lov', 'LAB');
  rows = await visible();
  ok(rows.length > 0 && rows.every((r) => r.laws.includes(' LAB ')), 'filter by law (LAB)', `${rows.length} rows`);
  // a shared link restores the filters
  await page.goto(url(index, `?netvaerk=${net}&status=approved`));
  rows = await visible();
  ok(await page.inputValue('#f-netvaerk') === net && await page.inputValue('#f-status') === 'approved' &&
     rows.length > 0 && rows.every((r) => r.network === net && r.status === 'approved'),
     'a URL with filters opens the filtered view', `${rows.length} rows`);
  await page.click('form.filters button[type=reset]');
  await page.waitForTimeout(50);
  ok((await visible()).length === total && !page.url().includes('netvaerk='), 'Nulstil filtre shows every row and clears the URL');
  await page.screenshot({ path: join(shots, 'index-filtered-1280.png') });

  // ---- without JavaScript: the full table, no filter form ----
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(url(index));
  ok(await plain.$$eval(`${table} tbody tr`, (r) => r.length) === total && !(await plain.isVisible('form.filters')),
     'without JavaScript the table has every row and the (inoperative) filter form stays hidden');
  await noJs.close();

  // ---- print stylesheet ----
  await page.goto(url(index));
  await page.emulateMedia({ media: 'print' });
  ok(await page.evaluate(() => getComputedStyle(document.querySelector('.navigation')).display === 'none'),
     'the print stylesheet hides the navigation');
  await page.setViewportSize({ width: 390, height: 900 });
  ok(await page.evaluate(() => [...document.querySelectorAll('figure.chart')].every((f) =>
       getComputedStyle(f.querySelector('.chart-wide')).display !== 'none' &&
       getComputedStyle(f.querySelector('.chart-narrow')).display === 'none')),
     'in print every figure shows its wide drawing, even from a narrow screen');
  await page.pdf({ path: join(shots, 'index-print.pdf') }).catch(() => {});
  await context.close();
} finally {
  await browser.close();
}
process.exit(failed() ? 1 : 0);
