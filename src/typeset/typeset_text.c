/* typeset_text — paragraphs: the inline content of a block as text with pango attributes.
 *
 * Takes: a run of inline-level FO nodes (text, inline, basic-link, page-number citations,
 * leaders, footnote citations, graphics). Gives: a TextBlock, its text broken into lines by
 * typeset_lines.c, with the marks (anchors, links, footnotes, leaders, objects) the page builder
 * needs. A paragraph is set once and again only when its text changes (a page-number citation
 * got a new value).
 */
#include "typeset_int.h"
#include "typeset_values.h"
#include "typeset_inline2.h"

#include "shared/diag.h"
#include "shared/load.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define OBJECT_CHAR "\xef\xbf\xbc" /* U+FFFC, stands for an image, diagram or leader */

typedef struct {
    TypesetContext *ctx;
    FoNode *owner;
    GString *text;
    PangoAttrList *attrs;
    InlineMark *marks, **marks_tail;
    FoArena *arena;       /* the Layout's: marks live as long as the shaping */
    int last_space;       /* for white-space collapsing across nodes */
    int has_dynamic;
    int has_content;      /* anything besides collapsible white space */
    FoNode *style_override; /* text directly in a retrieved fo:marker takes this style */
    double width;
} Para;

int text_is_inline(const FoNode *node)
{
    switch (node->type) {
    case FO_TEXT: case FO_INLINE: case FO_BASIC_LINK: case FO_PAGE_NUMBER:
    case FO_PAGE_NUMBER_CITATION: case FO_PAGE_NUMBER_CITATION_LAST: case FO_LEADER:
    case FO_FOOTNOTE: case FO_EXTERNAL_GRAPHIC: case FO_INSTREAM_FOREIGN_OBJECT:
    case FO_RETRIEVE_MARKER: case FO_INLINE_CONTAINER: case FO_RETRIEVE_TABLE_MARKER:
        return 1;
    case FO_FLOAT: /* anchored in the text; float="none" is a block where it stands */
        return fo_keyword(node, P_FLOAT) != K_NONE;
    case FO_CHANGE_BAR_BEGIN: case FO_CHANGE_BAR_END:
        return change_bar_is_inline(node);
    case FO_WRAPPER:
        for (const FoNode *c = node->first; c; c = c->next)
            if (!text_is_inline(c) && c->type != FO_MARKER)
                return 0;
        return 1;
    default:
        return 0;
    }
}

/* Is this change-bar-begin/-end part of a paragraph? Inside an inline, always; inside a block,
 * when the nearest sibling before or after it that is not white space or another change bar is
 * inline (text): then it marks a place in that text. Otherwise it stands between blocks. */
int change_bar_is_inline(const FoNode *node)
{
    const FoNode *parent = node->parent;
    if (!parent)
        return 0;
    if (parent->type == FO_INLINE || parent->type == FO_BASIC_LINK)
        return 1;
    if (parent->type != FO_BLOCK && parent->type != FO_WRAPPER)
        return 0;
    for (int dir = 0; dir < 2; dir++) {
        const FoNode *s = node;
        for (;;) {
            if (dir == 0) { /* the previous sibling: the tree has no back pointer */
                const FoNode *prev = NULL;
                for (const FoNode *c = parent->first; c && c != s; c = c->next)
                    prev = c;
                s = prev;
            } else {
                s = s->next;
            }
            if (!s)
                break;
            if (s->type == FO_CHANGE_BAR_BEGIN || s->type == FO_CHANGE_BAR_END)
                continue;
            if (s->type == FO_TEXT) {
                int blank = 1;
                for (size_t i = 0; i < s->text_len && blank; i++)
                    blank = s->text[i] == ' ' || s->text[i] == '\t' || s->text[i] == '\n' ||
                            s->text[i] == '\r';
                if (blank)
                    continue;
                return 1;
            }
            if (text_is_inline(s))
                return 1;
            break;
        }
    }
    return 0;
}

static InlineMark *add_mark(Para *p, InlineKind kind, int start, int end)
{
    InlineMark *m = fo_arena_alloc(p->arena, sizeof *m);
    m->kind = kind;
    m->start = start;
    m->end = end;
    *p->marks_tail = m;
    p->marks_tail = &m->next;
    return m;
}

static const char *arena_str(Para *p, const char *s)
{
    return s ? fo_arena_strndup(p->arena, s, strlen(s)) : NULL;
}

/* ---- styles ---------------------------------------------------------------------------------- */

static int font_weight(const FoNode *node)
{
    if (!node)
        return 400;
    const FoValue *v = fo_get(node, P_FONT_WEIGHT, &node);
    if (!v)
        return 400;
    if (v->kind == FV_NUMBER)
        return (int)v->number;
    int parent = font_weight(node->parent);
    if (v->keyword == K_BOLDER)
        return parent >= 600 ? 900 : 700;
    return parent >= 600 ? 400 : 100;
}

static double line_height(FoNode *node)
{
    const FoNode *from = node;
    const FoValue *v = fo_value(node, P_LINE_HEIGHT, &from);
    double size = fo_font_size(node);
    if (v->kind == FV_NUMBER)
        return v->number * size;
    if (v->kind == FV_LENGTH)
        return v->pt + v->em * fo_font_size((FoNode *)from) + v->pct * fo_font_size((FoNode *)from) / 100.0;
    return 1.2 * size;
}

