/* typeset — the page builder: FO tree → galley → pages, run until page numbers settle.
 *
 * Takes: the FO tree (fo.h) and each flow's galley (typeset_galley.c). Gives: the Layout, pages
 * of positioned drawing operations for render.c. Fills each page's body from the galley, breaking
 * only where keeps allow, splitting table rows and list items at line boundaries, repeating
 * table headers, reserving the foot of the page for the footnotes of the lines placed, and
 * recording the page of every id and marker. Page-number citations take their values from the
 * previous pass, so the whole builder runs again (over cached shaping) until they stop changing.
 */
#include "typeset.h"
#include "typeset_int.h"
#include "typeset_inline2.h"

#include "shared/diag.h"
#include "shared/fonts.h"
#include "shared/load.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FOOTNOTE_SEPARATOR 12.0 /* space above the footnotes, with a rule in it */
#define EPS 0.01

/* ---- masters ------------------------------------------------------------------------------- */

typedef struct {
    FoNode *node;
    const char *name;
    double width, height;
    double body_x, body_y, body_w, body_h;
    double region_x, region_w;             /* between the page margins */
    double before_y, before_h, after_y, after_h;
    const char *before_name, *after_name;
    /* pages (issue 20): the side regions, the corners before/after take, the body's columns */
    double before_x, before_w, after_x, after_w;
    double start_x, start_w, end_x, end_w, sides_y, sides_h;
    const char *start_name, *end_name;
    int columns;                           /* column-count of the region-body */
    double column_gap, column_w;
    /* writing-mode="rl-tb" of the body, before, after, start and end regions: mirrored */
    unsigned char rl_page, rl_body, rl_before, rl_after, rl_start, rl_end;
    /* reference-orientation of the page and of the body (cairo's degrees, 0: upright): their
     * geometry above is in their own frame, whose origin is (ox, oy) on the page */
    double page_turn, page_ox, page_oy, body_turn, body_ox, body_oy;
    /* the same for the before, after, start and end regions, set in frames fw x fh */
    double side_turn[4], side_ox[4], side_oy[4], side_fw[4], side_fh[4];
} PageMaster;

typedef struct {
    PageMaster *master;
    FoKeyword position, odd_even, blank;
} Alternative;

/* One sub-sequence of a page-sequence-master: a single-page-master-reference, a
 * repeatable-page-master-reference or repeatable-page-master-alternatives. */
typedef struct {
    FoNode *node;
    PageMaster *master;      /* single or repeatable */
    Alternative *alts;       /* alternatives (master NULL) */
    int n_alts;
    int max_repeats;         /* pages it may give; -1: no limit */
} SubSequence;

typedef struct {
    const char *name;
    FoNode *node;
    PageMaster *simple;      /* a simple-page-master, or */
    SubSequence *subs;       /* a page-sequence-master's sub-sequences, used in order */
    int n_subs;
    int has_last;            /* one of them is for page-position="last" */
} MasterRef;

/* Where a page-sequence stands in its page-sequence-master. */
typedef struct {
    int sub, used;
} MasterState;

/* ---- the builder --------------------------------------------------------------------------- */

typedef struct {
    const Deco *deco;
    int bg_op;       /* index of its background op on the page, -1 if none */
    double top;
    int continued;   /* opened on an earlier page: no top border */
    int has_ref;     /* blocks: a block-container, the reference area of absolute containers
                      * in it, while it is open; saved_ref is the one around it */
    double saved_ref[4];
    double shift;    /* sides2: how far it and its content move beside flipped floats */
} OpenDeco;

typedef struct {
    Page page;
    PageMaster *master;
    int number;
    int seq;
    int blank;
    char label[48];  /* number as the page-sequence prints it */
} PageOut;

typedef struct {
    const char *cls;
    FoNode *marker;
    int page;
    int at_top;      /* nothing of the flow is on its page before it (first-including-carryover) */
} MarkerHit;

/* What remains of a footnote body: its items from `from` on. */
typedef struct {
    const Footnote *fn;
    int from;
} FnPart;

typedef struct {
    TypesetContext *ctx;
    Layout *layout;
    GArray *pages;           /* PageOut */
    GHashTable *new_ids;     /* id -> IdPlace*, this pass */
    GHashTable *dests;       /* ids given a PDF destination this pass */
    GArray *markers;         /* MarkerHit, this pass */
    Footnote **page_fn;      /* footnotes of the page being placed */
    int n_page_fn, cap_page_fn;
    /* footnote bodies that did not fit the foot of their page and go on at the foot of the next
     * (XSL lets a footnote continue; one taller than the room left must, or it is lost) */
    FnPart *carry;
    int n_carry, cap_carry;
    /* the tag open on the page (paragraph) */
    const TextBlock *tag_text;
    int number;              /* next page number */
    const FoNode *seq_node;  /* the page-sequence being paginated: its page-number format */
    int no_force;            /* fill_page: never set what does not fit (a band part way down a
                                page, or a trial of balanced column heights) */
    /* blocks (typeset_float.c): the reference area absolute containers are placed in (x, y,
     * w, h), and before-floats that did not fit their page and wait for the next */
    double ref[4];
    const Area **float_carry;
    int n_float_carry, cap_float_carry;
    /* the before-floats anchored on the page being placed and the y each is set at: drawn
     * when their anchor is placed, so that their tags follow it in reading order */
    const Area *page_floats[16];
    double page_float_y[16];
    int n_page_floats;
    int repeating;           /* placing a table header or footer again: its text is an artifact */
    ChangeBars bars;         /* change bars open (typeset_change_bars.c) */
    ChangeBars note_bars;    /* sides: those open in footnote bodies, apart from the text's */
} PB;

static const char *lstr(PB *pb, const char *s)
{
    return s ? fo_arena_strndup(pb->layout->arena, s, strlen(s)) : NULL;
}

static void op_tag(PB *pb, Page *page, OpKind kind, const char *tag)
{
    DrawOp op = {.kind = kind, .str = tag};
    layout_add_op(pb->layout, page, &op);
}

static void close_text_tag(PB *pb, Page *page)
{
    if (pb->tag_text) {
        op_tag(pb, page, OP_TAG_END, NULL);
        pb->tag_text = NULL;
    }
}

/* The document's language (PDF /Lang): the root's, else the first page-sequence's. */
static const char *document_lang(Layout *layout, const FoNode *root)
{
    char buf[64];
    const FoNode *seq = root->first;
    while (seq && seq->type != FO_PAGE_SEQUENCE)
        seq = seq->next;
    if (fo_lang(root, buf, sizeof buf) || (seq && fo_lang(seq, buf, sizeof buf)))
        return fo_arena_strndup(layout->arena, buf, strlen(buf));
    return NULL;
}

/* ---- ids and markers ----------------------------------------------------------------------- */

static void record_id(PB *pb, PageOut *po, const char *id, double x, double y)
{
    Page *page = &po->page;
    int number = po->number;
    IdPlace *place = g_hash_table_lookup(pb->new_ids, id);
    if (!place) {
        place = g_new0(IdPlace, 1); /* outlives the pass: the next one reads it */
        place->first_page = place->last_page = number;
        snprintf(place->first_label, sizeof place->first_label, "%s", po->label);
        snprintf(place->last_label, sizeof place->last_label, "%s", po->label);
        /* a copy: the anchor's name is in text a page-sequence painted at once frees */
        char *key = g_strdup(id);
        g_hash_table_insert(pb->new_ids, key, place);
        if (id[0] != '#' && !g_hash_table_contains(pb->dests, id)) {
            g_hash_table_add(pb->dests, key); /* the key is new_ids', which outlives dests */
            DrawOp op = {.kind = OP_DEST, .x = x, .y = y, .str = lstr(pb, id)};
            layout_add_op(pb->layout, page, &op);
        }
    } else if (number > place->last_page) {
        place->last_page = number;
        snprintf(place->last_label, sizeof place->last_label, "%s", po->label);
    }
}

/* ---- decorations --------------------------------------------------------------------------- */

static void stroke(PB *pb, Page *page, double x, double y, double w, double h, double width,
                   uint32_t rgb, FoKeyword style)
{
    DrawOp op = {.kind = OP_STROKE, .x = x, .y = y, .w = w, .h = h, .width = width, .rgb = rgb,
                 .style = style};
    layout_add_op(pb->layout, page, &op);
}

/* Paints a block's (or cell's) background and borders from y0 to y1. Borders at a cut
 * (top of a continued part, bottom of a part that goes on) are left out. */
static void paint_deco(PB *pb, Page *page, const Deco *d, int bg_op, double dx, double y0,
                       double y1, int top, int bottom)
{
    if (y1 <= y0)
        return;
    double x = d->x + dx, w = d->width;
    if (d->has_bg && bg_op >= 0) {
        DrawOp *op = &page->ops[bg_op];
        op->x = x;
        op->y = y0;
        op->w = w;
        op->h = y1 - y0;
        op->rgb = d->bg;
    }
    if (d->background && bg_op >= 0) /* paint: its image, in the op after the colour's */
        background_place(&page->ops[bg_op + 1], d, x, y0, w, y1, top, bottom);
    int centred = d->tag && strcmp(d->tag, "collapse") == 0;
    for (int s = 0; s < 4; s++) {
        double bw = d->bw[s];
        if (bw <= 0 || (s == 0 && !top) || (s == 1 && !bottom))
            continue;
        double in = d->edge_set ? d->edge[s] : centred ? 0 : bw / 2;
        if (border_stroke_3d(pb->layout, page, s, s == 2 ? x + in : s == 3 ? x + w - in : x,
                             s == 0 ? y0 + in : s == 1 ? y1 - in : y0, s < 2 ? w : 0,
                             s < 2 ? 0 : y1 - y0, bw, d->bc[s], d->bs[s]))
            continue; /* paint: groove, ridge, inset, outset */
        switch (s) {
        case 0: stroke(pb, page, x, y0 + in, w, 0, bw, d->bc[s], d->bs[s]); break;
        case 1: stroke(pb, page, x, y1 - in, w, 0, bw, d->bc[s], d->bs[s]); break;
        case 2: stroke(pb, page, x + in, y0, 0, y1 - y0, bw, d->bc[s], d->bs[s]); break;
        case 3: stroke(pb, page, x + w - in, y0, 0, y1 - y0, bw, d->bc[s], d->bs[s]); break;
        }
    }
}

static int reserve_bg(PB *pb, Page *page, const Deco *d)
{
    if (!d->has_bg && !d->background)
        return -1;
    DrawOp op = {.kind = OP_RECT};
    layout_add_op(pb->layout, page, &op);
    if (d->background) { /* paint: the image over the colour, placed by paint_deco */
        DrawOp image = {.kind = OP_BACKGROUND, .background = d->background};
        layout_add_op(pb->layout, page, &image);
        return page->n_ops - 2;
    }
    return page->n_ops - 1;
}

/* ---- placing items ------------------------------------------------------------------------- */

typedef struct {
    OpenDeco stack[64];
    int depth;
} DecoStack;

static void place_group(PB *pb, PageOut *po, const RowGroup *g, const Cursor *in,
                        const Cursor *out, double part_h, double dx, double y, int collect);
struct PlaceOpts;
static double place_items(PB *pb, PageOut *po, const Galley *g, int a, int b, double dx, double y,
                          int top, const struct PlaceOpts *opts);

/* Draws an area (typeset_float.c) anchored at y: its border and background on the page, its
 * content in its own frame (moved, turned, clipped), where absolute areas inside it are
 * placed in turn. */
static void place_area(PB *pb, PageOut *po, const Area *a, double dx, double y)
{
    Area moved;
    if (area_side_flipped(a, po->number)) { /* float="inside|outside" on an even page */
        moved = *a;
        moved.x = area_flipped_x(a);
        a = &moved;
    }
    AreaFrame fr;
    area_frame(a, pb->ref, po->page.width, po->page.height, dx, y, &fr);
    close_text_tag(pb, &po->page);
    int bg = reserve_bg(pb, &po->page, &a->deco);
    paint_deco(pb, &po->page, &a->deco, bg, fr.bx, fr.by, fr.by + a->outer_h, 1, 1);
    layout_add_op(pb->layout, &po->page, &fr.push);
    double saved[4];
    memcpy(saved, pb->ref, sizeof saved);
    pb->ref[0] = pb->ref[1] = 0;
    pb->ref[2] = a->ipd;
    pb->ref[3] = a->bpd;
    place_items(pb, po, &a->content, 0, a->content.n, 0, 0, 0, NULL);
    close_text_tag(pb, &po->page);
    memcpy(pb->ref, saved, sizeof saved);
    DrawOp pop = {.kind = OP_FRAME_END};
    layout_add_op(pb->layout, &po->page, &pop);
}

/* The decorations open at index k of a galley (opened before k, not yet closed). */
static void open_at(const Galley *g, int k, DecoStack *st)
{
    st->depth = 0;
    for (int i = 0; i < k && i < g->n; i++) {
        if (g->items[i].kind == IT_BLOCK_START && st->depth < 64)
            st->stack[st->depth++] = (OpenDeco){.deco = g->items[i].deco, .continued = 1};
        else if (g->items[i].kind == IT_BLOCK_END && st->depth > 0)
            st->depth--;
    }
}

/* Whether the flow has put anything readable on the page yet (text, an image, a diagram). */
static int page_has_content(const Page *page)
{
    for (int i = 0; i < page->n_ops; i++)
        if (page->ops[i].kind == OP_TEXT || page->ops[i].kind == OP_IMAGE || page->ops[i].kind == OP_DIAGRAM)
            return 1;
    return 0;
}

static void paint_line_extras(PB *pb, PageOut *po, const Item *it, double dx, double top)
{
    const TextBlock *tb = it->text;
    const TextLine *l = &tb->lines[it->line];
    double x0 = it->x + dx + l->x;
    double base = top + l->baseline;
    int lend = l->start + l->length;
    int last = it->line == tb->n_lines - 1;
    for (const InlineMark *m = tb->marks; m; m = m->next) {
        int in_line = m->start >= l->start && (m->start < lend || (last && m->start == lend));
        if (m->kind == INL_LINK) {
            int a = m->start > l->start ? m->start : l->start;
            int b = m->end < lend ? m->end : lend;
            if (a >= b)
                continue;
            double xa = text_line_x(tb, l, a);
            double xb = b == lend ? l->width : text_line_x(tb, l, b);
            DrawOp op = {.kind = OP_LINK, .x = x0 + xa, .y = top, .w = xb - xa, .h = l->height,
                         .str = m->name, .external = m->external};
            layout_add_op(pb->layout, &po->page, &op);
            continue;
        }
        if (!in_line)
            continue;
        double x = x0 + text_line_x(tb, l, m->start);
        switch (m->kind) {
        case INL_ANCHOR:
            record_id(pb, po, m->name, x, top);
            break;
        case INL_LEADER: {
            if (m->pattern == K_SPACE || m->w <= 0)
                break;
            if (m->pattern == K_USE_CONTENT) { /* inline2 */
                leader_content_paint(pb->layout, &po->page, m, x, base);
                break;
            }
            if (m->pattern == K_RULE) {
                double y = base - m->thickness / 2 - 0.2 * fo_font_size(m->node);
                FoKeyword style = fo_keyword(m->node, P_RULE_STYLE);
                if (!border_stroke_3d(pb->layout, &po->page, -1, x, y, m->w, 0, m->thickness,
                                      m->rgb, style))
                    stroke(pb, &po->page, x, y, m->w, 0, m->thickness, m->rgb, style);
            } else { /* dots on a grid (4pt, or leader-pattern-width), so that leaders line up
                      * from line to line */
                double pitch = fo_length(m->node, P_LEADER_PATTERN_WIDTH, 0, 4.0);
                if (pitch < 2.0) /* a dot is 1pt: closer than that they would run together */
                    pitch = 2.0;
                double start = ceil((x - dx + 1) / pitch) * pitch + dx;
                DrawOp op = {.kind = OP_DOTS, .x = start - 0.5, .y = base - 1.0,
                             .w = x + m->w - start, .h = 1.0, .width = pitch, .rgb = m->rgb};
                layout_add_op(pb->layout, &po->page, &op);
            }
            break;
        }
        case INL_IMAGE: {
            DrawOp op = {.kind = OP_IMAGE, .x = x, .y = base - m->h + m->descent, .w = m->w, .h = m->h,
                         .graphic = m};
            layout_add_op(pb->layout, &po->page, &op);
            break;
        }
        case INL_DIAGRAM: {
            DrawOp op = {.kind = OP_DIAGRAM, .x = x, .y = base - m->h + m->descent, .w = m->w, .h = m->h,
                         .diagram = m->diagram};
            layout_add_op(pb->layout, &po->page, &op);
            break;
        }
        case INL_CONTAINER: { /* its blocks' lines, stacked from its top */
            double block_top = base + m->descent - m->h;
            double left = x;
            if (m->turn) { /* in its own frame, from the corner its top-left turns to */
                DrawOp frame = {.kind = OP_FRAME_BEGIN, .line = m->turn,
                                .x = m->turn == 90 ? x : x + m->w,
                                .y = m->turn == 270 ? block_top : block_top + m->h};
                layout_add_op(pb->layout, &po->page, &frame);
                left = block_top = 0;
            }
            for (int b = 0; b < m->n_blocks; b++) {
                const TextBlock *inner = m->blocks[b];
                for (int i = 0; i < inner->n_lines; i++) {
                    const TextLine *il = &inner->lines[i];
                    DrawOp op = {.kind = OP_TEXT, .x = left + il->x, .y = block_top + il->top + il->baseline,
                                 .text = inner, .line = i};
                    layout_add_op(pb->layout, &po->page, &op);
                }
                const TextLine *last = &inner->lines[inner->n_lines - 1];
                block_top += last->top + last->height;
            }
            if (m->turn) {
                DrawOp end = {.kind = OP_FRAME_END};
                layout_add_op(pb->layout, &po->page, &end);
            }
            break;
        }
        default:
            break;
        }
    }
}

