/* typeset_galley — the galley: a flow's blocks, lists and tables as one vertical list.
 *
 * Takes: the block-level content of a flow (or of a cell, a list item, a footnote body). Gives:
 * items — lines, spaces, paddings, block decorations, anchors, markers, forced breaks — each
 * content item marked with whether a page may break before it (keeps, widows, orphans), and
 * table rows and list items as row groups whose cells are galleys of their own. The page builder
 * fills pages from this list; it is rebuilt each pass from cached shaping, which is cheap.
 */
#include "typeset_int.h"

#include "shared/diag.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SIDE_TOP, SIDE_BOTTOM, SIDE_LEFT, SIDE_RIGHT };

typedef struct {
    TypesetContext *ctx;
    Galley *out;
    Geom flow;           /* where footnote bodies are set */
    int pending_keep;    /* a keep-with-next waits for the next content item */
    int kt_depth, kt_with_content;
    double list_start, list_pdbs, list_pls; /* the innermost list-block, for label-end() */
    int in_cell;
    FoNode *range_parent, *range_first, *range_stop; /* galley_build_range: a part of a flow */
    /* blocks: side floats the text still runs beside (left, right): their width and the
     * height of text still to pass them; the floats of the paragraph being emitted */
    double side_w[2], side_h[2];
    const Area *side_parity[2]; /* sides: the inside/outside float a side's room is from */
    const Area *para_floats[8];
    int n_para_floats;
} GB;

typedef struct {
    double mt, mb;
    double bw[4], pad[4];
    FoKeyword bs[4];
    uint32_t bc[4];
    double start, end;   /* content indents */
    double x, width;     /* content box */
    double bx, bwidth;   /* border box */
} Box;

static void build_children(GB *b, FoNode *parent, FoNode *owner, Geom g, const Deco *deco);
static int prepare_floats(GB *b, FoNode *run, FoNode *stop, double *x, double *width);
static void build_table(GB *b, FoNode *node, Geom g);
static void build_list(GB *b, FoNode *node, Geom g);
static void build_block(GB *b, FoNode *node, Geom g);

/* ---- items ----------------------------------------------------------------------------------- */

static Item *push(GB *b, ItemKind kind)
{
    Galley *g = b->out;
    if (g->n == g->cap) { /* on the heap, so that growing wastes nothing; freed with the pass */
        GPtrArray *blocks = b->ctx->pass_blocks;
        if (g->cap == 0) {
            g->block = (int)blocks->len;
            g_ptr_array_add(blocks, NULL);
        }
        g->cap = g->cap ? g->cap * 2 : 16;
        g->items = realloc(g->items, sizeof *g->items * (size_t)g->cap);
        FRISK_ASSERT(g->items != NULL);
        blocks->pdata[g->block] = g->items;
    }
    Item *it = &g->items[g->n++];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    return it;
}

/* A content item: a page may break before it unless a keep holds across. */
static Item *push_content(GB *b, ItemKind kind, int extra_keep)
{
    Item *it = push(b, kind);
    it->keep_before = b->pending_keep || b->kt_with_content > 0 || extra_keep;
    b->pending_keep = 0;
    b->kt_with_content = b->kt_depth;
    return it;
}

/* Adjacent spaces resolve to the largest (XSL's space resolution for equal precedence). */
static void push_space(GB *b, double h)
{
    if (h <= 0)
        return;
    for (int i = b->out->n - 1; i >= 0; i--) {
        Item *it = &b->out->items[i];
        if (it->kind == IT_SPACE) {
            if (h > it->height)
                it->height = h;
            return;
        }
        if (it->kind != IT_BLOCK_START && it->kind != IT_BLOCK_END && it->kind != IT_ANCHOR &&
            it->kind != IT_MARKER && it->kind != IT_CHANGE_BAR)
            break;
    }
    push(b, IT_SPACE)->height = h;
}

static void push_anchor(GB *b, const FoNode *node)
{
    const char *id = fo_string(node, P_ID);
    if (id)
        push(b, IT_ANCHOR)->name = id;
}

static void push_break(GB *b, const FoNode *node, FoPropId id)
{
    FoKeyword k = fo_keyword(node, id);
    if (k == K_AUTO || k == K_NONE_SET)
        return;
    if (b->in_cell)
        return; /* breaks inside table cells and list items are not honoured */
    push(b, IT_BREAK)->brk = k;
    b->pending_keep = 0;
    /* sides2: the side floats stay on the page before: what follows runs the full measure */
    b->side_h[0] = b->side_h[1] = 0;
}

static int keeps(const FoNode *node, FoPropId id)
{
    const FoValue *v = fo_get(node, id, NULL);
    if (!v)
        return 0;
    return v->kind == FV_NUMBER || (v->kind == FV_KEYWORD && v->keyword == K_ALWAYS);
}

/* keep-together is inherited, but only the object that states it opens a frame. */
static int keeps_together(const FoNode *node)
{
    const FoNode *from = NULL;
    const FoValue *v = fo_get(node, P_KEEP_TOGETHER, &from);
    return v && from == node &&
           (v->kind == FV_NUMBER || (v->kind == FV_KEYWORD && v->keyword == K_ALWAYS));
}

static void kt_push(GB *b) { b->kt_depth++; }
static void kt_pop(GB *b)
{
    if (b->kt_with_content == b->kt_depth)
        b->kt_with_content--;
    b->kt_depth--;
}

/* ---- geometry -------------------------------------------------------------------------------- */

/* An indent stated on node itself (not inherited: inside reference areas frisk measures from
 * the area, see docs/typesetter.md). Returns 1 and *out, or 0. */
static int own_indent(GB *b, const FoNode *node, FoPropId id, Geom g, double *out)
{
    const FoNode *from = NULL;
    const FoValue *v = fo_get(node, id, &from);
    if (!v || from != node)
        return 0;
    if (v->kind == FV_LABEL_END) {
        *out = g.ref_w - (b->list_start + b->list_pdbs - b->list_pls);
        if (id == P_START_INDENT)
            *out = b->list_start + b->list_pdbs - b->list_pls;
    } else if (v->kind == FV_BODY_START) {
        *out = b->list_start + b->list_pdbs;
        if (id == P_END_INDENT)
            *out = g.ref_w - *out;
    } else {
        *out = fo_length(node, id, g.ref_w, 0);
        return 1;
    }
    /* "body-start() + 1em" (fo_expr.c): the functions carry the rest of the sum as a length */
    *out += v->pt + v->em * fo_font_size((FoNode *)node) + v->pct * g.ref_w / 100.0;
    return 1;
}

/* The width of node's border on side s (SIDE_*): 0 when its style is none or hidden. */
static double border_width(const FoNode *node, int s, double ref_w)
{
    FoKeyword style = fo_keyword(node, (FoPropId)(P_BORDER_TOP_STYLE + s));
    if (style == K_NONE || style == K_HIDDEN)
        return 0;
    return fmax(0, fo_length(node, (FoPropId)(P_BORDER_TOP_WIDTH + s), ref_w, 1));
}