/* The family list for pango: quotes dropped, commas kept (pango takes a list). */
static void family_list(const char *families, char *out, size_t size)
{
    size_t n = 0;
    for (const char *s = families ? families : "serif"; *s && n + 1 < size; s++)
        if (*s != '"' && *s != '\'')
            out[n++] = *s;
    out[n] = '\0';
}

static int is_danish(const char *lang)
{
    return lang && (lang[0] == 'd' || lang[0] == 'D') && (lang[1] == 'a' || lang[1] == 'A') &&
           (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_');
}

static void add_attr(PangoAttrList *attrs, PangoAttribute *a, int start, int end)
{
    a->start_index = (guint)start;
    a->end_index = (guint)end;
    pango_attr_list_insert(attrs, a);
}

static PangoFontDescription *font_description(FoNode *node)
{
    char family[256];
    family_list(fo_string(node, P_FONT_FAMILY), family, sizeof family);
    PangoFontDescription *fd = pango_font_description_new();
    pango_font_description_set_family(fd, family);
    double size = fo_font_size(node);
    pango_font_description_set_size(fd, (gint)lround(size * PANGO_SCALE));
    pango_font_description_set_weight(fd, (PangoWeight)font_weight(node));
    FoKeyword style = fo_keyword(node, P_FONT_STYLE);
    pango_font_description_set_style(fd, style == K_ITALIC    ? PANGO_STYLE_ITALIC
                                         : style == K_OBLIQUE ? PANGO_STYLE_OBLIQUE
                                                              : PANGO_STYLE_NORMAL);
    values_font(fd, node);
    return fd;
}

/* Attributes for the bytes [start, end) set in the style of node. Non-inherited inline
 * properties (baseline-shift, background) are summed up the inline chain; text-decoration
 * propagates from every ancestor (typeset_inline2.c). */
static void style_range(Para *p, FoNode *node, int start, int end, int object)
{
    if (start >= end)
        return;
    PangoFontDescription *fd = font_description(node);
    add_attr(p->attrs, pango_attr_font_desc_new(fd), start, end);
    pango_font_description_free(fd);

    uint32_t rgb = 0;
    fo_color(node, P_COLOR, &rgb);
    if (rgb != 0)
        add_attr(p->attrs,
                 pango_attr_foreground_new((guint16)((rgb >> 16 & 0xff) * 257),
                                           (guint16)((rgb >> 8 & 0xff) * 257),
                                           (guint16)((rgb & 0xff) * 257)),
                 start, end);
    values_style(p->attrs, node, p->text->str, start, end);
    if (!object) /* an object's own height sets its line's, as line-stacking max-height does */
        add_attr(p->attrs, pango_attr_line_height_new_absolute((int)lround(line_height(node) * PANGO_SCALE)),
                 start, end);

    double rise = 0;
    int has_bg = 0;
    uint32_t bg = 0;
    for (FoNode *n = node; n && n != p->owner && n->type != FO_BLOCK; n = n->parent) {
        const FoValue *v = fo_get(n, P_BASELINE_SHIFT, NULL);
        if (v) {
            double s = fo_font_size(n->parent ? n->parent : n);
            if (v->kind == FV_KEYWORD)
                rise += v->keyword == K_SUPER ? 0.33 * s : v->keyword == K_SUB ? -0.2 * s : 0;
            else
                rise += v->pt + v->em * fo_font_size(n) + v->pct * line_height(n->parent ? n->parent : n) / 100.0;
        }
        if (!has_bg && fo_color(n, P_BACKGROUND_COLOR, &bg))
            has_bg = 1;
    }
    if (rise != 0)
        add_attr(p->attrs, pango_attr_rise_new((int)lround(rise * PANGO_SCALE)), start, end);
    decoration_attrs(p->attrs, node, start, end); /* inline2: propagated from its ancestors */
    if (has_bg)
        add_attr(p->attrs,
                 pango_attr_background_new((guint16)((bg >> 16 & 0xff) * 257),
                                           (guint16)((bg >> 8 & 0xff) * 257),
                                           (guint16)((bg & 0xff) * 257)),
                 start, end);
}

/* ---- text ------------------------------------------------------------------------------------ */

/* Appends text in the style of node, collapsing white space as XSL's defaults say (linefeeds
 * become spaces, runs of white space one space, none at the paragraph's start). */
static void add_text(Para *p, FoNode *style, const char *s, size_t n)
{
    FoKeyword linefeed = fo_keyword(style, P_LINEFEED_TREATMENT);
    int collapse = fo_keyword(style, P_WHITE_SPACE_COLLAPSE) != K_FALSE;
    GString *chunk = g_string_sized_new(n + 8);
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\n' && linefeed == K_PRESERVE) {
            g_string_append_c(chunk, '\n');
            p->last_space = 1;
            p->has_content = 1;
        } else if (c == '\n' && linefeed == K_IGNORE) {
            continue; /* the words on either side join */
        } else if (c == '\n' && linefeed == K_TREAT_AS_ZERO_WIDTH_SPACE) {
            g_string_append(chunk, "\u200B"); /* a break opportunity that takes no room */
            p->has_content = 1;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!collapse) {
                g_string_append_c(chunk, ' ');
                p->has_content = 1;
            } else if (!p->last_space) {
                g_string_append_c(chunk, ' ');
                p->last_space = 1;
            }
        } else {
            g_string_append_c(chunk, c);
            p->last_space = 0;
            p->has_content = 1;
        }
    }
    if (chunk->len == 0) {
        g_string_free(chunk, TRUE);
        return;
    }
    GString *transformed = values_transform(style, chunk->str, chunk->len);
    if (transformed) {
        g_string_free(chunk, TRUE);
        chunk = transformed;
    }
    char *hyphenated = hyph_text(p->ctx, style, chunk->str);
    int start = (int)p->text->len;
    g_string_append(p->text, hyphenated ? hyphenated : chunk->str);
    free(hyphenated);
    g_string_free(chunk, TRUE);
    style_range(p, style, start, (int)p->text->len, 0);
    /* text in another language than its paragraph's (the paragraph's is set in text_shape) */
    PangoLanguage *lang = hyph_pango_language(style);
    if (lang && lang != hyph_pango_language(p->owner))
        add_attr(p->attrs, pango_attr_language_new(lang), start, (int)p->text->len);
}