/* Places items [a, b) of g from y. top: a page's own galley (footnotes are collected; nested
 * galleys hand theirs to their row group). Returns the y below the last item. */
typedef struct PlaceOpts {
    const Cursor *partial; /* items[a] is a group begun on the previous page */
    const Cursor *split;   /* after the range, items[b] is placed up to here */
    double split_h;
    const Table *header;   /* repeat this table's header before the first content */
    const Table *footer;   /* repeat this table's footer after the last content */
} PlaceOpts;

static void add_page_footnotes(PB *pb, const Item *it)
{
    for (Footnote *fn = it->footnotes; fn; fn = fn->next) {
        if (pb->n_page_fn == pb->cap_page_fn) {
            pb->cap_page_fn = pb->cap_page_fn ? pb->cap_page_fn * 2 : 8;
            pb->page_fn = realloc(pb->page_fn, sizeof *pb->page_fn * (size_t)pb->cap_page_fn);
            FRISK_ASSERT(pb->page_fn != NULL);
        }
        pb->page_fn[pb->n_page_fn++] = fn;
    }
}

static double group_rest(PB *pb, const RowGroup *g, const Cursor *cur);

/* Where in a galley place_items places: items [a, b), items[a] begun on an earlier page
 * (carried), items[b] placed in part (split). A table's part on the page is read from it. */
typedef struct {
    const Galley *g;
    int a, b, carried, split;
} Span;

/* Places table t's header (footer: its footer) at y: all its row groups, or only group `only`
 * (>= 0: the header or footer where the galley has it). repeat: placed again at a page break,
 * so its text is an artifact. When it holds fo:retrieve-table-marker, it is set again with the
 * markers of t's part in the span [a, b) (typeset_table_markers.c). Returns the y below it. */
static double place_section(PB *pb, PageOut *po, const Table *t, int footer, int only, int repeat,
                            const Span *sp, int a, int b, double dx, double y)
{
    RowGroup **groups = footer ? t->footer : t->header;
    int n = footer ? t->n_footer : t->n_header;
    TableFrag *frag = NULL;
    if (t->has_markers) {
        frag = table_frag_new(sp->g, a, b, sp->carried && a == sp->a, sp->split && b == sp->b, t);
        pb->ctx->table_frag = frag;
        int n_again = galley_table_section(pb->ctx, t, footer, &groups);
        pb->ctx->table_frag = NULL;
        if (n_again != n) /* cannot be: the same rows */
            groups = footer ? t->footer : t->header;
    }
    pb->repeating = repeat;
    for (int i = only >= 0 ? only : 0; i < (only >= 0 ? only + 1 : n); i++) {
        place_group(pb, po, groups[i], NULL, NULL, 0, dx, y, 0);
        y += group_rest(pb, groups[i], NULL);
    }
    pb->repeating = 0;
    table_frag_free(frag);
    return y;
}

static double place_header(PB *pb, PageOut *po, const Table *t, const Span *sp, double dx, double y)
{
    return place_section(pb, po, t, 0, -1, 1, sp, sp->a, sp->b, dx, y);
}

/* The index of group g among its table's header (footer) groups. */
static int section_index(const RowGroup *g)
{
    RowGroup *const *groups = g->is_footer ? g->table->footer : g->table->header;
    int n = g->is_footer ? g->table->n_footer : g->table->n_header;
    for (int i = 0; i < n; i++)
        if (groups[i] == g)
            return i;
    return 0;
}

/* sides2: the change bars open at each footnote citation of a line about to be placed, from
 * those open at the line's start and the begins and ends in it before the citation: the
 * footnote stands there in document order, its body too, so the body is in their change
 * region (XSL 1.1 §6.13.2), and place_footnotes marks the note's lines with them. */
static void cited_change_bars(PB *pb, const Item *it)
{
    const TextLine *l = &it->text->lines[it->line];
    for (Footnote *fn = it->footnotes; fn; fn = fn->next) {
        ChangeBars at = pb->bars;
        for (const InlineMark *m = it->text->marks; m; m = m->next) {
            if (m->kind != INL_CHANGE_BAR || m->start < l->start || m->start > fn->cited_at)
                continue;
            if (m->node->type == FO_CHANGE_BAR_BEGIN)
                change_bars_begin(&at, m->node);
            else
                change_bars_end(&at, m->node);
        }
        fn->n_text_bars = at.n;
        fn->text_bars = at.n ? fo_arena_alloc(pb->ctx->pass_arena, sizeof(FoNode *) * (size_t)at.n) : NULL;
        for (int i = 0; i < at.n; i++)
            fn->text_bars[i] = at.bars[i].begin;
    }
}

/* The change bars beside a placed line: those open, those that begin in it (from their mark
 * on), and those that end in it, which close after it. */
static void line_change_bars(PB *pb, PageOut *po, const Item *it, double y)
{
    const TextLine *l = &it->text->lines[it->line];
    if (it->footnotes)
        cited_change_bars(pb, it);
    int lend = l->start + l->length, last = it->line == it->text->n_lines - 1;
    const InlineMark *ends[CHANGE_BARS_MAX];
    int n_ends = 0;
    for (const InlineMark *m = it->text->marks; m; m = m->next) {
        if (m->kind != INL_CHANGE_BAR || m->start < l->start || (m->start >= lend && !(last && m->start == lend)))
            continue;
        if (m->node->type == FO_CHANGE_BAR_BEGIN)
            change_bars_begin(&pb->bars, m->node);
        else if (n_ends < CHANGE_BARS_MAX)
            ends[n_ends++] = m;
    }
    if (pb->bars.n > 0)
        change_bars_line(&pb->bars, pb->layout, &po->page, (int)pb->pages->len - 1, po->number,
                         y, y + l->height);
    for (int i = 0; i < n_ends; i++)
        change_bars_end(&pb->bars, ends[i]->node);
}

/* sides2: how far a block narrowed beside float="inside|outside" floats moves on this page
 * (with them, when they stand at their other side), it and all it holds. */
static double deco_shift(const Deco *d, int page_number)
{
    return d->flip_with && area_side_flipped(d->flip_with, page_number) ? d->flip_dx : 0;
}

/* A line beside a side float that stands at its other side on this page (float="inside|
 * outside" on an even page): how far it moves, the float's width, to its other side. */
static double beside_moved_float(const Item *it, int page_number)
{
    if (!it->area || !area_side_flipped(it->area, page_number))
        return 0;
    return it->area->at_right ? it->text->intrude_w[1] : -it->text->intrude_w[0];
}

static double place_items(PB *pb, PageOut *po, const Galley *g, int a, int b, double dx, double y,
                          int top, const PlaceOpts *opts)
{
    const Table *header = opts ? opts->header : NULL;
    Span span = {g, a, b, opts && opts->partial, opts && opts->split};
    DecoStack st;
    open_at(g, a, &st);
    for (int d = 0; d < st.depth; d++) {
        st.stack[d].shift = deco_shift(st.stack[d].deco, po->number);
        dx += st.stack[d].shift;
        st.stack[d].top = y;
        st.stack[d].bg_op = reserve_bg(pb, &po->page, st.stack[d].deco);
        if (st.stack[d].deco->tag && strcmp(st.stack[d].deco->tag, "Table") == 0)
            op_tag(pb, &po->page, OP_TAG_BEGIN, "Table");
    }
    int seen = 0; /* content placed: spaces before it are dropped */
    for (int i = a; i < b; i++) {
        const Item *it = &g->items[i];
        if (it->kind != IT_LINE)
            close_text_tag(pb, &po->page);
        switch (it->kind) {
        case IT_SPACE:
            if (seen)
                y += it->height;
            break;
        case IT_PAD:
            y += it->height;
            seen = 1;
            break;
        case IT_BLOCK_START:
            if (st.depth < 64) {
                OpenDeco *o = &st.stack[st.depth++];
                o->deco = it->deco;
                o->top = y;
                o->continued = 0;
                o->shift = deco_shift(it->deco, po->number);
                dx += o->shift;
                o->bg_op = reserve_bg(pb, &po->page, it->deco);
                if (it->deco->tag && strcmp(it->deco->tag, "Table") == 0)
                    op_tag(pb, &po->page, OP_TAG_BEGIN, "Table");
                o->has_ref = it->deco->ref_area;
                if (o->has_ref) { /* absolute containers inside are placed in it */
                    const Deco *d = it->deco;
                    memcpy(o->saved_ref, pb->ref, sizeof o->saved_ref);
                    double bottom = pb->ref[1] + pb->ref[3];
                    pb->ref[0] = d->ref_x + dx;
                    pb->ref[1] = y + d->ref_top;
                    pb->ref[2] = d->ref_w;
                    pb->ref[3] = d->ref_h > 0 ? d->ref_h : fmax(0, bottom - pb->ref[1]);
                }
            }
            break;
        case IT_BLOCK_END: {
            double shift = 0;
            if (st.depth > 0) {
                OpenDeco *o = &st.stack[--st.depth];
                if (o->has_ref)
                    memcpy(pb->ref, o->saved_ref, sizeof pb->ref);
                paint_deco(pb, &po->page, o->deco, o->bg_op, dx, o->top, y, !o->continued, 1);
                if (o->deco->tag && strcmp(o->deco->tag, "Table") == 0)
                    op_tag(pb, &po->page, OP_TAG_END, NULL);
                shift = o->shift;
            }
            if (it->deco && it->deco->id)
                record_id(pb, po, it->deco->id, it->deco->x + dx, y);
            dx -= shift;
            break;
        }
        case IT_ANCHOR:
            record_id(pb, po, it->name, dx + (g->n ? g->items[i].x : 0), y);
            break;
        case IT_MARKER:
            if (it->name) {
                MarkerHit hit = {it->name, it->marker, (int)pb->pages->len - 1,
                                 !page_has_content(&po->page)};
                g_array_append_val(pb->markers, hit);
            }
            break;
        case IT_BREAK:
            break;
        case IT_AREA: /* before-floats at the page's top, where paginate put them */
            if (it->area->kind != AREA_FLOAT_BEFORE)
                place_area(pb, po, it->area, dx, y);
            for (int k = 0; k < pb->n_page_floats; k++)
                if (pb->page_floats[k] == it->area)
                    place_area(pb, po, it->area, po->master->body_x, pb->page_float_y[k]);
            break;
        case IT_CHANGE_BAR:
            if (it->marker->type == FO_CHANGE_BAR_BEGIN)
                change_bars_begin(&pb->bars, it->marker);
            else
                change_bars_end(&pb->bars, it->marker);
            break;
        case IT_LINE: {
            if (it->area && !it->text) { /* a turned block-container, whole */
                place_area(pb, po, it->area, dx, y);
                y += it->height;
                seen = 1;
                break;
            }
            const TextLine *l = &it->text->lines[it->line];
            if (header) {
                close_text_tag(pb, &po->page);
                y = place_header(pb, po, header, &span, dx, y);
                header = NULL;
            }
            if (pb->tag_text != it->text) {
                close_text_tag(pb, &po->page);
                op_tag(pb, &po->page, OP_TAG_BEGIN, it->deco && it->deco->tag ? it->deco->tag : "P");
                pb->tag_text = it->text;
            }
            double ldx = dx + beside_moved_float(it, po->number) + align_page_dx(l, po->number);
            DrawOp op = {.kind = OP_TEXT, .x = it->x + ldx + l->x, .y = y + l->baseline,
                         .text = it->text, .line = it->line, .repeat = pb->repeating};
            layout_add_op(pb->layout, &po->page, &op);
            if (it->line + 1 == it->text->loose_line && !pb->repeating)
                lines_report_loose(pb->ctx, it->text); /* columns2: judged where placed */
            paint_line_extras(pb, po, it, ldx, y);
            line_change_bars(pb, po, it, y);
            if (top)
                add_page_footnotes(pb, it);
            y += l->height;
            seen = 1;
            break;
        }
        case IT_ROWS:
            if (header) {
                y = place_header(pb, po, header, &span, dx, y);
                header = NULL;
            }
            if (i == a && opts && opts->partial) {
                place_group(pb, po, it->rows, opts->partial, NULL, 0, dx, y, top);
                y += group_rest(pb, it->rows, opts->partial);
            } else if (it->rows->table && it->rows->table->has_markers &&
                       (it->rows->is_header || it->rows->is_footer)) {
                /* a header reads the part of the table after it; a footer, the part before */
                place_section(pb, po, it->rows->table, it->rows->is_footer, section_index(it->rows),
                              0, &span, it->rows->is_footer ? a : i, it->rows->is_footer ? i : b, dx, y);
                y += it->height;
            } else {
                place_group(pb, po, it->rows, NULL, NULL, 0, dx, y, top);
                y += it->height;
            }
            seen = 1;
            break;
        }
    }
    close_text_tag(pb, &po->page);
    if (opts && opts->split) {
        const Item *it = &g->items[b];
        const Cursor *in = b == a ? opts->partial : NULL;
        if (header)
            y = place_header(pb, po, header, &span, dx, y);
        place_group(pb, po, it->rows, in, opts->split, opts->split_h, dx, y, top);
        y += opts->split_h;
    }
    if (opts && opts->footer)
        y = place_section(pb, po, opts->footer, 1, -1, 1, &span, a, b, dx, y);
    /* what is still open is cut here and goes on on the next page */
    while (st.depth > 0) {
        OpenDeco *o = &st.stack[--st.depth];
        if (o->has_ref)
            memcpy(pb->ref, o->saved_ref, sizeof pb->ref);
        paint_deco(pb, &po->page, o->deco, o->bg_op, dx, o->top, y, !o->continued, 0);
        if (o->deco->tag && strcmp(o->deco->tag, "Table") == 0)
            op_tag(pb, &po->page, OP_TAG_END, NULL);
        dx -= o->shift;
    }
    return y;
}

/* ---- row groups ---------------------------------------------------------------------------- */

static Cursor cursor_new(PB *pb, const RowGroup *g)
{
    return reflow_cursor_new(pb->ctx, g);
}

/* from NULL is the group's start: nothing placed (group_split retries from it). Inner cursors
 * are shared: once made, a cursor does not change. */
static void cursor_copy(const RowGroup *g, Cursor *to, const Cursor *from)
{
    size_t n = (size_t)g->n_cells;
    if (from) {
        memcpy(to->start, from->start, sizeof(int) * n);
        memcpy(to->begun, from->begun, n);
        memcpy(to->inner, from->inner, sizeof(Cursor *) * n);
        memcpy(to->inner_h, from->inner_h, sizeof(double) * n);
    } else {
        memset(to->start, 0, sizeof(int) * n);
        memset(to->begun, 0, n);
        memset(to->inner, 0, sizeof(Cursor *) * n);
        memset(to->inner_h, 0, sizeof(double) * n);
    }
}

static const Cursor *inner_of(const Cursor *cur, int c)
{
    return cur ? cur->inner[c] : NULL;
}

static double group_rest(PB *pb, const RowGroup *g, const Cursor *cur);
static const Table *continued_table(const Galley *g, int f, const Cursor *partial);

/* The table a begun cell's next part continues (split inside one of its rows, or broken
 * between them), whose header is repeated in front of it; NULL when there is none. */
