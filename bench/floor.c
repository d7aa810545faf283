/* floor — the speed limit of pango and cairo for an FO document's text (`make bench`).
 *
 *   floor IN.fo OUT.pdf FONTS_DIR
 *
 * Reads the FO with libxml2, takes the text of every paragraph of the flows (a run of inline
 * content of an fo:block: text of the block and its inline descendants, up to the next nested
 * block-level object; footnote bodies are paragraphs of their own), shapes each paragraph with
 * one PangoLayout in the block's font (family, size, weight, style, inherited as in XSL) at the
 * width of the region body (a table cell: that width over the table's column count), justified
 * where the FO says so, and paints all the lines one under the other onto as many A4 pages of a
 * cairo PDF surface as they need. No pagination logic, no keeps, no tables, no static content,
 * no diagrams, no hyphenation, no links or outline: only the work no typesetter can avoid.
 * Fonts and context settings are frisk's (only FONTS_DIR; 72 dpi, hinting off).
 * Prints "pages N paragraphs N lines N" to stdout. */
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FO_NS "http://www.w3.org/1999/XSL/Format"
#define A4_W 595.276
#define A4_H 841.890

static double margin_left = 25 * 72 / 25.4, margin_top = 40 * 72 / 25.4;
static double body_width = 160 * 72 / 25.4, body_height = 217 * 72 / 25.4;

static PangoContext *pango;
static cairo_t *cr;
static double y;
static long pages = 1, paragraphs, lines;

static int is_fo(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->ns && strcmp((const char *)n->ns->href, FO_NS) == 0 &&
           (!name || strcmp((const char *)n->name, name) == 0);
}

/* A length in pt (pt, mm, cm, in, px; em against font_size). */
static double length(const char *s, double font_size)
{
    char *end;
    double v = strtod(s, &end);
    if (strncmp(end, "mm", 2) == 0)
        return v * 72 / 25.4;
    if (strncmp(end, "cm", 2) == 0)
        return v * 72 / 2.54;
    if (strncmp(end, "in", 2) == 0)
        return v * 72;
    if (strncmp(end, "px", 2) == 0)
        return v * 72 / 96;
    if (strncmp(end, "em", 2) == 0)
        return v * font_size;
    return v;
}

/* The inherited value of property name at n, or NULL. */
static xmlChar *inherited(const xmlNode *n, const char *name)
{
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
        xmlChar *v = xmlGetProp((xmlNode *)n, (const xmlChar *)name);
        if (v)
            return v;
    }
    return NULL;
}

static double font_size_at(const xmlNode *n)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return 12;
    xmlChar *v = xmlGetProp((xmlNode *)n, (const xmlChar *)"font-size");
    if (!v)
        return font_size_at(n->parent);
    double parent = strchr((char *)v, '%') || strstr((char *)v, "em") ? font_size_at(n->parent) : 12;
    double size = strchr((char *)v, '%') ? strtod((char *)v, NULL) * parent / 100 : length((char *)v, parent);
    xmlFree(v);
    return size;
}

static const char *family_of(const char *f)
{
    if (!f)
        return "Noto Serif";
    if (strstr(f, "Sans Mono") || strstr(f, "monospace") || strstr(f, "Courier"))
        return "Noto Sans Mono";
    if (strstr(f, "Sans") || strstr(f, "sans") || strstr(f, "Helvetica") || strstr(f, "Arial"))
        return "Noto Sans";
    return "Noto Serif";
}

/* Width available to a paragraph in block n: the body, or a table cell's share of it. */
static double width_at(const xmlNode *n)
{
    for (const xmlNode *p = n; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        if (!is_fo(p, "table-cell"))
            continue;
        const xmlNode *table = p;
        while (table && !is_fo(table, "table"))
            table = table->parent;
        int columns = 0;
        for (const xmlNode *c = table ? table->children : NULL; c; c = c->next)
            if (is_fo(c, "table-column")) {
                xmlChar *r = xmlGetProp((xmlNode *)c, (const xmlChar *)"number-columns-repeated");
                columns += r ? atoi((char *)r) : 1;
                xmlFree(r);
            }
        xmlChar *span = xmlGetProp((xmlNode *)p, (const xmlChar *)"number-columns-spanned");
        int spanned = span ? atoi((char *)span) : 1;
        xmlFree(span);
        return columns > 0 ? body_width * spanned / columns - 4 : body_width;
    }
    return body_width;
}

