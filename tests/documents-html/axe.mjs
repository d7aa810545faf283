// Accessibility of the memo's and the applications' HTML pages (issues 5 and 6), run by
// tests/documents-html/test.sh: node tests/documents-html/axe.mjs SCREENSHOT_DIR FILE.html...
// Debian's chromium through playwright-core; axe-core with the WCAG 2.0/2.1 A and AA tags at
// 390 and 1280 px; no outside requests; a screenshot of each page. One TAP line per check.
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkAccessible, failed, launch, ok, watchOutside } from '../browser-lib.mjs';

const [shotArg, ...files] = process.argv.slice(2);
const shots = resolve(shotArg);
mkdirSync(shots, { recursive: true });

const browser = await launch();
try {
  const page = await (await browser.newContext()).newPage();
  const outside = watchOutside(page);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const file of files) {
      const name = basename(file);
      await page.goto(pathToFileURL(resolve(file)).href);
      await checkAccessible(page, name, width);
      await page.screenshot({ path: join(shots, `${name.replace(/\./g, '-')}-${width}.png`) });
    }
  }
  ok(outside.length === 0, 'no document page loads an outside resource', outside.slice(0, 3).join(', '));
} finally {
  await browser.close();
}
process.exit(failed() ? 1 : 0);