static void compute_box(GB *b, FoNode *node, Geom g, Box *box)
{
    memset(box, 0, sizeof *box);
    for (int s = 0; s < 4; s++) {
        box->bs[s] = fo_keyword(node, (FoPropId)(P_BORDER_TOP_STYLE + s));
        box->bw[s] = border_width(node, s, g.ref_w);
        box->bc[s] = 0;
        fo_color(node, (FoPropId)(P_BORDER_TOP_COLOR + s), &box->bc[s]);
        box->pad[s] = fmax(0, fo_length(node, (FoPropId)(P_PADDING_TOP + s), g.ref_w, 0));
    }
    const FoValue *sb = fo_get(node, P_SPACE_BEFORE, NULL);
    const FoValue *sa = fo_get(node, P_SPACE_AFTER, NULL);
    box->mt = fo_length(node, sb ? P_SPACE_BEFORE : P_MARGIN_TOP, g.ref_w, 0);
    box->mb = fo_length(node, sa ? P_SPACE_AFTER : P_MARGIN_BOTTOM, g.ref_w, 0);
    double ml = fo_length(node, P_MARGIN_LEFT, g.ref_w, 0);
    double mr = fo_length(node, P_MARGIN_RIGHT, g.ref_w, 0);
    /* sides: in rl-tb the start is the right side, its margin, border and padding too */
    int rl = area_right_to_left(node->parent);
    int at_start = rl ? SIDE_RIGHT : SIDE_LEFT, at_end = rl ? SIDE_LEFT : SIDE_RIGHT;
    if (!own_indent(b, node, P_START_INDENT, g, &box->start))
        box->start = g.start + (rl ? mr : ml) + box->bw[at_start] + box->pad[at_start];
    if (!own_indent(b, node, P_END_INDENT, g, &box->end))
        box->end = g.end + (rl ? ml : mr) + box->bw[at_end] + box->pad[at_end];
    /* A negative indent (or margin) puts the content edge outside its reference area: the
     * region body, a table cell, a block-container. Past the region body that is off the page
     * or in the margin, where nobody looks for text, and in a cell it is over the neighbour; so
     * frisk sets the content at the area's edge and says so (once, although the galley is built
     * on every pass). Borders and padding may still stand outside, as XSL draws them. */
    if (box->start < 0 || box->end < 0) {
        if (!(node->warned & FO_WARNED_INDENT)) {
            node->warned |= FO_WARNED_INDENT;
            fo_warning(b->ctx->tree, node,
                       "fo:%s: %s puts the text %.1fpt outside its reference area (the region "
                       "body, a table cell or a block-container); frisk sets it at the area's edge",
                       fo_type_name(node->type), box->start < 0 ? "start-indent" : "end-indent",
                       -fmin(box->start, box->end));
        }
        box->start = fmax(box->start, 0);
        box->end = fmax(box->end, 0);
    }
    /* right to left (writing-mode rl-tb of the area it stands in), start is the right side */
    box->x = g.ref_x + (rl ? box->end : box->start);
    box->width = g.ref_w - box->start - box->end;
    if (box->width < 1)
        box->width = 1;
    box->bx = box->x - box->pad[SIDE_LEFT] - box->bw[SIDE_LEFT];
    box->bwidth = box->width + box->pad[SIDE_LEFT] + box->pad[SIDE_RIGHT] + box->bw[SIDE_LEFT] +
                  box->bw[SIDE_RIGHT];
}

static const char *struct_tag(const FoNode *node)
{
    const char *role = fo_get(node, P_ROLE, NULL) ? fo_string(node, P_ROLE) : NULL;
    static const char *const known[] = {"H1", "H2", "H3", "H4", "H5", "H6", "P", "Caption",
                                        "BlockQuote", "Note", "Lbl", "Title"};
    if (role)
        for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
            if (strcmp(role, known[i]) == 0)
                return known[i];
    return "P";
}

static Deco *make_deco(GB *b, FoNode *node, const Box *box)
{
    Deco *d = fo_arena_alloc(b->ctx->pass_arena, sizeof *d);
    d->x = box->bx;
    d->width = box->bwidth;
    for (int s = 0; s < 4; s++) {
        d->bw[s] = box->bw[s];
        d->bs[s] = box->bs[s];
        d->bc[s] = box->bc[s];
    }
    d->has_bg = fo_color(node, P_BACKGROUND_COLOR, &d->bg);
    d->background = background_of(b->ctx, node);
    d->id = fo_string(node, P_ID);
    d->tag = struct_tag(node);
    return d;
}

/* ---- paragraphs ------------------------------------------------------------------------------ */

Footnote *galley_footnote(TypesetContext *ctx, FoNode *body, Geom flow)
{
    Footnote *fn = fo_arena_alloc(ctx->pass_arena, sizeof *fn);
    fn->node = body;
    GB sub = {.ctx = ctx, .out = &fn->body, .flow = flow, .in_cell = 1};
    Geom g = {flow.ref_x, flow.ref_w, 0, 0};
    push_anchor(&sub, body);
    build_children(&sub, body, body, g, NULL);
    int lead = 1;
    for (int i = 0; i < fn->body.n; i++) {
        const Item *x = &fn->body.items[i];
        if (x->kind == IT_SPACE && lead)
            continue;
        if (x->kind == IT_LINE || x->kind == IT_ROWS)
            lead = 0;
        fn->height += x->height;
    }
    return fn;
}

static void build_footnotes(GB *b, Item *it, const TextBlock *tb, int start, int end, int last)
{
    for (InlineMark *m = tb->marks; m; m = m->next) {
        if (m->kind != INL_FOOTNOTE || m->start < start || (m->start >= end && !(last && m->start == end)))
            continue;
        Footnote *fn = galley_footnote(b->ctx, m->node, b->flow);
        fn->cited_at = m->start;
        Footnote **tail = &it->footnotes;
        while (*tail)
            tail = &(*tail)->next;
        *tail = fn;
    }
}

/* The floats anchored on a line: side floats before it (they stand beside it, from its top),
 * before-floats after it (they go to the top of the page the line is on, and read after it). */
static void emit_line_floats(GB *b, const TextBlock *tb, int line, int side)
{
    const TextLine *l = &tb->lines[line];
    int last = line == tb->n_lines - 1;
    for (const InlineMark *m = tb->marks; m; m = m->next) {
        if (m->kind != INL_FLOAT || m->start < l->start ||
            (m->start >= l->start + l->length && !(last && m->start == l->start + l->length)))
            continue;
        for (int i = 0; i < b->n_para_floats; i++)
            if (b->para_floats[i]->node == m->node &&
                (b->para_floats[i]->kind == AREA_FLOAT_SIDE) == side)
                push(b, IT_AREA)->area = b->para_floats[i];
    }
}

static void emit_paragraph(GB *b, FoNode *owner, const Deco *deco, TextBlock *tb, double x)
{
    int widows = (int)fo_number(owner, P_WIDOWS, 2);
    int orphans = (int)fo_number(owner, P_ORPHANS, 2);
    for (int i = 0; i < tb->n_lines; i++) {
        if (b->n_para_floats)
            emit_line_floats(b, tb, i, 1);
        /* no page break inside a hyphenated word: the reader would turn the page mid-word */
        int keep = i > 0 && (i < orphans || tb->n_lines - i < widows || tb->lines[i - 1].hyphen_end);
        Item *it = push_content(b, IT_LINE, keep);
        it->height = tb->lines[i].height;
        it->x = x;
        it->text = tb;
        it->line = i;
        it->deco = deco;
        for (int s = 0; s < 2 && !it->area; s++) /* beside a float that may change sides */
            if (i < tb->intrude_lines[s] && b->side_parity[s])
                it->area = b->side_parity[s];
        build_footnotes(b, it, tb, tb->lines[i].start, tb->lines[i].start + tb->lines[i].length,
                        i == tb->n_lines - 1);
        if (b->n_para_floats)
            emit_line_floats(b, tb, i, 0);
    }
}

/* ---- blocks ---------------------------------------------------------------------------------- */

static void open_block(GB *b, FoNode *node, const Box *box, Deco **deco)
{
    push_break(b, node, P_BREAK_BEFORE);
    push_space(b, box->mt);
    push_anchor(b, node);
    if (keeps(node, P_KEEP_WITH_PREVIOUS))
        b->pending_keep = 1;
    *deco = make_deco(b, node, box);
    push(b, IT_BLOCK_START)->deco = *deco;
    if (keeps_together(node))
        kt_push(b);
    double top = box->bw[SIDE_TOP] + box->pad[SIDE_TOP];
    if (top > 0)
        push(b, IT_PAD)->height = top;
}

static void close_block(GB *b, FoNode *node, const Box *box, const Deco *deco)
{
    double bottom = box->bw[SIDE_BOTTOM] + box->pad[SIDE_BOTTOM];
    if (bottom > 0) {
        Item *pad = push(b, IT_PAD);
        pad->height = bottom;
        pad->trailing = 1;
    }
    push(b, IT_BLOCK_END)->deco = deco;
    if (keeps_together(node))
        kt_pop(b);
    if (keeps(node, P_KEEP_WITH_NEXT))
        b->pending_keep = 1;
    push_space(b, box->mb);
    push_break(b, node, P_BREAK_AFTER);
}

/* The end of a galley (a cell, a list item, an area, the flow) holds the side floats its
 * text has not passed yet: a cell is as tall as its float, as CSS's floats are cleared. */
static void end_floats(GB *b)
{
    double below = fmax(b->side_h[0], b->side_h[1]);
    if (below > 0) {
        Item *pad = push(b, IT_PAD);
        pad->height = below;
        pad->trailing = 1;
    }
    b->side_h[0] = b->side_h[1] = 0;
}

