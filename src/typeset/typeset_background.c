/* typeset_background — paint (issue 20): background images and the 3-D border styles.
 *
 * Takes: an FO object's background-image, -repeat and -position-*, and a border's or rule's
 * style. Gives: a Background that the page builder hangs on the object's decoration (or its
 * region) and paints as an OP_BACKGROUND op: the image placed in the padding rectangle, tiled
 * as background-repeat says and cut at the rectangle's edges, over the background-color, as
 * XSL 1.1 §7.8.3 and FOP have it; and groove, ridge, inset and outset as two tones of the
 * border colour (FOP's factor 0.4), where frisk used to draw them solid.
 */
#include "typeset_int.h"

#include "shared/load.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* ---- loading ------------------------------------------------------------------------------ */

const Image *typeset_image_load(TypesetContext *ctx, const FoNode *node, const char *what,
                                const char *src)
{
    const char *s = src;
    if (strncmp(s, "file://", 7) == 0)
        s += 7;
    else if (strncmp(s, "file:", 5) == 0)
        s += 5;
    if (strstr(s, "://")) {
        typeset_error(ctx, node, "%s '%s': only local files can be embedded", what, src);
        return NULL;
    }
    /* relative to the FO file, as a browser resolves a URI against its document */
    char path[4096];
    const char *slash = strrchr(ctx->tree->file, '/');
    if (s[0] != '/' && slash)
        snprintf(path, sizeof path, "%.*s/%s", (int)(slash - ctx->tree->file), ctx->tree->file, s);
    else
        snprintf(path, sizeof path, "%s", s);
    /* The FO names the file, and FO is input written by many hands: a graphic is read under
     * the same guard as every XML file (load.h), so src="/etc/passwd" or "../../x" cannot
     * pull a file from outside the allowed folders into a published PDF. A missing file is
     * reported as missing (the guard cannot resolve it), without opening anything. */
    if (!load_path_is_allowed(path)) {
        if (access(path, F_OK) != 0)
            typeset_error(ctx, node, "%s '%s': cannot read %s", what, src, path);
        else
            typeset_error(ctx, node, "%s '%s': %s is outside the folders frisk may read", what,
                          src, path);
        return NULL;
    }
    /* decoded once per document: every other use of the file (or of its bytes) shares it */
    const char *why = NULL;
    const Image *image = image_cache_get(ctx->layout->images, path, &why);
    if (!image)
        typeset_error(ctx, node, "%s '%s'%s", what, src, why);
    return image;
}

/* A position: *pt from the start (top) edge plus *pct of the room the image leaves there. */
static void position_of(const FoNode *node, FoPropId id, double *pt, double *pct)
{
    const FoValue *v = fo_value(node, id, NULL);
    *pt = 0;
    *pct = 0;
    if (v->kind == FV_KEYWORD)
        *pct = v->keyword == K_CENTER ? 50 : v->keyword == K_RIGHT || v->keyword == K_BOTTOM ? 100 : 0;
    else if (v->kind == FV_LENGTH) {
        *pt = fo_length(node, id, 0, 0); /* the absolute and em parts: no reference for % */
        *pct = v->pct;
    }
}

const Background *background_of(TypesetContext *ctx, const FoNode *node)
{
    const FoValue *v = fo_get(node, P_BACKGROUND_IMAGE, NULL);
    if (!v || v->kind != FV_STRING || !v->str)
        return NULL;
    const Image *image = typeset_image_load(ctx, node, "background-image", v->str);
    if (!image)
        return NULL;
    /* in the text arena: the ops that point at it live until render_pdf has painted them */
    Background *bg = fo_arena_alloc(ctx->layout->text_arena, sizeof *bg);
    bg->image = image;
    bg->repeat = fo_keyword(node, P_BACKGROUND_REPEAT);
    position_of(node, P_BACKGROUND_POSITION_HORIZONTAL, &bg->at_pt[0], &bg->at_pct[0]);
    position_of(node, P_BACKGROUND_POSITION_VERTICAL, &bg->at_pt[1], &bg->at_pct[1]);
    return bg;
}

void background_check(TypesetContext *ctx, const FoNode *node)
{
    if (!fo_get(node, P_BACKGROUND_IMAGE, NULL))
        return;
    switch (node->type) {
    case FO_BLOCK: case FO_BLOCK_CONTAINER: case FO_TABLE: case FO_TABLE_HEADER:
    case FO_TABLE_FOOTER: case FO_TABLE_BODY: case FO_TABLE_ROW: case FO_TABLE_CELL:
    case FO_LIST_BLOCK: case FO_REGION_BODY: case FO_REGION_BEFORE: case FO_REGION_AFTER:
    case FO_REGION_START: case FO_REGION_END:
        return;
    default:
        typeset_error(ctx, node, "background-image on fo:%s is not drawn by frisk; it is drawn on "
                      "blocks, block-containers, tables and their parts, lists and regions",
                      fo_type_name(node->type));
    }
}

/* ---- placing ------------------------------------------------------------------------------ */

void background_region(TypesetContext *ctx, Page *page, const FoNode *region, double x,
                       double y, double w, double h)
{
    uint32_t rgb;
    if (fo_color(region, P_BACKGROUND_COLOR, &rgb)) {
        DrawOp op = {.kind = OP_RECT, .x = x, .y = y, .w = w, .h = h, .rgb = rgb};
        layout_add_op(ctx->layout, page, &op);
    }
    const Background *bg = background_of(ctx, region);
    if (bg) {
        DrawOp op = {.kind = OP_BACKGROUND, .x = x, .y = y, .w = w, .h = h, .background = bg};
        layout_add_op(ctx->layout, page, &op);
    }
}

