/* typeset_values — text-drawing properties as pango does them (see typeset_values.c). */
#ifndef FRISK_TYPESET_VALUES_H
#define FRISK_TYPESET_VALUES_H

#include "fo.h"

#include <glib.h>
#include <pango/pango.h>

/* Sets font-variant (small-caps) and font-stretch of node on fd. */
void values_font(PangoFontDescription *fd, const FoNode *node);
/* Adds letter-spacing, word-spacing and visibility of node for text[start, end) to attrs. */
void values_style(PangoAttrList *attrs, const FoNode *node, const char *text, int start, int end);
/* s[0, n) after text-transform and wrap-option="no-wrap" of node (a new string the caller
 * frees), or NULL when neither applies. */
GString *values_transform(const FoNode *node, const char *s, size_t n);
/* The Unicode control that opens node's unicode-bidi override or embedding in its direction
 * (closed by U+202C), or NULL when node sets none. */
const char *values_bidi_open(const FoNode *node);
/* How far an inline object h tall reaches below the baseline of text at font_size, by its
 * alignment-baseline (vertical-align top, middle, bottom): 0 (its bottom on the baseline) unless
 * node sets one. The text's edges are taken as 0.8 em above and 0.2 em below the baseline. */
double values_object_descent(const FoNode *node, double h, double font_size);

#endif