/* clear on a block: it begins below the side floats on the sides it names. */
static void clear_floats(GB *b, const FoNode *node)
{
    FoKeyword k = fo_keyword(node, P_CLEAR);
    if (k == K_NONE || k == K_NONE_SET)
        return;
    int rl = area_right_to_left(node->parent);
    int left = k == K_BOTH || k == K_LEFT || ((k == K_START || k == K_INSIDE) && !rl) ||
               ((k == K_END || k == K_OUTSIDE) && rl);
    int right = k == K_BOTH || k == K_RIGHT || ((k == K_START || k == K_INSIDE) && rl) ||
                ((k == K_END || k == K_OUTSIDE) && !rl);
    double below = fmax(left ? b->side_h[0] : 0, right ? b->side_h[1] : 0);
    if (below > 0)
        push(b, IT_PAD)->height = below;
    for (int s = 0; s < 2; s++) /* the text moved down past them by that much */
        b->side_h[s] = fmax(0, b->side_h[s] - below);
}

/* An area of its own (typeset_float.c): its content laid out in its frame, x from 0, as wide
 * as its inline-progression dimension; absolute containers inside it are placed in it. */
static Area *build_area(GB *b, FoNode *node, Geom g)
{
    TypesetContext *ctx = b->ctx;
    Area *a = area_begin(ctx, node, g);
    if (!a)
        return NULL;
    Geom frame = {0, fmax(1, a->ipd), 0, 0};
    double saved_w = ctx->area_ref_w, saved_h = ctx->area_ref_h;
    ctx->area_ref_w = a->ipd;
    if (a->bpd > 0)
        ctx->area_ref_h = a->bpd;
    ctx->in_area++;
    galley_build(ctx, node, frame, &a->content);
    ctx->in_area--;
    ctx->area_ref_w = saved_w, ctx->area_ref_h = saved_h;
    area_end(ctx, a);
    return a;
}

/* A block-container that is an area of its own (absolute, fixed, turned: typeset_float.c):
 * out of the flow, an anchor; in it, one unbreakable line of its height. */
static void build_area_block(GB *b, FoNode *node, Geom g)
{
    Box box;
    compute_box(b, node, g, &box);
    Area *a = build_area(b, node, (Geom){box.x, box.width, 0, 0});
    if (!a)
        return;
    if (a->kind == AREA_ABSOLUTE || a->kind == AREA_FIXED) {
        push_anchor(b, node);
        push(b, IT_AREA)->area = a;
        return;
    }
    push_break(b, node, P_BREAK_BEFORE);
    push_space(b, box.mt);
    push_anchor(b, node);
    Item *it = push_content(b, IT_LINE, keeps(node, P_KEEP_WITH_PREVIOUS));
    it->area = a;
    it->height = a->outer_h;
    if (keeps(node, P_KEEP_WITH_NEXT))
        b->pending_keep = 1;
    push_space(b, box.mb);
    push_break(b, node, P_BREAK_AFTER);
}

static void build_block(GB *b, FoNode *node, Geom g)
{
    clear_floats(b, node);
    if (area_is_special(b->ctx, node)) {
        build_area_block(b, node, g);
        return;
    }
    Box box;
    compute_box(b, node, g, &box);
    Geom inner = {g.ref_x, g.ref_w, box.start, box.end};
    if (node->type == FO_BLOCK_CONTAINER) {
        const FoValue *w = fo_get(node, P_WIDTH, NULL);
        if (w && w->kind == FV_LENGTH) {
            double width = fo_length(node, P_WIDTH, g.ref_w - box.start - g.end, box.width);
            if (width > 0 && width < box.width) {
                box.width = width;
                box.end = g.ref_w - box.start - width;
                if (area_right_to_left(node->parent)) /* at the start: the right */
                    box.x = g.ref_x + box.end;
                box.bwidth = width + box.pad[SIDE_LEFT] + box.pad[SIDE_RIGHT] +
                             box.bw[SIDE_LEFT] + box.bw[SIDE_RIGHT];
            }
        }
        /* a reference area: its content measures indents from its own edges */
        inner = (Geom){box.x, box.width, 0, 0};
    }
    Deco *deco;
    open_block(b, node, &box, &deco);
    int n0 = b->out->n;
    double saved_w = b->ctx->area_ref_w, saved_h = b->ctx->area_ref_h;
    if (node->type == FO_BLOCK_CONTAINER) /* the reference area of absolute ones inside */
        area_reference(b->ctx, node, deco, box.x, box.width, box.bw[SIDE_TOP] + box.pad[SIDE_TOP]);
    build_children(b, node, node, inner, deco);
    b->ctx->area_ref_w = saved_w, b->ctx->area_ref_h = saved_h;
    double above, below; /* a height: the content is padded to it (typeset_float.c) */
    if (node->type == FO_BLOCK_CONTAINER &&
        area_free_height(b->ctx, node, b->out, n0, g.ref_w, &above, &below)) {
        push(b, IT_PAD)->height = below;
        b->out->items[b->out->n - 1].trailing = 1;
        if (above > 0) {
            push(b, IT_PAD);
            Item *items = b->out->items;
            memmove(items + n0 + 1, items + n0, sizeof *items * (size_t)(b->out->n - 1 - n0));
            memset(&items[n0], 0, sizeof *items);
            items[n0].kind = IT_PAD;
            items[n0].height = above;
        }
    }
    close_block(b, node, &box, deco);
}

/* ---- row groups (table rows, list items) ------------------------------------------------------ */

static void build_cell_content(GB *b, FoNode *node, Geom g, Galley *out)
{
    GB sub = {.ctx = b->ctx, .out = out, .flow = b->flow, .list_start = b->list_start,
              .list_pdbs = b->list_pdbs, .list_pls = b->list_pls, .in_cell = 1};
    push_anchor(&sub, node);
    build_children(&sub, node, node, g, NULL);
    end_floats(&sub);
}

static Item *emit_group(GB *b, RowGroup *group, int keep)
{
    Item *it = push_content(b, IT_ROWS, keep);
    it->rows = group;
    for (int c = 0; c < group->n_cells; c++)
        for (int i = 0; i < group->cells[c].content.n; i++) {
            const Item *x = &group->cells[c].content.items[i];
            for (Footnote *fn = x->footnotes; fn; fn = fn->next) {
                Footnote *copy = fo_arena_alloc(b->ctx->pass_arena, sizeof *copy);
                *copy = *fn;
                copy->next = it->footnotes;
                it->footnotes = copy;
            }
        }
    double *row_h = fo_arena_alloc(b->ctx->pass_arena, sizeof(double) * (size_t)group->n_rows);
    it->height = galley_group_measure(group, NULL, NULL, NULL, row_h);
    return it;
}

/* ---- lists ----------------------------------------------------------------------------------- */

static void build_list_item(GB *b, FoNode *item, Geom g)
{
    Box box;
    compute_box(b, item, g, &box);
    FoNode *label = NULL, *body = NULL;
    for (FoNode *c = item->first; c; c = c->next) {
        if (c->type == FO_LIST_ITEM_LABEL && !label && !body)
            label = c;
        else if (c->type == FO_LIST_ITEM_BODY && label && !body)
            body = c;
        else if (c->type != FO_MARKER)
            typeset_error(b->ctx, c,
                          "fo:%s is not allowed here in fo:list-item (expected list-item-label "
                          "then list-item-body)",
                          fo_type_name(c->type));
    }
    if (!label || !body) {
        typeset_error(b->ctx, item,
                      "fo:list-item needs an fo:list-item-label and an fo:list-item-body");
        return;
    }
    push_break(b, item, P_BREAK_BEFORE);
    push_space(b, box.mt);
    push_anchor(b, item);
    for (FoNode *c = item->first; c; c = c->next)
        if (c->type == FO_MARKER) {
            Item *m = push(b, IT_MARKER);
            m->name = fo_string(c, P_MARKER_CLASS_NAME);
            m->marker = c;
        }
    int keep = keeps(item, P_KEEP_WITH_PREVIOUS);
    Geom inner = {g.ref_x, g.ref_w, box.start, box.end};
    double label_end = g.ref_w - (b->list_start + b->list_pdbs - b->list_pls);
    double body_start = b->list_start + b->list_pdbs;
    Geom lg = inner, bg = inner;
    if (!own_indent(b, label, P_START_INDENT, inner, &lg.start))
        lg.start = inner.start;
    if (!own_indent(b, label, P_END_INDENT, inner, &lg.end))
        lg.end = label_end;
    if (!own_indent(b, body, P_START_INDENT, inner, &bg.start))
        bg.start = body_start;
    if (!own_indent(b, body, P_END_INDENT, inner, &bg.end))
        bg.end = inner.end;

    RowGroup *group = fo_arena_alloc(b->ctx->pass_arena, sizeof *group);
    group->n_rows = 1;
    group->min_height = fo_arena_alloc(b->ctx->pass_arena, sizeof(double));
    group->n_cells = 2;
    group->cells = fo_arena_alloc(b->ctx->pass_arena, sizeof(Cell) * 2);
    group->keep_together = keeps_together(item);
    FoNode *parts[2] = {label, body};
    Geom geoms[2] = {lg, bg};
    for (int i = 0; i < 2; i++) {
        Cell *cell = &group->cells[i];
        cell->x = g.ref_x + (area_right_to_left(item) ? geoms[i].end : geoms[i].start);
        cell->width = g.ref_w - geoms[i].start - geoms[i].end;
        cell->rowspan = 1;
        cell->deco.tag = i == 0 ? "Lbl" : "LBody";
        build_cell_content(b, parts[i], geoms[i], &cell->content);
    }
    emit_group(b, group, keep);
    if (keeps(item, P_KEEP_WITH_NEXT))
        b->pending_keep = 1;
    push_space(b, box.mb);
    push_break(b, item, P_BREAK_AFTER);
}