static const Table *cell_continued_table(const Cell *cell, const Cursor *cur, int c)
{
    if (!cur || !cur->begun[c] || cur->start[c] >= cell->content.n)
        return NULL;
    return continued_table(&cell->content, cur->start[c], cur->inner[c]);
}

static double header_height(PB *pb, const Table *t)
{
    double h = 0;
    for (int i = 0; t && i < t->n_header; i++)
        h += group_rest(pb, t->header[i], NULL);
    return h;
}

/* Row heights of what remains of g from cur: an inner group split on an earlier page is
 * measured from its own cursor, and a continued inner table with its repeated header. */
static double measure_group(PB *pb, const RowGroup *g, const Cursor *cur, double *row_h)
{
    double *first_h = NULL;
    for (int c = 0; cur && c < g->n_cells; c++) {
        const Table *ct = cell_continued_table(&g->cells[c], cur, c);
        if (!cur->inner[c] && !ct)
            continue;
        if (!first_h) {
            first_h = fo_arena_alloc(pb->ctx->pass_arena, sizeof(double) * (size_t)g->n_cells);
            for (int k = 0; k < g->n_cells; k++)
                first_h[k] = -1;
        }
        const Item *first = &g->cells[c].content.items[cur->start[c]];
        first_h[c] = (cur->inner[c] ? group_rest(pb, first->rows, cur->inner[c]) : first->height) +
                     header_height(pb, ct);
    }
    return galley_group_measure(g, cur ? cur->start : NULL, cur ? cur->begun : NULL, first_h, row_h);
}

static double group_rest(PB *pb, const RowGroup *g, const Cursor *cur)
{
    double *row_h = fo_arena_alloc(pb->ctx->pass_arena, sizeof(double) * (size_t)g->n_rows);
    return measure_group(pb, g, cur, row_h);
}

static int is_leading(const Item *it)
{
    return it->kind == IT_SPACE || it->kind == IT_BLOCK_START || it->kind == IT_ANCHOR ||
           it->kind == IT_MARKER || it->kind == IT_BREAK || it->kind == IT_CHANGE_BAR ||
           (it->kind == IT_PAD && !it->trailing) || it->kind == IT_AREA;
}

/* Splits what remains of a group (from in) to fit room. Every cell takes the content up to its
 * last legal break that fits. A row is a unit: when one of its cells has content but cannot begin
 * (its first lines are held together by orphans or a keep-together, as a trial title in a table or
 * the first lines of a list item's body are), none of the row's cells begins in this part, so a
 * list label never stands alone at a page foot and no column shows nothing where the next part
 * shows its beginning. That row and the ones below it wait for the next part (a cell spanning
 * down into them still runs to the page foot), or, when it is the first row left, the split
 * fails and the page builder moves the group. A part must place at least one line: borders and
 * padding alone are no part. force (the group is first on its page, so moving it gains nothing)
 * breaks keeps and takes at least one item per cell that begins. Returns 1 with *out and
 * *part_h, or 0. */
/* The FO node of the first text in a row group, to locate a diagnostic about it. */
static FoNode *group_first_owner(const RowGroup *g)
{
    for (int c = 0; c < g->n_cells; c++)
        for (int i = 0; i < g->cells[c].content.n; i++) {
            const Item *x = &g->cells[c].content.items[i];
            FoNode *n = x->kind == IT_LINE && x->text ? x->text->owner
                        : x->kind == IT_ROWS ? group_first_owner(x->rows) : NULL;
            if (n)
                return n;
        }
    return NULL;
}

/* A row group inside a cell (a table or list in a table cell or list item) that cannot begin
 * even at a page's top, because what it must keep together (a first line, a row tied by a row
 * span) is taller than the room: it would be drawn past the page foot. Said, not drawn. */
static void nested_row_too_tall(PB *pb, const Item *it, double room)
{
    FoNode *owner = group_first_owner(it->rows);
    if (owner && (owner->warned & FO_WARNED_NESTED_ROW))
        return;
    if (owner)
        owner->warned |= FO_WARNED_NESTED_ROW;
    typeset_error(pb->ctx, owner,
                  "this text is in a %s nested inside a table cell or list item that "
                  "is %.1fpt tall and cannot be split to fit the %.1fpt a page has for it (what it "
                  "keeps together is taller); move the inner %s out of the cell, or shorten it",
                  it->rows->table ? "table row" : "list item", it->height, room,
                  it->rows->table ? "table" : "list");
}

static int group_split(PB *pb, const RowGroup *g, const Cursor *in, double room, int force,
                       Cursor *out, double *part_h)
{
    double *row_h = fo_arena_alloc(pb->ctx->pass_arena, sizeof(double) * (size_t)g->n_rows);
    measure_group(pb, g, in, row_h);
    double *tops = fo_arena_alloc(pb->ctx->pass_arena, sizeof(double) * (size_t)(g->n_rows + 1));
    for (int r = 0; r < g->n_rows; r++)
        tops[r + 1] = tops[r] + (row_h[r] > 0 ? row_h[r] : 0);
    /* the first row with something left: a cell of it that cannot begin stops the split */
    int first_row = g->n_rows;
    for (int c = 0; c < g->n_cells; c++) {
        const Cell *cell = &g->cells[c];
        int start = in ? in->start[c] : 0, begun = in ? in->begun[c] : 0;
        if (!(begun && start >= cell->content.n) && cell->row < first_row)
            first_row = cell->row;
    }
    int skip_from = g->n_rows; /* rows from here on do not begin in this part */
    for (;;) {
        cursor_copy(g, out, in);
        int progress = 0, blocked = g->n_rows;
        double part = 0;
        for (int c = 0; c < g->n_cells; c++) {
            const Cell *cell = &g->cells[c];
            int start = in ? in->start[c] : 0, begun = in ? in->begun[c] : 0;
            if (begun && start >= cell->content.n)
                continue;
            double y_c = tops[cell->row];
            if ((y_c >= room - EPS && !force) || cell->row >= skip_from)
                continue; /* its row begins on the next page */
            /* a continued inner table's header comes first */
            double head = header_height(pb, cell_continued_table(cell, in, c));
            double limit = room - y_c - (begun ? cell->gap : cell->inset_top) - cell->inset_bottom - head;
            double acc = 0, acc_lead = 0;
            int lead_i = -1, content = 0, best = -1, best_lines = 0, lines = 0;
            int fit = -1, fit_lines = 0, has_content = 0;
            double best_acc = 0, fit_acc = 0;
            Cursor *best_inner = NULL; /* the break is inside item best, a row group */
            double best_inner_h = 0;
            int k;
            for (k = start; k < cell->content.n; k++) {
                const Item *it = &cell->content.items[k];
                const Cursor *it_in = k == start ? inner_of(in, c) : NULL;
                double it_h = it_in ? group_rest(pb, it->rows, it_in) : it->height;
                if (is_leading(it)) {
                    if (lead_i < 0) {
                        lead_i = k;
                        acc_lead = acc;
                    }
                    if (!(it->kind == IT_SPACE && (begun || k == start) && !content))
                        acc += it->height;
                    continue;
                }
                if (it->kind != IT_LINE && it->kind != IT_ROWS) { /* trailing */
                    acc += it->height;
                    lead_i = -1;
                    continue;
                }
                has_content = 1;
                int cand = lead_i >= 0 ? lead_i : k;
                double cand_acc = lead_i >= 0 ? acc_lead : acc;
                if (content && cand_acc <= limit + EPS) {
                    fit = cand, fit_acc = cand_acc, fit_lines = lines;
                    if (!it->keep_before)
                        best = cand, best_acc = cand_acc, best_lines = lines;
                }
                if (acc + it_h > limit + EPS) {
                    /* a row group (a table or list in the cell) that does not fit: split it
                     * too, when it may be split or cannot go whole anywhere */
                    if (it->kind == IT_ROWS &&
                        (!it->rows->keep_together || it_in || (force && !content))) {
                        Cursor *split = fo_arena_alloc(pb->ctx->pass_arena, sizeof *split);
                        *split = cursor_new(pb, it->rows);
                        double split_h = 0;
                        if (limit - acc > 0 &&
                            group_split(pb, it->rows, it_in, limit - acc, force && !content, split,
                                        &split_h)) {
                            best = k;
                            best_acc = acc + split_h;
                            best_lines = lines + 1;
                            best_inner = split;
                            best_inner_h = split_h;
                            break;
                        }
                    }
                    if (force && !content && best < 0) {
                        if (it->kind == IT_ROWS)
                            nested_row_too_tall(pb, it, limit);
                        best = k + 1;
                        best_acc = acc + it_h;
                        best_lines = 1;
                    }
                    break;
                }
                acc += it_h;
                content = 1;
                lines++;
                lead_i = -1;
            }
            if (k == cell->content.n && acc <= limit + EPS) {
                best = k;
                best_acc = acc;
                best_lines = lines;
            }
            /* forced and no allowed break fits: break the keep rather than overflow the page */
            if (best < 0 && force && fit >= 0) {
                best = fit;
                best_acc = fit_acc;
                best_lines = fit_lines;
            }
            if (best < 0 || (best == start && begun && !best_inner)) {
                if (!begun && has_content && cell->row < blocked)
                    blocked = cell->row;
                continue;
            }
            out->start[c] = best;
            out->begun[c] = 1;
            out->inner[c] = best_inner;
            out->inner_h[c] = best_inner_h;
            double used = y_c + (begun ? cell->gap : cell->inset_top) + head + best_acc + cell->inset_bottom;
            if (used > part)
                part = used;
            progress |= best_lines > 0;
        }
        if (blocked < g->n_rows && !force) {
            if (blocked <= first_row)
                return 0;
            /* the rows above it go on; a cell spanning down into it still fills the part */
            skip_from = blocked;
            continue;
        }
        if (!progress)
            return 0;
        *part_h = part > room && !force ? room : part;
        return 1;
    }
}

/* Paints a part of a group: from in (NULL: the start) to out (NULL: the end). */
/* Places a row group, or the part of it from cursor in to cursor out. collect: the footnotes
 * cited by the lines placed go to this page (a split row's notes follow their lines). */
static void place_group(PB *pb, PageOut *po, const RowGroup *g, const Cursor *in,
                        const Cursor *out, double part_h, double dx, double y, int collect)
{
    double *row_h = fo_arena_alloc(pb->ctx->pass_arena, sizeof(double) * (size_t)g->n_rows);
    double total = measure_group(pb, g, in, row_h);
    double *tops = fo_arena_alloc(pb->ctx->pass_arena, sizeof(double) * (size_t)(g->n_rows + 1));
    for (int r = 0; r < g->n_rows; r++)
        tops[r + 1] = tops[r] + (row_h[r] > 0 ? row_h[r] : 0);
    double height = out ? part_h : total;
    close_text_tag(pb, &po->page);
    op_tag(pb, &po->page, OP_TAG_BEGIN, g->table ? "TR" : "LI");
    for (int c = 0; c < g->n_cells; c++) {
        const Cell *cell = &g->cells[c];
        int start = in ? in->start[c] : 0, begun = in ? in->begun[c] : 0;
        int last_row = cell->row + cell->rowspan;
        if (row_h[cell->row] < 0 && (last_row <= cell->row + 1 || row_h[last_row - 1] < 0))
            continue; /* its rows were finished on an earlier page */
        double top = tops[cell->row], bottom = tops[last_row];
        if (bottom > height)
            bottom = height;
        if (top >= height - EPS)
            continue;
        int end = out ? out->start[c] : cell->content.n;
        int finishes = end >= cell->content.n;
        /* items[end] goes on up to here (a cursor the part did not move is the previous one) */
        const Cursor *split = out && out->inner[c] != inner_of(in, c) ? out->inner[c] : NULL;
        op_tag(pb, &po->page, OP_TAG_BEGIN, g->table ? (g->is_header ? "TH" : "TD") : cell->deco.tag);
        if (g->table) {
            int bg = reserve_bg(pb, &po->page, &cell->deco);
            paint_deco(pb, &po->page, &cell->deco, bg, dx, y + top + cell->gap,
                       y + bottom - cell->gap, !begun, finishes || !out);
        }
        if (end > start || !begun || split) {
            double offset = 0;
            if (!begun && finishes && (cell->display_align == K_CENTER || cell->display_align == K_AFTER)) {
                double free_h = (bottom - top) - galley_cell_rest(cell, 0, 0, -1);
                if (free_h > 0)
                    offset = cell->display_align == K_CENTER ? free_h / 2 : free_h;
            }
            PlaceOpts opts = {.partial = inner_of(in, c), .split = split,
                              .split_h = split ? out->inner_h[c] : 0,
                              .header = cell_continued_table(cell, in, c)};
            double saved_ref[4]; /* absolute containers in a table cell are placed in it */
            memcpy(saved_ref, pb->ref, sizeof saved_ref);
            if (g->table) {
                pb->ref[0] = cell->x + dx, pb->ref[1] = y + top, pb->ref[2] = cell->width;
                pb->ref[3] = bottom - top;
            }
            place_items(pb, po, &cell->content, start, end, dx,
                        y + top + (begun ? cell->gap : cell->inset_top) + offset, collect, &opts);
            memcpy(pb->ref, saved_ref, sizeof saved_ref);
        }
        op_tag(pb, &po->page, OP_TAG_END, NULL);
    }
    op_tag(pb, &po->page, OP_TAG_END, NULL);
}

/* ---- filling a page ------------------------------------------------------------------------ */

typedef struct {
    int end;         /* items [pos, end) go on the page */
    int next;        /* where the next page starts */
    Cursor split;    /* when split_valid: items[end] placed up to here */
    int split_valid;
    double split_h;
    FoKeyword brk;   /* a forced break ended the page */
    double header_h;
    const Table *header;
    /* blocks: before-floats anchored on the page (item index, area), set at its top if they
     * fit (floats_h together), or waiting for the next page */
    int float_at[16];
    const Area *floats[16];
    unsigned char float_fits[16];
    int n_floats;
    const Table *footer;  /* the page breaks inside this table: its footer is repeated */
} Fill;

static double footnote_height(const Item *it)
{
    double h = 0;
    for (Footnote *fn = it->footnotes; fn; fn = fn->next)
        h += fn->height;
    return h;
}

/* The footnotes cited by what remains of a row group item from cur (all when cur is NULL). */
static double group_footnote_rest(const Item *it, const Cursor *cur)
{
    if (!cur)
        return footnote_height(it);
    double h = 0;
    const RowGroup *g = it->rows;
    for (int c = 0; c < g->n_cells; c++)
        for (int i = cur->start[c]; i < g->cells[c].content.n; i++) {
            const Item *x = &g->cells[c].content.items[i];
            h += i == cur->start[c] && cur->inner[c] ? group_footnote_rest(x, cur->inner[c])
                                                     : footnote_height(x);
        }
    return h;
}

/* The footnotes cited by the part of a row group from cursor in (NULL: its start) to out. */
static double group_footnote_part(const RowGroup *g, const Cursor *in, const Cursor *out)
{
    double h = 0;
    for (int c = 0; c < g->n_cells; c++) {
        const Item *items = g->cells[c].content.items;
        int s = in ? in->start[c] : 0, e = out->start[c];
        const Cursor *partial = in ? in->inner[c] : NULL;
        for (int i = s; i < e && i < g->cells[c].content.n; i++)
            h += i == s && partial ? group_footnote_rest(&items[i], partial) : footnote_height(&items[i]);
        if (out->inner[c] && out->inner[c] != partial) /* a row group split inside the cell */
            h += group_footnote_part(items[e].rows, e == s ? partial : NULL, out->inner[c]);
    }
    return h;
}

static int content_after(const Galley *g, int i)
{
    for (; i < g->n; i++)
        if (g->items[i].kind == IT_LINE || g->items[i].kind == IT_ROWS)
            return 1;
    return 0;
}

/* Is the group at index f the continuation of a table already begun on an earlier page? */
static const Table *continued_table(const Galley *g, int f, const Cursor *partial)
{
    const Item *it = &g->items[f];
    if (it->kind != IT_ROWS || !it->rows->table || it->rows->is_header || it->rows->is_footer)
        return NULL;
    const Table *t = it->rows->table;
    if (t->n_header == 0 || t->omit_header)
        return NULL;
    if (partial)
        return t;
    for (int i = f - 1; i >= 0; i--) {
        const Item *p = &g->items[i];
        if (p->kind == IT_LINE)
            return NULL;
        if (p->kind == IT_ROWS)
            return p->rows->table == t ? t : NULL;
    }
    return NULL;
}

