/* typeset_align — text-align beyond the line breaker's four values: a string that the lines of
 * a table column align on (a decimal comma or point), and inside and outside, which follow the
 * page's parity.
 *
 * Takes: a table's row groups as the galley built them, their lines set flush start; a block's
 * text-align and text-align-last. Gives: the lines moved across onto their column's axis (only
 * Item.x changes); the LineSpec the breaker sets a paragraph by, and how far a line set as on an
 * odd page moves on an even one. Kept apart so that the galley and the page builder each call it
 * at one place.
 */
#include "typeset_int.h"

#include <math.h>
#include <string.h>

/* ---- inside and outside ------------------------------------------------------------------- */

static int by_parity(FoKeyword k) { return k == K_INSIDE || k == K_OUTSIDE; }

void align_line_spec(const FoNode *owner, LineSpec *spec)
{
    FoKeyword ta = fo_keyword(owner, P_TEXT_ALIGN), last = fo_keyword(owner, P_TEXT_ALIGN_LAST);
    if (owner->type == FO_LEADER) /* inline2: a leader's content is a pattern, set as it is */
        ta = last = K_START;
    else if (fo_value(owner, P_TEXT_ALIGN, NULL)->kind == FV_STRING)
        last = K_RELATIVE; /* a string: every line flush start, for align_table to move */
    /* inside is the binding side: start on an odd page (right-hand, bound at its start edge),
     * end on an even one; outside the other way round (XSL 1.1 §7.16.9). The lines are set as
     * on an odd page, where inside is start (area_line_alignment) */
    spec->align = area_line_alignment(owner, ta);
    /* relative: as the other lines, but a justified paragraph's last line starts */
    spec->align_last = last != K_RELATIVE ? area_line_alignment(owner, last)
                       : spec->align == K_JUSTIFY ? area_line_alignment(owner, K_START) : spec->align;
    spec->by_parity = by_parity(ta);
    spec->last_by_parity = last != K_RELATIVE ? by_parity(last) : spec->align != K_JUSTIFY && by_parity(ta);
}

double align_page_dx(const TextLine *l, int page_number)
{
    return page_number % 2 == 0 ? l->flip_dx : 0;
}

/* ---- a string ------------------------------------------------------------------------------ */

/* The lines of one column (or run of columns a cell spans) that align on strings: the most any
 * reaches before the axis and after it, and the room all their measures share. */
typedef struct {
    int col, span;
    double before, after;
    double lo, hi; /* the common part of the lines' measures (absolute x) */
    double axis;
} ColumnAxis;

struct AlignAxes {
    ColumnAxis *cols;
    int n, cap;
};

/* The string owner's text-align aligns on, or NULL: a keyword, or a right-to-left owner (its
 * lines are mirrored as a whole, so they are set flush start, as outside a table). */
static const char *align_string(const FoNode *owner)
{
    const FoValue *v = owner ? fo_value(owner, P_TEXT_ALIGN, NULL) : NULL;
    if (!v || v->kind != FV_STRING || !v->str)
        return NULL;
    const FoValue *wm = fo_get(owner, P_WRITING_MODE, NULL);
    if (wm && wm->kind == FV_KEYWORD && (wm->keyword == K_RL_TB || wm->keyword == K_RL))
        return NULL;
    return v->str;
}

/* Where line item it reaches before its string's first occurrence (the string's start); a
 * line without the string reaches the axis with its end. */
static double line_before(const Item *it, const char *str)
{
    const TextBlock *tb = it->text;
    const TextLine *l = &tb->lines[it->line];
    const char *at = g_strstr_len(tb->text + l->start, l->length, str);
    return at ? text_line_x(tb, l, (int)(at - tb->text)) : l->width;
}

static ColumnAxis *axis_of(const AlignAxes *axes, int col, int span)
{
    for (int i = 0; i < axes->n; i++)
        if (axes->cols[i].col == col && axes->cols[i].span == span)
            return &axes->cols[i];
    return NULL;
}