static void build_list(GB *b, FoNode *node, Geom g)
{
    Box box;
    compute_box(b, node, g, &box);
    double saved[3] = {b->list_start, b->list_pdbs, b->list_pls};
    b->list_start = box.start;
    b->list_pdbs = fo_length(node, P_PROVISIONAL_DISTANCE_BETWEEN_STARTS, g.ref_w, 24);
    b->list_pls = fo_length(node, P_PROVISIONAL_LABEL_SEPARATION, g.ref_w, 6);
    Deco *deco;
    open_block(b, node, &box, &deco);
    Geom inner = {g.ref_x, g.ref_w, box.start, box.end};
    for (FoNode *c = node->first; c; c = c->next) {
        if (c->type == FO_LIST_ITEM)
            build_list_item(b, c, inner);
        else if (c->type == FO_MARKER) {
            Item *m = push(b, IT_MARKER);
            m->name = fo_string(c, P_MARKER_CLASS_NAME);
            m->marker = c;
        } else
            typeset_error(b->ctx, c, "fo:%s is not allowed in fo:list-block",
                          fo_type_name(c->type));
    }
    close_block(b, node, &box, deco);
    b->list_start = saved[0];
    b->list_pdbs = saved[1];
    b->list_pls = saved[2];
}

/* ---- tables ---------------------------------------------------------------------------------- */

typedef struct {
    int n_cols;
    double *col_x, *col_w; /* relative to the table's content edge */
    double x;              /* absolute content edge */
    int collapse;
    Table *table;
    int rl;                /* writing-mode rl-tb: the first column is at the right */
    double width;
    /* tables2: half the border-separation, across (inline) and down (block): each cell's
     * border box stands that far inside its columns and rows, as FOP sets it */
    double gap_i, gap_b;
} TableGeom;

static int row_cell_count(FoNode *row)
{
    int n = 0;
    for (FoNode *c = row->first; c; c = c->next)
        if (c->type == FO_TABLE_CELL)
            n += (int)fo_number(c, P_NUMBER_COLUMNS_SPANNED, 1);
    return n;
}

static void build_cell(GB *b, TableGeom *tg, FoNode *row, FoNode *node, int col, int span, Cell *cell)
{
    double x = 0, w = 0;
    for (int i = 0; i < span && col + i < tg->n_cols; i++)
        w += tg->col_w[col + i];
    x = tg->rl ? tg->x + tg->width - tg->col_x[col] - w : tg->x + tg->col_x[col];
    x += tg->gap_i;
    w = fmax(1, w - 2 * tg->gap_i);
    Geom g = {x, w, 0, 0};
    Box box;
    compute_box(b, node, g, &box);
    /* a cell is a reference area: its padding and border are inside its column width */
    double left = box.bw[SIDE_LEFT] + box.pad[SIDE_LEFT], right = box.bw[SIDE_RIGHT] + box.pad[SIDE_RIGHT];
    if (tg->collapse) {
        left -= box.bw[SIDE_LEFT] / 2;
        right -= box.bw[SIDE_RIGHT] / 2;
    }
    Geom inner = {x + left, fmax(1, w - left - right), 0, 0};
    cell->x = x;
    cell->width = w;
    cell->col = col;
    cell->span = span;
    cell->inset_top = box.pad[SIDE_TOP] + (tg->collapse ? box.bw[SIDE_TOP] / 2 : box.bw[SIDE_TOP]);
    cell->inset_bottom = box.pad[SIDE_BOTTOM] + (tg->collapse ? box.bw[SIDE_BOTTOM] / 2 : box.bw[SIDE_BOTTOM]);
    cell->gap = tg->gap_b;
    /* tables2: as FOP, a cell's height and min-height are the least height of its content */
    cell->min_h = fmax(fo_length(node, P_HEIGHT, 0, 0), limits_minimum(node, 1, 0));
    cell->inset_top += tg->gap_b;
    cell->inset_bottom += tg->gap_b;
    cell->deco = *make_deco(b, node, &box);
    cell->deco.x = x;
    cell->deco.width = w;
    cell->deco.tag = tg->collapse ? "collapse" : "separate";
    /* paint: what shows through a cell without a background-color: its row's background, and
     * through that its body's (their images under the cell's own, their colours under all) */
    for (const FoNode *n = row; !cell->deco.has_bg && n && n->type != FO_TABLE; n = n->parent) {
        if (!cell->deco.background)
            cell->deco.background = background_of(b->ctx, n);
        cell->deco.has_bg = fo_color(n, P_BACKGROUND_COLOR, &cell->deco.bg);
    }
    cell->display_align = fo_keyword(node, P_DISPLAY_ALIGN);
    double saved_w = b->ctx->area_ref_w, saved_h = b->ctx->area_ref_h;
    b->ctx->area_ref_w = w; /* absolute containers in a cell are placed in it */
    build_cell_content(b, node, inner, &cell->content);
    b->ctx->area_ref_w = saved_w, b->ctx->area_ref_h = saved_h;
}

/* Rows of one table-header, table-footer or table-body, grouped where row spans tie them
 * together. A body's groups go into the galley at once; a header's or footer's are the
 * caller's to place. */