static void add_object(Para *p, FoNode *style, InlineMark *m, double w, double h, double descent)
{
    int start = (int)p->text->len;
    g_string_append(p->text, OBJECT_CHAR);
    int end = (int)p->text->len;
    m->start = start;
    m->end = end;
    style_range(p, style, start, end, h > 0);
    PangoRectangle ink = {0, (int)lround(-(h - descent) * PANGO_SCALE), (int)lround(w * PANGO_SCALE),
                          (int)lround(h * PANGO_SCALE)};
    add_attr(p->attrs, pango_attr_shape_new(&ink, &ink), start, end);
    p->last_space = 0;
    p->has_content = 1;
}

/* The printed number of the page an id landed on ("0" before the first pass placed it). */
static const char *citation_text(Para *p, const char *ref, int last, char *buf, size_t size)
{
    IdPlace *place = p->ctx->ids ? g_hash_table_lookup(p->ctx->ids, ref) : NULL;
    p->ctx->citations++;
    if (!place) {
        p->ctx->citation_misses++;
        snprintf(buf, size, "00");
        return buf;
    }
    snprintf(buf, size, "%s", last ? place->last_label : place->first_label);
    return buf;
}

/* ---- graphics -------------------------------------------------------------------------------- */

/* Shrinks a w x h object, keeping its proportions, to fit max_h (when max_h > 0). */
static void fit_height(double max_h, double *w, double *h)
{
    if (max_h > 0 && *h > max_h) {
        *w *= max_h / *h;
        *h = max_h;
    }
}

/* One dimension of the content from content-width or content-height, as FOP's ImageLayout
 * reads it: a length, a percentage of the intrinsic size, or the viewport's size (given by
 * width/height; without one, the scale-*-to-fit keywords leave the content as it is). -1:
 * not determined here. */
static double content_extent(FoNode *node, FoPropId prop, double intrinsic, double viewport)
{
    const FoValue *v = fo_value(node, prop, NULL);
    if (v->kind == FV_LENGTH)
        return fo_length(node, prop, intrinsic, intrinsic);
    if (v->kind != FV_KEYWORD || viewport < 0)
        return -1;
    switch (v->keyword) {
    case K_SCALE_TO_FIT: return viewport;
    case K_SCALE_DOWN_TO_FIT: return intrinsic > viewport ? viewport : -1;
    case K_SCALE_UP_TO_FIT: return intrinsic < viewport ? viewport : -1;
    default: return -1;
    }
}

/* Where an image of intrinsic size iw x ih goes (FOP's ImageLayout): the viewport is width x
 * height (auto: the content's size); the content is sized by content-width/-height and scaling
 * and placed in the viewport by text-align and display-align. Then the whole is made smaller,
 * in proportion, to fit the column (avail) and the tallest region-body (max_h). */
static void graphic_place(FoNode *node, double iw, double ih, double avail, double max_h,
                          InlineMark *m)
{
    double vw = fo_length(node, P_WIDTH, avail, -1), vh = fo_length(node, P_HEIGHT, max_h, -1);
    if (vw < 0) /* tables2: as FOP, a minimum without a size is the viewport's size */
        vw = limits_minimum(node, 0, avail);
    if (vh < 0)
        vh = limits_minimum(node, 1, max_h);
    double cw = content_extent(node, P_CONTENT_WIDTH, iw, vw);
    double ch = content_extent(node, P_CONTENT_HEIGHT, ih, vh);
    limits_intrinsic(node, avail, max_h, &iw, &ih);
    int uniform = fo_keyword(node, P_SCALING) != K_NON_UNIFORM;
    if (cw < 0 && ch < 0) {
        cw = iw;
        ch = ih;
    } else if (cw < 0) {
        cw = uniform && ih > 0 ? iw * ch / ih : iw;
    } else if (ch < 0) {
        ch = uniform && iw > 0 ? ih * cw / iw : ih;
    } else if (uniform && iw > 0 && ih > 0) { /* both given: the smaller scale wins */
        double k = fmin(cw / iw, ch / ih);
        cw = iw * k;
        ch = ih * k;
    }
    double w = vw >= 0 ? vw : limits_clamp(node, 0, cw, avail);
    double h = vh >= 0 ? vh : limits_clamp(node, 1, ch, max_h);
    FoKeyword ta = fo_keyword(node, P_TEXT_ALIGN), da = fo_keyword(node, P_DISPLAY_ALIGN);
    double ax = ta == K_CENTER ? 0.5 : ta == K_END || ta == K_RIGHT ? 1 : 0;
    double ay = da == K_CENTER ? 0.5 : da == K_AFTER ? 1 : 0;
    double k = 1;
    if (w > avail && w > 0) /* never past the text block */
        k = avail / w;
    double fw = w * k, fh = h * k;
    fit_height(max_h, &fw, &fh); /* a graphic no page can hold is drawn smaller */
    if (w > 0)
        k = fw / w;
    m->w = fw;
    m->h = fh;
    m->content_w = cw * k;
    m->content_h = ch * k;
    m->content_x = (w - cw) * ax * k;
    m->content_y = (h - ch) * ay * k;
}