typedef void (*AlignLineFn)(AlignAxes *axes, const Cell *cell, Item *it, const char *str);

/* Calls fn for each line of the cells of groups[0 .. n) whose text-align is a string: the
 * lines of the blocks in the cell, not those of a table or list inside it (set by their own). */
static void each_aligned_line(RowGroup **groups, int n, AlignLineFn fn, AlignAxes *axes)
{
    const FoNode *owner = NULL;
    const char *str = NULL;
    for (int g = 0; g < n; g++)
        for (int c = 0; c < groups[g]->n_cells; c++) {
            const Cell *cell = &groups[g]->cells[c];
            for (int i = 0; i < cell->content.n; i++) {
                Item *it = &cell->content.items[i];
                if (it->kind != IT_LINE || !it->text || it->text->n_lines == 0)
                    continue;
                if (it->text->owner != owner) { /* a paragraph's lines follow each other */
                    owner = it->text->owner;
                    str = align_string(owner);
                }
                if (str)
                    fn(axes, cell, it, str);
            }
        }
}

static void gather(AlignAxes *axes, const Cell *cell, Item *it, const char *str)
{
    double before = line_before(it, str), width = it->text->lines[it->line].width;
    double lo = it->x, hi = it->x + it->text->width;
    ColumnAxis *a = axis_of(axes, cell->col, cell->span);
    if (!a) {
        if (axes->n == axes->cap) {
            axes->cap = axes->cap ? axes->cap * 2 : 8;
            axes->cols = g_renew(ColumnAxis, axes->cols, axes->cap);
        }
        a = &axes->cols[axes->n++];
        *a = (ColumnAxis){.col = cell->col, .span = cell->span, .lo = lo, .hi = hi};
    }
    a->before = fmax(a->before, before);
    a->after = fmax(a->after, width - before);
    a->lo = fmax(a->lo, lo);
    a->hi = fmin(a->hi, hi);
}

/* The aligned lines stand as one block, as wide as the most before the axis and the most
 * after it, centred in the room the column leaves (the example of CSS 2 §17.5.4; neither it
 * nor XSL says where the axis goes); a block wider than the room starts at its start. */
static void place_axis(ColumnAxis *a)
{
    double free_w = (a->hi - a->lo) - (a->before + a->after);
    a->axis = a->lo + a->before + (free_w > 0 ? free_w / 2 : 0);
}

static void move_line(AlignAxes *axes, const Cell *cell, Item *it, const char *str)
{
    const ColumnAxis *a = axis_of(axes, cell->col, cell->span);
    if (a)
        it->x = a->axis - line_before(it, str) - it->text->lines[it->line].x;
}

void align_table(TypesetContext *ctx, Table *t, RowGroup **body, int n_body)
{
    RowGroup **sets[3] = {t->header, body, t->footer};
    int counts[3] = {t->n_header, n_body, t->n_footer};
    AlignAxes axes = {0};
    for (int s = 0; s < 3; s++)
        each_aligned_line(sets[s], counts[s], gather, &axes);
    if (axes.n == 0)
        return;
    for (int i = 0; i < axes.n; i++)
        place_axis(&axes.cols[i]);
    for (int s = 0; s < 3; s++)
        each_aligned_line(sets[s], counts[s], move_line, &axes);
    /* kept for the header or footer set again on each page (table markers) */
    AlignAxes *kept = fo_arena_alloc(ctx->pass_arena, sizeof *kept);
    kept->n = kept->cap = axes.n;
    kept->cols = fo_arena_alloc(ctx->pass_arena, sizeof(ColumnAxis) * (size_t)axes.n);
    memcpy(kept->cols, axes.cols, sizeof(ColumnAxis) * (size_t)axes.n);
    t->align_axes = kept;
    g_free(axes.cols);
}

void align_section(const Table *t, RowGroup **groups, int n)
{
    if (t->align_axes)
        each_aligned_line(groups, n, move_line, t->align_axes);
}
