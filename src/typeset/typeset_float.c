/* typeset_float — block-level placement out of the normal flow: absolutely positioned and
 * fixed block-containers, containers turned by reference-orientation, fo:float (before-floats
 * and side floats), and what writing-mode="rl-tb" changes (start is on the right).
 *
 * Takes: a block-container or fo:float and the geometry where it is anchored. Gives: an Area
 * (typeset_int.h), its content laid out as a galley in its own frame, and the frame (origin,
 * turn, clip) the page builder draws it in. Kept apart from the galley and the page builder,
 * which call it at the few places where such an area enters or is drawn.
 */
#include "typeset_int.h"

#include <math.h>
#include <string.h>

enum { TOP, BOTTOM, LEFT, RIGHT };

void area_intrusion(const TypesetContext *ctx, FoNode *owner, LineSpec *spec)
{
    /* the line height the paragraph asks for (line-height, else 1.2 em): its lines are at
     * least that tall, so this many of them take the float's height */
    const FoNode *from = owner;
    const FoValue *v = fo_value(owner, P_LINE_HEIGHT, &from);
    double size = fo_font_size(owner);
    double lh = v->kind == FV_NUMBER ? v->number * size
                : v->kind == FV_LENGTH ? fo_length(owner, P_LINE_HEIGHT, size, 1.2 * size)
                                       : 1.2 * size;
    for (int s = 0; s < 2; s++) {
        spec->intrude_lines[s] = ctx->intrude_h[s] > 0 ? (int)ceil(ctx->intrude_h[s] / fmax(1, lh) - 0.01) : 0;
        spec->intrude_w[s] = spec->intrude_lines[s] ? ctx->intrude_w[s] : 0;
    }
}

int area_right_to_left(const FoNode *node)
{
    const FoNode *from = NULL;
    const FoValue *v = node ? fo_get(node, P_WRITING_MODE, &from) : NULL;
    /* a page-sequence's rl-tb is the page builder's: it mirrors the regions (pages_mirror),
     * so what is inside is set left to right, as under a page master's */
    if (!v || v->kind != FV_KEYWORD || (from && (from->type == FO_PAGE_SEQUENCE || from->type == FO_ROOT)))
        return 0;
    return v->keyword == K_RL_TB || v->keyword == K_RL;
}

FoKeyword area_line_alignment(const FoNode *owner, FoKeyword text_align)
{
    int rl = area_right_to_left(owner);
    switch (text_align) {
    case K_LEFT: return K_START;
    case K_RIGHT: return K_END;
    case K_CENTER: case K_JUSTIFY: return text_align;
    case K_END: case K_OUTSIDE: return rl ? K_START : K_END;
    default: return rl ? K_END : K_START; /* start, inside */
    }
}

/* reference-orientation as 0, 90, 180 or 270; -1 (and a located error) for another value. */
static int rotation_of(TypesetContext *ctx, FoNode *node)
{
    double v = fo_number(node, P_REFERENCE_ORIENTATION, 0);
    int deg = (int)v;
    if (v != deg || deg % 90 != 0 || deg < -270 || deg > 270) {
        typeset_error(ctx, node, "reference-orientation '%g' on fo:%s: XSL allows 0, 90, 180, "
                      "270, -90, -180 and -270", v, fo_type_name(node->type));
        return -1;
    }
    return (deg + 360) % 360;
}

int area_is_special(TypesetContext *ctx, FoNode *node)
{
    const FoNode *from = NULL;
    const FoValue *wm = fo_get(node, P_WRITING_MODE, &from);
    if (wm && from == node && wm->kind == FV_KEYWORD && wm->keyword != K_LR_TB &&
        wm->keyword != K_RL_TB && wm->keyword != K_LR && wm->keyword != K_RL) {
        typeset_error(ctx, node, "writing-mode '%s' on fo:%s is outside frisk's FO subset "
                      "(lr-tb and rl-tb are supported)", fo_keyword_name(wm->keyword),
                      fo_type_name(node->type));
        return 0;
    }
    if (node->type != FO_BLOCK_CONTAINER)
        return 0;
    FoKeyword pos = fo_keyword(node, P_ABSOLUTE_POSITION);
    if (pos == K_ABSOLUTE || pos == K_FIXED)
        return 1;
    FoKeyword overflow = fo_keyword(node, P_OVERFLOW);
    if ((overflow == K_HIDDEN || overflow == K_SCROLL) && fo_get(node, P_HEIGHT, NULL) &&
        fo_value(node, P_HEIGHT, NULL)->kind == FV_LENGTH)
        return 1; /* clipped to its height: an area of its own, set whole */
    if (pos == K_RELATIVE)
        for (int i = 0; i < 4; i++)
            if (fo_get(node, (FoPropId)(P_TOP + i), NULL) &&
                fo_value(node, (FoPropId)(P_TOP + i), NULL)->kind == FV_LENGTH)
                return 1;
    return fo_get(node, P_REFERENCE_ORIENTATION, NULL) && rotation_of(ctx, node) > 0;
}