static int is_content(const Item *it) { return it->kind == IT_LINE || it->kind == IT_ROWS; }

/* Does a line hold an image or a diagram? */
static int line_has_object(const Item *it)
{
    if (!it->text)
        return 1; /* a turned block-container */
    const TextLine *l = &it->text->lines[it->line];
    for (const InlineMark *m = it->text->marks; m; m = m->next)
        if ((m->kind == INL_IMAGE || m->kind == INL_DIAGRAM) && m->start >= l->start &&
            m->start < l->start + l->length)
            return 1;
    return 0;
}

/* Height of what remains of a footnote body from item `from` (spaces before its first content
 * dropped, as place_items drops them). */
static double fn_rest(const Galley *g, int from)
{
    double h = 0;
    int lead = 1;
    for (int i = from; i < g->n; i++) {
        const Item *x = &g->items[i];
        if (x->kind == IT_SPACE && lead)
            continue;
        lead &= !is_content(x);
        h += x->height;
    }
    return h;
}

/* The least of an item's footnotes that can begin on its page: the first one's first line (with
 * the padding above it). */
static double fn_first(const Item *it)
{
    const Galley *g = it->footnotes ? &it->footnotes->body : NULL;
    double h = 0;
    for (int i = 0; g && i < g->n; i++) {
        const Item *x = &g->items[i];
        if (x->kind == IT_SPACE)
            continue;
        h += x->height;
        if (is_content(x))
            break;
    }
    return h;
}

/* Where to cut what remains of a footnote body (from `from`) so that the part fits room: before
 * a content item, where keeps allow if they can, else anywhere (a note that must continue
 * cannot wait for its keeps). force (a page of notes only): at least one content item, so that
 * every page makes progress. Returns the end of the part and its height in *used; `from` when
 * nothing fits. */
static int fn_split(const Galley *g, int from, double room, int force, double *used)
{
    double h = 0, h_lead = 0, best_h = 0, any_h = 0;
    int lead = -1, seen = 0, best = -1, any = -1, i;
    for (i = from; i < g->n; i++) {
        const Item *x = &g->items[i];
        if (is_content(x)) {
            int cand = lead >= 0 ? lead : i;
            double cand_h = lead >= 0 ? h_lead : h;
            if (seen) {
                any = cand, any_h = cand_h;
                if (!x->keep_before)
                    best = cand, best_h = cand_h;
            }
            if (h + x->height > room + EPS && !(force && !seen))
                break;
            h += x->height;
            seen = 1;
            lead = -1;
        } else if (is_leading(x)) {
            if (lead < 0)
                lead = i, h_lead = h;
            if (!(x->kind == IT_SPACE && !seen))
                h += x->height;
        } else {
            lead = -1;
            h += x->height;
        }
    }
    if (i == g->n && seen) {
        *used = h;
        return g->n;
    }
    if (best < 0)
        best = any, best_h = any_h;
    if (best < 0) {
        *used = 0;
        return from;
    }
    *used = best_h;
    return best;
}

/* The height a table's footer takes at the foot of a page the table breaks across, or 0 when
 * it is not repeated there (none, table-omit-footer-at-break, or taller than half the page). */
static double footer_reserve(PB *pb, const Item *it, double page_h)
{
    const Table *t = it->kind == IT_ROWS ? it->rows->table : NULL;
    if (!t || t->n_footer == 0 || t->omit_footer || it->rows->is_footer)
        return 0;
    double h = 0;
    for (int i = 0; i < t->n_footer; i++)
        h += group_rest(pb, t->footer[i], NULL);
    return h > page_h / 2 ? 0 : h;
}

/* The table a filled page breaks across, whose footer it repeats, or NULL. */
static const Table *broken_table(PB *pb, const Galley *g, int pos, const Fill *f, double page_h)
{
    const Item *last = NULL;
    if (f->split_valid) {
        last = &g->items[f->end];
    } else {
        for (int i = f->end - 1; i >= pos && !last; i--)
            if (is_content(&g->items[i]))
                last = &g->items[i];
        int next = f->next;
        while (next < g->n && !is_content(&g->items[next]))
            next++;
        if (!last || last->kind != IT_ROWS || next >= g->n || g->items[next].kind != IT_ROWS ||
            g->items[next].rows->table != last->rows->table)
            return NULL;
    }
    return footer_reserve(pb, last, page_h) > 0 ? last->rows->table : NULL;
}

static void fill_body(PB *pb, const Galley *g, int pos, const Cursor *partial, double avail,
                      double fn0, Fill *f);

static void fill_page(PB *pb, const Galley *g, int pos, const Cursor *partial, double avail,
                      double fn0, Fill *f)
{
    fill_body(pb, g, pos, partial, avail, fn0, f);
    f->footer = broken_table(pb, g, pos, f, avail);
}

static void fill_body(PB *pb, const Galley *g, int pos, const Cursor *partial, double avail,
                      double fn0, Fill *f)
{
    memset(f, 0, sizeof *f);
    f->end = f->next = g->n;
    int first = pos;
    while (first < g->n && g->items[first].kind != IT_LINE && g->items[first].kind != IT_ROWS)
        first++;
    if (first < g->n && (f->header = continued_table(g, first, first == pos ? partial : NULL))) {
        RowGroup **groups = f->header->header;
        int n = f->header->n_header;
        if (f->header->has_markers) { /* measured as it reads the rows from the page's first */
            TableFrag *frag = table_frag_new(g, first, g->n, first == pos && partial, 0, f->header);
            pb->ctx->table_frag = frag;
            if (galley_table_section(pb->ctx, f->header, 0, &groups) != n)
                groups = f->header->header;
            pb->ctx->table_frag = NULL;
            table_frag_free(frag);
        }
        for (int i = 0; i < n; i++)
            f->header_h += group_rest(pb, groups[i], NULL);
        if (f->header_h > avail / 2) /* a header taller than half a page is not repeated */
            f->header = NULL, f->header_h = 0;
    }
    double full = avail;
    avail -= f->header_h;
    /* fn0: continued footnotes already take the foot of the page */
    double h = 0, pending = 0, fn = fn0, h_lead = 0;
    int lead = -1, seen = 0, best = -1;
    for (int i = pos; i < g->n; i++) {
        const Item *it = &g->items[i];
        switch (it->kind) {
        case IT_SPACE:
            if (lead < 0)
                lead = i, h_lead = h;
            if (seen)
                pending += it->height;
            continue;
        case IT_BLOCK_START:
        case IT_ANCHOR:
        case IT_MARKER:
        case IT_CHANGE_BAR:
            if (lead < 0)
                lead = i, h_lead = h;
            continue;
        case IT_PAD:
            if (!it->trailing) {
                if (lead < 0)
                    lead = i, h_lead = h;
            } else {
                lead = -1;
            }
            h += pending + it->height;
            pending = 0;
            continue;
        case IT_BLOCK_END:
            lead = -1;
            continue;
        case IT_AREA: {
            const Area *ar = it->area;
            /* a side float goes with its anchor line only if it fits below it */
            if (ar->kind == AREA_FLOAT_SIDE && seen && h + pending + ar->outer_h + fn > avail + EPS) {
                f->end = f->next = lead >= 0 ? lead : i;
                return;
            }
            if (ar->kind == AREA_FLOAT_BEFORE && f->n_floats < 16) {
                /* at the top of this page if it fits with what is there, else the next */
                int fits = h + pending + fn + ar->outer_h <= avail + EPS;
                f->float_at[f->n_floats] = i;
                f->floats[f->n_floats] = ar;
                f->float_fits[f->n_floats++] = (unsigned char)fits;
                if (fits)
                    avail -= ar->outer_h;
            }
            if (lead < 0)
                lead = i, h_lead = h;
            continue;
        }
        case IT_BREAK:
            if (seen && content_after(g, i + 1)) {
                f->end = i;
                f->next = i + 1;
                f->brk = it->brk;
                return;
            }
            continue;
        case IT_LINE:
        case IT_ROWS:
            break;
        }
        int cand = lead >= 0 ? lead : i;
        double cand_h = lead >= 0 ? h_lead : h;
        (void)cand_h;
        if (seen && !it->keep_before)
            best = cand;
        const Cursor *cur = (i == pos) ? partial : NULL;
        double item_h = it->kind == IT_ROWS ? group_rest(pb, it->rows, cur) : it->height;
        double it_fn = it->kind == IT_ROWS ? group_footnote_rest(it, cur) : footnote_height(it);
        double sep = (fn + it_fn) > 0 ? FOOTNOTE_SEPARATOR : 0;
        double foot = footer_reserve(pb, it, full); /* a table's footer, should it break here */
        if (h + pending + item_h + fn + it_fn + sep + foot <= avail + EPS) {
            h += pending + item_h;
            pending = 0;
            fn += it_fn;
            seen = 1;
            lead = -1;
            continue;
        }
        /* it does not fit. When it is its footnotes that do not, and they are taller than a
         * page, moving the item gains nothing: it goes here with the first line of its note at
         * least, the note fills the page's foot and continues on the next (place_footnotes). */
        if (it_fn > 0 && item_h + it_fn + FOOTNOTE_SEPARATOR > full - f->header_h + EPS &&
            h + pending + item_h + fn + FOOTNOTE_SEPARATOR + fn_first(it) <= avail + EPS) {
            f->end = f->next = i + 1;
            while (f->next < g->n && !is_leading(&g->items[f->next]) && !is_content(&g->items[f->next]))
                f->end = ++f->next;
            return;
        }
        if (it->kind == IT_ROWS) {
            int whole_fits_page = item_h + it_fn + sep + foot <= full - f->header_h;
            if (!it->rows->keep_together || !whole_fits_page || (!seen && best < 0)) {
                /* the part on this page takes the room its own footnotes leave: split, see
                 * which notes the part cites, and split again in less room until they fit */
                double part_fn = 0;
                f->split = cursor_new(pb, it->rows);
                for (int tries = 0; tries < 4; tries++) {
                    double room = avail - (h + pending) - fn - part_fn - foot -
                                  (fn + part_fn > 0 ? FOOTNOTE_SEPARATOR : 0);
                    if (room <= 0 || !group_split(pb, it->rows, cur, room, !seen && fn0 <= 0 && !pb->no_force,
                                                  &f->split, &f->split_h))
                        break;
                    double need = group_footnote_part(it->rows, cur, &f->split);
                    if (need <= part_fn + EPS) {
                        f->end = i;
                        f->next = i;
                        f->split_valid = 1;
                        return;
                    }
                    part_fn = need;
                }
            }
        }
        if (best >= 0) {
            f->end = f->next = best;
            return;
        }
        if (!seen && (fn0 > 0 || pb->no_force)) {
            /* the continued footnotes fill this page, or this is a band below a spanning block
             * (or a trial of column heights): the flow waits for the next room */
            f->end = f->next = pos;
            return;
        }
        if (!seen && it->kind == IT_LINE && item_h > full + EPS && !line_has_object(it)) {
            /* No page can hold this line (a huge font-size or line-height): said, not drawn
             * past the page's foot where nobody would see it. (Images and diagrams shrink to
             * the tallest region-body when they are shaped, so a line they make this tall is
             * one that mixes them with text: it is set from the page top.) */
            FoNode *owner = it->text->owner;
            if (!(owner->warned & FO_WARNED_TALL_LINE)) {
                owner->warned |= FO_WARNED_TALL_LINE;
                typeset_error(pb->ctx, owner,
                              "fo:%s: a line %.1fpt tall (from its font-size or "
                              "line-height) does not fit the %.1fpt tall region-body of any page",
                              fo_type_name(owner->type), item_h, full);
            }
        }
        if (!seen) { /* nothing fits on an empty page: set it anyway, overflowing */
            if (it->kind == IT_ROWS &&
                group_split(pb, it->rows, cur, avail - h - foot, 1, &f->split, &f->split_h)) {
                f->end = f->next = i;
                f->split_valid = 1;
                return;
            }
            f->end = f->next = i + 1;
            while (f->next < g->n && !is_leading(&g->items[f->next]) &&
                   g->items[f->next].kind != IT_LINE && g->items[f->next].kind != IT_ROWS)
                f->end = ++f->next;
            return;
        }
        f->end = f->next = cand; /* every break is kept: give up the keep */
        return;
    }
}

/* ---- page sequences ------------------------------------------------------------------------ */

typedef struct {
    FoNode *node;
    MasterRef *ref;
    FoNode *flow;
    MasterState state;       /* where its page-sequence-master stands (per pass) */
    int rl;                  /* writing-mode="rl-tb" on the page-sequence */
} Sequence;

/* The master of the next page of seq, as its page-sequence-master's sub-sequences give them in
 * order (XSL 6.4.7-6.4.12), advancing st. NULL when the sub-sequences are used up: said at the
 * page-sequence when report is set. */
static PageMaster *choose_master(PB *pb, const Sequence *seq, MasterState *st, int first, int last,
                                 int blank, int report)
{
    const MasterRef *ref = seq->ref;
    if (ref->simple)
        return ref->simple;
    int odd = pb->number % 2 != 0;
    while (st->sub < ref->n_subs) {
        const SubSequence *sub = &ref->subs[st->sub];
        PageMaster *m = sub->master;
        for (int i = 0; !m && i < sub->n_alts; i++) {
            const Alternative *a = &sub->alts[i];
            if ((a->position == K_FIRST && !first) || (a->position == K_REST && first) ||
                (a->position == K_LAST && !last))
                continue;
            if ((a->odd_even == K_ODD && !odd) || (a->odd_even == K_EVEN && odd))
                continue;
            if ((a->blank == K_BLANK && !blank) || (a->blank == K_NOT_BLANK && blank))
                continue;
            m = a->master;
        }
        if (!m || (sub->max_repeats >= 0 && st->used >= sub->max_repeats)) {
            /* used up, or none of its alternatives fits this page: the next one takes over */
            st->sub++;
            st->used = 0;
            continue;
        }
        st->used++;
        return m;
    }
    if (report)
        typeset_error(pb->ctx, seq->node,
                      "fo:page-sequence-master '%s' has no page master left for page %d of "
                      "this fo:page-sequence: its sub-sequences are used up or none of their "
                      "conditions holds for the page",
                      ref->name ? ref->name : "", pb->number);
    return NULL;
}

/* Ops from here on are in a frame turned by `turn` degrees (cairo's sense: clockwise) about
 * (x, y), until turn_end. */
static void turn_begin(PB *pb, Page *page, double x, double y, double turn)
{
    DrawOp op = {.kind = OP_FRAME_BEGIN, .x = x, .y = y, .line = (int)-turn};
    layout_add_op(pb->layout, page, &op);
}

static void turn_end(PB *pb, Page *page)
{
    DrawOp op = {.kind = OP_FRAME_END};
    layout_add_op(pb->layout, page, &op);
}

/* paint (issue 20): each region's background-color and -image, under all else on the page */
static void paint_regions(PB *pb, Page *page, const PageMaster *m)
{
    for (const FoNode *r = m->node->first; r; r = r->next) {
        int k = r->type == FO_REGION_BEFORE ? 0 : r->type == FO_REGION_AFTER ? 1
                : r->type == FO_REGION_START ? 2 : r->type == FO_REGION_END ? 3
                : r->type == FO_REGION_BODY ? 4 : -1;
        if (k < 0)
            continue;
        const double rects[5][4] = {{m->before_x, m->before_y, m->before_w, m->before_h},
                                    {m->after_x, m->after_y, m->after_w, m->after_h},
                                    {m->start_x, m->sides_y, m->start_w, m->sides_h},
                                    {m->end_x, m->sides_y, m->end_w, m->sides_h},
                                    {m->body_x, m->body_y, m->body_w, m->body_h}};
        double x = rects[k][0], y = rects[k][1], w = rects[k][2], h = rects[k][3];
        double turn = k == 4 ? m->body_turn : m->side_turn[k];
        if (turn != 0) { /* a turned region: its background turns with it */
            turn_begin(pb, page, k == 4 ? m->body_ox : m->side_ox[k],
                       k == 4 ? m->body_oy : m->side_oy[k], turn);
            if (k < 4)
                x = y = 0, w = m->side_fw[k], h = m->side_fh[k];
        }
        if (w > 0 && h > 0)
            background_region(pb->ctx, page, r, x, y, w, h);
        if (turn != 0)
            turn_end(pb, page);
    }
}

