// What the browser checks share (tests/web/browser.mjs, tests/documents-html/axe.mjs): TAP
// lines, Debian's chromium through playwright-core without outside traffic, and axe-core's WCAG
// 2.0/2.1 A and AA rules with the page's horizontal overflow, at one viewport width.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

let failures = 0;
export const ok = (cond, name, detail) => {
  if (cond) console.log(`ok - ${name}`);
  else { failures++; console.log(`not ok - ${name}${detail ? ': ' + detail : ''}`); }
};
export const failed = () => failures > 0;

export async function launch() {
  const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
           '--disable-sync', '--no-first-run'],
  });
}

// Records every request that leaves file: and data: URLs into the returned array.
export function watchOutside(page) {
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) outside.push(r.url()); });
  return outside;
}

// axe and overflow checks of the page now loaded, named name, at width px.
export async function checkAccessible(page, name, width) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(' ')}`);
  });
  ok(violations.length === 0, `axe: ${name} at ${width} px has no WCAG 2.1 A/AA violations`, violations.join('; '));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  ok(overflow <= 0, `${name} at ${width} px has no horizontal page scroll`, `${overflow} px too wide`);
}
