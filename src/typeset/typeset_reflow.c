/* typeset_reflow — a flow whose pages have columns of different widths (issue 20, columns).
 *
 * Takes: a flow's galley as set so far and the first item the page builder has not placed (in a
 * row group broken across the change: each cell's; in a footnote carried over: its body's); the
 * same set again at the next page's column width. Gives: where the rest goes on in what is set
 * again. A paragraph broken across the change goes on with its remaining words set at the new
 * width (as FOP does); the lines already placed stay as they were set.
 */
#include "typeset_int.h"

#include <string.h>

/* Counting the pieces of a flow: each item is one, except spaces and out-of-flow areas, which
 * depend on where lines break (they are none), paddings, some of which depend on heights (a
 * block-container's free height, the room below side floats: columns2), and the lines of a
 * paragraph, which are one together however many there are at a width. */
typedef struct {
    const TextBlock *para; /* the paragraph whose lines are being counted, or NULL */
    int pieces;
} PieceCount;

/* Items that are no piece: where the flow goes on is the next one. */
static int skipped(const Item *it)
{
    return it->kind == IT_SPACE || it->kind == IT_AREA || it->kind == IT_PAD;
}

/* columns2: where piece start goes on in g: with the side floats and positioned containers
 * anchored just before it (skipped as pieces, they belong to what follows them; a before-float
 * before it belongs to the line before, and waits for a page's top: paginate carries it). */
static int with_areas(const Galley *g, int start)
{
    while (start > 0 && g->items[start - 1].kind == IT_AREA &&
           g->items[start - 1].area->kind != AREA_FLOAT_BEFORE)
        start--;
    return start;
}

/* Counts item it; returns whether it starts a piece. */
static int count_piece(PieceCount *pc, const Item *it)
{
    if (skipped(it))
        return 0;
    if (it->kind == IT_LINE && it->text && it->text == pc->para)
        return 0;
    pc->para = it->kind == IT_LINE ? it->text : NULL;
    pc->pieces++;
    return 1;
}

/* columns2: several paragraphs may go on from a byte at once (the cells of a row, footnotes) */
static void resume_add(TypesetContext *ctx, const FoNode *first, int byte)
{
    if (ctx->n_resume == ctx->cap_resume) {
        ctx->cap_resume = ctx->cap_resume ? ctx->cap_resume * 2 : 8;
        ReflowResume *grown = fo_arena_alloc(ctx->pass_arena, sizeof *grown * (size_t)ctx->cap_resume);
        if (ctx->n_resume)
            memcpy(grown, ctx->resume, sizeof *grown * (size_t)ctx->n_resume);
        ctx->resume = grown;
    }
    ctx->resume[ctx->n_resume++] = (ReflowResume){first, byte};
}

/* When it is a line past its paragraph's start, the paragraph goes on from that line's byte. */
static void resume_line(TypesetContext *ctx, const Item *it)
{
    if (it->kind == IT_LINE && it->text && it->text->lines[it->line].start > 0)
        resume_add(ctx, it->text->first, it->text->lines[it->line].start);
}

int reflow_resume_byte(const TypesetContext *ctx, const FoNode *first)
{
    for (int i = 0; i < ctx->n_resume; i++)
        if (ctx->resume[i].first == first)
            return ctx->resume[i].byte;
    return 0;
}

void reflow_resume_clear(TypesetContext *ctx)
{
    /* the array is the pass arena's: a new pass starts with none */
    ctx->n_resume = ctx->cap_resume = 0;
    ctx->resume = NULL;
}

/* columns2: the pieces of a flow as set at one width, counted once, so that where the flow
 * goes on is found without counting from its start at every change of width (a flow whose
 * width alternates on every page would count its whole galley once per page) */
struct FlowIndex {
    int **piece_at;         /* per part, per item: the piece it is in (-1: before the first) */
    int *start_part, *start_pos; /* per piece: where it starts */
    int n_pieces;
};

FlowIndex *reflow_index(TypesetContext *ctx, const FlowPart *parts, int n_parts)
{
    FoArena *arena = ctx->pass_arena;
    FlowIndex *ix = fo_arena_alloc(arena, sizeof *ix);
    size_t total = 1;
    for (int p = 0; p < n_parts; p++)
        total += (size_t)parts[p].g.n;
    ix->piece_at = fo_arena_alloc(arena, sizeof(int *) * (size_t)(n_parts + 1));
    ix->start_part = fo_arena_alloc(arena, sizeof(int) * total);
    ix->start_pos = fo_arena_alloc(arena, sizeof(int) * total);
    PieceCount pc = {0};
    for (int p = 0; p < n_parts; p++) {
        ix->piece_at[p] = fo_arena_alloc(arena, sizeof(int) * (size_t)(parts[p].g.n + 1));
        for (int i = 0; i < parts[p].g.n; i++) {
            if (count_piece(&pc, &parts[p].g.items[i])) {
                ix->start_part[pc.pieces - 1] = p;
                ix->start_pos[pc.pieces - 1] = i;
            }
            ix->piece_at[p][i] = pc.pieces - 1;
        }
    }
    ix->n_pieces = pc.pieces;
    return ix;
}