/* Border and padding of node into the area's insets and decoration. */
static void area_box(Area *a, const FoNode *node, double ref_w)
{
    static const FoPropId pad[4] = {P_PADDING_TOP, P_PADDING_BOTTOM, P_PADDING_LEFT, P_PADDING_RIGHT};
    for (int s = 0; s < 4; s++) {
        FoKeyword style = fo_keyword(node, (FoPropId)(P_BORDER_TOP_STYLE + s));
        double bw = style == K_NONE || style == K_HIDDEN
                        ? 0 : fmax(0, fo_length(node, (FoPropId)(P_BORDER_TOP_WIDTH + s), ref_w, 1));
        a->deco.bw[s] = bw;
        a->deco.bs[s] = style;
        fo_color(node, (FoPropId)(P_BORDER_TOP_COLOR + s), &a->deco.bc[s]);
        a->inset[s] = bw + fmax(0, fo_length(node, pad[s], ref_w, 0));
    }
    a->deco.has_bg = fo_color(node, P_BACKGROUND_COLOR, &a->deco.bg);
}

/* Height of what a galley uses (spaces before its first content dropped, as placed). */
static double galley_height(const Galley *g)
{
    double h = 0;
    int lead = 1;
    for (int i = 0; i < g->n; i++) {
        const Item *it = &g->items[i];
        if (lead && it->kind == IT_SPACE)
            continue;
        lead &= !(it->kind == IT_LINE || it->kind == IT_ROWS || it->kind == IT_PAD);
        h += it->height;
    }
    return h;
}

/* A length property that is not auto: 1 and *out (% of ref), or 0. */
static int given(const FoNode *node, FoPropId id, double ref, double *out)
{
    const FoValue *v = fo_get(node, id, NULL);
    if (!v || v->kind != FV_LENGTH)
        return 0;
    *out = fo_length(node, id, ref, 0);
    return 1;
}

/* The width a side float takes from the flow: its first block-container's width with that
 * container's margins, borders and padding; else a third of the measure. */
static double side_float_width(const FoNode *node, double avail)
{
    for (const FoNode *c = node->first; c; c = c->next) {
        double w;
        if (c->type != FO_BLOCK_CONTAINER || !given(c, P_WIDTH, avail, &w))
            continue;
        Area box = {0};
        area_box(&box, c, avail);
        w += box.inset[LEFT] + box.inset[RIGHT] + fo_length(c, P_MARGIN_LEFT, avail, 0) +
             fo_length(c, P_MARGIN_RIGHT, avail, 0) + fo_length(c, P_START_INDENT, avail, 0) +
             fo_length(c, P_END_INDENT, avail, 0);
        return fmin(w, avail);
    }
    return avail / 3;
}

