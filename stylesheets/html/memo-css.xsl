<?xml version="1.0" encoding="UTF-8"?>
<!-- The look of the memo's HTML page, embedded in the page so that it is one self-contained
     file. Restrained, readable, WCAG 2.1 AA contrast, and a print style. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template name="memo-css">
    <xsl:text>
:root { --accent: #1f4e79; --rule: #8a9bb0; --shade: #e8eef5; --text: #1a1a1a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 0 1.25rem 3rem; font-family: "Noto Serif", Georgia, serif;
       font-size: 1.0625rem; line-height: 1.6; color: var(--text); background: #fff;
       overflow-wrap: break-word; }
/* Long Danish compounds and addresses must not push a phone-wide page sideways. */
h1, h2, h3, h4, a { overflow-wrap: anywhere; }
h1, h2, h3, h4, caption, figcaption, nav, .byline, .publisher, th { font-family: "Noto Sans", Arial, sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; color: var(--accent); margin: 0.5rem 0; }
h2 { font-size: 1.5rem; line-height: 1.25; color: var(--accent); margin: 2.5rem 0 0.75rem;
     padding-top: 0.75rem; border-top: 2px solid var(--accent); }
h3 { font-size: 1.2rem; color: var(--accent); margin: 1.75rem 0 0.5rem; }
.number { margin-right: 0.35em; }
.title-block { padding: 2rem 0 1rem; border-bottom: 1px solid var(--rule); }
.publisher { text-transform: uppercase; letter-spacing: 0.08em; font-weight: bold; color: #444; margin: 0; }
.subtitle { font-size: 1.2rem; margin: 0; }
.byline { color: #444; }
.skip-link { position: absolute; left: -10000px; top: 0; background: #fff; padding: 0.5rem 1rem; }
.skip-link:focus { left: 1rem; z-index: 10; outline: 3px solid #ffbf47; }
a { color: #0b5394; }
a:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
nav.toc { background: var(--shade); padding: 0.5rem 1.5rem 1rem; margin: 1.5rem 0; }
nav.toc h2 { border: 0; margin-top: 0.5rem; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc ol ol { padding-left: 1.5rem; }
.table-wrap { overflow-x: auto; margin: 1rem 0 1.5rem; }
.table-wrap:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; line-height: 1.45; }
caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }
caption .label, figcaption .label { color: var(--accent); }
thead th { background: var(--accent); color: #fff; text-align: left; padding: 0.4rem 0.5rem; }
tbody th, tbody td { vertical-align: top; text-align: left; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--rule); }
tbody th { font-weight: bold; width: 22%; }
td.status { width: 16%; }
td.status .stale { display: block; margin-top: 0.3em; padding: 0.2em 0.4em; border: 2px solid #b00020; color: #b00020; }
td p { margin: 0 0 0.4rem; }
figure { margin: 1.5rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-weight: bold; font-size: 0.95rem; }
.pull-quote { margin: 1.5rem 0; padding: 0.5rem 1.25rem; border-left: 4px solid var(--accent);
              font-style: italic; font-size: 1.15rem; color: var(--accent); }
.footnotes { font-size: 0.9rem; }
.signature { font-style: italic; }
@media print {
  body { max-width: none; font-size: 10.5pt; }
  nav.toc, .skip-link { display: none; }
  h2 { break-after: avoid; } h3 { break-after: avoid; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
</xsl:text>
  </xsl:template>
</xsl:stylesheet>
