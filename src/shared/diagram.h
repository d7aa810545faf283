/* diagram — the frisk diagram vocabulary (urn:frisk:diagram, docs/diagrams.md): change theories
 * and bar charts, laid out once with pango and painted with cairo.
 *
 * Takes: a diagram element (inside fo:instream-foreign-object, or from the HTML pipeline) and a
 * width. Gives: a laid-out figure whose height follows from its content, painted into any cairo
 * context (the PDF page) or rendered to an SVG document in memory (the HTML pages), so that
 * both outputs come from the same layout code.
 *
 * Ownership: diagram_parse returns an owned Diagram (free with diagram_free; NULL is a no-op).
 * It copies what it needs from the XML tree, which may be freed afterwards. diagram_layout keeps
 * a reference to the PangoContext through its layouts until diagram_free or the next layout.
 * Strings and buffers returned are malloc'ed and owned by the caller. All lengths are in pt.
 */
#ifndef FRISK_DIAGRAM_H
#define FRISK_DIAGRAM_H

#include <cairo.h>
#include <libxml/tree.h>
#include <pango/pango.h>
#include <stddef.h>

#define DIAGRAM_NS "urn:frisk:diagram"

typedef struct Diagram Diagram;

/* Reads the diagram rooted at root (d:change-theory or d:bar-chart). On an unknown element or
 * attribute, a missing required one or a bad value, reports every problem found with
 * diag_error(file, line, 0, ...) and returns NULL. file names the source in diagnostics; when
 * NULL, the node's own file (diag_node_file) is used. */
Diagram *diagram_parse(xmlNodePtr root, const char *file);

/* Lays the diagram out at width_pt with fonts from pango (borrowed; the typesetter's context,
 * or one from fonts_font_map()). Danish text in boxes and labels is hyphenated when the
 * hyphenation dictionary is loaded (hyphen_init). May be called again with another width.
 * Returns 0, or -1 after diag_error when the width is too small for the content. */
int diagram_layout(Diagram *d, PangoContext *pango, double width_pt);

/* Size of the laid-out diagram (0 before diagram_layout). The width is width_pt. */
double diagram_width(const Diagram *d);
double diagram_height(const Diagram *d);

/* Paints the laid-out diagram with its top-left corner at (x, y) in cr's user space (pt).
 * Leaves cr's state as it found it. Does nothing before diagram_layout. */
void diagram_paint(const Diagram *d, cairo_t *cr, double x, double y);

/* A plain-language Danish description for a text alternative: the title, then the content
 * (each column's heading and boxes; each category's values per series). malloc'ed, or NULL
 * on allocation failure. Works before diagram_layout. */
char *diagram_describe(const Diagram *d);

/* Convenience for the HTML pipeline: parses root, lays it out at width_pt with a context from
 * fonts_font_map() (fonts_init must have run), and renders it to a standalone SVG document
 * (units pt) in memory. The SVG carries <title> and <desc> (diagram_describe) for assistive
 * technology; its ids (cairo's glyph and surface ids) are prefixed with a hash of the content,
 * so several diagrams can be inlined in one HTML page. Deterministic: the same input gives the
 * same bytes. Returns 0 with *svg (malloc'ed, NUL-terminated) and *svg_len set, or -1 after a
 * diagnostic with *svg set to NULL. */
int diagram_render_svg(xmlNodePtr root, const char *file, double width_pt, char **svg,
                       size_t *svg_len);

void diagram_free(Diagram *d);

/* The rectangles the layout placed, for tests and for tagging: change-theory column headings
 * and boxes (column by column, heading first), bar-chart bar segments. Returns 0 and fills
 * rect with x, y, width, height in diagram coordinates, or -1 when index is out of range or
 * the diagram is not laid out. */
int diagram_item_rect(const Diagram *d, size_t index, double rect[4]);

#endif
