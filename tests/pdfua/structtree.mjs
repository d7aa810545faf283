// The structure tree of a PDF read back by pdf.js (npm pdfjs-dist), as a screen reader in a
// browser gets it: getStructTree for the elements and getTextContent (with marked content)
// for their text. Prints the reading order, a line per element with text or /Alt:
// "ROLE [alt=…] [lang=…]: text", elements nested in document order, pages one after another.
// usage: node tests/pdfua/structtree.mjs FILE.pdf
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { readFileSync } from "node:fs";

const data = new Uint8Array(readFileSync(process.argv[2]));
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