static PageOut *new_page(PB *pb, PageMaster *m, int seq, int blank)
{
    PageOut po = {.master = m, .number = pb->number++, .seq = seq, .blank = blank};
    po.page.width = m->width;
    po.page.height = m->height;
    page_number_format(pb->seq_node, po.number, po.label, sizeof po.label);
    g_array_append_val(pb->pages, po);
    pb->n_page_fn = 0;
    PageOut *out = &g_array_index(pb->pages, PageOut, pb->pages->len - 1);
    if (m->page_turn != 0) /* closed once its static content is placed (typeset_tree) */
        turn_begin(pb, &out->page, m->page_ox, m->page_oy, m->page_turn);
    paint_regions(pb, &out->page, m);
    return out;
}

/* A blank page of seq (a forced page count, or a break to an odd or even page): 0, or -1 when
 * the page-sequence-master has no master for it (said). */
static int blank_page(PB *pb, Sequence *seq, int seq_index)
{
    PageMaster *m = choose_master(pb, seq, &seq->state, 0, 0, 1, 1);
    if (!m)
        return -1;
    new_page(pb, m, seq_index, 1);
    return 0;
}

static double carried_height(const PB *pb)
{
    double h = 0;
    for (int i = 0; i < pb->n_carry; i++)
        h += fn_rest(&pb->carry[i].fn->body, pb->carry[i].from);
    return h;
}

/* Places a footnote's items [part->from, end) at y: its own bars, and (sides2) those of the
 * text's change region its citation stands in (cited_change_bars), on every part of it. */
static double place_note_part(PB *pb, PageOut *po, const FnPart *part, int end, double x, double y)
{
    const Footnote *fn = part->fn;
    FoNode *added[CHANGE_BARS_MAX];
    int n_added = 0;
    for (int k = 0; k < fn->n_text_bars && n_added < CHANGE_BARS_MAX; k++) {
        int open = 0;
        for (int j = 0; j < pb->bars.n; j++)
            open |= pb->bars.bars[j].begin == fn->text_bars[k];
        if (!open) {
            change_bars_begin(&pb->bars, fn->text_bars[k]);
            added[n_added++] = fn->text_bars[k];
        }
    }
    y = place_items(pb, po, &fn->body, part->from, end, x, y, 0, NULL);
    for (int k = 0; k < n_added; k++)
        change_bars_drop(&pb->bars, added[k]);
    return y;
}

/* Sets the footnotes at the foot of the page, below the flow's content that ends at y_flow:
 * first what continues from the previous page, then the notes cited on this page, in order.
 * What does not fit goes on at the foot of the next page (pb->carry), in the same order. */
static void place_footnotes(PB *pb, PageOut *po, double y_flow)
{
    int n = pb->n_carry + pb->n_page_fn;
    if (n == 0)
        return;
    PageMaster *m = po->master;
    FnPart *parts = g_new(FnPart, n);
    int *ends = g_new(int, n);
    for (int i = 0; i < pb->n_carry; i++)
        parts[i] = pb->carry[i];
    for (int i = 0; i < pb->n_page_fn; i++)
        parts[pb->n_carry + i] = (FnPart){pb->page_fn[i], 0};
    double room = m->body_y + m->body_h - y_flow - FOOTNOTE_SEPARATOR;
    int force = y_flow <= m->body_y + EPS; /* a page of notes only must take some */
    double used = 0;
    int cut = n; /* parts from here on continue on the next page */
    for (int i = 0; i < n; i++) {
        const Galley *b = &parts[i].fn->body;
        double rest = fn_rest(b, parts[i].from);
        /* the page builder reserved room for the notes of the lines it placed; half a point
         * of slack so that rounding never sends a note that was given its room onwards */
        if (used + rest <= room + 0.5) {
            ends[i] = b->n;
            used += rest;
            continue;
        }
        double part = 0;
        ends[i] = fn_split(b, parts[i].from, room - used, force && used <= 0, &part);
        used += part;
        cut = i;
        break;
    }
    if (used > 0) {
        /* a note's own bars, which may go on with its body on the next page, and those of
         * the change region its citation stands in (place_note_part) */
        ChangeBars text_bars = pb->bars;
        pb->bars = pb->note_bars;
        change_bars_column(&pb->bars, m->body_x, m->body_w, 0, 1);
        double y = m->body_y + m->body_h - used;
        stroke(pb, &po->page, m->body_x, y - FOOTNOTE_SEPARATOR / 2, m->body_w / 3, 0, 0.5, 0, K_SOLID);
        for (int i = 0; i < n && i <= cut; i++)
            if (ends[i] > parts[i].from)
                y = place_note_part(pb, po, &parts[i], ends[i], m->body_x, y);
        pb->note_bars = pb->bars;
        pb->bars = text_bars;
    }
    pb->n_carry = 0;
    for (int i = cut; i < n; i++) {
        int from = i == cut ? ends[i] : parts[i].from;
        if (from >= parts[i].fn->body.n || !content_after(&parts[i].fn->body, from))
            continue;
        if (pb->n_carry == pb->cap_carry) {
            pb->cap_carry = pb->cap_carry ? pb->cap_carry * 2 : 8;
            pb->carry = realloc(pb->carry, sizeof *pb->carry * (size_t)pb->cap_carry);
            FRISK_ASSERT(pb->carry != NULL);
        }
        pb->carry[pb->n_carry++] = (FnPart){parts[i].fn, from};
    }
    g_free(parts);
    g_free(ends);
    pb->n_page_fn = 0;
}

static void carry_float(PB *pb, const Area *a)
{
    if (pb->n_float_carry == pb->cap_float_carry) {
        pb->cap_float_carry = pb->cap_float_carry ? pb->cap_float_carry * 2 : 8;
        pb->float_carry = realloc(pb->float_carry, sizeof *pb->float_carry * (size_t)pb->cap_float_carry);
        FRISK_ASSERT(pb->float_carry != NULL);
    }
    pb->float_carry[pb->n_float_carry++] = a;
}

/* Sets before-floats at the top of the region body, one below the other: those that waited
 * (as many as fit, at least one, so a float taller than the page still comes out), then those
 * fill_page let in (drawn by place_items when it meets their anchors). Returns the y where the
 * flow begins; the rest of the waiting ones wait on. */
static double place_before_floats(PB *pb, PageOut *po, const Fill *f, int carried, double y)
{
    PageMaster *m = po->master;
    for (int i = 0; i < carried; i++) {
        place_area(pb, po, pb->float_carry[i], m->body_x, y);
        y += pb->float_carry[i]->outer_h;
    }
    if (carried) {
        memmove(pb->float_carry, pb->float_carry + carried,
                sizeof *pb->float_carry * (size_t)(pb->n_float_carry - carried));
        pb->n_float_carry -= carried;
    }
    pb->n_page_floats = 0;
    for (int i = 0; i < f->n_floats; i++) {
        if (f->float_at[i] >= f->end)
            break; /* its anchor goes to the next page: it is met again there */
        if (f->float_fits[i] && pb->n_float_carry == 0) {
            pb->page_floats[pb->n_page_floats] = f->floats[i];
            pb->page_float_y[pb->n_page_floats++] = y;
            y += f->floats[i]->outer_h;
        } else {
            carry_float(pb, f->floats[i]); /* floats keep their order */
        }
    }
    return y;
}

/* How many waiting before-floats go at the top of a page with avail of room, and their height. */
static int carried_floats(const PB *pb, double avail, double *height)
{
    int n = 0;
    *height = 0;
    while (n < pb->n_float_carry && (n == 0 || *height + pb->float_carry[n]->outer_h <= avail))
        *height += pb->float_carry[n++]->outer_h;
    return n;
}

/* Height of the footnotes cited on the page so far (earlier columns) and carried to it. */
static double page_footnotes_height(const PB *pb)
{
    double h = carried_height(pb);
    for (int i = 0; i < pb->n_page_fn; i++)
        h += pb->page_fn[i]->height;
    return h;
}

/* Would `cols` columns of height h, filled from pos, take the rest of the galley? Fills them
 * one after the other without placing anything. */
static int columns_take_rest(PB *pb, const Galley *g, int pos, const Cursor *partial, int cols,
                             double h, double fn_h)
{
    Fill f;
    for (int col = 0; col < cols; col++) {
        fill_page(pb, g, pos, partial, h, fn_h, &f);
        if (!f.split_valid && !content_after(g, f.next))
            return 1;
        if ((f.brk != K_NONE_SET && f.brk != K_COLUMN) || (f.next == pos && !f.split_valid))
            return 0;
        pos = f.next;
        partial = NULL;
        if (f.split_valid) { /* the cursor is the next column's start: keep it apart */
            Cursor *c = fo_arena_alloc(pb->ctx->pass_arena, sizeof *c);
            *c = cursor_new(pb, g->items[f.end].rows);
            cursor_copy(g->items[f.end].rows, c, &f.split);
            partial = c;
        }
    }
    return 0;
}

/* The height of columns that end level (FOP balances the columns above a spanning block): the
 * least height at which the columns take the rest of the galley, or avail when it does not fit
 * at all. Found by halving, each trial a fill without placing. */
static double balanced_height(PB *pb, const Galley *g, int pos, const Cursor *partial, int cols,
                              double avail, double fn_h)
{
    int saved = pb->no_force;
    pb->no_force = 1;
    double lo = 0, hi = avail;
    if (columns_take_rest(pb, g, pos, partial, cols, avail, fn_h))
        for (int k = 0; k < 14 && hi - lo > 0.5; k++) {
            double mid = (lo + hi) / 2;
            if (columns_take_rest(pb, g, pos, partial, cols, mid, fn_h))
                hi = mid;
            else
                lo = mid;
        }
    pb->no_force = saved;
    return hi;
}

/* Do two masters give the flow the same room? */
static int same_body(const PageMaster *a, const PageMaster *b)
{
    return a->body_w == b->body_w && a->body_h == b->body_h && a->body_x == b->body_x &&
           a->body_y == b->body_y && a->columns == b->columns && a->column_gap == b->column_gap;
}

/* columns: are the columns (and the spanning blocks' width) of master b those the flow was set
 * at for master a? */
static int same_measure(const PageMaster *a, const PageMaster *b)
{
    return fabs(a->column_w - b->column_w) <= 0.5 && fabs(a->body_w - b->body_w) <= 0.5 &&
           (a->columns > 1) == (b->columns > 1);
}

static FlowPart *flow_parts(TypesetContext *ctx, FoNode *flow, const PageMaster *m0, int *n);

/* Is anything of the flow left from part `part`, item pos? */
static int flow_left(const FlowPart *parts, int n, int part, int pos, const Cursor *partial)
{
    if (partial || (part < n && content_after(&parts[part].g, pos)))
        return 1;
    for (int i = part + 1; i < n; i++)
        if (content_after(&parts[i].g, 0))
            return 1;
    return 0;
}

/* The break (page, odd-page, even-page) that opens a part, before its first content, or none. */
static FoKeyword opening_break(const Galley *g)
{
    for (int i = 0; i < g->n && !is_content(&g->items[i]); i++)
        if (g->items[i].kind == IT_BREAK && g->items[i].brk != K_COLUMN)
            return g->items[i].brk;
    return K_NONE_SET;
}

/* columns2: the footnotes carried over to a page of another width go on set at its width (the
 * footnote area is as wide as the region body), each from where its placed part ended. */
static void reflow_footnotes(PB *pb, const PageMaster *m)
{
    for (int i = 0; i < pb->n_carry; i++) {
        const FnPart *c = &pb->carry[i];
        if (!c->fn->node)
            continue;
        int piece = reflow_galley_piece(pb->ctx, &c->fn->body, c->from);
        Footnote *again = galley_footnote(pb->ctx, c->fn->node, (Geom){0, m->body_w, 0, 0});
        reflow_resume_clear(pb->ctx);
        /* sides2: the change bars open at its citation still mark what is left of it */
        again->cited_at = c->fn->cited_at;
        again->text_bars = c->fn->text_bars;
        again->n_text_bars = c->fn->n_text_bars;
        pb->carry[i] = (FnPart){again, reflow_galley_find(pb->ctx, &again->body, piece)};
    }
}

/* columns2: the before-floats waiting for a page of another width: the same floats, set again
 * with the flow at its width. */
static void reflow_floats(PB *pb, const FlowPart *parts, int n_parts)
{
    for (int i = 0; i < pb->n_float_carry; i++)
        for (int p = 0; p < n_parts; p++)
            for (int k = 0; k < parts[p].g.n; k++) {
                const Item *it = &parts[p].g.items[k];
                if (it->kind == IT_AREA && it->area->node == pb->float_carry[i]->node) {
                    pb->float_carry[i] = it->area;
                    p = n_parts;
                    break;
                }
            }
}

/* columns2: before-floats anchored on the page before (their anchors placed, they did not
 * fit) that stand where the flow goes on: they wait for the top of the page, as those that did
 * not fit an earlier page do (reflow_floats sets them again at the new width). */
static void carry_waiting_floats(PB *pb, const Galley *g, int pos)
{
    for (int i = pos; i < g->n; i++) {
        const Item *it = &g->items[i];
        if (it->kind != IT_SPACE && it->kind != IT_AREA && it->kind != IT_PAD)
            break;
        if (it->kind == IT_AREA && it->area->kind == AREA_FLOAT_BEFORE)
            carry_float(pb, it->area);
    }
}

/* columns2: the cursor of a row group broken across the change of width, in the group set again
 * at item pos of g: 0, or -1 when the group set again does not hold the same place (said). */
static int reflow_row(PB *pb, const Sequence *seq, const Galley *g, int pos, const CursorPieces *cells,
                      Cursor *partial, const PageMaster *m, const PageMaster *built)
{
    const Item *it = pos < g->n ? &g->items[pos] : NULL;
    if (it && it->kind == IT_ROWS) {
        *partial = cursor_new(pb, it->rows);
        if (reflow_cursor_find(pb->ctx, it->rows, cells, partial))
            return 0;
    }
    FoNode *at = it && it->rows && it->rows->first_row ? it->rows->first_row : seq->node;
    typeset_error(pb->ctx, at,
                  "fo:%s: page %d's master '%s' has columns %.1fpt wide, the page before "
                  "%.1fpt: set again at that width, the table row or list item broken across "
                  "the change does not have the same content (keep it together, or break the "
                  "page before it)",
                  fo_type_name(at->type), pb->number, m->name ? m->name : "", m->column_w,
                  built->column_w);
    return -1;
}

/* columns2: the flow as set at one measure (same_measure), kept while the page builder places it,
 * so that a flow whose width alternates goes on in the setting of its page's width */
#define FLOW_SETS 4
typedef struct {
    const PageMaster *master;
    FlowPart *parts;
    int n_parts;
    FlowIndex *index;         /* made when the flow first leaves it */
} FlowSet;

/* The kept setting of the flow at m's measure: its index in sets, or -1. */
static int flow_set_at(const FlowSet *sets, int n_sets, const PageMaster *m)
{
    for (int i = 0; i < n_sets; i++)
        if (same_measure(sets[i].master, m))
            return i;
    return -1;
}