static void paint(const xmlNode *block, GString *text)
{
    /* collapse white space as frisk does */
    GString *t = g_string_sized_new(text->len);
    int space = 1;
    for (const char *s = text->str; *s; s++) {
        if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') {
            if (!space)
                g_string_append_c(t, ' ');
            space = 1;
        } else {
            g_string_append_c(t, *s);
            space = 0;
        }
    }
    if (t->len && t->str[t->len - 1] == ' ')
        g_string_truncate(t, t->len - 1);
    g_string_truncate(text, 0);
    if (!t->len) {
        g_string_free(t, TRUE);
        return;
    }
    double size = font_size_at(block);
    xmlChar *family = inherited(block, "font-family"), *weight = inherited(block, "font-weight"),
            *style = inherited(block, "font-style"), *align = inherited(block, "text-align"),
            *lh = inherited(block, "line-height");
    PangoFontDescription *fd = pango_font_description_new();
    pango_font_description_set_family(fd, family_of((char *)family));
    pango_font_description_set_size(fd, (int)(size * PANGO_SCALE));
    if (weight && (strcmp((char *)weight, "bold") == 0 || atoi((char *)weight) >= 600))
        pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
    if (style && strcmp((char *)style, "italic") == 0)
        pango_font_description_set_style(fd, PANGO_STYLE_ITALIC);
    double line_height = lh && strcmp((char *)lh, "normal") != 0 ? length((char *)lh, size) : 1.2 * size;
    if (lh && !strpbrk((char *)lh, "ptmcinxe%"))
        line_height = strtod((char *)lh, NULL) * size; /* a plain number: a factor */

    PangoLayout *layout = pango_layout_new(pango);
    pango_layout_set_font_description(layout, fd);
    pango_layout_set_width(layout, (int)(width_at(block) * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    if (align && strcmp((char *)align, "justify") == 0)
        pango_layout_set_justify(layout, TRUE);
    pango_layout_set_text(layout, t->str, (int)t->len);

    PangoLayoutIter *it = pango_layout_get_iter(layout);
    do {
        if (y + line_height > body_height) {
            cairo_show_page(cr);
            pages++;
            y = 0;
        }
        int baseline = pango_layout_iter_get_baseline(it);
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, NULL, &logical);
        double ascent = (double)(baseline - logical.y) / PANGO_SCALE;
        cairo_move_to(cr, margin_left + (double)logical.x / PANGO_SCALE, margin_top + y + ascent);
        pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(it));
        y += line_height;
        lines++;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    g_object_unref(layout);
    pango_font_description_free(fd);
    xmlFree(family), xmlFree(weight), xmlFree(style), xmlFree(align), xmlFree(lh);
    g_string_free(t, TRUE);
    paragraphs++;
}

static int is_block_level(const xmlNode *n)
{
    static const char *const names[] = {"block", "block-container", "table", "table-and-caption",
                                        "list-block", "footnote-body", "list-item", NULL};
    for (int i = 0; names[i]; i++)
        if (is_fo(n, names[i]))
            return 1;
    return 0;
}

/* Collects the inline text under n into text; paints the paragraph of owner when a
 * block-level object interrupts it, and walks into that object. */
static void walk(const xmlNode *owner, const xmlNode *n, GString *text);

static void walk_block(const xmlNode *block)
{
    GString *text = g_string_new(NULL);
    for (const xmlNode *c = block->children; c; c = c->next)
        walk(block, c, text);
    paint(block, text);
    g_string_free(text, TRUE);
}

static void walk(const xmlNode *owner, const xmlNode *n, GString *text)
{
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        g_string_append(text, (const char *)n->content);
        return;
    }
    if (n->type != XML_ELEMENT_NODE || !is_fo(n, NULL))
        return; /* instream-foreign-object content, comments */
    if (is_fo(n, "instream-foreign-object") || is_fo(n, "marker") || is_fo(n, "external-graphic"))
        return;
    if (is_fo(n, "block") || is_fo(n, "footnote-body")) {
        paint(owner, text);
        walk_block(n);
        return;
    }
    if (is_block_level(n)) {
        paint(owner, text);
        for (const xmlNode *c = n->children; c; c = c->next)
            walk(owner, c, text);
        paint(owner, text);
        return;
    }
    if (is_fo(n, "leader")) {
        g_string_append_c(text, ' ');
        return;
    }
    for (const xmlNode *c = n->children; c; c = c->next) /* inline, basic-link, wrapper, footnote, … */
        walk(owner, c, text);
}

