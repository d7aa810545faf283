/* typeset_inline2 — text decorations as a set, leaders with content (see typeset_inline2.c). */
#ifndef FRISK_TYPESET_INLINE2_H
#define FRISK_TYPESET_INLINE2_H

#include "fo.h"
#include "typeset_int.h"

#include <pango/pango.h>

/* Adds to attrs, for text[start, end) set in the style of node, the decorations that reach it:
 * underline, overline and line-through, each in the colour of the object that set it. */
void decoration_attrs(PangoAttrList *attrs, const FoNode *node, int start, int end);

/* Fills in how the lines of owner's paragraph stack (LineSpec's stacking fields): its
 * line-stacking-strategy, line-height-shift-adjustment and its font (borrowed: lines_set
 * measures the strut with it). */
void stacking_spec(FoNode *owner, const PangoFontDescription *font, LineSpec *spec);

/* A leader with leader-pattern="use-content" is set by typeset_text.c (text_shape shapes its
 * content). Paints as many whole repeats of that content as the leader's set width m->w holds,
 * from x on the baseline base, as FOP does: each repeat's spare room before its content, what
 * is left over after the last. The repeats are artifacts: a reader hears the TOC line, not its
 * dots. */
void leader_content_paint(Layout *layout, Page *page, const InlineMark *m, double x, double base);

#endif