int reflow_resume(TypesetContext *ctx, const FlowIndex *ix, const FlowPart *parts, int n_parts,
                  int part, int pos)
{
    for (int p = part; p < n_parts; p++)
        for (int i = p == part ? pos : 0; i < parts[p].g.n; i++) {
            const Item *it = &parts[p].g.items[i];
            if (skipped(it))
                continue;
            /* the first item not placed: a line past its paragraph's start goes on from there */
            resume_line(ctx, it);
            return ix->piece_at[p][i];
        }
    return ix->n_pieces;
}

void reflow_find(const FlowIndex *ix, const FlowPart *parts, int n_parts, int piece, int *part,
                 int *pos)
{
    if (piece >= 0 && piece < ix->n_pieces) {
        *part = ix->start_part[piece];
        *pos = with_areas(&parts[*part].g, ix->start_pos[piece]);
        return;
    }
    *part = n_parts - 1;
    *pos = parts[n_parts - 1].g.n;
}

/* ---- columns2: a galley at a time (a cell's content, a footnote body) --------------------- */

/* A galley on its own is a flow of one part: counted and found as the flow is. */
int reflow_galley_piece(TypesetContext *ctx, const Galley *g, int pos)
{
    FlowPart one = {.g = *g};
    return reflow_resume(ctx, reflow_index(ctx, &one, 1), &one, 1, 0, pos);
}

int reflow_galley_find(TypesetContext *ctx, const Galley *g, int piece)
{
    FlowPart one = {.g = *g};
    int part, pos;
    reflow_find(reflow_index(ctx, &one, 1), &one, 1, piece, &part, &pos);
    return pos;
}

Cursor reflow_cursor_new(TypesetContext *ctx, const RowGroup *g)
{
    Cursor c;
    size_t n = (size_t)g->n_cells + 1;
    c.start = fo_arena_alloc(ctx->pass_arena, sizeof(int) * n);
    c.begun = fo_arena_alloc(ctx->pass_arena, n);
    c.inner = fo_arena_alloc(ctx->pass_arena, sizeof(Cursor *) * n);
    c.inner_h = fo_arena_alloc(ctx->pass_arena, sizeof(double) * n);
    return c;
}

/* A cursor as pieces: per cell, the piece its first item not placed is (-1: the cell is done),
 * whether it has begun, and the inner group's own when that item is a row group split. */
struct CursorPieces {
    int n_cells;
    int *piece;
    unsigned char *begun;
    CursorPieces **inner;
};

CursorPieces *reflow_cursor_pieces(TypesetContext *ctx, const RowGroup *g, const Cursor *cur)
{
    CursorPieces *cp = fo_arena_alloc(ctx->pass_arena, sizeof *cp);
    size_t n = (size_t)g->n_cells + 1;
    cp->n_cells = g->n_cells;
    cp->piece = fo_arena_alloc(ctx->pass_arena, sizeof(int) * n);
    cp->begun = fo_arena_alloc(ctx->pass_arena, n);
    cp->inner = fo_arena_alloc(ctx->pass_arena, sizeof(CursorPieces *) * n);
    for (int c = 0; c < g->n_cells; c++) {
        const Galley *content = &g->cells[c].content;
        int start = cur->start[c];
        cp->begun[c] = cur->begun[c];
        cp->inner[c] = NULL;
        if (start >= content->n) {
            cp->piece[c] = -1;
            continue;
        }
        cp->piece[c] = reflow_galley_piece(ctx, content, start);
        if (cur->inner[c] && content->items[start].kind == IT_ROWS)
            cp->inner[c] = reflow_cursor_pieces(ctx, content->items[start].rows, cur->inner[c]);
    }
    return cp;
}

int reflow_cursor_find(TypesetContext *ctx, const RowGroup *g, const CursorPieces *cp, Cursor *out)
{
    if (g->n_cells != cp->n_cells)
        return 0;
    for (int c = 0; c < g->n_cells; c++) {
        const Galley *content = &g->cells[c].content;
        out->begun[c] = cp->begun[c];
        out->inner[c] = NULL;
        out->inner_h[c] = 0;
        /* a cell not begun begins at its start, with what comes before its first piece */
        out->start[c] = !cp->begun[c] ? 0 : cp->piece[c] < 0 ? content->n
                                                              : reflow_galley_find(ctx, content, cp->piece[c]);
        if (!cp->inner[c])
            continue;
        const Item *it = out->start[c] < content->n ? &content->items[out->start[c]] : NULL;
        if (!it || it->kind != IT_ROWS)
            return 0;
        Cursor *inner = fo_arena_alloc(ctx->pass_arena, sizeof *inner);
        *inner = reflow_cursor_new(ctx, it->rows);
        if (!reflow_cursor_find(ctx, it->rows, cp->inner[c], inner))
            return 0;
        out->inner[c] = inner;
    }
    return 1;
}