static int paginate(PB *pb, Sequence *seq, int seq_index, FlowPart *parts, int n_parts,
                    const PageMaster *built)
{
    FlowSet sets[FLOW_SETS] = {{built, parts, n_parts, NULL}};
    int n_sets = 1, current = 0;
    int part = 0, pos = 0;
    Cursor partial = {0}, *have_partial = NULL;
    int first = 1;
    FoKeyword pending_brk = K_NONE_SET;
    pb->n_carry = 0;
    pb->seq_node = seq->node;
    int last_follows = 0;
    for (;;) {
        if (!first && !flow_left(parts, n_parts, part, pos, have_partial) && pb->n_carry == 0 &&
            pb->n_float_carry == 0)
            break;
        if (pending_brk == K_ODD_PAGE || pending_brk == K_EVEN_PAGE) {
            int odd = pb->number % 2 != 0;
            if ((pending_brk == K_ODD_PAGE) != odd && blank_page(pb, seq, seq_index) != 0)
                return -1;
        }
        MasterState before = seq->state;
        PageMaster *m = choose_master(pb, seq, &seq->state, first, 0, 0, 1);
        if (!m)
            return -1;
        if (!same_measure(built, m)) {
            /* columns: this page's columns are not as wide as those the rest of the flow was
             * set at: set the rest again at theirs (typeset_reflow.c) */
            TypesetContext *ctx = pb->ctx;
            ctx->area_ref_w = m->body_w, ctx->area_ref_h = m->body_h;
            ctx->area_page_w = m->width, ctx->area_page_h = m->height;
            reflow_footnotes(pb, m);
            /* columns2: a row or list item broken here goes on in each cell where it stopped */
            const RowGroup *broken = have_partial ? parts[part].g.items[pos].rows : NULL;
            CursorPieces *cells = broken ? reflow_cursor_pieces(ctx, broken, have_partial) : NULL;
            carry_waiting_floats(pb, &parts[part].g, pos);
            FlowSet *from = &sets[current];
            if (!from->index)
                from->index = reflow_index(ctx, parts, n_parts);
            int token = reflow_resume(ctx, from->index, parts, n_parts, part, pos);
            /* columns2: the flow as set at this width before goes on (the rest of a paragraph
             * across the change spliced into it); else, or for a row broken across it, the
             * flow is set again at the new width */
            int to = broken ? -1 : flow_set_at(sets, n_sets, m);
            if (to >= 0) {
                FlowSet *t = &sets[to];
                reflow_find(t->index, t->parts, t->n_parts, token, &part, &pos);
                int at = ctx->n_resume ? galley_splice_rest(ctx, &t->parts[part].g, pos,
                                                            (Geom){0, m->body_w, 0, 0})
                                       : pos;
                if (at < 0)
                    to = -1;
                pos = at;
            }
            if (to < 0) {
                ctx->reflowing = 1;
                int n_again = 0;
                FlowPart *again = flow_parts(ctx, seq->flow, m, &n_again);
                ctx->reflowing = 0;
                if (ctx->errors)
                    return -1;
                to = flow_set_at(sets, n_sets, m); /* replaced when it could not go on */
                if (to < 0)
                    to = n_sets < FLOW_SETS ? n_sets++ : (current + 1) % FLOW_SETS;
                sets[to] = (FlowSet){m, again, n_again, reflow_index(ctx, again, n_again)};
                reflow_find(sets[to].index, again, n_again, token, &part, &pos);
            }
            reflow_resume_clear(ctx);
            current = to;
            parts = sets[to].parts;
            n_parts = sets[to].n_parts;
            if (broken && reflow_row(pb, seq, &parts[part].g, pos, cells, &partial, m, built) != 0)
                return -1;
            reflow_floats(pb, parts, n_parts);
            built = m;
        }
        double carry_h = carried_height(pb);
        if (seq->ref->has_last && n_parts == 1 &&
            columns_take_rest(pb, &parts[0].g, pos, have_partial, m->columns, m->body_h, carry_h)) {
            /* the flow ends on this page: it is the last one (page-position="last"); its master
             * takes it if the rest of the flow fits its body (FOP re-lays the page so too). The
             * galley is set at one column width, so a master of another one is not taken. */
            MasterState peek = before;
            PageMaster *lm = choose_master(pb, seq, &peek, first, 1, 0, 0);
            if (lm && lm != m && lm->column_w == m->column_w &&
                (same_body(lm, m) || columns_take_rest(pb, &parts[0].g, pos, have_partial,
                                                       lm->columns, lm->body_h, carry_h))) {
                m = lm;
                seq->state = peek;
            } else {
                /* it does not fit: this page stays as it is, and a last page of the last
                 * master follows, empty, as FOP makes it */
                last_follows = lm && lm != m;
            }
        }
        PageOut *po = new_page(pb, m, seq_index, 0);
        if (m->body_turn != 0)
            turn_begin(pb, &po->page, m->body_ox, m->body_oy, m->body_turn);
        double top = m->body_y, y_max = m->body_y;
        pb->ref[0] = m->body_x, pb->ref[1] = m->body_y, pb->ref[2] = m->body_w, pb->ref[3] = m->body_h;
        Fill f = {0};
        for (;;) { /* the bands of the page: a part's columns, then a spanning part's, ... */
            const FlowPart *fp = &parts[part];
            const Galley *g = &fp->g;
            int cols = fp->span ? 1 : m->columns;
            double avail = m->body_y + m->body_h - top;
            if (cols > 1 && part + 1 < n_parts)
                avail = balanced_height(pb, g, pos, have_partial, cols, avail, page_footnotes_height(pb));
            pb->no_force = top > m->body_y + EPS;
            for (int col = 0; col < cols; col++) {
                double x = m->body_x + col * (m->column_w + m->column_gap);
                change_bars_column(&pb->bars, x, cols > 1 ? m->column_w : m->body_w, col, cols);
                double fn_h = page_footnotes_height(pb);
                /* before-floats that waited go at the top of the page's first column */
                double floats_h = 0;
                int floats_carried = 0;
                if (col == 0 && top <= m->body_y + EPS)
                    floats_carried = carried_floats(pb, avail, &floats_h);
                fill_page(pb, g, pos, have_partial, avail - floats_h, fn_h, &f);
                double y = place_before_floats(pb, po, &f, floats_carried, top);
                /* a page of continued footnotes only leaves the flow (and a row begun) as it was */
                if (!((fn_h > 0 || pb->no_force) && f.end == pos && f.next == pos &&
                      !f.split_valid)) {
                    PlaceOpts opts = {.partial = have_partial, .header = f.header, .footer = f.footer};
                    if (f.split_valid) {
                        opts.split = &f.split;
                        opts.split_h = f.split_h;
                    }
                    y = place_items(pb, po, g, pos, f.end, x, y, 1, &opts);
                    if (f.split_valid) {
                        const Item *it = &g->items[f.end];
                        partial = cursor_new(pb, it->rows);
                        cursor_copy(it->rows, &partial, &f.split);
                        have_partial = &partial;
                    } else {
                        have_partial = NULL;
                    }
                }
                y_max = fmax(y_max, y);
                pos = f.next;
                if ((f.brk != K_NONE_SET && f.brk != K_COLUMN) ||
                    (!have_partial && !content_after(g, pos)))
                    break;
            }
            pb->no_force = 0;
            if ((f.brk != K_NONE_SET && f.brk != K_COLUMN) || have_partial ||
                content_after(g, pos) || part + 1 >= n_parts)
                break; /* a page break, or the page is full, or the flow has ended */
            /* the part has ended: the next one goes on below it, unless a break opens it */
            part++;
            pos = 0;
            top = y_max;
            f.brk = opening_break(&parts[part].g);
            if (f.brk != K_NONE_SET || top >= m->body_y + m->body_h - EPS)
                break;
        }
        pb->n_page_floats = 0;
        place_footnotes(pb, po, y_max);
        if (m->rl_body || seq->rl)
            pages_mirror(&po->page, 0, m->body_x, m->body_w);
        if (m->body_turn != 0)
            turn_end(pb, &po->page);
        pending_brk = f.brk;
        first = 0;
        if (!flow_left(parts, n_parts, part, pos, have_partial) && pb->n_carry == 0 &&
            pb->n_float_carry == 0)
            break;
        last_follows = 0;
    }
    if (last_follows) {
        PageMaster *lm = choose_master(pb, seq, &seq->state, 0, 1, 0, 1);
        if (!lm)
            return -1;
        new_page(pb, lm, seq_index, 0);
    }
    return 0;
}

/* force-page-count (XSL 7.27.6): the blank pages that end a page-sequence on an even or odd
 * page, or give it an even or odd number of pages; auto looks at the next sequence's
 * initial-page-number. 0, or -1 when no master is left for a blank page (said). */
static int force_page_count(PB *pb, Sequence *seq, int seq_index, const Sequence *next,
                            guint first_page)
{
    int count = (int)(pb->pages->len - first_page);
    int last = pb->number - 1;
    int blank = 0;
    switch (fo_keyword(seq->node, P_FORCE_PAGE_COUNT)) {
    case K_EVEN: blank = count % 2 != 0; break;
    case K_ODD: blank = count % 2 == 0; break;
    case K_END_ON_EVEN: blank = last % 2 != 0; break;
    case K_END_ON_ODD: blank = last % 2 == 0; break;
    case K_AUTO: {
        const FoValue *ipn = next ? fo_value(next->node, P_INITIAL_PAGE_NUMBER, NULL) : NULL;
        if (ipn && ipn->kind == FV_NUMBER) /* the next starts at n: end on the other parity */
            blank = (pb->number % 2 != 0) != ((int)ipn->number % 2 != 0);
        else if (ipn && ipn->kind == FV_KEYWORD && ipn->keyword == K_AUTO_ODD)
            blank = pb->number % 2 == 0;
        else if (ipn && ipn->kind == FV_KEYWORD && ipn->keyword == K_AUTO_EVEN)
            blank = pb->number % 2 != 0;
        break;
    }
    default:
        break;
    }
    return blank ? blank_page(pb, seq, seq_index) : 0;
}

/* ---- reading the masters ------------------------------------------------------------------- */

typedef struct {
    PageMaster *masters;
    int n_masters;
    MasterRef *refs;
    int n_refs;
} Masters;

/* reference-orientation of a page master or region-body (XSL 7.21.3: its reference area turned
 * that many degrees anticlockwise within the viewport x, y, w, h): the frame its content is set
 * in, *fw wide and *fh high, with its origin at (*ox, *oy) on the page. Returns the turn in
 * cairo's sense (clockwise in degrees), 0 for upright (then nothing is set). */
static double turn_frame(const FoNode *node, double x, double y, double w, double h, double *ox,
                         double *oy, double *fw, double *fh)
{
    const FoValue *v = NULL;
    for (const FoProp *p = node->props; p; p = p->next) /* its own: the frame turns once */
        if (p->id == P_REFERENCE_ORIENTATION)
            v = &p->value;
    int deg = v && v->kind == FV_NUMBER ? (((int)v->number % 360) + 360) % 360 : 0;
    if (deg == 0)
        return 0;
    *ox = deg == 270 ? x + w : deg == 180 ? x + w : x;
    *oy = deg == 90 || deg == 180 ? y + h : y;
    *fw = deg == 180 ? w : h;
    *fh = deg == 180 ? h : w;
    return -deg;
}

/* The simple-page-master that a reference's master-reference names, or NULL (said). */
static PageMaster *find_master(TypesetContext *ctx, Masters *ms, FoNode *ref)
{
    const char *name = fo_string(ref, P_MASTER_REFERENCE);
    for (int i = 0; name && i < ms->n_masters; i++)
        if (ms->masters[i].name && strcmp(ms->masters[i].name, name) == 0)
            return &ms->masters[i];
    typeset_error(ctx, ref, "master-reference '%s' names no fo:simple-page-master",
                  name ? name : "");
    return NULL;
}

static int read_masters(TypesetContext *ctx, FoNode *lms, Masters *ms)
{
    int n = 0;
    for (FoNode *c = lms->first; c; c = c->next)
        n++;
    ms->masters = fo_arena_alloc(ctx->tree->arena, sizeof(PageMaster) * (size_t)(n + 1));
    ms->refs = fo_arena_alloc(ctx->tree->arena, sizeof(MasterRef) * (size_t)(n + 1));
    for (FoNode *c = lms->first; c; c = c->next) {
        if (c->type != FO_SIMPLE_PAGE_MASTER)
            continue;
        PageMaster *m = &ms->masters[ms->n_masters++];
        m->node = c;
        m->name = fo_string(c, P_MASTER_NAME);
        if (!m->name)
            typeset_error(ctx, c, "fo:simple-page-master needs a master-name");
        m->width = fo_length(c, P_PAGE_WIDTH, 0, 595.28);
        m->height = fo_length(c, P_PAGE_HEIGHT, 0, 841.89);
        double mt = fo_length(c, P_MARGIN_TOP, m->height, 0), mb = fo_length(c, P_MARGIN_BOTTOM, m->height, 0);
        double ml = fo_length(c, P_MARGIN_LEFT, m->width, 0), mr = fo_length(c, P_MARGIN_RIGHT, m->width, 0);
        /* a turned page: its regions are laid out in the frame of its content rectangle */
        double page_w = m->width, page_h = m->height;
        m->page_turn = turn_frame(c, ml, mt, page_w - ml - mr, page_h - mt - mb, &m->page_ox,
                                  &m->page_oy, &m->width, &m->height);
        if (m->page_turn != 0)
            ml = mr = mt = mb = 0;
        m->region_x = ml;
        m->region_w = m->width - ml - mr;
        FoNode *body = NULL, *sides[4] = {NULL}; /* before, after, start, end */
        m->before_name = "xsl-region-before";
        m->after_name = "xsl-region-after";
        m->start_name = "xsl-region-start";
        m->end_name = "xsl-region-end";
        int before_wins = 0, after_wins = 0; /* precedence: who takes the corners */
        for (FoNode *r = c->first; r; r = r->next) {
            const char *rn = fo_string(r, P_REGION_NAME);
            FoKeyword wm = fo_keyword(r, P_WRITING_MODE);
            unsigned char rl = wm == K_RL_TB || wm == K_RL;
            unsigned char *rl_of = r->type == FO_REGION_BODY     ? &m->rl_body
                                   : r->type == FO_REGION_BEFORE ? &m->rl_before
                                   : r->type == FO_REGION_AFTER  ? &m->rl_after
                                   : r->type == FO_REGION_START  ? &m->rl_start
                                   : r->type == FO_REGION_END    ? &m->rl_end : NULL;
            if (rl_of)
                *rl_of = rl;
            if (r->type >= FO_REGION_BEFORE && r->type <= FO_REGION_AFTER)
                sides[r->type - FO_REGION_BEFORE] = r;
            else if (r->type == FO_REGION_START || r->type == FO_REGION_END)
                sides[2 + (r->type - FO_REGION_START)] = r;
            if (r->type == FO_REGION_BODY) {
                body = r;
            } else if (r->type == FO_REGION_BEFORE) {
                m->before_h = fo_length(r, P_EXTENT, m->height, 0);
                m->before_y = mt;
                before_wins = fo_keyword(r, P_PRECEDENCE) == K_TRUE;
                if (rn)
                    m->before_name = rn;
            } else if (r->type == FO_REGION_AFTER) {
                m->after_h = fo_length(r, P_EXTENT, m->height, 0);
                m->after_y = m->height - mb - m->after_h;
                after_wins = fo_keyword(r, P_PRECEDENCE) == K_TRUE;
                if (rn)
                    m->after_name = rn;
            } else if (r->type == FO_REGION_START) {
                m->start_w = fo_length(r, P_EXTENT, m->width, 0);
                if (rn)
                    m->start_name = rn;
            } else if (r->type == FO_REGION_END) {
                m->end_w = fo_length(r, P_EXTENT, m->width, 0);
                if (rn)
                    m->end_name = rn;
            } else {
                typeset_error(ctx, r, "fo:%s is not allowed in fo:simple-page-master",
                              fo_type_name(r->type));
            }
        }
        if (!body) {
            typeset_error(ctx, c, "fo:simple-page-master '%s' has no fo:region-body",
                          m->name ? m->name : "");
            m->width = page_w, m->height = page_h;
            continue;
        }
        /* XSL 6.4.14: a before/after region with precedence spans the page's content width and
         * the start/end regions stop at it; without, the start/end regions run the full height
         * and before/after sit between them */
        m->before_x = before_wins ? ml : ml + m->start_w;
        m->before_w = before_wins ? m->region_w : m->region_w - m->start_w - m->end_w;
        m->after_x = after_wins ? ml : ml + m->start_w;
        m->after_w = after_wins ? m->region_w : m->region_w - m->start_w - m->end_w;
        m->start_x = ml;
        m->end_x = ml + m->region_w - m->end_w;
        m->sides_y = mt + (before_wins ? m->before_h : 0);
        m->sides_h = m->height - mt - mb - (before_wins ? m->before_h : 0) -
                     (after_wins ? m->after_h : 0);
        FoKeyword page_wm = fo_keyword(c, P_WRITING_MODE);
        m->rl_page = page_wm == K_RL_TB || page_wm == K_RL;
        if (m->rl_page) { /* start is right: the side regions swap */
            double axis = 2 * ml + m->region_w;
            m->before_x = axis - m->before_x - m->before_w;
            m->after_x = axis - m->after_x - m->after_w;
            m->start_x = axis - m->start_x - m->start_w;
            m->end_x = axis - m->end_x - m->end_w;
        }
        /* turned side regions: their static content is set in their own frame */
        const double rects[4][4] = {{m->before_x, m->before_y, m->before_w, m->before_h},
                                    {m->after_x, m->after_y, m->after_w, m->after_h},
                                    {m->start_x, m->sides_y, m->start_w, m->sides_h},
                                    {m->end_x, m->sides_y, m->end_w, m->sides_h}};
        for (int k = 0; k < 4; k++)
            if (sides[k])
                m->side_turn[k] = turn_frame(sides[k], rects[k][0], rects[k][1], rects[k][2],
                                             rects[k][3], &m->side_ox[k], &m->side_oy[k],
                                             &m->side_fw[k], &m->side_fh[k]);
        double bt = fo_length(body, fo_get(body, P_SPACE_BEFORE, NULL) ? P_SPACE_BEFORE : P_MARGIN_TOP, m->height, 0);
        double bb = fo_length(body, fo_get(body, P_SPACE_AFTER, NULL) ? P_SPACE_AFTER : P_MARGIN_BOTTOM, m->height, 0);
        double bl = fo_length(body, P_MARGIN_LEFT, m->width, 0), br = fo_length(body, P_MARGIN_RIGHT, m->width, 0);
        m->body_x = ml + bl;
        m->body_y = mt + bt;
        m->body_w = m->width - ml - mr - bl - br;
        m->body_h = m->height - mt - mb - bt - bb;
        m->body_turn = turn_frame(body, m->body_x, m->body_y, m->body_w, m->body_h, &m->body_ox,
                                  &m->body_oy, &m->body_w, &m->body_h);
        if (m->body_turn != 0)
            m->body_x = m->body_y = 0;
        m->width = page_w, m->height = page_h; /* the page itself is as it is printed */
        if (m->body_w < 10 || m->body_h < 10)
            typeset_error(ctx, c, "fo:simple-page-master '%s' leaves no room for the region-body",
                          m->name ? m->name : "");
        m->columns = (int)fo_number(body, P_COLUMN_COUNT, 1);
        m->column_gap = fo_length(body, P_COLUMN_GAP, m->body_w, 12.0);
        m->column_w = (m->body_w - m->column_gap * (m->columns - 1)) / m->columns;
        if (m->columns > 1 && m->column_w < 10)
            typeset_error(ctx, body, "fo:region-body: %d columns %.1fpt apart leave no room in "
                          "its %.1fpt width", m->columns, m->column_gap, m->body_w);
        MasterRef *ref = &ms->refs[ms->n_refs++];
        ref->name = m->name;
        ref->simple = m;
    }
    for (FoNode *c = lms->first; c; c = c->next) {
        if (c->type == FO_SIMPLE_PAGE_MASTER)
            continue;
        if (c->type != FO_PAGE_SEQUENCE_MASTER) {
            typeset_error(ctx, c, "fo:%s is not allowed in fo:layout-master-set",
                          fo_type_name(c->type));
            continue;
        }
        MasterRef *ref = &ms->refs[ms->n_refs++];
        ref->name = fo_string(c, P_MASTER_NAME);
        ref->node = c;
        int count = 0;
        for (FoNode *r = c->first; r; r = r->next)
            count++;
        ref->subs = fo_arena_alloc(ctx->tree->arena, sizeof(SubSequence) * (size_t)(count + 1));
        for (FoNode *r = c->first; r; r = r->next) {
            SubSequence *sub = &ref->subs[ref->n_subs];
            sub->node = r;
            sub->max_repeats = -1;
            const FoValue *max = fo_value(r, P_MAXIMUM_REPEATS, NULL);
            if (max->kind == FV_NUMBER) {
                if (max->number < 0 || max->number != (int)max->number) {
                    typeset_error(ctx, r, "fo:%s: maximum-repeats must be a whole number of pages "
                                  "or no-limit", fo_type_name(r->type));
                    continue;
                }
                sub->max_repeats = (int)max->number;
            }
            if (r->type == FO_SINGLE_PAGE_MASTER_REFERENCE ||
                r->type == FO_REPEATABLE_PAGE_MASTER_REFERENCE) {
                if (r->type == FO_SINGLE_PAGE_MASTER_REFERENCE)
                    sub->max_repeats = 1;
                sub->master = find_master(ctx, ms, r);
                if (sub->master)
                    ref->n_subs++;
                continue;
            }
            if (r->type != FO_REPEATABLE_PAGE_MASTER_ALTERNATIVES) {
                typeset_error(ctx, r, "fo:%s is not allowed in fo:page-sequence-master",
                              fo_type_name(r->type));
                continue;
            }
            int n_alts = 0;
            for (FoNode *a = r->first; a; a = a->next)
                n_alts++;
            sub->alts = fo_arena_alloc(ctx->tree->arena, sizeof(Alternative) * (size_t)(n_alts + 1));
            for (FoNode *a = r->first; a; a = a->next) {
                if (a->type != FO_CONDITIONAL_PAGE_MASTER_REFERENCE) {
                    typeset_error(ctx, a,
                                  "fo:%s is not allowed in fo:repeatable-page-master-alternatives",
                                  fo_type_name(a->type));
                    continue;
                }
                PageMaster *m = find_master(ctx, ms, a);
                if (!m)
                    continue;
                Alternative *alt = &sub->alts[sub->n_alts++];
                alt->master = m;
                alt->position = fo_keyword(a, P_PAGE_POSITION);
                ref->has_last |= alt->position == K_LAST;
                alt->odd_even = fo_keyword(a, P_ODD_OR_EVEN);
                alt->blank = fo_keyword(a, P_BLANK_OR_NOT_BLANK);
            }
            if (sub->n_alts > 0)
                ref->n_subs++;
        }
        if (ref->n_subs == 0)
            typeset_error(ctx, c, "fo:page-sequence-master '%s' has no usable page master",
                          ref->name ? ref->name : "");
    }
    return ctx->errors ? -1 : 0;
}

