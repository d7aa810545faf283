/* typeset — frisk's XSL-FO formatter, and the one header through which anything outside
 * src/typeset/ uses it (as sqlite's btree.h, with typeset_int.h its btreeInt.h).
 *
 * Takes: an FO document in frisk's subset (docs/typesetter.md), as a file or a libxml2 tree.
 * Gives: a Layout, the pages with every line, rule, image and link placed; then the PDF bytes of
 * it: fonts embedded and subset, metadata, bookmarks, links and destinations, page labels and
 * structure tags, finished as PDF/UA-1 and PDF/A-2a (pdf_finish.h). Shapes each block once with pango and runs the page builder again until
 * page-number citations stop changing.
 *
 * Needs: fonts_init (shared/fonts.h), and hyphen_init (shared/hyphen.h) for Danish hyphenation;
 * files are read only inside the folders allowed by load_allow_folder (shared/load.h).
 * Ownership: a Layout is owned by the caller (layout_free) and borrows nothing from the FO
 * document; the PDF bytes are malloc'ed and owned by the caller, who writes them.
 *
 * The folder's other headers are private to it: fo.h (the FO tree and its properties), arena.h
 * (the allocator), typeset_int.h (shaped text, galley and area tree, between its files). It may
 * include shared/ headers and nothing of the compiler (tests/boundaries checks both).
 */
#ifndef FRISK_TYPESET_H
#define FRISK_TYPESET_H

#include <libxml/tree.h>
#include <stddef.h>

typedef struct Layout Layout; /* the area tree: pages of positioned boxes */

/* Typesets fo_doc; fo_file names the document in diagnostics. Every construct outside the
 * subset, and every bad property value, is reported as file:line:col: error; after any error
 * the result is NULL and nothing is rendered. */
Layout *typeset_document(xmlDocPtr fo_doc, const char *fo_file);
/* Frees everything the layout owns; NULL is a no-op. */
void layout_free(Layout *layout);
/* Number of pages; 0 for NULL. */
int layout_page_count(const Layout *layout);

/* Tagged PDF (PDF/UA-1 and PDF/A-2a: structure tree, artifacts, alternative texts) is the
 * default; tagged 0 leaves the structure out for the smallest file (PDF/A-2b level metadata
 * and output intent stay). */
void layout_set_tagged(Layout *layout, int tagged);

/* Paints the layout as PDF into a malloc'ed buffer (caller frees), using up its area tree: the
 * pages' contents are freed once painted, so call it once, then layout_free. creation_time: seconds since
 * the epoch for CreationDate/ModDate, or -1 to take it from the document (frisk:creation-date on
 * fo:root), else SOURCE_DATE_EPOCH, else a fixed 2000-01-01; never the clock, so the same
 * layout always gives the same bytes. Returns 0, or -1 after a diag message (*pdf is NULL). */
int render_pdf(Layout *layout, long long creation_time, unsigned char **pdf, size_t *pdf_len);

/* typeset_document and render_pdf in one go (tagged as layout_set_tagged takes it;
 * creation_time as render_pdf's). A document whose pages depend on no later page (no
 * page-number citation, no page number in a flow: a mail merge) is painted a page-sequence at a
 * time as it is set, each one's area tree freed once painted, so that memory follows the
 * largest page-sequence rather than the page count; any other is set whole first. Returns 0
 * with the malloc'ed PDF, or -1 after the diagnostics (nothing is returned half made). */
int typeset_render_document(xmlDocPtr fo_doc, const char *fo_file, int tagged,
                            long long creation_time, unsigned char **pdf, size_t *pdf_len);
/* The same for the FO file at fo_path (load_document, no XInclude), its document freed once
 * its FO tree is built; the dates from the document. */
int typeset_render_file(const char *fo_path, int tagged, unsigned char **pdf, size_t *pdf_len);

#endif