Area *area_begin(TypesetContext *ctx, FoNode *node, Geom g)
{
    Area *a = fo_arena_alloc(ctx->pass_arena, sizeof *a);
    a->node = node;
    double avail = g.ref_w; /* the content width where it is anchored */
    a->x = g.ref_x;
    if (node->type == FO_FLOAT) {
        FoKeyword side = fo_keyword(node, P_FLOAT);
        a->kind = side == K_BEFORE ? AREA_FLOAT_BEFORE : AREA_FLOAT_SIDE;
        a->ipd = a->kind == AREA_FLOAT_BEFORE ? ctx->area_ref_w : side_float_width(node, avail);
        int rl = area_right_to_left(node->parent);
        a->at_right = side == K_RIGHT || ((side == K_END || side == K_OUTSIDE) && !rl) ||
                      ((side == K_START || side == K_INSIDE) && rl);
        if (a->kind == AREA_FLOAT_SIDE && a->at_right)
            a->x = g.ref_x + avail - a->ipd;
        /* XSL 1.1 §7.19.2: inside is the binding side, the left of an odd (recto) page in
         * lr-tb and its right in rl-tb; the galley does not know the page, so it sets the
         * float as on an odd page and the page builder moves it on an even one */
        a->by_parity = a->kind == AREA_FLOAT_SIDE && (side == K_INSIDE || side == K_OUTSIDE);
        a->span_x = g.ref_x;
        a->span_w = avail;
        return a;
    }
    FoKeyword pos = fo_keyword(node, P_ABSOLUTE_POSITION);
    a->kind = pos == K_ABSOLUTE ? AREA_ABSOLUTE : pos == K_FIXED ? AREA_FIXED : AREA_ROTATED;
    a->rotation = rotation_of(ctx, node);
    if (a->rotation < 0)
        return NULL;
    a->overflow = fo_keyword(node, P_OVERFLOW);
    a->display_align = fo_keyword(node, P_DISPLAY_ALIGN);
    int out_of_flow = a->kind != AREA_ROTATED;
    double ref_w = a->kind == AREA_FIXED ? ctx->area_page_w : ctx->area_ref_w;
    double ref_h = a->kind == AREA_FIXED ? ctx->area_page_h : ctx->area_ref_h;
    area_box(a, node, out_of_flow ? ref_w : avail);
    a->deco.background = background_of(ctx, node); /* paint */
    for (int i = 0; i < 4; i++)
        a->has_pos[i] = given(node, (FoPropId)(P_TOP + i), i < 2 ? ref_h : ref_w, &a->pos[i]);
    double ins_w = a->inset[LEFT] + a->inset[RIGHT], ins_h = a->inset[TOP] + a->inset[BOTTOM];
    int turned = a->rotation == 90 || a->rotation == 270;
    /* As Apache FOP (and XEP) read them, width and height are the turned content's own: width
     * its inline-progression dimension, height its block-progression dimension, so that a
     * container turned by 90 with width="60mm" height="20mm" stands 60 mm tall and 20 mm wide
     * on the page. What is not given comes from the position (absolute: the room between
     * left and right, top and bottom), else from the measure it stands in; an auto height is
     * as deep as the content (area_end). */
    double page_w = -1, page_h = -1; /* the content box's extent on the page, when known */
    if (out_of_flow && a->has_pos[LEFT] && a->has_pos[RIGHT])
        page_w = ref_w - a->pos[LEFT] - a->pos[RIGHT] - ins_w;
    if (out_of_flow && a->has_pos[TOP] && a->has_pos[BOTTOM])
        page_h = ref_h - a->pos[TOP] - a->pos[BOTTOM] - ins_h;
    double w, h;
    if (!given(node, P_WIDTH, turned ? ref_h : (out_of_flow ? ref_w : avail), &w)) {
        if (turned)
            w = page_h > 0 ? page_h : out_of_flow ? ref_h : avail;
        else if (page_w > 0)
            w = page_w;
        else if (out_of_flow) /* from its left (or right) offset to the area's far side */
            w = ref_w - (a->has_pos[LEFT] ? a->pos[LEFT] : 0) -
                (a->has_pos[RIGHT] ? a->pos[RIGHT] : 0) - ins_w;
        else
            w = avail;
    }
    if (!given(node, P_HEIGHT, turned ? ref_w : ref_h, &h))
        h = turned ? page_w : page_h;
    a->ipd = fmax(1, w);
    a->bpd = h > 0 ? h : 0;
    a->x = g.ref_x - a->inset[LEFT];
    if (pos == K_RELATIVE) {
        a->shift_x = a->has_pos[LEFT] ? a->pos[LEFT] : a->has_pos[RIGHT] ? -a->pos[RIGHT] : 0;
        a->shift_y = a->has_pos[TOP] ? a->pos[TOP] : a->has_pos[BOTTOM] ? -a->pos[BOTTOM] : 0;
    }
    return a;
}

void area_end(TypesetContext *ctx, Area *a)
{
    a->content_h = galley_height(&a->content);
    /* an area is set whole, apart from the page's foot: a footnote in it would be lost */
    for (int i = 0; i < a->content.n; i++)
        if (a->content.items[i].footnotes) {
            typeset_error(ctx, a->node, "fo:footnote inside a positioned, turned or floating "
                          "fo:%s is outside frisk's FO subset (its body would have no page foot)",
                          fo_type_name(a->node->type));
            break;
        }
    if (a->bpd <= 0) /* auto: as deep as the content */
        a->bpd = a->content_h;
    area_check_overflow(ctx, a);
    int turned = a->rotation == 90 || a->rotation == 270;
    a->outer_w = (turned ? a->bpd : a->ipd) + a->inset[LEFT] + a->inset[RIGHT];
    a->outer_h = (turned ? a->ipd : a->bpd) + a->inset[TOP] + a->inset[BOTTOM];
    a->deco.width = a->outer_w;
}