static void build_rows(GB *b, TableGeom *tg, FoNode *section, RowGroup ***groups,
                       int *n_groups, int *cap_groups)
{
    int is_header = section->type == FO_TABLE_HEADER, is_footer = section->type == FO_TABLE_FOOTER;
    int *span_left = calloc((size_t)tg->n_cols, sizeof *span_left);
    FRISK_ASSERT(span_left != NULL);
    FoNode *group_first = NULL;
    int rows_in_group = 0;
    GArray *cells = g_array_new(FALSE, TRUE, sizeof(Cell));
    GArray *heights = g_array_new(FALSE, TRUE, sizeof(double));
    int keep_together = 0;
    for (FoNode *row = section->first; row; row = row->next) {
        if (row->type == FO_MARKER)
            continue;
        if (row->type != FO_TABLE_ROW) {
            typeset_error(b->ctx, row,
                          "fo:%s is not allowed in fo:%s (frisk needs fo:table-row around cells)",
                          fo_type_name(row->type), fo_type_name(section->type));
            continue;
        }
        if (!group_first)
            group_first = row;
        int col = 0;
        for (FoNode *c = row->first; c; c = c->next) {
            if (c->type != FO_TABLE_CELL) {
                if (c->type != FO_MARKER)
                    typeset_error(b->ctx, c, "fo:%s is not allowed in fo:table-row",
                                  fo_type_name(c->type));
                continue;
            }
            const FoValue *cn = fo_get(c, P_COLUMN_NUMBER, NULL);
            if (cn && cn->kind == FV_NUMBER)
                col = (int)cn->number - 1;
            while (col < tg->n_cols && span_left[col] > 0)
                col++;
            if (col >= tg->n_cols) {
                typeset_error(b->ctx, c, "fo:table-cell lies beyond the table's %d columns",
                              tg->n_cols);
                break;
            }
            int span = (int)fo_number(c, P_NUMBER_COLUMNS_SPANNED, 1);
            if (col + span > tg->n_cols)
                span = tg->n_cols - col;
            int rowspan = (int)fo_number(c, P_NUMBER_ROWS_SPANNED, 1);
            Cell cell = {0};
            build_cell(b, tg, row, c, col, span, &cell);
            cell.row = rows_in_group;
            cell.rowspan = rowspan;
            g_array_append_val(cells, cell);
            for (int i = 0; i < span; i++)
                span_left[col + i] = rowspan;
            col += span;
        }
        double h = fo_length(row, P_HEIGHT, 0, 0);
        g_array_append_val(heights, h);
        keep_together |= keeps_together(row);
        rows_in_group++;
        int open = 0;
        for (int i = 0; i < tg->n_cols; i++) {
            if (span_left[i] > 0)
                span_left[i]--;
            open |= span_left[i] > 0;
        }
        if (open && row->next)
            continue;
        /* close the group */
        RowGroup *group = fo_arena_alloc(b->ctx->pass_arena, sizeof *group);
        group->table = tg->table;
        group->is_header = is_header;
        group->is_footer = is_footer;
        group->first_row = group_first;
        group->n_rows = rows_in_group;
        group->min_height = fo_arena_alloc(b->ctx->pass_arena, sizeof(double) * (size_t)rows_in_group);
        memcpy(group->min_height, heights->data, sizeof(double) * (size_t)rows_in_group);
        group->n_cells = (int)cells->len;
        group->cells = fo_arena_alloc(b->ctx->pass_arena, sizeof(Cell) * (cells->len ? cells->len : 1));
        if (cells->len)
            memcpy(group->cells, cells->data, sizeof(Cell) * cells->len);
        for (int i = 0; i < group->n_cells; i++)
            if (group->cells[i].row + group->cells[i].rowspan > rows_in_group)
                group->cells[i].rowspan = rows_in_group - group->cells[i].row;
        group->keep_together = keep_together || rows_in_group > 1;
        if (*n_groups == *cap_groups) {
            *cap_groups = *cap_groups ? *cap_groups * 2 : 16;
            RowGroup **grown = fo_arena_alloc(b->ctx->pass_arena, sizeof *grown * (size_t)*cap_groups);
            if (*n_groups)
                memcpy(grown, *groups, sizeof *grown * (size_t)*n_groups);
            *groups = grown;
        }
        (*groups)[(*n_groups)++] = group;
        /* keeps between rows travel on the group */
        group->keep_together |= 0;
        if (!is_header && !is_footer) {
            int keep = keeps(group_first, P_KEEP_WITH_PREVIOUS);
            push_anchor(b, group_first);
            emit_group(b, group, keep);
            if (keeps(row, P_KEEP_WITH_NEXT))
                b->pending_keep = 1;
        }
        g_array_set_size(cells, 0);
        g_array_set_size(heights, 0);
        rows_in_group = 0;
        keep_together = 0;
        group_first = NULL;
    }
    g_array_free(cells, TRUE);
    g_array_free(heights, TRUE);
    free(span_left);
}

/* The first (last: the last) table-row of a table's header, footer or bodies, in reading order. */
static FoNode *table_edge_row(FoNode *table, int last)
{
    static const FoType order[] = {FO_TABLE_HEADER, FO_TABLE_BODY, FO_TABLE_FOOTER};
    FoNode *found = NULL;
    for (int k = 0; k < 3; k++)
        for (FoNode *s = table->first; s; s = s->next)
            if (s->type == order[last ? 2 - k : k])
                for (FoNode *r = s->first; r; r = r->next)
                    if (r->type == FO_TABLE_ROW && (!found || last))
                        found = r;
    return found;
}

/* Collapsed borders (border-collapse="collapse") are centred on the grid lines, so the outer
 * half of the widest border on each side of the table lies outside the grid: the table's box
 * makes room for it, as FOP does, instead of letting it stand over the text before or after
 * the table. The table's own padding does not apply in this model. Gives the half widths. */
static void collapse_table_box(FoNode *table, Geom g, Box *box, double half[4])
{
    for (int s = 0; s < 4; s++)
        half[s] = box->bw[s];
    for (int s = SIDE_TOP; s <= SIDE_BOTTOM; s++) {
        FoNode *row = table_edge_row(table, s == SIDE_BOTTOM);
        for (FoNode *c = row ? row->first : NULL; c; c = c->next)
            if (c->type == FO_TABLE_CELL)
                half[s] = fmax(half[s], border_width(c, s, g.ref_w));
    }
    for (FoNode *sec = table->first; sec; sec = sec->next)
        for (FoNode *r = sec->first; r; r = r->next) {
            FoNode *first = NULL, *last = NULL;
            for (FoNode *c = r->type == FO_TABLE_ROW ? r->first : NULL; c; c = c->next)
                if (c->type == FO_TABLE_CELL)
                    last = c, first = first ? first : c;
            if (first)
                half[SIDE_LEFT] = fmax(half[SIDE_LEFT], border_width(first, SIDE_LEFT, g.ref_w));
            if (last)
                half[SIDE_RIGHT] = fmax(half[SIDE_RIGHT], border_width(last, SIDE_RIGHT, g.ref_w));
        }
    for (int s = 0; s < 4; s++)
        half[s] /= 2;
    box->start += half[SIDE_LEFT] - box->bw[SIDE_LEFT] - box->pad[SIDE_LEFT];
    box->end += half[SIDE_RIGHT] - box->bw[SIDE_RIGHT] - box->pad[SIDE_RIGHT];
    for (int s = 0; s < 4; s++) {
        box->bw[s] = half[s];
        box->pad[s] = 0;
    }
    box->x = g.ref_x + box->start;
    box->width = fmax(1, g.ref_w - box->start - box->end);
    box->bx = box->x - half[SIDE_LEFT];
    box->bwidth = box->width + half[SIDE_LEFT] + half[SIDE_RIGHT];
}

/* What galley_table_section needs to set a table's header or footer again. */
struct TableRebuild {
    TableGeom tg;
    Geom flow;
    double list_start, list_pdbs, list_pls;
};

static int holds_table_marker(const FoNode *node)
{
    for (const FoNode *c = node ? node->first : NULL; c; c = c->next)
        if (c->type == FO_RETRIEVE_TABLE_MARKER || holds_table_marker(c))
            return 1;
    return 0;
}

int galley_table_section(TypesetContext *ctx, const Table *t, int footer, RowGroup ***groups)
{
    const struct TableRebuild *r = t->rebuild;
    Galley scratch = {0}; /* headers and footers put nothing in the galley */
    GB b = {.ctx = ctx, .out = &scratch, .flow = r->flow, .list_start = r->list_start,
            .list_pdbs = r->list_pdbs, .list_pls = r->list_pls};
    TableGeom tg = r->tg;
    int n = 0, cap = 0;
    *groups = NULL;
    build_rows(&b, &tg, footer ? t->footer_node : t->header_node, groups, &n, &cap);
    align_section(t, *groups, n);
    return n;
}

/* sides2: the header at a table's start, set again with the markers of the table's rows (as
 * the page builder sets it where it is placed), takes the height it then has: a marker of
 * blocks adds lines to it, which the rows below must not run over. */
static void header_as_retrieved(GB *b, const Table *t)
{
    int first_body = -1;
    for (int i = 0; i < b->out->n && first_body < 0; i++) {
        const Item *it = &b->out->items[i];
        if (it->kind == IT_ROWS && it->rows->table == t && !it->rows->is_header && !it->rows->is_footer)
            first_body = i;
    }
    if (first_body < 0 || !t->n_header)
        return;
    const struct TableFrag *saved = b->ctx->table_frag;
    TableFrag *frag = table_frag_new(b->out, first_body, b->out->n, 0, 0, t);
    b->ctx->table_frag = frag;
    RowGroup **again = NULL;
    int n = galley_table_section(b->ctx, t, 0, &again);
    b->ctx->table_frag = saved;
    table_frag_free(frag);
    for (int i = 0, k = 0; i < b->out->n && n == t->n_header; i++) {
        Item *it = &b->out->items[i];
        if (it->kind != IT_ROWS || it->rows->table != t || !it->rows->is_header || k >= n)
            continue;
        double *row_h = fo_arena_alloc(b->ctx->pass_arena, sizeof(double) * (size_t)again[k]->n_rows);
        it->height = fmax(it->height, galley_group_measure(again[k++], NULL, NULL, NULL, row_h));
    }
}

