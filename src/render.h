/* render — the last typesetting stage: an area tree (typeset.h) painted as PDF with cairo.
 *
 * Takes: a Layout. Gives: the PDF bytes in memory: fonts embedded and subset, metadata,
 * bookmarks, links and destinations, page labels and structure tags. Output is a pure function
 * of the layout and the creation time, so the same input gives identical bytes.
 *
 * Ownership: render_pdf borrows the layout; *pdf is malloc'ed and owned by the caller.
 */
#ifndef FRISK_RENDER_H
#define FRISK_RENDER_H

#include "typeset.h"

#include <stddef.h>

/* Paints the layout as PDF into a malloc'ed buffer (caller frees). creation_time: seconds since
 * the epoch for CreationDate/ModDate, or -1 to take it from the document (frisk:creation-date on
 * fo:root), else SOURCE_DATE_EPOCH, else a fixed 2000-01-01; never the clock.
 * Returns 0, or -1 after a diag message (*pdf is then NULL). */
int render_pdf(const Layout *layout, long long creation_time, unsigned char **pdf, size_t *pdf_len);

#endif
