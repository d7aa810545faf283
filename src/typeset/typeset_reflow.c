/* typeset_reflow — a flow whose pages have columns of different widths (issue 20, columns).
 *
 * Takes: a flow's galley as set so far and the first item the page builder has not placed; the
 * flow set again at the next page's column width. Gives: where the rest of the flow goes on in
 * the flow set again. A paragraph broken across the change goes on with its remaining words set
 * at the new width (as FOP does); the lines already placed stay as they were set.
 */
#include "typeset_int.h"

/* Counting the pieces of a flow: each item is one, except spaces and out-of-flow areas, which
 * depend on where lines break (they are none), and the lines of a paragraph, which are one
 * together however many there are at a width. */
typedef struct {
    const TextBlock *para; /* the paragraph whose lines are being counted, or NULL */
    int pieces;
} PieceCount;

/* Counts item it; returns whether it starts a piece. */
static int count_piece(PieceCount *pc, const Item *it)
{
    if (it->kind == IT_SPACE || it->kind == IT_AREA)
        return 0;
    if (it->kind == IT_LINE && it->text && it->text == pc->para)
        return 0;
    pc->para = it->kind == IT_LINE ? it->text : NULL;
    pc->pieces++;
    return 1;
}

int reflow_resume(TypesetContext *ctx, const FlowPart *parts, int n_parts, int part, int pos)
{
    PieceCount pc = {0};
    for (int p = 0; p < n_parts; p++)
        for (int i = 0; i < parts[p].g.n; i++) {
            const Item *it = &parts[p].g.items[i];
            count_piece(&pc, it);
            if (p < part || (p == part && i < pos) || it->kind == IT_SPACE || it->kind == IT_AREA)
                continue;
            /* the first item not placed: a line past its paragraph's start goes on from there */
            if (it->kind == IT_LINE && it->text && it->text->lines[it->line].start > 0) {
                ctx->resume_first = it->text->first;
                ctx->resume_byte = it->text->lines[it->line].start;
            }
            return pc.pieces - 1;
        }
    return pc.pieces;
}

void reflow_find(const FlowPart *parts, int n_parts, int piece, int *part, int *pos)
{
    PieceCount pc = {0};
    for (int p = 0; p < n_parts; p++)
        for (int i = 0; i < parts[p].g.n; i++)
            if (count_piece(&pc, &parts[p].g.items[i]) && pc.pieces - 1 == piece) {
                *part = p;
                *pos = i;
                return;
            }
    *part = n_parts - 1;
    *pos = parts[n_parts - 1].g.n;
}