int area_free_height(TypesetContext *ctx, const FoNode *node, const Galley *g, int from,
                     double ref_w, double *above, double *below)
{
    double height;
    if (!given(node, P_HEIGHT, ref_w, &height))
        return 0;
    Galley part = {.items = g->items + from, .n = g->n - from};
    double used = galley_height(&part), free_h = height - used;
    Area a = {.node = (FoNode *)node, .overflow = fo_keyword(node, P_OVERFLOW),
              .content_h = used, .bpd = height};
    area_check_overflow(ctx, &a);
    if (free_h <= 0.01)
        return 0;
    FoKeyword da = fo_keyword(node, P_DISPLAY_ALIGN);
    *above = da == K_CENTER ? free_h / 2 : da == K_AFTER ? free_h : 0;
    *below = free_h - *above;
    return 1;
}

void area_reference(TypesetContext *ctx, const FoNode *node, Deco *deco, double x, double w,
                    double top)
{
    double h = 0;
    given(node, P_HEIGHT, ctx->area_ref_h, &h);
    deco->ref_area = 1;
    deco->ref_x = x;
    deco->ref_w = w;
    deco->ref_top = top;
    deco->ref_h = h;
    ctx->area_ref_w = w;
    if (h > 0)
        ctx->area_ref_h = h;
}

int area_side_flipped(const Area *a, int page_number)
{
    return a && a->kind == AREA_FLOAT_SIDE && a->by_parity && page_number % 2 == 0;
}

double area_flipped_x(const Area *a)
{
    return 2 * a->span_x + a->span_w - a->x - a->ipd;
}

void area_check_overflow(TypesetContext *ctx, const Area *a)
{
    if (a->overflow != K_ERROR_IF_OVERFLOW || a->content_h <= a->bpd + 0.01)
        return;
    typeset_error(ctx, a->node, "fo:%s has overflow=\"error-if-overflow\" and its content is "
                  "%.1fpt tall, more than its %.1fpt", fo_type_name(a->node->type), a->content_h,
                  a->bpd);
}

void area_frame(const Area *a, const double ref[4], double page_w, double page_h, double x,
                double y, AreaFrame *out)
{
    double rx = ref[0], ry = ref[1], rw = ref[2], rh = ref[3];
    if (a->kind == AREA_FIXED)
        rx = 0, ry = 0, rw = page_w, rh = page_h;
    double bx = x + a->x, by = y;
    if (a->kind == AREA_ABSOLUTE || a->kind == AREA_FIXED) {
        /* an offset not given leaves the area where its anchor is (its static position) */
        if (a->has_pos[LEFT])
            bx = rx + a->pos[LEFT];
        else if (a->has_pos[RIGHT])
            bx = rx + rw - a->pos[RIGHT] - a->outer_w;
        if (a->has_pos[TOP])
            by = ry + a->pos[TOP];
        else if (a->has_pos[BOTTOM])
            by = ry + rh - a->pos[BOTTOM] - a->outer_h;
    } else if (a->kind == AREA_FLOAT_BEFORE) {
        bx = rx;
    }
    bx += a->shift_x;
    by += a->shift_y;
    out->bx = bx;
    out->by = by;
    double cx = bx + a->inset[LEFT], cy = by + a->inset[TOP];
    double cw = a->outer_w - a->inset[LEFT] - a->inset[RIGHT];
    double ch = a->outer_h - a->inset[TOP] - a->inset[BOTTOM];
    DrawOp *p = &out->push;
    memset(p, 0, sizeof *p);
    p->kind = OP_FRAME_BEGIN;
    p->line = a->rotation;
    switch (a->rotation) {
    case 90: p->x = cx, p->y = cy + ch; break;
    case 180: p->x = cx + cw, p->y = cy + ch; break;
    case 270: p->x = cx + cw, p->y = cy; break;
    default: p->x = cx, p->y = cy; break;
    }
    p->w = a->ipd;
    p->h = a->bpd;
    p->external = a->overflow == K_HIDDEN || a->overflow == K_SCROLL ||
                  a->overflow == K_ERROR_IF_OVERFLOW;
    double free_h = a->bpd - a->content_h; /* display-align inside the area */
    if (free_h > 0 && (a->display_align == K_CENTER || a->display_align == K_AFTER))
        p->width = a->display_align == K_CENTER ? free_h / 2 : free_h;
}