/* A decoded image in the line: sized and placed by graphic_place, one Figure per use. */
static void place_image(Para *p, FoNode *node, FoNode *style, const Image *image)
{
    InlineMark *m = add_mark(p, INL_IMAGE, 0, 0);
    m->image = image;
    m->node = node; /* each use is its own Figure, though the image is shared (typeset_struct.c) */
    graphic_place(node, image->width, image->height, p->width, p->ctx->max_object_height, m);
    m->descent = values_object_descent(node, m->h, fo_font_size(style));
    add_object(p, style, m, m->w, m->h, m->descent);
}

static void add_graphic(Para *p, FoNode *node, FoNode *style)
{
    const char *src = fo_string(node, P_SRC);
    if (!src) {
        typeset_error(p->ctx, node, "fo:external-graphic needs a src");
        return;
    }
    const Image *image = node->cache;
    if (!image) {
        image = typeset_image_load(p->ctx, node, "external-graphic", src);
        if (!image)
            return;
        node->cache = (void *)image;
    }
    place_image(p, node, style, image);
}

/* An fo:instream-foreign-object holding svg:svg (FOP's built-in foreign vocabulary): the element
 * is written out as an SVG document and drawn by librsvg like an external SVG graphic, with the
 * same sizing properties. Other vocabularies go to add_diagram. */