static void build_table(GB *b, FoNode *node, Geom g)
{
    clear_floats(b, node);
    area_is_special(b->ctx, node); /* says so when its writing-mode is one frisk cannot do */
    Box box;
    compute_box(b, node, g, &box);
    int collapse = fo_keyword(node, P_BORDER_COLLAPSE) != K_SEPARATE;
    double table_bw[4], half[4];
    memcpy(table_bw, box.bw, sizeof table_bw);
    if (collapse)
        collapse_table_box(node, g, &box, half);
    const FoValue *tw = fo_get(node, P_WIDTH, NULL);
    double width = box.width;
    if (tw && tw->kind == FV_LENGTH) {
        double w = fo_length(node, P_WIDTH, box.width, box.width);
        if (w > 0 && w < width) {
            box.end += width - w;
            box.bwidth -= width - w;
            width = w;
            if (area_right_to_left(node->parent)) { /* at the start: the right */
                box.x = g.ref_x + box.end;
                box.bx = box.x - box.pad[SIDE_LEFT] - box.bw[SIDE_LEFT];
            }
        }
    }
    /* columns */
    int n_cols = 0;
    for (FoNode *c = node->first; c; c = c->next)
        if (c->type == FO_TABLE_COLUMN) {
            int at = (int)fo_number(c, P_COLUMN_NUMBER, n_cols + 1) - 1;
            int rep = (int)fo_number(c, P_NUMBER_COLUMNS_REPEATED, 1);
            if (at + rep > n_cols)
                n_cols = at + rep;
        }
    FoNode *first_row = NULL;
    for (FoNode *s = node->first; s && !first_row; s = s->next)
        if (s->type == FO_TABLE_HEADER || s->type == FO_TABLE_BODY)
            for (FoNode *r = s->first; r && !first_row; r = r->next)
                if (r->type == FO_TABLE_ROW)
                    first_row = r;
    if (first_row && row_cell_count(first_row) > n_cols)
        n_cols = row_cell_count(first_row);
    if (n_cols == 0) {
        typeset_error(b->ctx, node, "fo:table has no columns and no rows");
        return;
    }
    if (n_cols > 1000) {
        typeset_error(b->ctx, node, "fo:table has too many columns (%d)", n_cols);
        return;
    }
    TableGeom tg = {.n_cols = n_cols};
    tg.col_x = fo_arena_alloc(b->ctx->pass_arena, sizeof(double) * (size_t)(n_cols + 1));
    tg.col_w = fo_arena_alloc(b->ctx->pass_arena, sizeof(double) * (size_t)n_cols);
    double *prop = fo_arena_alloc(b->ctx->pass_arena, sizeof(double) * (size_t)n_cols);
    for (int i = 0; i < n_cols; i++)
        prop[i] = 1; /* columns without a width share what is left */
    int col = 0;
    for (FoNode *c = node->first; c; c = c->next) {
        if (c->type != FO_TABLE_COLUMN)
            continue;
        col = (int)fo_number(c, P_COLUMN_NUMBER, col + 1) - 1;
        int rep = (int)fo_number(c, P_NUMBER_COLUMNS_REPEATED, 1);
        const FoValue *v = fo_value(c, P_COLUMN_WIDTH, NULL);
        for (int i = 0; i < rep && col < n_cols; i++, col++) {
            if (v->kind == FV_PROPORTIONAL) {
                prop[col] = v->number;
            } else if (v->kind == FV_LENGTH) {
                tg.col_w[col] = fo_length(c, P_COLUMN_WIDTH, width, 0);
                prop[col] = 0;
            }
        }
    }
    double fixed = 0, units = 0;
    for (int i = 0; i < n_cols; i++) {
        fixed += tg.col_w[i];
        units += prop[i];
    }
    double unit = units > 0 && width > fixed ? (width - fixed) / units : 0;
    if (fixed > width && fixed > 0) /* too wide: shrink the fixed columns to fit */
        for (int i = 0; i < n_cols; i++)
            tg.col_w[i] *= width / fixed;
    for (int i = 0; i < n_cols; i++) {
        if (prop[i] > 0)
            tg.col_w[i] = prop[i] * unit;
        tg.col_x[i + 1] = tg.col_x[i] + tg.col_w[i];
    }
    tg.x = box.x;
    tg.rl = area_right_to_left(node);
    tg.width = width;
    tg.collapse = collapse;
    if (!collapse) {
        tg.gap_i = fmax(0, fo_length(node, P_BORDER_SEPARATION_IPD, width, 0)) / 2;
        tg.gap_b = fmax(0, fo_length(node, P_BORDER_SEPARATION_BPD, width, 0)) / 2;
    }
    tg.table = fo_arena_alloc(b->ctx->pass_arena, sizeof *tg.table);
    tg.table->omit_header = fo_keyword(node, P_TABLE_OMIT_HEADER_AT_BREAK) == K_TRUE;

    Deco *deco;
    open_block(b, node, &box, &deco);
    deco->tag = "Table";
    if (collapse) { /* the table's own borders, centred on the grid's outer lines */
        memcpy(deco->bw, table_bw, sizeof table_bw);
        memcpy(deco->edge, half, sizeof half);
        deco->edge_set = 1;
    }
    RowGroup **groups = NULL;
    int n_groups = 0, cap = 0;
    tg.table->omit_footer = fo_keyword(node, P_TABLE_OMIT_FOOTER_AT_BREAK) == K_TRUE;
    for (FoNode *s = node->first; s; s = s->next) {
        if (s->type == FO_TABLE_FOOTER) { /* comes before the bodies; set after them */
            int cap_footer = 0;
            tg.table->footer_node = s;
            tg.table->n_footer = 0;
            build_rows(b, &tg, s, &tg.table->footer, &tg.table->n_footer, &cap_footer);
        } else if (s->type == FO_TABLE_HEADER) {
            tg.table->header_node = s;
            build_rows(b, &tg, s, &groups, &n_groups, &cap);
            tg.table->header = groups;
            tg.table->n_header = n_groups;
            for (int i = 0; i < n_groups; i++)
                emit_group(b, groups[i], i > 0);
            b->pending_keep = 1; /* the header stays with the first body row */
            groups = NULL;
            n_groups = cap = 0;
        } else if (s->type == FO_TABLE_BODY) {
            push_anchor(b, s);
            build_rows(b, &tg, s, &groups, &n_groups, &cap);
        } else if (s->type != FO_TABLE_COLUMN && s->type != FO_MARKER) {
            typeset_error(b->ctx, s, "fo:%s is not allowed in fo:table", fo_type_name(s->type));
        }
    }
    for (int i = 0; i < tg.table->n_footer; i++) /* the footer stays with the last body row */
        emit_group(b, tg.table->footer[i], 1);
    align_table(b->ctx, tg.table, groups, n_groups); /* text-align="<string>" */
    if (holds_table_marker(tg.table->header_node) || holds_table_marker(tg.table->footer_node)) {
        struct TableRebuild *r = fo_arena_alloc(b->ctx->pass_arena, sizeof *r);
        *r = (struct TableRebuild){.tg = tg, .flow = b->flow, .list_start = b->list_start,
                                   .list_pdbs = b->list_pdbs, .list_pls = b->list_pls};
        tg.table->rebuild = r;
        tg.table->has_markers = 1;
        header_as_retrieved(b, tg.table);
    }
    close_block(b, node, &box, deco);
}

/* ---- block-level content beside side floats -------------------------------------------------- */

/* Does node draw a box of its own (a border or a background) that would run under a float? */
static int draws_box(const FoNode *node)
{
    uint32_t rgb;
    if (fo_color(node, P_BACKGROUND_COLOR, &rgb))
        return 1;
    for (int s = 0; s < 4; s++)
        if (border_width(node, s, 100) > 0)
            return 1;
    return 0;
}

/* sides2: content narrowed beside float="inside|outside" floats (parity[s]: the float the
 * room on side s is from, when it changes sides by the page) moves with them on a page where
 * they stand at their other side: its decoration, the first block opened from item n0 on,
 * says by how much; the page builder moves it and all inside it (place_items). */
static void beside_flipped_floats(GB *b, int n0, const Area *const parity[2], double left,
                                  double right)
{
    double shift = (parity[1] ? right : 0) - (parity[0] ? left : 0);
    if (shift == 0)
        return;
    for (int i = n0; i < b->out->n; i++)
        if (b->out->items[i].kind == IT_BLOCK_START) {
            Deco *d = (Deco *)b->out->items[i].deco; /* made by this build (make_deco) */
            d->flip_with = parity[0] ? parity[0] : parity[1];
            d->flip_dx = shift;
            return;
        }
}

