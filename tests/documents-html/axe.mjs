// Accessibility of the memo's and the applications' HTML pages (issues 5 and 6), run by
// tests/documents-html/test.sh: node tests/documents-html/axe.mjs SCREENSHOT_DIR FILE.html...
// Debian's chromium through playwright-core; axe-core with the WCAG 2.0/2.1 A and AA tags at
// 390 and 1280 px; no outside requests; a screenshot of each page. One TAP line per check.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const [shotArg, ...files] = process.argv.slice(2);
const shots = resolve(shotArg);
mkdirSync(shots, { recursive: true });

let failures = 0;
const ok = (cond, name, detail) => {
  if (cond) console.log(`ok - ${name}`);
  else { failures++; console.log(`not ok - ${name}${detail ? ': ' + detail : ''}`); }
};

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run'],
});
try {
  const page = await (await browser.newContext()).newPage();
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) outside.push(r.url()); });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const file of files) {
      const name = basename(file);
      await page.goto(pathToFileURL(resolve(file)).href);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(' ')}`);
      });
      ok(violations.length === 0, `axe: ${name} at ${width} px has no WCAG 2.1 A/AA violations`, violations.join('; '));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      ok(overflow <= 0, `${name} at ${width} px has no horizontal page scroll`, `${overflow} px too wide`);
      await page.screenshot({ path: join(shots, `${name.replace(/\./g, '-')}-${width}.png`) });
    }
  }
  ok(outside.length === 0, 'no document page loads an outside resource', outside.slice(0, 3).join(', '));
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
