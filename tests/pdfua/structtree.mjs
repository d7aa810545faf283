// The structure tree of a PDF read back by pdf.js (npm pdfjs-dist), as a screen reader in a
// browser gets it: getStructTree for the elements and getTextContent (with marked content)
// for their text. Prints the reading order, a line per element with text or /Alt:
// "ROLE [alt=…] [lang=…]: text", elements nested in document order, pages one after another.
// usage: node tests/pdfua/structtree.mjs FILE.pdf
//        node tests/pdfua/structtree.mjs --outline FILE.pdf: a TAP line, whether the headings
//        H1-H6 (text and level, in order) are the outline's entries (title and depth)
//        node tests/pdfua/structtree.mjs --links FILE.pdf: a line per link annotation, "ok" when
//        a Link element of its page holds its visible text (its /Contents), else "missing"
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { readFileSync } from "node:fs";

const linksMode = process.argv[2] === "--links";
const outlineMode = process.argv[2] === "--outline";
const file = process.argv[linksMode || outlineMode ? 3 : 2];
const data = new Uint8Array(readFileSync(file));
// text compared without white space and hyphens (a link may break across lines)
const bare = (s) => s.replace(/[\s\u00ad-]+/g, "");
const doc = await getDocument({ data, verbosity: 0, isEvalSupported: false }).promise;
const out = [];
const headings = []; // [level, text] of every H1-H6 element, in the order of the pages
for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  const content = await page.getTextContent({ includeMarkedContent: true });
  // text of each marked-content id; text outside any id (artifacts) is left aside
  const text = new Map();
  const stack = [];
  for (const item of content.items) {
    if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") {
      stack.push(item.id ?? null);
    } else if (item.type === "endMarkedContent") {
      stack.pop();
    } else if (item.str !== undefined) {
      const id = stack.findLast((x) => x);
      if (id) text.set(id, (text.get(id) ?? "") + item.str + (item.hasEOL ? " " : ""));
    }
  }
  const tree = await page.getStructTree();
  if (linksMode) {
    // the text of every Link element of the page, its nested elements' included
    const linkTexts = [];
    const all = (node) => (node.type === "content" ? text.get(node.id) ?? ""
      : (node.children ?? []).map(all).join(""));
    const find = (node) => {
      if (node.role === "Link") linkTexts.push(bare(all(node)));
      for (const child of node.children ?? []) find(child);
    };
    if (tree) find(tree);
    for (const a of await page.getAnnotations()) {
      if (a.subtype !== "Link") continue;
      const want = bare(a.contentsObj?.str ?? "");
      // a link broken over two pages: each page's Link holds its part
      const held = want && linkTexts.some((t) => t && (t === want || want.startsWith(t) || want.endsWith(t)));
      out.push(`${held ? "ok" : "missing"} page ${p}: ${a.contentsObj?.str ?? ""}`);
    }
    continue;
  }
  if (outlineMode) {
    const all = (node) => (node.type === "content" ? text.get(node.id) ?? ""
      : (node.children ?? []).map(all).join(""));
    const find = (node) => {
      const m = /^H([1-6])$/.exec(node.role ?? "");
      if (m) headings.push([Number(m[1]), all(node)]);
      else for (const child of node.children ?? []) find(child);
    };
    if (tree) find(tree);
    continue;
  }
  const walk = (node, path) => {
    if (node.type === "content") return text.get(node.id) ?? "";
    if (node.type === "object" || node.type === "annotation") return "";
    const own = [];
    let words = "";
    for (const child of node.children ?? []) {
      if (child.role) own.push(child);
      else words += walk(child, path);
    }
    const role = node.role;
    const here = role === "Root" ? path : [...path, role];
    const line = words.replace(/\s+/g, " ").trim();
    if (role !== "Root" && (line || node.alt)) {
      let label = here.join(">");
      if (node.alt) label += ` [alt=${node.alt}]`;
      if (node.lang) label += ` [lang=${node.lang}]`;
      out.push(`${label}: ${line}`);
    }
    for (const child of own) walk(child, here);
    return "";
  };
  if (tree) walk(tree, []);
}
if (outlineMode) {
  // heading text and bookmark title compared without white space (a heading may break
  // across lines) and hyphens: cairo writes a hyphen whose glyph the font's ToUnicode gives as
  // a soft hyphen as /ActualText, which pdf.js does not read ("uddannelses- og" comes out
  // "uddannelses og")
  const norm = (s) => s.replace(/[\s\u00ad-]+/g, "");
  const entries = [];
  const flat = (items, depth) => {
    for (const item of items ?? []) {
      entries.push([depth, item.title]);
      flat(item.items, depth + 1);
    }
  };
  flat(await doc.getOutline(), 1);
  const name = `${file}: headings H1-H6 are the outline (text in order, level = depth)`;
  let diff = null;
  for (let i = 0; i < Math.max(entries.length, headings.length) && !diff; i++) {
    const h = headings[i], e = entries[i];
    if (!h || !e || h[0] !== e[0] || norm(h[1]) !== norm(e[1]))
      diff = `#${i + 1}: heading ${h ? `H${h[0]} '${h[1]}'` : "none"}, bookmark ${e ? `depth ${e[0]} '${e[1]}'` : "none"}`;
  }
  if (!entries.length && headings.length) console.log(`ok - ${name}: no outline to follow (${headings.length} headings)`);
  else if (diff) console.log(`not ok - ${name}: ${diff}`);
  else console.log(`ok - ${name}: ${headings.length} headings`);
  process.exit(0);
}
console.log(out.join("\n"));
