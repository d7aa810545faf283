// The structure tree of a PDF read back by pdf.js (npm pdfjs-dist), as a screen reader in a
// browser gets it: getStructTree for the elements and getTextContent (with marked content)
// for their text. Prints the reading order, a line per element with text or /Alt:
// "ROLE [alt=…] [lang=…]: text", elements nested in document order, pages one after another.
// usage: node tests/pdfua/structtree.mjs FILE.pdf
//        node tests/pdfua/structtree.mjs --links FILE.pdf: a line per link annotation, "ok" when
//        a Link element of its page holds its visible text (its /Contents), else "missing"
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { readFileSync } from "node:fs";

const linksMode = process.argv[2] === "--links";
const data = new Uint8Array(readFileSync(process.argv[linksMode ? 3 : 2]));
// text compared without white space and hyphens (a link may break across lines)
const bare = (s) => s.replace(/[\s\u00ad-]+/g, "");
const doc = await getDocument({ data, verbosity: 0, isEvalSupported: false }).promise;
const out = [];
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
console.log(out.join("\n"));
