/* typeset_inline2 — text-decoration as XSL 1.1 §7.17.4 and FOP have it, and leaders that
 * repeat their content.
 *
 * Takes: an FO node and the text it styles; a use-content leader. Gives: pango attributes for
 * the lines that reach the text; the leader's content set once and its repeats painted. A
 * decoration is not inherited but propagated: what a block (or any ancestor) sets reaches all
 * its inline content, a no-* value below cancels it from there down and none clears them all.
 * Each line keeps the colour of the object that set it (CSS 2, and FOP), so an underlined black
 * paragraph keeps a black underline under a red word. blink is read, not drawn (as in FOP).
 */
#include "typeset_inline2.h"

#include <math.h>

enum { DECO_LINES = 3 }; /* underline, overline, line-through: the bits FO_DECO_* 1, 2, 4 */

typedef struct {
    unsigned lines;
    uint32_t rgb[DECO_LINES];
} Decoration;

/* The decoration of node: its ancestors' first, then its own value on top. */
static void decoration_of(const FoNode *node, Decoration *d)
{
    if (node->parent)
        decoration_of(node->parent, d);
    const FoValue *v = fo_get(node, P_TEXT_DECORATION, NULL); /* not inherited: its own */
    if (!v)
        return;
    unsigned bits = (unsigned)v->number;
    if (bits & FO_DECO_NONE) {
        d->lines = 0;
        return;
    }
    uint32_t rgb = 0;
    fo_color(node, P_COLOR, &rgb);
    for (int i = 0; i < DECO_LINES; i++) {
        unsigned line = 1u << i;
        if (bits & line) {
            d->lines |= line;
            d->rgb[i] = rgb;
        } else if (bits & line << FO_DECO_CANCEL) {
            d->lines &= ~line;
        }
    }
}

static void add(PangoAttrList *attrs, PangoAttribute *a, int start, int end)
{
    a->start_index = (guint)start;
    a->end_index = (guint)end;
    pango_attr_list_insert(attrs, a);
}

static void add_colour(PangoAttrList *attrs, PangoAttribute *(*make)(guint16, guint16, guint16),
                       uint32_t rgb, int start, int end)
{
    add(attrs, make((guint16)((rgb >> 16 & 0xff) * 257), (guint16)((rgb >> 8 & 0xff) * 257),
                    (guint16)((rgb & 0xff) * 257)),
        start, end);
}

void decoration_attrs(PangoAttrList *attrs, const FoNode *node, int start, int end)
{
    Decoration d = {0};
    decoration_of(node, &d);
    if (d.lines & FO_DECO_UNDERLINE) {
        add(attrs, pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), start, end);
        add_colour(attrs, pango_attr_underline_color_new, d.rgb[0], start, end);
    }
    if (d.lines & FO_DECO_OVERLINE) {
        add(attrs, pango_attr_overline_new(PANGO_OVERLINE_SINGLE), start, end);
        add_colour(attrs, pango_attr_overline_color_new, d.rgb[1], start, end);
    }
    if (d.lines & FO_DECO_LINE_THROUGH) {
        add(attrs, pango_attr_strikethrough_new(TRUE), start, end);
        add_colour(attrs, pango_attr_strikethrough_color_new, d.rgb[2], start, end);
    }
}

/* ---- line stacking ------------------------------------------------------------------------- */

void stacking_spec(FoNode *owner, const PangoFontDescription *font, LineSpec *spec)
{
    /* FOP sets line-height as max-height (its support is partial), and so does frisk */
    spec->stacking = fo_keyword(owner, P_LINE_STACKING_STRATEGY) == K_FONT_HEIGHT ? K_FONT_HEIGHT
                                                                                 : K_MAX_HEIGHT;
    spec->disregard_shifts = fo_keyword(owner, P_LINE_HEIGHT_SHIFT_ADJUSTMENT) == K_DISREGARD_SHIFTS;
    spec->owner_font = font;
}

/* ---- leaders with content ------------------------------------------------------------------ */

void leader_content_paint(Layout *layout, Page *page, const InlineMark *m, double x, double base)
{
    if (m->n_blocks == 0 || m->unit <= 0)
        return;
    const TextBlock *tb = m->blocks[0];
    double spare = m->unit - tb->lines[0].width;
    int repeats = (int)floor(m->w / m->unit + 1e-6);
    for (int k = 0; k < repeats; k++) {
        DrawOp op = {.kind = OP_TEXT, .x = x + k * m->unit + spare, .y = base, .text = tb,
                     .line = 0, .repeat = 1};
        layout_add_op(layout, page, &op);
    }
}