static void build_one_block_level(GB *b, FoNode *node, Geom g)
{
    if (node->type == FO_TABLE)
        build_table(b, node, g);
    else if (node->type == FO_LIST_BLOCK)
        build_list(b, node, g);
    else
        build_block(b, node, g);
}

/* A table, a list, or a block with a border or background that begins beside side floats is
 * set whole in the room they leave, as FOP does, rather than under them (a plain block only
 * has its lines shortened: build_children); a table whose given width does not fit there
 * begins below them. What it takes in height is then passed beside the floats. */
static void build_block_level(GB *b, FoNode *node, Geom g)
{
    double left = b->side_h[0] > 0 ? b->side_w[0] : 0, right = b->side_h[1] > 0 ? b->side_w[1] : 0;
    FoKeyword clear = fo_keyword(node, P_CLEAR);
    if ((left <= 0 && right <= 0) || (clear != K_NONE && clear != K_NONE_SET) ||
        area_is_special(b->ctx, node) ||
        (node->type != FO_TABLE && node->type != FO_LIST_BLOCK && !draws_box(node))) {
        build_one_block_level(b, node, g);
        return;
    }
    Geom room = {g.ref_x + left, fmax(1, g.ref_w - left - right), g.start, g.end};
    const FoValue *tw = fo_get(node, P_WIDTH, NULL);
    if (node->type == FO_TABLE && tw && tw->kind == FV_LENGTH && tw->pct == 0 &&
        fo_length(node, P_WIDTH, g.ref_w, 0) > room.ref_w - g.start - g.end + 0.01) {
        Item *pad = push(b, IT_PAD); /* too wide beside them: below them */
        pad->height = fmax(b->side_h[0], b->side_h[1]);
        b->side_h[0] = b->side_h[1] = 0;
        build_one_block_level(b, node, g);
        return;
    }
    double pending[2] = {b->side_h[0], b->side_h[1]};
    const Area *parity[2] = {left > 0 ? b->side_parity[0] : NULL, right > 0 ? b->side_parity[1] : NULL};
    b->side_h[0] = b->side_h[1] = 0; /* its own lines run the room's full measure */
    int n0 = b->out->n;
    build_one_block_level(b, node, room);
    beside_flipped_floats(b, n0, parity, left, right);
    double h = 0;
    for (int i = n0; i < b->out->n; i++)
        h += b->out->items[i].height;
    for (int s = 0; s < 2; s++)
        b->side_h[s] = fmax(b->side_h[s], pending[s] - h);
}

/* ---- block context --------------------------------------------------------------------------- */

static int holds_text(FoType t)
{
    return t == FO_BLOCK || t == FO_WRAPPER || t == FO_INLINE || t == FO_BASIC_LINK ||
           t == FO_MARKER;
}

/* The floats in inline content [run, stop), in document order, laid out (typeset_float.c). */
static void find_floats(GB *b, FoNode *run, FoNode *stop, double x, double width)
{
    for (FoNode *n = run; n && n != stop; n = n->next) {
        if (n->type == FO_FLOAT && b->n_para_floats < 8) {
            if (fo_keyword(n, P_FLOAT) == K_BEFORE &&
                (b->in_cell || b->ctx->in_area || b->ctx->in_static)) {
                typeset_error(b->ctx, n, "fo:float float=\"before\" in a table cell, list item, "
                              "footnote, static content or block-container of its own is outside "
                              "frisk's FO subset (a before-float belongs in the flow)");
                continue;
            }
            /* a side float stands beside earlier ones on its side, in what they leave */
            double fx = x + (b->side_h[0] > 0 ? b->side_w[0] : 0);
            double fw = width - (b->side_h[0] > 0 ? b->side_w[0] : 0) -
                        (b->side_h[1] > 0 ? b->side_w[1] : 0);
            Area *a = build_area(b, n, (Geom){fx, fmax(1, fw), 0, 0});
            if (!a)
                continue;
            b->para_floats[b->n_para_floats++] = a;
            if (a->kind == AREA_FLOAT_SIDE) {
                int s = a->at_right;
                /* the lines beside it move with it when it changes sides (only when the
                 * floats on that side all do) */
                b->side_parity[s] = a->by_parity && (b->side_h[s] <= 0 || b->side_parity[s]) ? a : NULL;
                b->side_w[s] = (b->side_h[s] > 0 ? b->side_w[s] : 0) + a->outer_w;
                b->side_h[s] = fmax(b->side_h[s], a->outer_h);
            }
        } else if (n->type == FO_INLINE || n->type == FO_WRAPPER || n->type == FO_BASIC_LINK) {
            find_floats(b, n->first, NULL, x, width);
        }
    }
}

/* Is there anything in [run, stop) but floats and white space? */
static int more_than_floats(const FoNode *run, const FoNode *stop)
{
    for (const FoNode *n = run; n && n != stop; n = n->next) {
        if (n->type == FO_FLOAT)
            continue;
        if (n->type != FO_TEXT)
            return 1;
        for (size_t i = 0; i < n->text_len; i++)
            if (n->text[i] != ' ' && n->text[i] != '\n' && n->text[i] != '\t' && n->text[i] != '\r')
                return 1;
    }
    return 0;
}

/* Lays out the floats of a run of inline content and tells the line breaker which side
 * floats the paragraph begins beside (its first lines are set shorter, until they are past
 * them: typeset_float.c). A run of floats alone makes no paragraph: they are anchored where it
 * stands, and 0 is returned. */
static int prepare_floats(GB *b, FoNode *run, FoNode *stop, double *x, double *width)
{
    b->n_para_floats = 0;
    find_floats(b, run, stop, *x, *width);
    if (!more_than_floats(run, stop)) {
        for (int i = 0; i < b->n_para_floats; i++)
            push(b, IT_AREA)->area = b->para_floats[i];
        b->n_para_floats = 0;
        return 0;
    }
    for (int s = 0; s < 2; s++) {
        b->ctx->intrude_w[s] = fmin(b->side_w[s], *width / 2);
        b->ctx->intrude_h[s] = b->side_h[s];
    }
    return 1;
}

/* sides2: a retrieve-marker (or retrieve-table-marker) whose marker holds blocks, or that
 * stands where text may not (directly in static content, a cell), is block-level: what it
 * retrieves is set where it stands as the marker's own blocks, as FOP sets it. In a
 * paragraph's text otherwise (typeset_text.c: its blocks as lines of that paragraph). */
static int retrieved_as_blocks(GB *b, const FoNode *parent, FoNode *c)
{
    if (c->type != FO_RETRIEVE_MARKER && c->type != FO_RETRIEVE_TABLE_MARKER)
        return 0;
    return !holds_text(parent->type) || retrieve_holds_blocks(retrieve_marker(b->ctx, c));
}

static void build_retrieved(GB *b, FoNode *node, FoNode *owner, Geom g, const Deco *deco)
{
    if (!retrieve_check(b->ctx, node))
        return;
    FoNode *marker = retrieve_marker(b->ctx, node);
    FoNode *home = marker ? retrieve_hang(b->ctx, node, marker) : NULL;
    if (!home)
        return;
    b->ctx->retrieving++;
    build_children(b, marker, owner, g, deco);
    b->ctx->retrieving--;
    retrieve_unhang(marker, home);
}