static int foreign_is_svg(const FoNode *node)
{
    for (xmlNodePtr c = node->foreign ? node->foreign->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            return c->ns && xmlStrEqual(c->ns->href, (const xmlChar *)"http://www.w3.org/2000/svg");
    return 0;
}

static void add_foreign_svg(Para *p, FoNode *node, FoNode *style)
{
    /* node->cache of an instream-foreign-object is its Diagram (typeset_struct.c reads it), so
     * the SVG is found again by its bytes: the image cache decodes each distinct one once */
    xmlNodePtr root = node->foreign->children;
    while (root->type != XML_ELEMENT_NODE)
        root = root->next;
    for (xmlNodePtr c = root->next; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) {
            typeset_error(p->ctx, node, "fo:instream-foreign-object must hold exactly one element");
            return;
        }
    /* copied into a document of its own, the element declares the namespaces it uses (libxml2
     * reconciles them onto the copy), so a prefixed svg:svg stays SVG when written out */
    xmlDocPtr svg = xmlNewDoc((const xmlChar *)"1.0");
    xmlDocSetRootElement(svg, xmlDocCopyNode(root, svg, 1));
    xmlChar *bytes = NULL;
    int len = 0;
    xmlDocDumpMemory(svg, &bytes, &len);
    xmlFreeDoc(svg);
    const char *why = NULL;
    const Image *image = bytes ? image_cache_get_svg(p->ctx->layout->images, bytes,
                                                     (size_t)len, &why)
                               : NULL;
    if (!bytes)
        why = " cannot be written out";
    xmlFree(bytes);
    if (!image) {
        typeset_error(p->ctx, node, "fo:instream-foreign-object: its svg:svg%s", why);
        return;
    }
    place_image(p, node, style, image);
}

static void add_diagram(Para *p, FoNode *node, FoNode *style)
{
    Diagram *d = node->cache;
    if (!d) {
        xmlNodePtr root = NULL;
        for (xmlNodePtr c = node->foreign ? node->foreign->children : NULL; c; c = c->next) {
            if (c->type == XML_ELEMENT_NODE) {
                if (root) {
                    typeset_error(p->ctx, node,
                                  "fo:instream-foreign-object must hold exactly one element");
                    return;
                }
                root = c;
            } else if (c->type == XML_TEXT_NODE) {
                for (const xmlChar *s = c->content; s && *s; s++)
                    if (*s != ' ' && *s != '\n' && *s != '\t' && *s != '\r') {
                        typeset_error(p->ctx, node,
                                      "text is not allowed directly in fo:instream-foreign-object");
                        return;
                    }
            }
        }
        if (!root || !root->ns || !xmlStrEqual(root->ns->href, (const xmlChar *)DIAGRAM_NS)) {
            typeset_error(p->ctx, node,
                          "fo:instream-foreign-object: only SVG and the frisk diagram vocabulary "
                          "(%s) are supported",
                          DIAGRAM_NS);
            return;
        }
        d = diagram_parse(root, p->ctx->tree->file);
        if (!d) {
            p->ctx->errors++;
            return;
        }
        g_ptr_array_add(p->ctx->layout->diagrams, d);
        node->cache = d;
    }
    double w = p->width;
    const FoValue *cw = fo_value(node, P_CONTENT_WIDTH, NULL);
    const FoValue *vw = fo_value(node, P_WIDTH, NULL);
    if (cw->kind == FV_LENGTH)
        w = fo_length(node, P_CONTENT_WIDTH, p->width, p->width);
    else if (vw->kind == FV_LENGTH)
        w = fo_length(node, P_WIDTH, p->width, p->width);
    if (w > p->width)
        w = p->width;
    if (diagram_width(d) != w && diagram_layout(d, p->ctx->pango, w) != 0) {
        p->ctx->errors++;
        return;
    }
    InlineMark *m = add_mark(p, INL_DIAGRAM, 0, 0);
    m->diagram = d;
    m->w = diagram_width(d);
    m->h = diagram_height(d);
    fit_height(p->ctx->max_object_height, &m->w, &m->h); /* render.c scales it by w */
    m->descent = values_object_descent(node, m->h, fo_font_size(style));
    add_object(p, style, m, m->w, m->h, m->descent);
}

/* ---- the inline walk ------------------------------------------------------------------------- */

/* A leader with leader-pattern="use-content" (XSL 1.1 §7.22.3, inline2): sets its content once,
 * as one line at the start (m->blocks[0]), and its repeat's width in m->unit: the content's, or
 * leader-pattern-width when that is wider. Nothing when the content sets nothing. Here rather
 * than in typeset_inline2.c because text_shape, which sets the leader, shapes its content too;
 * leader_content_paint paints the repeats. */
static void leader_content_shape(TypesetContext *ctx, InlineMark *m, FoNode *leader, double width)
{
    TextBlock *tb = text_shape(ctx, leader, leader->first, NULL, width, 0);
    if (!tb || tb->n_lines == 0 || tb->lines[0].width <= 0)
        return; /* content that sets nothing: the leader is space, as in FOP */
    m->blocks = fo_arena_alloc(ctx->layout->text_arena, sizeof *m->blocks);
    m->blocks[0] = tb;
    m->n_blocks = 1;
    m->unit = tb->lines[0].width;
    double pattern = fo_length(leader, P_LEADER_PATTERN_WIDTH, width, 0); /* 0: use-font-metrics */
    if (pattern > m->unit)
        m->unit = pattern;
}

static void add_inline(Para *p, FoNode *node);

static void add_children(Para *p, FoNode *node)
{
    for (FoNode *c = node->first; c; c = c->next)
        add_inline(p, c);
}

/* fo:inline-container: its blocks set at its width (the line's when auto, then narrowed to its
 * longest line), stacked, and placed in the line as one object whose last baseline sits on the
 * line's, as CSS sets an inline-block. Only blocks of inline content: anything else is refused
 * (FOP's support is partial too). Turned (reference-orientation, XSL 7.21.3), its blocks are set
 * in its own frame: turned a quarter, their lines are as long as the container is high (XSL
 * 6.6.8: the content's inline-progression-dimension is the container's height), and the box
 * then stands on the baseline, as wide as its given width or its content's depth. */
static void add_inline_container(Para *p, FoNode *node, FoNode *style)
{
    int turn = (((int)fo_number(node, P_REFERENCE_ORIENTATION, 0) % 360) + 360) % 360;
    int quarter = turn == 90 || turn == 270;
    double width = fo_length(node, quarter ? P_HEIGHT : P_WIDTH, p->width, -1);
    int fit = width < 0;
    if (fit)
        width = p->width;
    int n = 0;
    for (FoNode *c = node->first; c; c = c->next)
        n++;
    InlineMark *m = add_mark(p, INL_CONTAINER, 0, 0);
    m->node = node;
    m->blocks = fo_arena_alloc(p->arena, sizeof *m->blocks * (size_t)(n ? n : 1));
    double h = 0, last_base = 0, widest = 0;
    for (FoNode *c = node->first; c; c = c->next) {
        int inline_only = c->type == FO_BLOCK;
        for (FoNode *g = c->first; g && inline_only; g = g->next)
            inline_only = text_is_inline(g) && g->type != FO_INLINE_CONTAINER;
        if (!inline_only) {
            typeset_error(p->ctx, c, "fo:%s in fo:inline-container: frisk sets only fo:block "
                          "with inline content there", fo_type_name(c->type));
            continue;
        }
        TextBlock *tb = text_shape(p->ctx, c, c->first, NULL, width, 1);
        if (!tb || tb->n_lines == 0)
            continue;
        p->has_dynamic |= tb->has_dynamic; /* its blocks are set again with it */
        m->blocks[m->n_blocks++] = tb;
        const TextLine *last = &tb->lines[tb->n_lines - 1];
        last_base = h + last->top + last->baseline;
        h += last->top + last->height;
        for (int i = 0; i < tb->n_lines; i++)
            if (tb->lines[i].x + tb->lines[i].width > widest)
                widest = tb->lines[i].x + tb->lines[i].width;
    }
    m->w = fit ? widest : width;
    m->h = h;
    m->descent = h - last_base;
    m->turn = turn % 90 == 0 ? turn : 0; /* pages_check refused the rest */
    if (m->turn) { /* the box on the page: a quarter turn swaps its sides */
        double across = fo_length(node, P_WIDTH, p->width, -1);
        double box_w = quarter ? (across > h ? across : h) : m->w;
        m->h = quarter ? m->w : h;
        m->w = box_w;
        m->descent = 0;
    }
    add_object(p, style, m, m->w, m->h, m->descent);
}

static void add_id(Para *p, FoNode *node)
{
    const char *id = fo_string(node, P_ID);
    if (id) {
        InlineMark *m = add_mark(p, INL_ANCHOR, (int)p->text->len, (int)p->text->len);
        m->name = arena_str(p, id);
    }
}

static int blank_text(const FoNode *node)
{
    if (node->type != FO_TEXT)
        return 0;
    for (size_t i = 0; i < node->text_len; i++)
        if (node->text[i] != ' ' && node->text[i] != '\n' && node->text[i] != '\t' &&
            node->text[i] != '\r')
            return 0;
    return 1;
}

/* A forced line end (typeset_lines.c reads a linefeed so), in the style of node. */
static void add_line_end(Para *p, FoNode *node)
{
    int start = (int)p->text->len;
    g_string_append_c(p->text, '\n');
    style_range(p, node, start, (int)p->text->len, 0);
}

/* The content of a retrieved marker, in place of the retrieve-marker (or retrieve-table-marker)
 * node, in the style of the node's parent. A marker that holds blocks where the retrieve node
 * stands between blocks is set as blocks by the galley instead (sides2); here, inside a
 * paragraph's text, each block begins a line of its own. */
static void add_marker_content(Para *p, FoNode *node, FoNode *marker)
{
    if (!marker)
        return;
    /* sides: retrieved content inherits from where it is retrieved (XSL 1.1 §6.13.6), as in
     * FOP: the marker hangs under the retrieve-marker while it is set */
    FoNode *home = retrieve_hang(p->ctx, node, marker);
    if (!home)
        return;
    FoNode *saved = p->style_override;
    p->style_override = node->parent;
    size_t begin = p->text->len;
    int after_block = 0;
    for (FoNode *c = marker->first; c; c = c->next) {
        if (text_is_inline(c)) {
            if (after_block && blank_text(c))
                continue;
            if (after_block)
                add_line_end(p, node->parent);
            after_block = 0;
            add_inline(p, c);
        } else if (c->type == FO_BLOCK) { /* each block of a marker on lines of its own */
            if (p->text->len > begin)
                add_line_end(p, node->parent);
            add_children(p, c);
            after_block = 1;
        }
    }
    retrieve_unhang(marker, home);
    p->style_override = saved;
}

static void add_inline(Para *p, FoNode *node)
{
    char buf[64];
    FoNode *style = node->parent;
    if (style && style->type == FO_MARKER && p->style_override)
        style = p->style_override;
    switch (node->type) {
    case FO_TEXT:
        add_text(p, style, node->text, node->text_len);
        return;
    case FO_INLINE:
    case FO_WRAPPER: {
        add_id(p, node);
        const char *bidi = values_bidi_open(node);
        int start = (int)p->text->len;
        if (bidi) { /* the controls take the inline's style, so the line's height stays */
            g_string_append(p->text, bidi);
            style_range(p, node, start, (int)p->text->len, 0);
        }
        add_children(p, node);
        if (bidi) {
            start = (int)p->text->len;
            g_string_append(p->text, "\xe2\x80\xac"); /* POP DIRECTIONAL FORMATTING */
            style_range(p, node, start, (int)p->text->len, 0);
        }
        if (node->type == FO_INLINE) /* typeset_struct.c: perhaps an element of its own */
            add_mark(p, INL_STRUCT, start, (int)p->text->len)->node = node;
        return;
    }
    case FO_BASIC_LINK: {
        add_id(p, node);
        const char *internal = fo_string(node, P_INTERNAL_DESTINATION);
        const char *external = fo_string(node, P_EXTERNAL_DESTINATION);
        if (!internal && !external)
            typeset_error(p->ctx, node,
                          "fo:basic-link needs internal-destination or external-destination");
        if (internal && p->ctx->id_nodes && !g_hash_table_contains(p->ctx->id_nodes, internal))
            typeset_error(p->ctx, node, "fo:basic-link: internal-destination '%s' names no id",
                          internal);
        int start = (int)p->text->len;
        add_children(p, node);
        if (internal || external) {
            InlineMark *m = add_mark(p, INL_LINK, start, (int)p->text->len);
            m->name = arena_str(p, internal ? internal : external);
            m->external = !internal;
        }
        add_mark(p, INL_STRUCT, start, (int)p->text->len)->node = node; /* its Link element */
        return;
    }
    case FO_PAGE_NUMBER:
        add_id(p, node);
        if (p->ctx->in_static) {
            add_text(p, node, p->ctx->page_label, strlen(p->ctx->page_label));
        } else {
            /* the page of this very spot: cite an anchor placed here */
            char key[32];
            snprintf(key, sizeof key, "#page-number-%d", node->serial);
            InlineMark *m = add_mark(p, INL_ANCHOR, (int)p->text->len, (int)p->text->len);
            m->name = arena_str(p, key);
            const char *t = citation_text(p, key, 0, buf, sizeof buf);
            p->has_dynamic = 1;
            add_text(p, node, t, strlen(t));
        }
        return;
    case FO_PAGE_NUMBER_CITATION:
    case FO_PAGE_NUMBER_CITATION_LAST: {
        add_id(p, node);
        const char *ref = fo_string(node, P_REF_ID);
        if (!ref) {
            typeset_error(p->ctx, node, "fo:%s needs a ref-id", fo_type_name(node->type));
            return;
        }
        if (p->ctx->id_nodes && !g_hash_table_contains(p->ctx->id_nodes, ref)) {
            typeset_error(p->ctx, node, "fo:%s: ref-id '%s' names no id", fo_type_name(node->type),
                          ref);
            return;
        }
        const char *t = citation_text(p, ref, node->type == FO_PAGE_NUMBER_CITATION_LAST, buf, sizeof buf);
        p->has_dynamic = 1;
        add_text(p, node, t, strlen(t));
        return;
    }
    case FO_LEADER: {
        add_id(p, node);
        InlineMark *m = add_mark(p, INL_LEADER, 0, 0);
        m->node = node;
        m->pattern = fo_keyword(node, P_LEADER_PATTERN);
        m->thickness = fo_length(node, P_RULE_THICKNESS, 0, 1.0);
        fo_color(node, P_COLOR, &m->rgb);
        m->w = fo_length(node, P_LEADER_LENGTH, p->width, 12.0);
        m->fixed = fo_get(node, P_LEADER_LENGTH, NULL) != NULL;
        if (m->w < 0)
            m->w = 0;
        if (node->first && m->pattern == K_USE_CONTENT)
            leader_content_shape(p->ctx, m, node, p->width); /* inline2 */
        else if (node->first)
            typeset_error(p->ctx, node,
                          "fo:leader has content, which only leader-pattern=\"use-content\" "
                          "sets");
        add_object(p, node, m, m->w, 0, 0);
        return;
    }
    case FO_FOOTNOTE: {
        FoNode *body = NULL;
        for (FoNode *c = node->first; c; c = c->next) {
            if (c->type == FO_INLINE)
                add_inline(p, c);
            else if (c->type == FO_FOOTNOTE_BODY)
                body = c;
            else
                typeset_error(p->ctx, c, "fo:%s is not allowed in fo:footnote",
                              fo_type_name(c->type));
        }
        if (!body) {
            typeset_error(p->ctx, node, "fo:footnote needs an fo:footnote-body");
            return;
        }
        InlineMark *m = add_mark(p, INL_FOOTNOTE, (int)p->text->len, (int)p->text->len);
        if (m->start > 0)
            m->start = m->end = m->start - 1; /* on the citation's last byte */
        m->node = body;
        return;
    }
    case FO_EXTERNAL_GRAPHIC:
        add_id(p, node);
        add_graphic(p, node, style);
        return;
    case FO_INSTREAM_FOREIGN_OBJECT:
        add_id(p, node);
        if (foreign_is_svg(node))
            add_foreign_svg(p, node, style);
        else
            add_diagram(p, node, style);
        return;
    case FO_RETRIEVE_MARKER:
    case FO_RETRIEVE_TABLE_MARKER: /* tables area (issue 20) */
        p->has_dynamic = 1; /* its content depends on the page, or the table's fragment */
        if (retrieve_check(p->ctx, node))
            add_marker_content(p, node, retrieve_marker(p->ctx, node));
        return;
    case FO_INLINE_CONTAINER:
        add_id(p, node);
        add_inline_container(p, node, style);
        return;
    case FO_MARKER:
        return; /* read by the page builder */
    case FO_FLOAT: /* its content is laid out by typeset_float.c, anchored on this line */
        add_mark(p, INL_FLOAT, (int)p->text->len, (int)p->text->len)->node = node;
        return;
    case FO_CHANGE_BAR_BEGIN: case FO_CHANGE_BAR_END: /* read by the page builder */
        if (!fo_string(node, P_CHANGE_BAR_CLASS))
            typeset_error(p->ctx, node, "fo:%s needs a change-bar-class", fo_type_name(node->type));
        else /* in static content too: a header has bars of its own */
            add_mark(p, INL_CHANGE_BAR, (int)p->text->len, (int)p->text->len)->node = node;
        return;
    default:
        typeset_error(p->ctx, node, "fo:%s is not allowed inside fo:%s here",
                      fo_type_name(node->type),
                      fo_type_name(node->parent ? node->parent->type : FO_ROOT));
        return;
    }
}

/* ---- setting --------------------------------------------------------------------------------- */

TextBlock *text_shape(TypesetContext *ctx, FoNode *owner, FoNode *first, FoNode *stop,
                      double width, int first_in_owner)
{
    FoArena *arena = ctx->layout->text_arena;
    /* columns: the rest of a paragraph, set again at another width, is not the paragraph */
    int resume = !ctx->in_static && ctx->n_resume ? reflow_resume_byte(ctx, first) : 0;
    /* columns2: a paragraph of a galley is judged loose where it is placed; what it holds
     * (inline-containers, a leader's content) is judged as it is set */
    int defer_loose = ctx->defer_loose;
    ctx->defer_loose = 0;
    /* sides2: a retrieved marker's blocks inherit from where they are retrieved: not kept */
    int keep = !ctx->in_static && !resume && !ctx->retrieving;
    TextBlock *cached = keep ? g_hash_table_lookup(ctx->shaped, first) : NULL;
    LineSpec spec = {0};
    area_intrusion(ctx, owner, &spec);
    /* speed (issue 17): text that cannot change from one pass to the next (no page number,
     * citation or retrieved marker in it) is set once per width and place, and not even
     * gathered again: a memo with a table of contents runs the page builder three or four
     * times, and gathering was a fifth of each pass */
    for (TextBlock *c = cached; c; c = c->other_width)
        if (!c->has_dynamic && c->width == width &&
            memcmp(c->intrude_lines, spec.intrude_lines, sizeof spec.intrude_lines) == 0 &&
            memcmp(c->intrude_w, spec.intrude_w, sizeof spec.intrude_w) == 0)
            return c;
    Para p = {.ctx = ctx, .owner = owner, .text = g_string_new(NULL), .attrs = pango_attr_list_new(),
              .arena = arena, .last_space = 1, .width = width > 1 ? width : 1};
    p.marks_tail = &p.marks;
    if (ctx->in_static && owner->parent && owner->parent->type == FO_MARKER)
        p.style_override = NULL;
    for (FoNode *n = first; n != stop; n = n->next)
        add_inline(&p, n);
    /* no white space at the paragraph's end (a leader's content keeps its own: its repeats are
     * spaced by it) */
    while (owner->type != FO_LEADER && p.text->len > 0 && p.text->str[p.text->len - 1] == ' ' &&
           fo_keyword(owner, P_WHITE_SPACE_COLLAPSE) != K_FALSE)
        g_string_truncate(p.text, p.text->len - 1);

    TextBlock *tb = NULL;
    if (!p.has_content && !p.marks)
        goto cleanup;
    /* the same text at the same width sets the same; a flow whose pages alternate between
     * column widths (columns) finds each width's setting further down the chain */
    for (TextBlock *c = cached; c; c = c->other_width)
        if (c->width == width && strcmp(c->text, p.text->str) == 0 &&
            memcmp(c->intrude_lines, spec.intrude_lines, sizeof spec.intrude_lines) == 0 &&
            memcmp(c->intrude_w, spec.intrude_w, sizeof spec.intrude_w) == 0) {
            tb = c;
            goto cleanup;
        }
    tb = fo_arena_alloc(arena, sizeof *tb);
    tb->text = fo_arena_strndup(arena, p.text->str, p.text->len);
    tb->owner = owner;
    tb->width = width;
    tb->first = first;
    tb->from_byte = resume;
    tb->marks = p.marks;
    tb->has_dynamic = p.has_dynamic;
    memcpy(tb->intrude_lines, spec.intrude_lines, sizeof tb->intrude_lines);
    memcpy(tb->intrude_w, spec.intrude_w, sizeof tb->intrude_w);
    PangoLanguage *lang = is_danish(fo_string(owner, P_LANGUAGE)) ? pango_language_from_string("da")
                          : hyph_pango_language(owner);
    if (lang) { /* before any of its text's own (add_text), which win over it */
        PangoAttribute *a = pango_attr_language_new(lang);
        a->start_index = 0;
        a->end_index = (guint)p.text->len;
        pango_attr_list_insert_before(p.attrs, a);
    }
    spec = (LineSpec){.width = p.width,
                     /* only a paragraph without text needs it (for its empty line's height) */
                     .base_font = p.text->len ? NULL : font_description(owner),
                     .line_height = line_height(owner),
                     .ladder_limit = (int)fo_number(owner, P_HYPHENATION_LADDER_COUNT, 0),
                     .no_wrap = fo_keyword(owner, P_WRAP_OPTION) == K_NO_WRAP};
    align_line_spec(owner, &spec); /* text-align, text-align-last */
    memcpy(spec.intrude_lines, tb->intrude_lines, sizeof spec.intrude_lines);
    memcpy(spec.intrude_w, tb->intrude_w, sizeof spec.intrude_w);
    if (first_in_owner && !resume)
        spec.indent = fo_length(owner, P_TEXT_INDENT, width, 0);
    spec.last_end_indent = fo_length(owner, P_LAST_LINE_END_INDENT, width, 0);
    PangoFontDescription *owner_font = font_description(owner);
    stacking_spec(owner, owner_font, &spec); /* inline2 */
    spec.from_byte = resume;
    spec.defer_loose = defer_loose;
    lines_set(ctx, tb, p.attrs, &spec);
    pango_font_description_free(spec.base_font);
    pango_font_description_free(owner_font);
    if (keep) {
        tb->other_width = cached;
        int kept = 1; /* a few widths are kept: the masters of a sequence have few */
        for (TextBlock *c = tb; c; c = c->other_width)
            if (++kept > 4) {
                c->other_width = NULL;
                break;
            }
        g_hash_table_replace(ctx->shaped, first, tb);
    }
cleanup:
    g_string_free(p.text, TRUE);
    pango_attr_list_unref(p.attrs);
    return tb;
}
