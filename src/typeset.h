/* typeset — the XSL-FO subset (docs/typesetter.md) to an area tree of positioned pages.
 *
 * Takes: a parsed FO document. Gives: a Layout, the pages with every line, rule, image and link
 * placed, ready for render. Shapes each block once with pango and runs the page builder again
 * until page-number citations stop changing (at most TYPESET_MAX_PASSES times).
 *
 * Ownership: typeset_document returns an owned Layout (layout_free) that borrows nothing from
 * fo_doc, or NULL after diag errors. Needs fonts_init (and hyphen_init for Danish hyphenation).
 * typeset_document_freeing also frees fo_doc, as soon as it has been read.
 */
#ifndef FRISK_TYPESET_H
#define FRISK_TYPESET_H

#include <libxml/tree.h>

typedef struct Layout Layout; /* the area tree: pages of positioned boxes */

/* Typesets fo_doc; fo_file names the document in diagnostics. Every construct outside the
 * subset, and every bad property value, is reported as file:line:col: error; after any error
 * the result is NULL and nothing is rendered. */
Layout *typeset_document(xmlDocPtr fo_doc, const char *fo_file);
/* The same, freeing fo_doc once its FO tree is built (before the typesetting proper), so that
 * the libxml2 document is not held through the peak of the run. */
Layout *typeset_document_freeing(xmlDocPtr fo_doc, const char *fo_file);
/* Frees everything the layout owns; NULL is a no-op. */
void layout_free(Layout *layout);
/* Number of pages; 0 for NULL. */
int layout_page_count(const Layout *layout);

#endif
