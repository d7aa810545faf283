/* typeset_change_bars — fo:change-bar-begin / fo:change-bar-end: a bar in the margin beside
 * every line between a begin and the end of its class, across pages.
 *
 * Takes: the begins and ends met while the page builder places a flow, footnotes or static
 * content (as galley items between blocks, or as marks inside a paragraph's text), and each
 * line placed with the column it stands in. Gives: vertical strokes beside those lines, at
 * change-bar-offset outside the column's start or end edge (change-bar-placement),
 * change-bar-width wide, in change-bar-color and change-bar-style.
 * Strokes are decoration, so the renderer makes them artifacts, as a reader of the text wants.
 */
#include "typeset_int.h"

#include <string.h>

void change_bars_begin(ChangeBars *cb, FoNode *begin)
{
    if (cb->n < CHANGE_BARS_MAX)
        cb->bars[cb->n++] = (ActiveBar){.begin = begin, .cls = fo_string(begin, P_CHANGE_BAR_CLASS),
                                        .page = -1};
}

void change_bars_end(ChangeBars *cb, const FoNode *end)
{
    const char *cls = fo_string(end, P_CHANGE_BAR_CLASS);
    for (int i = cb->n - 1; i >= 0; i--)
        if (cls && cb->bars[i].cls && strcmp(cls, cb->bars[i].cls) == 0) {
            memmove(&cb->bars[i], &cb->bars[i + 1], sizeof cb->bars[0] * (size_t)(cb->n - i - 1));
            cb->n--;
            return;
        }
}

void change_bars_drop(ChangeBars *cb, const FoNode *begin)
{
    for (int i = cb->n - 1; i >= 0; i--)
        if (cb->bars[i].begin == begin) {
            memmove(&cb->bars[i], &cb->bars[i + 1], sizeof cb->bars[0] * (size_t)(cb->n - i - 1));
            cb->n--;
            return;
        }
}

void change_bars_column(ChangeBars *cb, double col_x, double col_w, int column, int columns)
{
    cb->col_x = col_x;
    cb->col_w = col_w;
    cb->column = column;
    cb->columns = columns;
}

/* The x of a bar's centre line: offset outside the start (left) or end (right) edge of the
 * column; inside and outside follow the page (the binding is left of an odd page); alternate
 * (XSL 1.1 §7.31.3) is start beside the first of exactly two columns and end beside the
 * second, else outside. (In rl-tb the region is mirrored afterwards, bars with it.) */
static double bar_x(const FoNode *begin, int page_number, const ChangeBars *cb, double width)
{
    double offset = fo_length(begin, P_CHANGE_BAR_OFFSET, cb->col_w, 6);
    FoKeyword where = fo_keyword(begin, P_CHANGE_BAR_PLACEMENT);
    if (where == K_ALTERNATE)
        where = cb->columns == 2 ? (cb->column == 0 ? K_START : K_END) : K_OUTSIDE;
    int odd = page_number % 2 == 1;
    int left = where == K_START || where == K_LEFT || (where == K_INSIDE && odd) ||
               (where == K_OUTSIDE && !odd);
    return left ? cb->col_x - offset - width / 2 : cb->col_x + cb->col_w + offset + width / 2;
}

void change_bars_line(ChangeBars *cb, Layout *layout, Page *page, int page_index, int page_number,
                      double top, double bottom)
{
    double col_w = cb->col_w;
    if (cb->suspended)
        return;
    for (int i = 0; i < cb->n; i++) {
        ActiveBar *bar = &cb->bars[i];
        FoKeyword style = fo_keyword(bar->begin, P_CHANGE_BAR_STYLE);
        double width = fo_length(bar->begin, P_CHANGE_BAR_WIDTH, col_w, 6);
        if (style == K_NONE || style == K_HIDDEN || width <= 0)
            continue;
        /* a bar is one stroke per page and column, from its first line there to its last,
         * over the space between paragraphs too */
        double x = bar_x(bar->begin, page_number, cb, width);
        if (bar->page == page_index && bar->op >= 0 && bar->op < page->n_ops &&
            page->ops[bar->op].x == x) {
            DrawOp *op = &page->ops[bar->op];
            double y0 = top < op->y ? top : op->y;
            double y1 = bottom > op->y + op->h ? bottom : op->y + op->h;
            op->y = y0;
            op->h = y1 - y0;
            continue;
        }
        uint32_t rgb = 0;
        if (!fo_color(bar->begin, P_CHANGE_BAR_COLOR, &rgb))
            fo_color(bar->begin, P_COLOR, &rgb);
        DrawOp op = {.kind = OP_STROKE, .x = x,
                     .y = top, .w = 0, .h = bottom - top, .width = width, .rgb = rgb,
                     .style = style};
        layout_add_op(layout, page, &op);
        bar->page = page_index;
        bar->op = page->n_ops - 1;
    }
}