/* ---- ids ----------------------------------------------------------------------------------- */

static void collect_ids(TypesetContext *ctx, FoNode *node)
{
    for (; node; node = node->next) {
        const FoValue *id = fo_get(node, P_ID, NULL);
        if (id && id->kind == FV_STRING) {
            FoNode *prev = g_hash_table_lookup(ctx->id_nodes, id->str);
            if (prev)
                typeset_error(ctx, node, "duplicate id '%s' (first used on line %ld)", id->str,
                              prev->line);
            else
                g_hash_table_insert(ctx->id_nodes, (gpointer)id->str, node);
        }
        if (node->type == FO_PAGE_NUMBER) {
            char key[32];
            snprintf(key, sizeof key, "#page-number-%d", node->serial);
            g_hash_table_insert(ctx->id_nodes, fo_arena_strndup(ctx->tree->arena, key, strlen(key)), node);
        }
        collect_ids(ctx, node->first);
    }
}

static int same_ids(GHashTable *a, GHashTable *b)
{
    if (!a || !b || g_hash_table_size(a) != g_hash_table_size(b))
        return 0;
    GHashTableIter it;
    gpointer key, value;
    g_hash_table_iter_init(&it, a);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        IdPlace *x = value, *y = g_hash_table_lookup(b, key);
        if (!y || x->first_page != y->first_page || x->last_page != y->last_page)
            return 0;
    }
    return 1;
}

/* ---- static content ------------------------------------------------------------------------ */

static void markers_for_page(PB *pb, int page_index, int seq, FoNode *sequence_node, GHashTable *out)
{
    /* "top:C": the first marker of C on the page when the page begins with it, so that nothing
     * is carried over (retrieve-position="first-including-carryover") */
    g_hash_table_remove_all(out);
    (void)sequence_node;
    /* first-starting-within-page by default: the first marker of the class on the page, else
     * the last one before it in the same page-sequence */
    for (guint i = 0; i < pb->markers->len; i++) {
        MarkerHit *h = &g_array_index(pb->markers, MarkerHit, i);
        PageOut *hp = &g_array_index(pb->pages, PageOut, h->page);
        if (hp->seq != seq || h->page > page_index)
            continue;
        if (h->page < page_index) {
            g_hash_table_replace(out, g_strdup(h->cls), h->marker);
        } else {
            char key[300];
            snprintf(key, sizeof key, "first:%s", h->cls);
            if (!g_hash_table_contains(out, key)) {
                g_hash_table_insert(out, g_strdup(key), h->marker);
                if (h->at_top) {
                    snprintf(key, sizeof key, "top:%s", h->cls);
                    g_hash_table_replace(out, g_strdup(key), h->marker);
                }
            }
            snprintf(key, sizeof key, "last:%s", h->cls);
            g_hash_table_replace(out, g_strdup(key), h->marker);
        }
    }
}

static void place_static(PB *pb, PageOut *po, FoNode *sc, double x, double y, double w, double h,
                         int rl)
{
    Galley g = {0};
    Geom geom = {x, w, 0, 0};
    /* absolute block-containers in static content (a letterhead, an address window) are
     * placed in the region, fixed ones on the page */
    pb->ref[0] = x, pb->ref[1] = y, pb->ref[2] = w, pb->ref[3] = h;
    pb->ctx->area_ref_w = w, pb->ctx->area_ref_h = h;
    pb->ctx->area_page_w = po->page.width, pb->ctx->area_page_h = po->page.height;
    galley_build(pb->ctx, sc, geom, &g);
    int from = po->page.n_ops;
    ChangeBars flow_bars = pb->bars; /* static content's bars are its own, beside its region */
    memset(&pb->bars, 0, sizeof pb->bars);
    change_bars_column(&pb->bars, x, w, 0, 1);
    place_items(pb, po, &g, 0, g.n, 0, y, 0, NULL);
    pb->bars = flow_bars;
    if (rl)
        pages_mirror(&po->page, from, x, w);
}

/* The galleys of a flow: one set at the column width of its first page's master, or, when
 * that master has columns and blocks of the flow span them (span="all"), one per run of blocks
 * that do or do not, the spanning ones set at the body's width. In the pass's arena. */
static FlowPart *flow_parts(TypesetContext *ctx, FoNode *flow, const PageMaster *m0, int *n)
{
    int count = 1;
    if (m0->columns > 1)
        for (FoNode *c = flow->first; c; c = c->next)
            count += fo_keyword(c, P_SPAN) == K_ALL ? 2 : 0;
    FlowPart *parts = fo_arena_alloc(ctx->pass_arena, sizeof *parts * (size_t)count);
    memset(parts, 0, sizeof *parts * (size_t)count);
    ctx->footnote_w = m0->body_w; /* columns2: footnotes span the columns */
    if (count == 1) {
        Geom g = {0, m0->column_w, 0, 0};
        galley_build(ctx, flow, g, &parts[0].g);
        ctx->footnote_w = 0;
        *n = 1;
        return parts;
    }
    int k = 0;
    for (FoNode *c = flow->first; c;) {
        int span = fo_keyword(c, P_SPAN) == K_ALL;
        FoNode *stop = c->next;
        while (stop && (fo_keyword(stop, P_SPAN) == K_ALL) == span && !span)
            stop = stop->next;
        Geom g = {0, span ? m0->body_w : m0->column_w, 0, 0};
        parts[k].span = span;
        galley_build_range(ctx, flow, c, stop, g, &parts[k].g);
        k++;
        c = stop;
    }
    ctx->footnote_w = 0;
    *n = k;
    return parts;
}

/* ---- the driver ---------------------------------------------------------------------------- */

static void read_bookmarks(TypesetContext *ctx, Layout *layout, FoNode *tree)
{
    int n = 0;
    for (FoNode *b = tree->first; b; b = b->next)
        n++;
    (void)n;
    GArray *marks = g_array_new(FALSE, TRUE, sizeof(Bookmark));
    /* depth-first, parents before children */
    FoNode *stack[64];
    int parents[64], depth = 0;
    for (FoNode *b = tree->first; b; b = b->next) {
        stack[0] = b;
        parents[0] = -1;
        depth = 1;
        while (depth > 0) {
            FoNode *node = stack[--depth];
            int parent = parents[depth];
            if (node->type != FO_BOOKMARK) {
                typeset_error(ctx, node, "fo:%s is not allowed in fo:%s", fo_type_name(node->type),
                              fo_type_name(node->parent->type));
                continue;
            }
            Bookmark bm = {.parent = parent, .open = fo_keyword(node, P_STARTING_STATE) != K_HIDE};
            const char *internal = fo_string(node, P_INTERNAL_DESTINATION);
            const char *external = fo_string(node, P_EXTERNAL_DESTINATION);
            if (internal && !g_hash_table_contains(ctx->id_nodes, internal))
                typeset_error(ctx, node, "fo:bookmark: internal-destination '%s' names no id",
                              internal);
            if (!internal && !external)
                typeset_error(ctx, node,
                              "fo:bookmark needs internal-destination or external-destination");
            bm.dest = internal ? fo_arena_strndup(layout->arena, internal, strlen(internal)) : NULL;
            bm.uri = !internal && external ? fo_arena_strndup(layout->arena, external, strlen(external)) : NULL;
            GString *title = g_string_new(NULL);
            int index = (int)marks->len;
            FoNode *children[64];
            int n_children = 0;
            for (FoNode *c = node->first; c; c = c->next) {
                if (c->type == FO_BOOKMARK_TITLE) {
                    for (FoNode *t = c->first; t; t = t->next)
                        if (t->type == FO_TEXT)
                            for (size_t i = 0; i < t->text_len; i++) {
                                char ch = t->text[i];
                                int space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
                                if (space && (title->len == 0 || title->str[title->len - 1] == ' '))
                                    continue;
                                g_string_append_c(title, space ? ' ' : ch);
                            }
                        else
                            typeset_error(ctx, t, "fo:%s is not allowed in fo:bookmark-title",
                                          fo_type_name(t->type));
                } else if (n_children < 64) {
                    children[n_children++] = c;
                }
            }
            while (title->len && title->str[title->len - 1] == ' ')
                g_string_truncate(title, title->len - 1);
            bm.title = fo_arena_strndup(layout->arena, title->str, title->len);
            g_string_free(title, TRUE);
            g_array_append_val(marks, bm);
            for (int i = n_children - 1; i >= 0 && depth < 64; i--) {
                stack[depth] = children[i];
                parents[depth++] = index;
            }
        }
    }
    layout->n_bookmarks = (int)marks->len;
    layout->bookmarks = fo_arena_alloc(layout->arena, sizeof(Bookmark) * (marks->len + 1));
    if (marks->len)
        memcpy(layout->bookmarks, marks->data, sizeof(Bookmark) * marks->len);
    g_array_free(marks, TRUE);
}