void background_place(DrawOp *op, const Deco *d, double x, double y0, double w, double y1,
                      int top, int bottom)
{
    /* the padding rectangle: inside the borders, of which a collapsed table's cell owns half,
     * and its own outer borders (edge_set) stand edge[s] inside the box */
    double in[4];
    int centred = d->tag && strcmp(d->tag, "collapse") == 0;
    for (int s = 0; s < 4; s++)
        in[s] = d->edge_set ? d->edge[s] + d->bw[s] / 2 : centred ? d->bw[s] / 2 : d->bw[s];
    op->x = x + in[2];
    op->w = w - in[2] - in[3];
    op->y = y0 + (top ? in[0] : 0);
    op->h = y1 - (bottom ? in[1] : 0) - op->y;
    op->background = d->background;
}

/* ---- painting ----------------------------------------------------------------------------- */

void background_paint(cairo_t *cr, const DrawOp *op)
{
    const Background *bg = op->background;
    const Image *img = bg->image;
    double iw = img->width, ih = img->height;
    if (iw <= 0 || ih <= 0 || op->w <= 0 || op->h <= 0 || img->surface_width <= 0 ||
        img->surface_height <= 0)
        return;
    /* the first tile's top left corner: a length from the padding edge, a percentage of the
     * room the image leaves (50% centres it) */
    double ox = op->x + bg->at_pt[0] + bg->at_pct[0] / 100.0 * (op->w - iw);
    double oy = op->y + bg->at_pt[1] + bg->at_pct[1] / 100.0 * (op->h - ih);
    int across = bg->repeat == K_REPEAT || bg->repeat == K_REPEAT_X;
    int down = bg->repeat == K_REPEAT || bg->repeat == K_REPEAT_Y;
    double x0 = op->x, x1 = op->x + op->w, y0 = op->y, y1 = op->y + op->h;
    if (!across)
        x0 = fmax(x0, ox), x1 = fmin(x1, ox + iw);
    if (!down)
        y0 = fmax(y0, oy), y1 = fmin(y1, oy + ih);
    if (x1 <= x0 || y1 <= y0)
        return;
    /* one repeating pattern of the shared image, cut to what shows: the PDF holds the image
     * once (image.h) and a tiling pattern that names it, however many tiles are seen */
    cairo_pattern_t *pattern = cairo_pattern_create_for_surface(img->surface);
    cairo_pattern_set_extend(pattern, CAIRO_EXTEND_REPEAT);
    cairo_matrix_t m;
    cairo_matrix_init_scale(&m, img->surface_width / iw, img->surface_height / ih);
    cairo_matrix_translate(&m, -ox, -oy);
    cairo_pattern_set_matrix(pattern, &m);
    cairo_save(cr);
    /* a clip keeps a fill that covers the page a fill (render.c's clip_if_covering) */
    cairo_rectangle(cr, x0, y0, x1 - x0, y1 - y0);
    cairo_clip(cr);
    cairo_set_source(cr, pattern);
    cairo_rectangle(cr, x0, y0, x1 - x0, y1 - y0);
    cairo_fill(cr);
    cairo_restore(cr);
    cairo_pattern_destroy(pattern);
}

/* ---- 3-D borders -------------------------------------------------------------------------- */

/* FOP's ColorUtil.lightenColor: towards white by factor, or towards black by -factor. */
static uint32_t tone(uint32_t rgb, double factor)
{
    uint32_t out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
        double c = (rgb >> shift & 0xff) / 255.0;
        c = factor > 0 ? c + (1 - c) * factor : c * (1 + factor);
        out |= (uint32_t)lround(c * 255.0) << shift;
    }
    return out;
}

int border_stroke_3d(Layout *layout, Page *page, int side, double x, double y, double w, double h,
                     double width, uint32_t rgb, FoKeyword style)
{
    const double factor = 0.4;
    uint32_t dark = tone(rgb, -factor), light = tone(rgb, factor);
    DrawOp op = {.kind = OP_STROKE, .x = x, .y = y, .w = w, .h = h, .width = width,
                 .style = K_SOLID};
    if (style == K_INSET || style == K_OUTSET) {
        /* lit from the top left: an inset box's top and left sides are in shadow */
        int shaded = (side == 0 || side == 2) == (style == K_INSET);
        op.rgb = shaded ? dark : light;
        layout_add_op(layout, page, &op);
        return 1;
    }
    if (style != K_GROOVE && style != K_RIDGE)
        return 0;
    /* two halves across the line: a groove's upper (left) half is in shadow on every side,
     * which is CSS's outer half on top and left and its inner half on bottom and right */
    double nx = h != 0 ? 1 : 0, ny = h != 0 ? 0 : 1;
    op.width = width / 2;
    for (int k = -1; k <= 1; k += 2) {
        op.x = x + k * nx * width / 4;
        op.y = y + k * ny * width / 4;
        op.rgb = (k < 0) == (style == K_GROOVE) ? dark : light;
        layout_add_op(layout, page, &op);
    }
    return 1;
}