static void build_children(GB *b, FoNode *parent, FoNode *owner, Geom g, const Deco *deco)
{
    int first = 1;
    int ranged = parent == b->range_parent;
    for (FoNode *c = ranged ? b->range_first : parent->first; c && !(ranged && c == b->range_stop);) {
        if (c->type == FO_MARKER) {
            if (b->ctx->in_static) {
                typeset_error(b->ctx, c, "fo:marker is not allowed in fo:static-content");
            } else {
                Item *m = push(b, IT_MARKER);
                m->name = fo_string(c, P_MARKER_CLASS_NAME);
                m->marker = c;
                if (!m->name)
                    typeset_error(b->ctx, c, "fo:marker needs a marker-class-name");
            }
            c = c->next;
            continue;
        }
        if (retrieved_as_blocks(b, parent, c)) {
            build_retrieved(b, c, owner, g, deco);
            first = 0;
            c = c->next;
            continue;
        }
        if (text_is_inline(c)) {
            FoNode *run = c;
            while (c && text_is_inline(c) && !retrieved_as_blocks(b, parent, c))
                c = c->next;
            double x = g.ref_x + (area_right_to_left(owner) ? g.end : g.start);
            double width = g.ref_w - g.start - g.end;
            if (!prepare_floats(b, run, c, &x, &width)) /* nothing but floats */
                continue;
            if (!holds_text(parent->type)) {
                b->n_para_floats = 0;
                b->ctx->intrude_h[0] = b->ctx->intrude_h[1] = 0;
                if (run->type != FO_TEXT)
                    typeset_error(b->ctx, run,
                                  "fo:%s is not allowed directly in fo:%s (put it in an fo:block)",
                                  fo_type_name(run->type), fo_type_name(parent->type));
                continue;
            }
            b->ctx->defer_loose = 1; /* columns2: judged where it is placed */
            TextBlock *tb = text_shape(b->ctx, owner, run, c, width, first);
            b->ctx->intrude_h[0] = b->ctx->intrude_h[1] = 0;
            if (tb) {
                emit_paragraph(b, owner, deco, tb, x);
                for (int i = 0; i < tb->n_lines; i++) /* the text passes the side floats */
                    for (int s = 0; s < 2; s++)
                        b->side_h[s] = fmax(0, b->side_h[s] - tb->lines[i].height);
            }
            b->n_para_floats = 0;
            first = 0;
            continue;
        }
        switch (c->type) {
        case FO_BLOCK:
        case FO_BLOCK_CONTAINER:
        case FO_TABLE:
        case FO_LIST_BLOCK:
            build_block_level(b, c, g);
            break;
        case FO_WRAPPER:
            push_anchor(b, c);
            build_children(b, c, owner, g, deco);
            break;
        case FO_FOOTNOTE_BODY:
            break;
        case FO_FLOAT: /* float="none": its blocks where it stands */
            push_anchor(b, c);
            build_children(b, c, c, g, deco);
            break;
        case FO_CHANGE_BAR_BEGIN:
        case FO_CHANGE_BAR_END:
            if (!fo_string(c, P_CHANGE_BAR_CLASS))
                typeset_error(b->ctx, c, "fo:%s needs a change-bar-class", fo_type_name(c->type));
            else
                push(b, IT_CHANGE_BAR)->marker = c;
            break;
        default:
            typeset_error(b->ctx, c, "fo:%s is not allowed in fo:%s", fo_type_name(c->type),
                          fo_type_name(parent->type));
            break;
        }
        first = 0;
        c = c->next;
    }
}

void galley_build(TypesetContext *ctx, FoNode *parent, Geom g, Galley *out)
{
    galley_build_range(ctx, parent, parent->first, NULL, g, out);
}

void galley_build_range(TypesetContext *ctx, FoNode *parent, FoNode *first, FoNode *stop, Geom g,
                        Galley *out)
{
    GB b = {.ctx = ctx, .out = out, .flow = g, .list_start = 0, .list_pdbs = 24, .list_pls = 6,
            .range_parent = parent, .range_first = first, .range_stop = stop};
    if (ctx->footnote_w > 0 && parent->type == FO_FLOW) /* columns2: the footnote area is as
                                                          * wide as the region body */
        b.flow = (Geom){0, ctx->footnote_w, 0, 0};
    build_children(&b, parent, parent, g, NULL);
    end_floats(&b);
}

/* ---- columns2: the rest of a paragraph spliced into a galley kept for its width ------------ */

/* Is a paragraph of owner held together by a keep-together of a block around it (kt_push)? */
static int kept_together(const FoNode *owner)
{
    for (const FoNode *n = owner; n && n->type != FO_FLOW; n = n->parent)
        if ((n->type == FO_BLOCK || n->type == FO_BLOCK_CONTAINER) && keeps_together(n))
            return 1;
    return 0;
}

int galley_splice_rest(TypesetContext *ctx, Galley *g, int at, Geom notes)
{
    const Item *first = at < g->n ? &g->items[at] : NULL;
    if (!first || first->kind != IT_LINE || !first->text)
        return -1;
    const TextBlock *t = first->text;
    int end = at;
    while (end < g->n && g->items[end].kind == IT_LINE && g->items[end].text &&
           g->items[end].text->first == t->first)
        end++;
    /* floats anchored in it, or lines set beside side floats, are set with the galley around
     * them: such a paragraph is not spliced, the flow is set again */
    if (t->intrude_lines[0] || t->intrude_lines[1])
        return -1;
    for (const InlineMark *m = t->marks; m; m = m->next)
        if (m->kind == INL_FLOAT)
            return -1;
    FoNode *stop = t->first;
    while (stop && text_is_inline(stop))
        stop = stop->next;
    ctx->intrude_h[0] = ctx->intrude_h[1] = 0;
    ctx->defer_loose = 1;
    TextBlock *rest = text_shape(ctx, t->owner, t->first, stop, t->width, 0);
    if (!rest || rest->from_byte == 0)
        return -1;
    Galley lines = {0};
    int kept = kept_together(t->owner);
    GB b = {.ctx = ctx, .out = &lines, .flow = notes, .kt_depth = kept, .kt_with_content = kept};
    emit_paragraph(&b, t->owner, first->deco, rest, first->x);
    /* the rest takes the last of the paragraph's places: the items before it are placed */
    if (lines.n > end - at)
        return -1;
    memcpy(&g->items[end - lines.n], lines.items, sizeof *lines.items * (size_t)lines.n);
    return end - lines.n;
}

/* ---- measuring row groups -------------------------------------------------------------------- */

double galley_cell_rest(const Cell *cell, int start, int begun, double first_h)
{
    double h = 0;
    int lead = begun;
    for (int i = start; i < cell->content.n; i++) {
        const Item *it = &cell->content.items[i];
        if (lead && it->kind == IT_SPACE)
            continue;
        if (it->kind == IT_LINE || it->kind == IT_ROWS || it->kind == IT_PAD)
            lead = 0;
        h += i == start && first_h >= 0 ? first_h : it->height;
    }
    return (begun ? cell->gap : cell->inset_top) + h + cell->inset_bottom;
}

static int cell_done(const Cell *cell, const int *start, const unsigned char *begun, int c)
{
    return begun && begun[c] && start[c] >= cell->content.n;
}

/* What is left of cell c to set (galley_cell_rest); a cell not yet begun is at least as tall
 * as its own minimum (tables2). */
static double cell_rest(const Cell *cell, const int *start, const unsigned char *begun,
                        const double *first_h, int c)
{
    int b = begun ? begun[c] : 0;
    double rest = galley_cell_rest(cell, start ? start[c] : 0, b, first_h ? first_h[c] : -1);
    if (!b && cell->min_h > 0)
        rest = fmax(rest, cell->inset_top + cell->min_h + cell->inset_bottom);
    return rest;
}

double galley_group_measure(const RowGroup *group, const int *start, const unsigned char *begun,
                            const double *first_h, double *row_h)
{
    int any_begun = 0;
    for (int c = 0; begun && c < group->n_cells; c++)
        any_begun |= begun[c];
    for (int r = 0; r < group->n_rows; r++) {
        row_h[r] = 0;
        int touched = 0, open = 0, row_begun = 0;
        for (int c = 0; c < group->n_cells; c++) {
            const Cell *cell = &group->cells[c];
            if (r < cell->row || r >= cell->row + cell->rowspan)
                continue;
            touched = 1;
            open |= !cell_done(cell, start, begun, c);
            row_begun |= begun && begun[c];
        }
        if ((touched && !open) || (!touched && any_begun))
            row_h[r] = -1; /* finished */
        else if (!row_begun)
            row_h[r] = group->min_height[r];
    }
    for (int c = 0; c < group->n_cells; c++) {
        const Cell *cell = &group->cells[c];
        if (cell->rowspan != 1 || cell_done(cell, start, begun, c) || row_h[cell->row] < 0)
            continue;
        double rest = cell_rest(cell, start, begun, first_h, c);
        if (rest > row_h[cell->row])
            row_h[cell->row] = rest;
    }
    for (int c = 0; c < group->n_cells; c++) {
        const Cell *cell = &group->cells[c];
        if (cell->rowspan == 1 || cell_done(cell, start, begun, c))
            continue;
        double rest = cell_rest(cell, start, begun, first_h, c);
        double sum = 0;
        int last = -1;
        for (int r = cell->row; r < cell->row + cell->rowspan; r++)
            if (row_h[r] >= 0) {
                sum += row_h[r];
                last = r;
            }
        if (last >= 0 && rest > sum)
            row_h[last] += rest - sum;
    }
    double total = 0;
    for (int r = 0; r < group->n_rows; r++)
        if (row_h[r] > 0)
            total += row_h[r];
    return total;
}