static PangoContext *new_pango_context(void)
{
    PangoFontMap *map = fonts_font_map();
    if (!map)
        return NULL;
    PangoContext *pc = pango_font_map_create_context(map);
    cairo_font_options_t *opts = cairo_font_options_create();
    cairo_font_options_set_hint_style(opts, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(opts, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(opts, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(pc, opts);
    cairo_font_options_destroy(opts);
    pango_cairo_context_set_resolution(pc, 72.0); /* 1 pango point = 1 PDF unit */
    pango_context_set_round_glyph_positions(pc, FALSE);
    return pc;
}

static void free_pages(GArray *pages)
{
    if (!pages)
        return;
    for (guint i = 0; i < pages->len; i++)
        free(g_array_index(pages, PageOut, i).page.ops);
    g_array_free(pages, TRUE);
}

static Layout *typeset_tree(FoTree *tree, const PageSink *sink);

Layout *typeset_document(xmlDocPtr fo_doc, const char *fo_file)
{
    return typeset_document_to(fo_doc, fo_file, 0, NULL);
}

Layout *typeset_document_to(xmlDocPtr fo_doc, const char *fo_file, int free_doc, const PageSink *sink)
{
    FoTree *tree = fo_tree_build(fo_doc, fo_file);
    if (free_doc) /* before the typesetting proper: the document is not held through its peak */
        xmlFreeDoc(fo_doc);
    return typeset_tree(tree, sink);
}

/* Whether a document's pages depend on pages set after them: a page-number citation anywhere,
 * or a page number in a flow (both take the previous pass's numbers, and the page builder
 * runs again until they settle). */
static int cites_pages(const FoNode *n, int in_static)
{
    if (n->type == FO_PAGE_NUMBER_CITATION || n->type == FO_PAGE_NUMBER_CITATION_LAST ||
        (n->type == FO_PAGE_NUMBER && !in_static))
        return 1;
    in_static |= n->type == FO_STATIC_CONTENT;
    for (const FoNode *c = n->first; c; c = c->next)
        if (cites_pages(c, in_static))
            return 1;
    return 0;
}

/* The pages [from, to) of the pass, handed to the layout (their ops now the layout's). */
static void pages_to_layout(Layout *layout, GArray *pages, guint from, guint to)
{
    layout->n_pages = (int)(to - from);
    layout->pages = calloc((size_t)(to - from) + 1, sizeof(Page));
    FRISK_ASSERT(layout->pages != NULL);
    for (guint i = from; i < to; i++) {
        PageOut *po = &g_array_index(pages, PageOut, i);
        layout->pages[i - from] = po->page;
        layout->pages[i - from].label = fo_arena_strndup(layout->arena, po->label, strlen(po->label));
        po->page.ops = NULL; /* now the layout's */
    }
}

/* Static content of the pages [from, to), now that their numbers and markers are final. Leaves
 * the context set for static content (in_static, change bars suspended). */
static int place_static_content(PB *pb, Sequence *seqs, guint from, guint to)
{
    TypesetContext *ctx = pb->ctx;
    GArray *pages = pb->pages;
    ctx->in_static = 1;
    pb->bars.suspended++;
    for (guint i = from; i < to; i++) {
        PageOut *po = &g_array_index(pages, PageOut, i);
        Sequence *seq = &seqs[po->seq];
        PageMaster *m = po->master;
        /* The table owns its keys ("CLS", "first:CLS", "last:CLS"), all copied. */
        GHashTable *all = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        markers_for_page(pb, (int)i, po->seq, seq->node, all);
        ctx->page_markers = all;
        ctx->page_number = po->number;
        ctx->page_label = po->label;
        for (FoNode *k = seq->node->first; k; k = k->next) {
            if (k->type != FO_STATIC_CONTENT)
                continue;
            const char *fn = fo_string(k, P_FLOW_NAME);
            const struct {
                const char *name;
                double x, y, w, h;
                int rl;
            } regions[] = {
                {m->before_name, m->before_x, m->before_y, m->before_w, m->before_h, m->rl_before},
                {m->after_name, m->after_x, m->after_y, m->after_w, m->after_h, m->rl_after},
                {m->start_name, m->start_x, m->sides_y, m->start_w, m->sides_h, m->rl_start},
                {m->end_name, m->end_x, m->sides_y, m->end_w, m->sides_h, m->rl_end},
            };
            for (size_t r = 0; fn && r < sizeof regions / sizeof regions[0]; r++) {
                if (strcmp(fn, regions[r].name) != 0 || regions[r].w <= 0 || regions[r].h <= 0)
                    continue;
                double x = regions[r].x, y = regions[r].y, w = regions[r].w, h = regions[r].h;
                if (seq->rl && !m->rl_page) /* the sequence's rl-tb: the side regions swap */
                    x = 2 * m->region_x + m->region_w - x - w;
                if (m->side_turn[r] != 0) { /* a turned region: set in its own frame */
                    turn_begin(pb, &po->page, m->side_ox[r], m->side_oy[r], m->side_turn[r]);
                    x = y = 0, w = m->side_fw[r], h = m->side_fh[r];
                }
                place_static(pb, po, k, x, y, w, h, regions[r].rl || seq->rl);
                if (m->side_turn[r] != 0)
                    turn_end(pb, &po->page);
                break;
            }
        }
        if (m->page_turn != 0)
            turn_end(pb, &po->page);
        g_hash_table_destroy(all);
        ctx->page_markers = NULL;
        if (ctx->errors)
            return -1;
    }
    return 0;
}

/* A page-sequence just set, painted at once (typeset_file_to, a document whose pages do not
 * depend on later ones): its static content and its elements, then sink paints its pages [from,
 * pages->len); what only painting read then goes, so that the next sequence is set in the memory
 * this one used (issue 17: memory follows the largest sequence, not the page count). */
static int render_sequence(PB *pb, Sequence *seqs, FoNode *seq_node, guint from, const PageSink *sink)
{
    TypesetContext *ctx = pb->ctx;
    Layout *layout = pb->layout;
    if (ctx->errors) /* the document gives no PDF: nothing more is painted */
        return -1;
    int rc = place_static_content(pb, seqs, from, pb->pages->len);
    ctx->in_static = 0;
    pb->bars.suspended--;
    if (rc != 0)
        return -1;
    pages_to_layout(layout, pb->pages, from, pb->pages->len);
    struct_add(ctx, seq_node);
    struct_map_pages(ctx);
    rc = sink->pages(sink->data, layout);
    pb->tag_text = NULL; /* closed with its page; the text it named is freed below */
    for (int i = 0; i < layout->n_pages; i++)
        free(layout->pages[i].ops);
    free(layout->pages);
    layout->pages = NULL;
    layout->n_pages = 0;
    g_hash_table_remove_all(layout->struct_of);
    if (layout->struct_spans)
        g_hash_table_remove_all(layout->struct_spans);
    /* a footnote or float still to be placed would take its text on to the next sequence's
     * pages: then nothing is freed */
    if (pb->n_carry == 0 && pb->n_float_carry == 0) {
        g_hash_table_remove_all(ctx->shaped);
        fo_arena_free(layout->text_arena);
        layout->text_arena = fo_arena_new();
        fo_arena_free(ctx->pass_arena);
        ctx->pass_arena = fo_arena_new();
        g_ptr_array_set_size(ctx->pass_blocks, 0);
    }
    return rc;
}


/* Typesets the tree and frees it. With a sink, a document whose pages depend on no later ones
 * is painted a page-sequence at a time as it is set (render_sequence), and the Layout returned
 * holds no pages, only what finishing the PDF needs. */
static Layout *typeset_tree(FoTree *tree, const PageSink *sink)
{
    Layout *layout = NULL;
    PangoContext *pango = NULL;
    GArray *pages = NULL, *markers = NULL;
    GHashTable *prev_ids = NULL, *ids = NULL, *dests = NULL, *page_markers = NULL;
    Sequence *seqs = NULL;
    PB pb = {0};
    TypesetContext ctx = {0};
    int ok = 0;
    if (!tree)
        goto cleanup;
    pango = new_pango_context();
    if (!pango) {
        diag_environment("fonts are not initialised (fonts_init)");
        goto cleanup;
    }
    layout = calloc(1, sizeof *layout);
    FRISK_ASSERT(layout != NULL);
    layout->arena = fo_arena_new();
    layout->text_arena = fo_arena_new();
    layout->images = image_cache_new();
    layout->diagrams = g_ptr_array_new_with_free_func((GDestroyNotify)diagram_free);
    const char **meta[] = {&layout->title, &layout->author, &layout->subject, &layout->keywords,
                           &layout->creation_date, &layout->file};
    const char *vals[] = {tree->title, tree->author, tree->subject, tree->keywords,
                          tree->creation_date, tree->file};
    for (int i = 0; i < 6; i++)
        *meta[i] = vals[i] ? fo_arena_strndup(layout->arena, vals[i], strlen(vals[i])) : NULL;

    ctx.tree = tree;
    ctx.layout = layout;
    ctx.pango = pango;
    ctx.id_nodes = g_hash_table_new(g_str_hash, g_str_equal);
    ctx.shaped = g_hash_table_new(g_direct_hash, g_direct_equal);
    collect_ids(&ctx, tree->root);

    /* the root's children */
    Masters ms = {0};
    FoNode *lms = NULL, *bookmarks = NULL;
    int n_seqs = 0;
    for (FoNode *c = tree->root->first; c; c = c->next) {
        if (c->type == FO_LAYOUT_MASTER_SET && !lms)
            lms = c;
        else if (c->type == FO_PAGE_SEQUENCE)
            n_seqs++;
        else if (c->type == FO_BOOKMARK_TREE && !bookmarks)
            bookmarks = c;
        else
            typeset_error(&ctx, c, "fo:%s is not allowed here in fo:root", fo_type_name(c->type));
    }
    if (!lms) {
        typeset_error(&ctx, tree->root, "fo:root needs an fo:layout-master-set");
        goto cleanup;
    }
    if (n_seqs == 0)
        typeset_error(&ctx, tree->root, "fo:root needs at least one fo:page-sequence");
    layout->lang = document_lang(layout, tree->root);
    if (!layout->lang) /* PDF/UA needs it, and only the author knows it */
        fo_warning(tree, tree->root, "the document states no language (xml:lang or language on "
                   "fo:root or fo:page-sequence): its PDF gets no /Lang, which PDF/UA requires");
    if (read_masters(&ctx, lms, &ms) != 0)
        goto cleanup;
    int most_columns = 1;
    for (int i = 0; i < ms.n_masters; i++) {
        ctx.max_object_height = fmax(ctx.max_object_height, ms.masters[i].body_h);
        most_columns = ms.masters[i].columns > most_columns ? ms.masters[i].columns : most_columns;
    }
    pages_check(&ctx, tree->root, most_columns);
    seqs = calloc((size_t)n_seqs + 1, sizeof *seqs);
    FRISK_ASSERT(seqs != NULL);
    int si = 0;
    for (FoNode *c = tree->root->first; c; c = c->next) {
        if (c->type != FO_PAGE_SEQUENCE)
            continue;
        Sequence *s = &seqs[si++];
        s->node = c;
        FoKeyword wm = fo_keyword(c, P_WRITING_MODE);
        s->rl = wm == K_RL_TB || wm == K_RL;
        const char *ref = fo_string(c, P_MASTER_REFERENCE);
        for (int i = 0; ref && i < ms.n_refs; i++)
            if (ms.refs[i].name && strcmp(ms.refs[i].name, ref) == 0)
                s->ref = &ms.refs[i];
        if (!s->ref)
            typeset_error(&ctx, c, "fo:page-sequence: master-reference '%s' names no page master",
                          ref ? ref : "");
        for (FoNode *k = c->first; k; k = k->next) {
            if (k->type == FO_FLOW) {
                if (s->flow)
                    typeset_error(&ctx, k, "fo:page-sequence has more than one fo:flow");
                s->flow = k;
                const char *fn = fo_string(k, P_FLOW_NAME);
                if (!fn || strcmp(fn, "xsl-region-body") != 0) {
                    int named = 0;
                    for (int i = 0; fn && i < ms.n_masters; i++) {
                        const FoNode *body = NULL;
                        for (FoNode *r = ms.masters[i].node->first; r; r = r->next)
                            if (r->type == FO_REGION_BODY)
                                body = r;
                        named |= body && fo_string(body, P_REGION_NAME) &&
                                 strcmp(fo_string(body, P_REGION_NAME), fn) == 0;
                    }
                    if (!named)
                        typeset_error(&ctx, k, "fo:flow: flow-name '%s' names no region-body",
                                      fn ? fn : "");
                }
            } else if (k->type != FO_STATIC_CONTENT) {
                typeset_error(&ctx, k, "fo:%s is not allowed in fo:page-sequence",
                              fo_type_name(k->type));
            } else if (!fo_string(k, P_FLOW_NAME)) {
                typeset_error(&ctx, k, "fo:static-content needs a flow-name");
            }
        }
        if (!s->flow)
            typeset_error(&ctx, c, "fo:page-sequence needs an fo:flow");
    }
    if (ctx.errors)
        goto cleanup;

    pb.ctx = &ctx;
    pb.layout = layout;
    ctx.pass_blocks = g_ptr_array_new_with_free_func(free);
    int streaming = sink && !cites_pages(tree->root, 0);
    if (streaming)
        struct_begin(&ctx);
    for (int pass = 0; pass < TYPESET_MAX_PASSES; pass++) {
        fo_arena_free(ctx.pass_arena);
        ctx.pass_arena = fo_arena_new();
        g_ptr_array_set_size(ctx.pass_blocks, 0);
        ctx.ids = prev_ids;
        ctx.citations = ctx.citation_misses = 0;
        free_pages(pages);
        if (markers)
            g_array_free(markers, TRUE);
        if (dests)
            g_hash_table_destroy(dests);
        pages = g_array_new(FALSE, TRUE, sizeof(PageOut));
        markers = g_array_new(FALSE, TRUE, sizeof(MarkerHit));
        dests = g_hash_table_new(g_str_hash, g_str_equal);
        ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
        pb.pages = pages;
        pb.markers = markers;
        pb.new_ids = ids;
        pb.dests = dests;
        pb.number = 1;
        memset(&pb.bars, 0, sizeof pb.bars); /* each pass places the flows afresh */
        memset(&pb.note_bars, 0, sizeof pb.note_bars);
        for (int s = 0; s < n_seqs; s++) {
            Sequence *seq = &seqs[s];
            const FoValue *ipn = fo_value(seq->node, P_INITIAL_PAGE_NUMBER, NULL);
            if (ipn->kind == FV_NUMBER)
                pb.number = (int)ipn->number;
            else if (ipn->keyword == K_AUTO_ODD && pb.number % 2 == 0)
                pb.number++;
            else if (ipn->keyword == K_AUTO_EVEN && pb.number % 2 == 1)
                pb.number++;
            memset(&seq->state, 0, sizeof seq->state);
            MasterState peek = seq->state;
            PageMaster *m0 = choose_master(&pb, seq, &peek, 1, 0, 0, 1);
            if (!m0)
                goto cleanup;
            ctx.area_ref_w = m0->body_w, ctx.area_ref_h = m0->body_h;
            ctx.area_page_w = m0->width, ctx.area_page_h = m0->height;
            int n_parts = 0;
            FlowPart *parts = flow_parts(&ctx, seq->flow, m0, &n_parts);
            if (ctx.errors)
                goto cleanup;
            guint first_page = pb.pages->len;
            if (paginate(&pb, seq, s, parts, n_parts, m0) != 0 ||
                force_page_count(&pb, seq, s, s + 1 < n_seqs ? &seqs[s + 1] : NULL, first_page) != 0)
                goto cleanup;
            if (streaming && render_sequence(&pb, seqs, seq->node, first_page, sink) != 0)
                goto cleanup;
        }
        if (ctx.errors)
            goto cleanup;
        int settled = ctx.citations == 0 || (ctx.citation_misses == 0 && same_ids(prev_ids, ids));
        if (prev_ids)
            g_hash_table_destroy(prev_ids);
        prev_ids = ids;
        ids = NULL;
        ctx.ids = prev_ids;
        if (settled || streaming) /* streaming: nothing cites a page, so one pass settles */
            break;
    }

    if (!streaming && place_static_content(&pb, seqs, 0, pages->len) != 0)
        goto cleanup;
    if (bookmarks)
        read_bookmarks(&ctx, layout, bookmarks);
    if (ctx.errors)
        goto cleanup;

    if (streaming) {
        struct_end(&ctx);
    } else {
        pages_to_layout(layout, pages, 0, pages->len);
        struct_build(&ctx);
    }
    ok = 1;
cleanup:
    struct_end(&ctx); /* after a failure part way: layout->structs becomes the layout's */
    if (!ok && tree && diag_error_count() == 0 && ctx.errors == 0)
        diag_error(tree->file, 0, 0, "typesetting failed");
    free(pb.page_fn);
    free(pb.carry);
    free(pb.float_carry);
    free_pages(pages);
    if (markers)
        g_array_free(markers, TRUE);
    if (dests)
        g_hash_table_destroy(dests);
    if (ids)
        g_hash_table_destroy(ids);
    if (prev_ids)
        g_hash_table_destroy(prev_ids);
    if (page_markers)
        g_hash_table_destroy(page_markers);
    if (ctx.id_nodes)
        g_hash_table_destroy(ctx.id_nodes);
    if (ctx.shaped)
        g_hash_table_destroy(ctx.shaped);
    if (ctx.hyph_warned)
        g_hash_table_destroy(ctx.hyph_warned);
    itemize_cache_free(&ctx);
    fo_arena_free(ctx.pass_arena);
    if (ctx.pass_blocks)
        g_ptr_array_free(ctx.pass_blocks, TRUE);
    free(seqs);
    if (pango)
        g_object_unref(pango);
    fo_tree_free(tree);
    if (!ok) {
        layout_free(layout);
        return NULL;
    }
    return layout;
}

void layout_drop_area_tree(Layout *layout)
{
    if (!layout)
        return;
    for (int i = 0; i < layout->n_pages; i++) {
        free(layout->pages[i].ops);
        layout->pages[i].ops = NULL;
        layout->pages[i].n_ops = layout->pages[i].cap_ops = 0;
    }
    if (layout->struct_of)
        g_hash_table_destroy(layout->struct_of);
    if (layout->struct_spans)
        g_hash_table_destroy(layout->struct_spans);
    layout->struct_of = layout->struct_spans = NULL;
    lines_free_caches(layout);
    image_cache_free(layout->images);
    layout->images = NULL;
    if (layout->diagrams)
        g_ptr_array_free(layout->diagrams, TRUE);
    layout->diagrams = NULL;
    fo_arena_free(layout->text_arena);
    layout->text_arena = NULL;
}

void layout_free(Layout *layout)
{
    if (!layout)
        return;
    layout_drop_area_tree(layout);
    free(layout->pages);
    free(layout->structs);
    fo_arena_free(layout->arena);
    free(layout);
}

int layout_page_count(const Layout *layout) { return layout ? layout->n_pages : 0; }

void layout_set_tagged(Layout *layout, int tagged)
{
    if (layout)
        layout->untagged = !tagged;
}
