/* figures — the HTML side of diagrams: each urn:frisk:diagram element a stylesheet put into an
 * HTML result is replaced by the inline SVG the diagram module paints, so a figure in the web
 * page is drawn by the same layout code as in the PDF.
 *
 * Takes: an HTML result tree (modified in place). Gives: inline <svg role="img"> elements with
 * a text alternative. Errors in a diagram are reported through diag with its source line.
 */
#ifndef FRISK_FIGURES_H
#define FRISK_FIGURES_H

#include <libxml/tree.h>

/* Width at which figures are drawn for the web, in pt (the PDF's text width, 160 mm), unless
 * the diagram element carries f:width="PT" in this namespace (FIGURES_MIN/MAX_WIDTH_PT). */
#define FIGURES_HTML_WIDTH_PT 453.5
#define FIGURES_NS "urn:frisk:figures"
#define FIGURES_MIN_WIDTH_PT 100
#define FIGURES_MAX_WIDTH_PT 2000

/* Returns 0, or -1 after diagnostics (the tree may then be partly converted; discard it). */
int figures_inline_svg(xmlDocPtr html, const char *source_name);

/* Each <img data-frisk-src="PATH"> (an author's image, put there by stylesheets/html/
 * rich-text.xsl) gets src="data:…;base64,…" with the file's bytes, so the page needs no file
 * beside it. Returns 0, or -1 after a diagnostic (a file that cannot be read). */
int figures_embed_images(xmlDocPtr html, const char *source_name);

#endif