static void find_flows(const xmlNode *n)
{
    for (; n; n = n->next) {
        if (is_fo(n, "flow"))
            for (const xmlNode *c = n->children; c; c = c->next) {
                GString *text = g_string_new(NULL);
                walk(n, c, text);
                g_string_free(text, TRUE);
            }
        else if (is_fo(n, "layout-master-set") || is_fo(n, "bookmark-tree") || is_fo(n, "static-content"))
            continue;
        else if (n->type == XML_ELEMENT_NODE)
            find_flows(n->children);
    }
}

/* Body width and height from the last simple-page-master (the body pages of a memo). */
static void page_geometry(const xmlNode *root)
{
    const xmlNode *spm = NULL;
    for (const xmlNode *n = root->children; n; n = n->next)
        if (is_fo(n, "layout-master-set"))
            for (const xmlNode *m = n->children; m; m = m->next)
                if (is_fo(m, "simple-page-master"))
                    spm = m;
    if (!spm)
        return;
    double w = A4_W, h = A4_H, ml = 0, mr = 0, mt = 0, mb = 0, bt = 0, bb = 0;
    const char *names[] = {"page-width", "page-height", "margin-left", "margin-right", "margin-top", "margin-bottom"};
    double *vals[] = {&w, &h, &ml, &mr, &mt, &mb};
    for (int i = 0; i < 6; i++) {
        xmlChar *v = xmlGetProp((xmlNode *)spm, (const xmlChar *)names[i]);
        if (v)
            *vals[i] = length((char *)v, 12);
        xmlFree(v);
    }
    for (const xmlNode *c = spm->children; c; c = c->next)
        if (is_fo(c, "region-body")) {
            xmlChar *t = xmlGetProp((xmlNode *)c, (const xmlChar *)"margin-top");
            xmlChar *b = xmlGetProp((xmlNode *)c, (const xmlChar *)"margin-bottom");
            bt = t ? length((char *)t, 12) : 0;
            bb = b ? length((char *)b, 12) : 0;
            xmlFree(t), xmlFree(b);
        }
    margin_left = ml;
    margin_top = mt + bt;
    body_width = w - ml - mr;
    body_height = h - mt - mb - bt - bb;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: floor IN.fo OUT.pdf FONTS_DIR\n");
        return 2;
    }
    xmlDoc *doc = xmlReadFile(argv[1], NULL, XML_PARSE_NONET);
    if (!doc) {
        fprintf(stderr, "floor: cannot read %s\n", argv[1]);
        return 1;
    }
    char *dir = realpath(argv[3], NULL);
    if (!dir) {
        fprintf(stderr, "floor: no fonts folder %s\n", argv[3]);
        return 1;
    }
    char conf[8192];
    snprintf(conf, sizeof conf,
             "<?xml version=\"1.0\"?><fontconfig><dir>%s</dir><cachedir>%s/.cache</cachedir></fontconfig>", dir,
             dir);
    free(dir);
    FcConfig *fc = FcConfigCreate();
    if (!FcConfigParseAndLoadFromMemory(fc, (const FcChar8 *)conf, FcTrue) || !FcConfigBuildFonts(fc)) {
        fprintf(stderr, "floor: fontconfig failed\n");
        return 1;
    }
    FcConfigSetCurrent(fc);
    PangoFontMap *map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), fc);
    pango = pango_font_map_create_context(map);
    cairo_font_options_t *opts = cairo_font_options_create();
    cairo_font_options_set_hint_style(opts, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(opts, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(pango, opts);
    cairo_font_options_destroy(opts);
    pango_cairo_context_set_resolution(pango, 72.0);
    pango_context_set_round_glyph_positions(pango, FALSE);
    pango_context_set_language(pango, pango_language_from_string("da"));

    const xmlNode *root = xmlDocGetRootElement(doc);
    page_geometry(root);
    cairo_surface_t *surface = cairo_pdf_surface_create(argv[2], A4_W, A4_H);
    cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 0, 0, 0);
    find_flows(root);
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    int bad = cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS;
    cairo_surface_destroy(surface);
    xmlFreeDoc(doc);
    if (bad) {
        fprintf(stderr, "floor: cannot write %s\n", argv[2]);
        return 1;
    }
    printf("pages %ld paragraphs %ld lines %ld\n", pages, paragraphs, lines);
    return 0;
}
