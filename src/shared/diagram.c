/* diagram — change theories and bar charts from the urn:frisk:diagram vocabulary (diagram.h).
 *
 * Three steps, kept apart so PDF and SVG share everything but the cairo surface: parse copies
 * texts, numbers and colours out of the XML (checking every element and attribute against a
 * table), layout shapes each text once with pango and places rectangles, paint only draws.
 */
#include "diagram.h"

#include "color.h"
#include "diag.h"
#include "i18n.h"
#include "fonts.h"
#include "hyphen.h"

#include <cairo-svg.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_COLUMNS = 5, MIN_COLUMNS = 2, MAX_SERIES = 12 };

typedef struct {
    double r, g, b;
    int set;  /* given by an attribute (or resolved from a default) */
    int none; /* "none": not painted */
} Rgb;

/* A text of the figure: the words as written (for the description) and, after layout, its
 * pango layout and position. */
typedef struct {
    char *text;
    PangoLayout *layout;
    double x, y, w, h;
} Text;

typedef struct {
    char *id;
    long line;
    Text text;
    Rgb fill, stroke, color;
    double x, y, w, h;
} Box;

typedef struct {
    long line;
    Text heading;
    Box *boxes;
    size_t n_boxes;
    Rgb fill, stroke, color, heading_fill, heading_color, column_fill;
    double x, w, band_y, band_h;
    double heading_y, heading_h;
} Column;

typedef struct {
    char *from, *to;
    long line;
    Rgb stroke;
    const Box *a, *b; /* resolved at parse time */
} Link;

/* A hatching drawn over a series' fill, so that the series differ by more than colour. */
typedef enum { PATTERN_NONE, PATTERN_DIAGONAL, PATTERN_BACK_DIAGONAL, PATTERN_CROSS, PATTERN_DOTS,
               PATTERN_HORIZONTAL, PATTERN_VERTICAL } Pattern;

typedef struct {
    char *id;
    Text name;
    Rgb fill;
    Pattern pattern;
    double swatch_x, swatch_y; /* legend */
} Series;

typedef struct {
    Text label;
    Text total;     /* stacked bars: the sum, above or beside the bar */
    double *values; /* one per series */
    int *has_value;
} Category;

typedef struct {
    double x, y, w, h;
    size_t series;
    double value;
    Text label; /* value label, may have no layout */
} Bar;

typedef enum { DIAGRAM_CHANGE_THEORY, DIAGRAM_BAR_CHART } DiagramKind;

struct Diagram {
    DiagramKind kind;
    char *file;
    long line;
    /* common style */
    char *font_family;
    double font_size;
    Rgb color;
    char *lang;
    int hyphenate, show_title;
    Text title, note;
    /* change theory */
    Column *columns;
    size_t n_columns;
    Link *links;
    size_t n_links;
    Rgb fill, stroke, heading_fill, heading_color, column_fill, arrow_color;
    int column_arrows; /* -1: not given */
    /* bar chart */
    Series *series;
    size_t n_series;
    Category *categories;
    size_t n_categories;
    int stacked, horizontal, show_values, decimals; /* decimals -1: automatic */
    double plot_height, axis_max;
    char *unit;
    Text axis_label;
    Rgb grid_color, axis_color;
    /* layout results */
    int laid_out;
    double width, height;
    double plot_x, plot_y, plot_w, plot_h, scale_top;
    Text *ticks;
    double *tick_values;
    size_t n_ticks;
    Bar *bars;
    size_t n_bars;
};

/* ---------------------------------------------------------------- parsing helpers */

typedef struct {
    const char *file;
    int n_errors;
} Parser;

static void parse_error(Parser *p, xmlNodePtr node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void parse_error(Parser *p, xmlNodePtr node, const char *fmt, ...)
{
    char message[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, _(fmt), ap); /* the author's language (i18n.h) */
    va_end(ap);
    diag_error(p->file, node ? xmlGetLineNo(node) : 0, 0, "%s", message);
    p->n_errors++;
}

/* The attributes each element may carry: a row per element, checked before anything is read
 * (STYLE.md: tables over boilerplate). Attributes in a namespace (xml:lang, xml:base from
 * XInclude) are always allowed. */
static const struct {
    const char *element;
    const char *attributes; /* space-separated, with a space at both ends */
} element_table[] = {
    {"change-theory", " font-family font-size color fill stroke heading-fill heading-color "
                      "column-fill arrow-color column-arrows hyphenate lang show-title "},
    {"bar-chart", " font-family font-size color mode orientation plot-height max unit decimals "
                  "show-values grid-color axis-color hyphenate lang show-title "},
    {"column", " id fill stroke color heading-fill heading-color column-fill "},
    {"box", " id fill stroke color "},
    {"link", " from to stroke "},
    {"series", " id fill pattern "},
    {"category", " "},
    {"value", " series "},
    {"title", " "},
    {"note", " "},
    {"heading", " "},
    {"label", " "},
    {"axis-label", " "},
};

static int is_diagram_element(xmlNodePtr node, const char *name)
{
    return node->type == XML_ELEMENT_NODE && node->ns && node->ns->href &&
           strcmp((const char *)node->ns->href, DIAGRAM_NS) == 0 &&
           (!name || strcmp((const char *)node->name, name) == 0);
}

static void check_attributes(Parser *p, xmlNodePtr node)
{
    const char *allowed = NULL;
    for (size_t i = 0; i < sizeof element_table / sizeof element_table[0]; i++)
        if (strcmp(element_table[i].element, (const char *)node->name) == 0)
            allowed = element_table[i].attributes;
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        if (a->ns)
            continue;
        char key[64];
        int n = snprintf(key, sizeof key, " %s ", (const char *)a->name);
        if (!allowed || n >= (int)sizeof key || !strstr(allowed, key))
            parse_error(p, node, "unknown attribute '%s' on diagram element <%s>",
                        (const char *)a->name, (const char *)node->name);
    }
}

static char *attr(xmlNodePtr node, const char *name)
{
    xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *s = strdup((const char *)v);
    xmlFree(v);
    return s;
}

/* Whitespace runs become one space, ends trimmed (text in boxes is written across lines). */
static char *normalise_space(const char *s)
{
    char *out = malloc(strlen(s) + 1);
    if (!out)
        return NULL;
    char *w = out;
    int space = 0;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            space = w != out;
        } else {
            if (space)
                *w++ = ' ';
            space = 0;
            *w++ = *s;
        }
    }
    *w = '\0';
    return out;
}

/* The text of an element that may hold only text (no child elements). */
static char *text_content(Parser *p, xmlNodePtr node)
{
    check_attributes(p, node);
    for (xmlNodePtr c = node->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            parse_error(p, c, "element <%s> is not allowed inside diagram element <%s> (text only)",
                        (const char *)c->name, (const char *)node->name);
    xmlChar *raw = xmlNodeGetContent(node);
    char *s = normalise_space(raw ? (const char *)raw : "");
    xmlFree(raw);
    if (s && !*s)
        parse_error(p, node, "diagram element <%s> is empty", (const char *)node->name);
    return s;
}

/* Reads a colour attribute with the FO colour syntax (#rgb, #rrggbb, rgb(), the CSS names the
 * typesetter knows), or none (when allow_none), so a figure takes the same colours as the
 * page around it. Leaves *out alone when the attribute is absent. */
static void attr_color(Parser *p, xmlNodePtr node, const char *name, int allow_none, Rgb *out)
{
    char *v = attr(node, name);
    if (!v)
        return;
    Rgb c = {0, 0, 0, 1, 0};
    uint32_t rgb;
    if (strcmp(v, "none") == 0 && allow_none) {
        c.none = 1;
        *out = c;
    } else if (color_parse(v, &rgb) == 0) {
        c.r = ((rgb >> 16) & 0xff) / 255.0;
        c.g = ((rgb >> 8) & 0xff) / 255.0;
        c.b = (rgb & 0xff) / 255.0;
        *out = c;
    } else {
        parse_error(p, node, "bad colour '%s' for %s (use #rrggbb, #rgb or a colour name%s)", v, name,
                    allow_none ? _(", or none") : "");
    }
    free(v);
}

static void attr_bool(Parser *p, xmlNodePtr node, const char *name, int *out)
{
    char *v = attr(node, name);
    if (!v)
        return;
    if (strcmp(v, "true") == 0)
        *out = 1;
    else if (strcmp(v, "false") == 0)
        *out = 0;
    else
        parse_error(p, node, "bad value '%s' for %s (true or false)", v, name);
    free(v);
}

/* A number with an optional unit suffix ("pt" when unit is given), within [min, max]. */
static void attr_number(Parser *p, xmlNodePtr node, const char *name, const char *unit, double min,
                        double max, double *out)
{
    char *v = attr(node, name);
    if (!v)
        return;
    char *end;
    double x = g_ascii_strtod(v, &end);
    if (unit && strcmp(end, unit) == 0)
        end += strlen(unit);
    if (end == v || *end || !isfinite(x) || x < min || x > max)
        parse_error(p, node, "bad value '%s' for %s (a number from %g to %g%s%s)", v, name, min, max,
                    unit ? _(", optionally in ") : "", unit ? unit : "");
    else
        *out = x;
    free(v);
}

static void attr_choice(Parser *p, xmlNodePtr node, const char *name, const char *a, const char *b,
                        int *out)
{
    char *v = attr(node, name);
    if (!v)
        return;
    if (strcmp(v, a) == 0)
        *out = 0;
    else if (strcmp(v, b) == 0)
        *out = 1;
    else
        parse_error(p, node, "bad value '%s' for %s (%s or %s)", v, name, a, b);
    free(v);
}

static Rgb rgb_hex(unsigned v)
{
    Rgb c = {((v >> 16) & 0xFF) / 255.0, ((v >> 8) & 0xFF) / 255.0, (v & 0xFF) / 255.0, 1, 0};
    return c;
}

static Rgb inherit(Rgb own, Rgb parent) { return own.set ? own : parent; }

/* Non-whitespace text directly inside a container element is a mistake worth reporting. */
static int is_stray_text(xmlNodePtr c)
{
    if (c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE)
        return 0;
    for (const xmlChar *s = c->content; s && *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
            return 1;
    return 0;
}

static int check_child(Parser *p, xmlNodePtr parent, xmlNodePtr c)
{
    if (is_stray_text(c)) {
        parse_error(p, c, "text is not allowed directly inside diagram element <%s>",
                    (const char *)parent->name);
        return 0;
    }
    if (c->type != XML_ELEMENT_NODE)
        return 0;
    if (!is_diagram_element(c, NULL)) {
        parse_error(p, c, "unknown element <%s> inside diagram element <%s> (namespace %s)",
                    (const char *)c->name, (const char *)parent->name, DIAGRAM_NS);
        return 0;
    }
    return 1;
}

static void unknown_child(Parser *p, xmlNodePtr parent, xmlNodePtr c)
{
    parse_error(p, c, "unknown element <%s> inside diagram element <%s>", (const char *)c->name,
                (const char *)parent->name);
}

/* Style attributes common to both roots. */
static void parse_common_attributes(Parser *p, Diagram *d, xmlNodePtr root)
{
    char *family = attr(root, "font-family");
    if (family) {
        free(d->font_family);
        d->font_family = family;
    }
    attr_number(p, root, "font-size", "pt", 4, 72, &d->font_size);
    attr_color(p, root, "color", 0, &d->color);
    attr_bool(p, root, "hyphenate", &d->hyphenate);
    attr_bool(p, root, "show-title", &d->show_title);
    char *lang = attr(root, "lang");
    if (lang) {
        free(d->lang);
        d->lang = lang;
    }
}

/* Children common to both roots (title, note). Returns 1 when c was one of them. */
static int parse_common_child(Parser *p, Diagram *d, xmlNodePtr c)
{
    Text *t = is_diagram_element(c, "title") ? &d->title : is_diagram_element(c, "note") ? &d->note : NULL;
    if (!t)
        return 0;
    if (t->text)
        parse_error(p, c, "a diagram has at most one <%s>", (const char *)c->name);
    else
        t->text = text_content(p, c);
    return 1;
}

static void *grow(void *array, size_t n, size_t size)
{
    return realloc(array, (n + 1) * size);
}

/* ---------------------------------------------------------------- change theory */

static void parse_box(Parser *p, Column *col, xmlNodePtr node)
{
    Box *boxes = grow(col->boxes, col->n_boxes, sizeof *boxes);
    if (!boxes) {
        p->n_errors++;
        return;
    }
    col->boxes = boxes;
    Box *b = &boxes[col->n_boxes++];
    memset(b, 0, sizeof *b);
    b->line = xmlGetLineNo(node);
    b->id = attr(node, "id");
    attr_color(p, node, "fill", 1, &b->fill);
    attr_color(p, node, "stroke", 1, &b->stroke);
    attr_color(p, node, "color", 0, &b->color);
    b->text.text = text_content(p, node);
}

static void parse_column(Parser *p, Diagram *d, xmlNodePtr node)
{
    if (d->n_columns == MAX_COLUMNS) {
        parse_error(p, node, "a change theory has at most %d columns", MAX_COLUMNS);
        return;
    }
    Column *col = &d->columns[d->n_columns++];
    memset(col, 0, sizeof *col);
    col->line = xmlGetLineNo(node);
    check_attributes(p, node);
    attr_color(p, node, "fill", 1, &col->fill);
    attr_color(p, node, "stroke", 1, &col->stroke);
    attr_color(p, node, "color", 0, &col->color);
    attr_color(p, node, "heading-fill", 1, &col->heading_fill);
    attr_color(p, node, "heading-color", 0, &col->heading_color);
    attr_color(p, node, "column-fill", 1, &col->column_fill);
    for (xmlNodePtr c = node->children; c; c = c->next) {
        if (!check_child(p, node, c))
            continue;
        if (is_diagram_element(c, "heading")) {
            if (col->heading.text || col->n_boxes)
                parse_error(p, c, "a column has one <heading>, before its boxes");
            else
                col->heading.text = text_content(p, c);
        } else if (is_diagram_element(c, "box")) {
            parse_box(p, col, c);
        } else {
            unknown_child(p, node, c);
        }
    }
    if (!col->heading.text)
        parse_error(p, node, "a change-theory column needs a <heading>");
    if (!col->n_boxes)
        parse_error(p, node, "a change-theory column needs at least one <box>");
}

static void parse_link(Parser *p, Diagram *d, xmlNodePtr node)
{
    Link *links = grow(d->links, d->n_links, sizeof *links);
    if (!links) {
        p->n_errors++;
        return;
    }
    d->links = links;
    Link *l = &links[d->n_links++];
    memset(l, 0, sizeof *l);
    l->line = xmlGetLineNo(node);
    check_attributes(p, node);
    l->from = attr(node, "from");
    l->to = attr(node, "to");
    attr_color(p, node, "stroke", 0, &l->stroke);
    if (!l->from || !l->to)
        parse_error(p, node, "a <link> needs both from and to (box ids)");
    for (xmlNodePtr c = node->children; c; c = c->next)
        if (check_child(p, node, c))
            unknown_child(p, node, c);
}

static const Box *find_box(const Diagram *d, const char *id, size_t *column)
{
    for (size_t i = 0; i < d->n_columns; i++)
        for (size_t j = 0; j < d->columns[i].n_boxes; j++)
            if (d->columns[i].boxes[j].id && strcmp(d->columns[i].boxes[j].id, id) == 0) {
                *column = i;
                return &d->columns[i].boxes[j];
            }
    return NULL;
}

static void resolve_change_theory(Parser *p, Diagram *d, xmlNodePtr root)
{
    if (d->n_columns < MIN_COLUMNS)
        parse_error(p, root, "a change theory needs %d to %d columns, not %zu", MIN_COLUMNS,
                    MAX_COLUMNS, d->n_columns);
    /* Box ids must be unique for links to mean anything. */
    for (size_t i = 0; i < d->n_columns; i++)
        for (size_t j = 0; j < d->columns[i].n_boxes; j++) {
            const Box *b = &d->columns[i].boxes[j];
            size_t col;
            if (b->id && find_box(d, b->id, &col) != b) {
                diag_error(p->file, b->line, 0, "duplicate box id '%s' in a change theory", b->id);
                p->n_errors++;
            }
        }
    for (size_t i = 0; i < d->n_links; i++) {
        Link *l = &d->links[i];
        if (!l->from || !l->to)
            continue;
        size_t ca = 0, cb = 0;
        l->a = find_box(d, l->from, &ca);
        l->b = find_box(d, l->to, &cb);
        if (!l->a || !l->b) {
            diag_error(p->file, l->line, 0, "<link> refers to no box with id '%s'",
                       !l->a ? l->from : l->to);
            p->n_errors++;
        } else if (cb <= ca) {
            diag_error(p->file, l->line, 0,
                       "<link> from '%s' to '%s' must point to a box in a later column", l->from,
                       l->to);
            p->n_errors++;
        }
    }
    /* Colours: box ← column ← root ← defaults. */
    for (size_t i = 0; i < d->n_columns; i++) {
        Column *col = &d->columns[i];
        col->fill = inherit(col->fill, d->fill);
        col->stroke = inherit(col->stroke, d->stroke);
        col->color = inherit(col->color, d->color);
        col->heading_fill = inherit(col->heading_fill, d->heading_fill);
        col->heading_color = inherit(col->heading_color, d->heading_color);
        col->column_fill = inherit(col->column_fill, d->column_fill);
        for (size_t j = 0; j < col->n_boxes; j++) {
            Box *b = &col->boxes[j];
            b->fill = inherit(b->fill, col->fill);
            b->stroke = inherit(b->stroke, col->stroke);
            b->color = inherit(b->color, col->color);
        }
    }
    for (size_t i = 0; i < d->n_links; i++)
        d->links[i].stroke = inherit(d->links[i].stroke, d->arrow_color);
    if (d->column_arrows < 0)
        d->column_arrows = d->n_links == 0;
}

static void parse_change_theory(Parser *p, Diagram *d, xmlNodePtr root)
{
    d->fill = rgb_hex(0xFFFFFF);
    d->stroke = rgb_hex(0x1F4E79);
    d->heading_fill = rgb_hex(0x1F4E79);
    d->heading_color = rgb_hex(0xFFFFFF);
    d->column_fill = rgb_hex(0xE9EFF6);
    d->arrow_color = rgb_hex(0x1F4E79);
    d->column_arrows = -1;
    d->columns = calloc(MAX_COLUMNS, sizeof *d->columns);
    if (!d->columns) {
        p->n_errors++;
        return;
    }
    attr_color(p, root, "fill", 1, &d->fill);
    attr_color(p, root, "stroke", 1, &d->stroke);
    attr_color(p, root, "heading-fill", 1, &d->heading_fill);
    attr_color(p, root, "heading-color", 0, &d->heading_color);
    attr_color(p, root, "column-fill", 1, &d->column_fill);
    attr_color(p, root, "arrow-color", 0, &d->arrow_color);
    attr_bool(p, root, "column-arrows", &d->column_arrows);
    for (xmlNodePtr c = root->children; c; c = c->next) {
        if (!check_child(p, root, c) || parse_common_child(p, d, c))
            continue;
        if (is_diagram_element(c, "column"))
            parse_column(p, d, c);
        else if (is_diagram_element(c, "link"))
            parse_link(p, d, c);
        else
            unknown_child(p, root, c);
    }
    resolve_change_theory(p, d, root);
}

/* ---------------------------------------------------------------- bar chart */

static const unsigned series_palette[] = {0x1F4E79, 0x5B9BD5, 0xED7D31, 0xA5A5A5,
                                          0x70AD47, 0xFFC000, 0x7F3F98, 0x264478};

static const char *const pattern_names[] = {"none", "diagonal", "back-diagonal", "cross", "dots",
                                            "horizontal", "vertical"};

static void attr_pattern(Parser *p, xmlNodePtr node, Pattern *out)
{
    char *v = attr(node, "pattern");
    if (!v)
        return;
    size_t i = 0, n = sizeof pattern_names / sizeof pattern_names[0];
    while (i < n && strcmp(v, pattern_names[i]) != 0)
        i++;
    if (i == n)
        parse_error(p, node, "bad pattern '%s' (none, diagonal, back-diagonal, cross, dots, horizontal or vertical)", v);
    else
        *out = (Pattern)i;
    free(v);
}

static void parse_series(Parser *p, Diagram *d, xmlNodePtr node)
{
    if (d->n_series == MAX_SERIES) {
        parse_error(p, node, "a bar chart has at most %d series", MAX_SERIES);
        return;
    }
    if (d->n_categories)
        parse_error(p, node, "every <series> comes before the first <category>");
    Series *s = &d->series[d->n_series++];
    memset(s, 0, sizeof *s);
    s->id = attr(node, "id");
    attr_color(p, node, "fill", 0, &s->fill);
    attr_pattern(p, node, &s->pattern);
    s->name.text = text_content(p, node);
    if (!s->id)
        parse_error(p, node, "a <series> needs an id");
    for (size_t i = 0; s->id && i + 1 < d->n_series; i++)
        if (d->series[i].id && strcmp(d->series[i].id, s->id) == 0)
            parse_error(p, node, "duplicate series id '%s'", s->id);
    if (!s->fill.set)
        s->fill = rgb_hex(series_palette[(d->n_series - 1) % (sizeof series_palette / sizeof series_palette[0])]);
}

static void parse_value(Parser *p, Diagram *d, Category *cat, xmlNodePtr node)
{
    char *id = attr(node, "series");
    char *text = text_content(p, node);
    size_t k = d->n_series;
    for (size_t i = 0; id && i < d->n_series; i++)
        if (d->series[i].id && strcmp(d->series[i].id, id) == 0)
            k = i;
    if (!id) {
        parse_error(p, node, "a <value> needs a series attribute");
    } else if (k == d->n_series) {
        parse_error(p, node, "<value> refers to no series with id '%s'", id);
    } else if (cat->has_value[k]) {
        parse_error(p, node, "a second <value> for series '%s' in one category", id);
    } else if (text && *text) {
        char *end;
        double v = g_ascii_strtod(text, &end);
        if (end == text || *end || !isfinite(v) || v < 0)
            parse_error(p, node, "bad value '%s' (a number ≥ 0 with '.' as decimal point)", text);
        cat->values[k] = v;
        cat->has_value[k] = 1;
    }
    free(id);
    free(text);
}

static void parse_category(Parser *p, Diagram *d, xmlNodePtr node)
{
    Category *cats = grow(d->categories, d->n_categories, sizeof *cats);
    if (!cats) {
        p->n_errors++;
        return;
    }
    d->categories = cats;
    Category *cat = &cats[d->n_categories++];
    memset(cat, 0, sizeof *cat);
    check_attributes(p, node);
    cat->values = calloc(d->n_series + 1, sizeof *cat->values);
    cat->has_value = calloc(d->n_series + 1, sizeof *cat->has_value);
    if (!cat->values || !cat->has_value) {
        p->n_errors++;
        return;
    }
    for (xmlNodePtr c = node->children; c; c = c->next) {
        if (!check_child(p, node, c))
            continue;
        if (is_diagram_element(c, "label")) {
            if (cat->label.text)
                parse_error(p, c, "a category has one <label>");
            else
                cat->label.text = text_content(p, c);
        } else if (is_diagram_element(c, "value")) {
            parse_value(p, d, cat, c);
        } else {
            unknown_child(p, node, c);
        }
    }
    if (!cat->label.text)
        parse_error(p, node, "a <category> needs a <label>");
}

static void parse_bar_chart(Parser *p, Diagram *d, xmlNodePtr root)
{
    d->show_values = 1;
    d->decimals = -1;
    d->grid_color = rgb_hex(0xD9D9D9);
    d->axis_color = rgb_hex(0x595959);
    d->series = calloc(MAX_SERIES, sizeof *d->series);
    if (!d->series) {
        p->n_errors++;
        return;
    }
    attr_choice(p, root, "mode", "grouped", "stacked", &d->stacked);
    attr_choice(p, root, "orientation", "vertical", "horizontal", &d->horizontal);
    attr_number(p, root, "plot-height", "pt", 30, 2000, &d->plot_height);
    attr_number(p, root, "max", NULL, 0, 1e15, &d->axis_max);
    double decimals = -1;
    attr_number(p, root, "decimals", NULL, 0, 6, &decimals);
    d->decimals = decimals < 0 ? -1 : (int)decimals;
    attr_bool(p, root, "show-values", &d->show_values);
    attr_color(p, root, "grid-color", 1, &d->grid_color);
    attr_color(p, root, "axis-color", 0, &d->axis_color);
    d->unit = attr(root, "unit");
    for (xmlNodePtr c = root->children; c; c = c->next) {
        if (!check_child(p, root, c) || parse_common_child(p, d, c))
            continue;
        if (is_diagram_element(c, "series")) {
            parse_series(p, d, c);
        } else if (is_diagram_element(c, "category")) {
            parse_category(p, d, c);
        } else if (is_diagram_element(c, "axis-label")) {
            if (d->axis_label.text)
                parse_error(p, c, "a bar chart has one <axis-label>");
            else
                d->axis_label.text = text_content(p, c);
        } else {
            unknown_child(p, root, c);
        }
    }
    if (!d->n_series)
        parse_error(p, root, "a bar chart needs at least one <series>");
    if (!d->n_categories)
        parse_error(p, root, "a bar chart needs at least one <category>");
}

/* ---------------------------------------------------------------- public: parse and free */

Diagram *diagram_parse(xmlNodePtr root, const char *file)
{
    char *node_file = NULL;
    if (!file)
        file = node_file = diag_node_file(root);
    Parser p = {file, 0};
    Diagram *d = calloc(1, sizeof *d);
    if (!d) {
        free(node_file);
        return NULL;
    }
    d->file = file ? strdup(file) : NULL;
    d->line = xmlGetLineNo(root);
    d->font_family = strdup("Noto Sans");
    d->font_size = 8;
    d->color = rgb_hex(0x1A1A1A);
    d->lang = strdup("da");
    d->hyphenate = 1;
    d->show_title = 1;
    if (!d->font_family || !d->lang) {
        p.n_errors++;
        goto cleanup;
    }
    if (is_diagram_element(root, "change-theory")) {
        d->kind = DIAGRAM_CHANGE_THEORY;
    } else if (is_diagram_element(root, "bar-chart")) {
        d->kind = DIAGRAM_BAR_CHART;
    } else {
        parse_error(&p, root, "unknown diagram <%s>: a diagram is <change-theory> or <bar-chart> in namespace %s",
                    (const char *)root->name, DIAGRAM_NS);
        goto cleanup;
    }
    check_attributes(&p, root);
    parse_common_attributes(&p, d, root);
    if (d->kind == DIAGRAM_CHANGE_THEORY)
        parse_change_theory(&p, d, root);
    else
        parse_bar_chart(&p, d, root);
cleanup:
    free(node_file);
    if (p.n_errors) {
        diagram_free(d);
        return NULL;
    }
    return d;
}

static void text_clear_layout(Text *t)
{
    if (t->layout)
        g_object_unref(t->layout);
    t->layout = NULL;
}

static void text_free(Text *t)
{
    text_clear_layout(t);
    free(t->text);
    t->text = NULL;
}

static void free_layout_results(Diagram *d)
{
    text_clear_layout(&d->title);
    text_clear_layout(&d->note);
    text_clear_layout(&d->axis_label);
    for (size_t i = 0; i < d->n_columns; i++) {
        text_clear_layout(&d->columns[i].heading);
        for (size_t j = 0; j < d->columns[i].n_boxes; j++)
            text_clear_layout(&d->columns[i].boxes[j].text);
    }
    for (size_t i = 0; i < d->n_series; i++)
        text_clear_layout(&d->series[i].name);
    for (size_t i = 0; i < d->n_categories; i++) {
        text_clear_layout(&d->categories[i].label);
        text_free(&d->categories[i].total);
    }
    for (size_t i = 0; i < d->n_ticks; i++)
        text_free(&d->ticks[i]);
    free(d->ticks);
    free(d->tick_values);
    d->ticks = NULL;
    d->tick_values = NULL;
    d->n_ticks = 0;
    for (size_t i = 0; i < d->n_bars; i++)
        text_free(&d->bars[i].label);
    free(d->bars);
    d->bars = NULL;
    d->n_bars = 0;
    d->laid_out = 0;
    d->width = d->height = 0;
}

void diagram_free(Diagram *d)
{
    if (!d)
        return;
    free_layout_results(d);
    text_free(&d->title);
    text_free(&d->note);
    text_free(&d->axis_label);
    for (size_t i = 0; i < d->n_columns; i++) {
        Column *col = &d->columns[i];
        text_free(&col->heading);
        for (size_t j = 0; j < col->n_boxes; j++) {
            text_free(&col->boxes[j].text);
            free(col->boxes[j].id);
        }
        free(col->boxes);
    }
    free(d->columns);
    for (size_t i = 0; i < d->n_links; i++) {
        free(d->links[i].from);
        free(d->links[i].to);
    }
    free(d->links);
    for (size_t i = 0; i < d->n_series; i++) {
        text_free(&d->series[i].name);
        free(d->series[i].id);
    }
    free(d->series);
    for (size_t i = 0; i < d->n_categories; i++) {
        text_free(&d->categories[i].label);
        free(d->categories[i].values);
        free(d->categories[i].has_value);
    }
    free(d->categories);
    free(d->unit);
    free(d->font_family);
    free(d->lang);
    free(d->file);
    free(d);
}

/* ---------------------------------------------------------------- growable buffer */

typedef struct {
    char *data;
    size_t len, cap;
    int failed;
} Buffer;

static void buf_append(Buffer *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *data = realloc(b->data, cap);
        if (!data) {
            b->failed = 1;
            return;
        }
        b->data = data;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void buf_printf(Buffer *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void buf_printf(Buffer *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        buf_append(b, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        b->failed = 1;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    buf_append(b, big, (size_t)n);
    free(big);
}

/* ---------------------------------------------------------------- layout helpers */

typedef struct {
    PangoContext *pango;
    const Diagram *d;
} Shaper;

typedef enum { FACE_REGULAR, FACE_BOLD, FACE_ITALIC, FACE_HEADING } Face;

/* Words shorter than this are never hyphenated in a diagram: short centred lines in narrow
 * boxes look busy with a hyphen on every other line, and short words fit anyway. */
enum { HYPHENATE_MIN_CHARS = 13 };

/* A copy of text with soft hyphens in its long words only (malloc'ed, or NULL). */
static char *hyphenate_long_words(const char *text, const char *lang)
{
    Buffer out = {0};
    const char *s = text;
    while (*s) {
        size_t n = strcspn(s, " ");
        if (g_utf8_strlen(s, (gssize)n) >= HYPHENATE_MIN_CHARS) {
            char *word = strndup(s, n);
            char *marked = word ? hyphen_insert_soft_hyphens(word, lang) : NULL;
            if (marked)
                buf_append(&out, marked, strlen(marked));
            else
                out.failed = 1;
            free(word);
            free(marked);
        } else {
            buf_append(&out, s, n);
        }
        s += n;
        if (*s)
            buf_append(&out, s++, 1);
    }
    if (out.failed) {
        free(out.data);
        return NULL;
    }
    return out.data ? out.data : strdup("");
}

/* Shapes text into t->layout, wrapped at width (no wrapping when width <= 0), and sets t->w,
 * t->h to the logical size. Long words in wrapped text are hyphenated, except in headings
 * (FACE_HEADING: bold, never hyphenated). Returns 0 or -1 on allocation failure. */
static int shape(const Shaper *s, Text *t, const char *text, double size, Face face, double width,
                 PangoAlignment align)
{
    const Diagram *d = s->d;
    text_clear_layout(t);
    char *marked = NULL;
    if (d->hyphenate && width > 0 && face != FACE_HEADING && hyphen_available())
        marked = hyphenate_long_words(text, d->lang);
    PangoLayout *layout = pango_layout_new(s->pango);
    PangoFontDescription *font = pango_font_description_new();
    if (!layout || !font) {
        free(marked);
        if (layout)
            g_object_unref(layout);
        pango_font_description_free(font);
        return -1;
    }
    pango_font_description_set_family(font, d->font_family);
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    if (face == FACE_BOLD || face == FACE_HEADING)
        pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
    if (face == FACE_ITALIC)
        pango_font_description_set_style(font, PANGO_STYLE_ITALIC);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_text(layout, marked ? marked : text, -1);
    free(marked);
    if (width > 0) {
        pango_layout_set_width(layout, (int)(width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_alignment(layout, align);
    PangoRectangle logical;
    pango_layout_get_extents(layout, NULL, &logical);
    t->layout = layout;
    t->w = width > 0 ? width : logical.width / (double)PANGO_SCALE;
    t->h = logical.height / (double)PANGO_SCALE;
    return 0;
}

/* The natural (unwrapped) width of a text, to size label columns. */
static double natural_width(const Shaper *s, const char *text, double size)
{
    Text t = {0};
    if (shape(s, &t, text, size, FACE_REGULAR, 0, PANGO_ALIGN_LEFT) < 0)
        return 0;
    double w = t.w;
    text_clear_layout(&t);
    return w;
}

/* Danish number formatting: thousands ".", decimal ",", e.g. 12.345,5. */
static void format_number(double v, int decimals, const char *unit, char *buf, size_t n)
{
    char raw[64];
    snprintf(raw, sizeof raw, "%.*f", decimals, fabs(v));
    char *dot = strchr(raw, '.');
    size_t int_len = dot ? (size_t)(dot - raw) : strlen(raw);
    char out[96];
    size_t o = 0;
    if (v < 0 && strspn(raw, "0.") != strlen(raw)) {
        memcpy(out, "\xE2\x88\x92", 3); /* U+2212 minus */
        o = 3;
    }
    for (size_t i = 0; i < int_len; i++) {
        if (i > 0 && (int_len - i) % 3 == 0)
            out[o++] = '.';
        out[o++] = raw[i];
    }
    if (dot) {
        out[o++] = ',';
        size_t frac = strlen(dot + 1);
        memcpy(out + o, dot + 1, frac);
        o += frac;
    }
    out[o] = '\0';
    if (unit && *unit)
        snprintf(buf, n, "%s\xC2\xA0%s", out, unit); /* no-break space, "25 %" */
    else
        snprintf(buf, n, "%s", out);
}

/* Fewest decimals (up to 3) that print v exactly. */
static int decimals_needed(double v)
{
    for (int k = 0; k < 3; k++) {
        double scaled = v * pow(10, k);
        if (fabs(scaled - round(scaled)) < 1e-9 * fmax(1, fabs(scaled)))
            return k;
    }
    return 3;
}

/* ---------------------------------------------------------------- layout: change theory */

static int layout_title(const Shaper *s, Diagram *d, double width, double *y)
{
    if (!d->title.text || !d->show_title)
        return 0;
    if (shape(s, &d->title, d->title.text, d->font_size * 1.15, FACE_HEADING, width, PANGO_ALIGN_LEFT) < 0)
        return -1;
    d->title.x = 0;
    d->title.y = *y;
    *y += d->title.h + d->font_size * 0.9;
    return 0;
}

static int layout_note(const Shaper *s, Diagram *d, double width, double *y)
{
    if (!d->note.text)
        return 0;
    *y += d->font_size * 0.8;
    if (shape(s, &d->note, d->note.text, d->font_size * 0.9, FACE_ITALIC, width, PANGO_ALIGN_LEFT) < 0)
        return -1;
    d->note.x = 0;
    d->note.y = *y;
    *y += d->note.h;
    return 0;
}

static int layout_change_theory(const Shaper *s, Diagram *d, double width)
{
    double fs = d->font_size;
    double gap = fs * (d->n_links ? 3.2 : 2.6); /* between columns: room for the arrows */
    double inset = fs * 0.55;                    /* box inside the column band */
    double pad = fs * 0.6;                       /* text inside a box */
    double space = fs * 0.65;                    /* between stacked boxes */
    size_t n = d->n_columns;
    double cw = (width - gap * (double)(n - 1)) / (double)n;
    double text_w = cw - 2 * inset - 2 * pad;
    if (text_w < fs * 4) {
        diag_error(d->file, d->line, 0,
                   "the change theory's %zu columns do not fit in %.0f pt (each needs at least %.0f pt)",
                   n, width, fs * 4 + 2 * inset + 2 * pad);
        return -1;
    }
    double y = 0;
    if (layout_title(s, d, width, &y) < 0)
        return -1;
    /* Headings: one row, all as tall as the tallest, so the columns line up. */
    double heading_h = 0;
    for (size_t i = 0; i < n; i++) {
        Column *col = &d->columns[i];
        col->x = (double)i * (cw + gap);
        col->w = cw;
        if (shape(s, &col->heading, col->heading.text, fs * 1.05, FACE_HEADING, cw - 2 * pad, PANGO_ALIGN_CENTER) < 0)
            return -1;
        heading_h = fmax(heading_h, col->heading.h + 2 * pad);
    }
    double top = y;
    double body_top = top + heading_h + inset + fs * 0.2;
    double body_h = 0;
    for (size_t i = 0; i < n; i++) {
        Column *col = &d->columns[i];
        double h = 0;
        for (size_t j = 0; j < col->n_boxes; j++) {
            Box *b = &col->boxes[j];
            if (shape(s, &b->text, b->text.text, fs, FACE_REGULAR, text_w, PANGO_ALIGN_CENTER) < 0)
                return -1;
            b->w = cw - 2 * inset;
            b->h = b->text.h + 2 * pad;
            h += b->h + (j ? space : 0);
        }
        body_h = fmax(body_h, h);
    }
    /* Stacks are centred in the tallest column's height: the flow reads left to right. */
    for (size_t i = 0; i < n; i++) {
        Column *col = &d->columns[i];
        double h = 0;
        for (size_t j = 0; j < col->n_boxes; j++)
            h += col->boxes[j].h + (j ? space : 0);
        double by = body_top + (body_h - h) / 2;
        for (size_t j = 0; j < col->n_boxes; j++) {
            Box *b = &col->boxes[j];
            b->x = col->x + inset;
            b->y = by;
            b->text.x = b->x + pad;
            b->text.y = b->y + pad;
            by += b->h + space;
        }
        col->heading_y = top;
        col->heading_h = heading_h;
        col->heading.x = col->x + pad;
        col->heading.y = top + (heading_h - col->heading.h) / 2;
        col->band_y = top;
        col->band_h = body_top + body_h + inset - top;
    }
    y = body_top + body_h + inset;
    if (layout_note(s, d, width, &y) < 0)
        return -1;
    d->width = width;
    d->height = y;
    return 0;
}

/* ---------------------------------------------------------------- layout: bar chart */

/* A "nice" step (1, 2, 2.5 or 5 × 10^k) giving about five intervals up to max. */
static double nice_step(double max, int integers)
{
    double raw = max / 5;
    double mag = pow(10, floor(log10(raw)));
    double norm = raw / mag;
    double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
    if (integers && step < 1)
        step = 1;
    return step;
}

static double category_total(const Diagram *d, const Category *c)
{
    double t = 0;
    for (size_t k = 0; k < d->n_series; k++)
        t += c->values[k];
    return t;
}

static int value_decimals(const Diagram *d)
{
    if (d->decimals >= 0)
        return d->decimals;
    int k = 0;
    for (size_t i = 0; i < d->n_categories; i++)
        for (size_t j = 0; j < d->n_series; j++)
            k = k > decimals_needed(d->categories[i].values[j]) ? k : decimals_needed(d->categories[i].values[j]);
    return k;
}

static int layout_scale(const Shaper *s, Diagram *d)
{
    double max = 0;
    int integers = 1;
    for (size_t i = 0; i < d->n_categories; i++) {
        const Category *c = &d->categories[i];
        max = fmax(max, d->stacked ? category_total(d, c) : 0);
        for (size_t k = 0; k < d->n_series; k++) {
            if (!d->stacked)
                max = fmax(max, c->values[k]);
            integers = integers && decimals_needed(c->values[k]) == 0;
        }
    }
    if (d->axis_max > max)
        max = d->axis_max;
    if (max <= 0)
        max = 1;
    double step = nice_step(max, integers);
    double top = ceil(max / step - 1e-9) * step;
    size_t n = (size_t)llround(top / step) + 1;
    int dec = decimals_needed(step);
    d->scale_top = top;
    d->ticks = calloc(n, sizeof *d->ticks);
    d->tick_values = calloc(n, sizeof *d->tick_values);
    if (!d->ticks || !d->tick_values)
        return -1;
    d->n_ticks = n;
    for (size_t i = 0; i < n; i++) {
        char buf[96];
        d->tick_values[i] = step * (double)i;
        format_number(d->tick_values[i], dec, d->unit, buf, sizeof buf);
        if (shape(s, &d->ticks[i], buf, d->font_size * 0.9, FACE_REGULAR, 0, PANGO_ALIGN_LEFT) < 0)
            return -1;
    }
    return 0;
}

/* Legend items flow in centred rows across the width, below the plot. */
static int layout_legend(const Shaper *s, Diagram *d, double width, double *y)
{
    double fs = d->font_size;
    double sw = fs * 0.9, sgap = fs * 0.45, igap = fs * 1.6;
    size_t first = 0;
    while (first < d->n_series) {
        double row_w = 0, row_h = 0;
        size_t last = first;
        for (; last < d->n_series; last++) {
            Series *se = &d->series[last];
            double avail = width - sw - sgap;
            if (shape(s, &se->name, se->name.text, fs, FACE_REGULAR, 0, PANGO_ALIGN_LEFT) < 0)
                return -1;
            if (se->name.w > avail &&
                shape(s, &se->name, se->name.text, fs, FACE_REGULAR, avail, PANGO_ALIGN_LEFT) < 0)
                return -1;
            double item = sw + sgap + se->name.w;
            if (last > first && row_w + igap + item > width)
                break;
            row_w += (last > first ? igap : 0) + item;
            row_h = fmax(row_h, se->name.h);
        }
        double x = (width - row_w) / 2;
        for (size_t k = first; k < last; k++) {
            Series *se = &d->series[k];
            se->swatch_x = x;
            se->swatch_y = *y + (row_h - sw) / 2;
            se->name.x = x + sw + sgap;
            se->name.y = *y + (row_h - se->name.h) / 2;
            x += sw + sgap + se->name.w + igap;
        }
        *y += row_h + fs * 0.35;
        first = last;
    }
    return 0;
}

static double luminance(Rgb c) { return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b; }

/* Places one bar (or stacked segment) and its value label; the label is kept only if it fits
 * (inside a segment for stacked bars, beyond the bar's end for grouped ones). */
static int add_bar(const Shaper *s, Diagram *d, size_t series, double value, double x, double y,
                   double w, double h, int dec)
{
    if (value <= 0 || w <= 0 || h <= 0) /* nothing to draw */
        return 0;
    Bar *b = &d->bars[d->n_bars++];
    memset(b, 0, sizeof *b);
    b->x = x;
    b->y = y;
    b->w = w;
    b->h = h;
    b->series = series;
    b->value = value;
    if (!d->show_values)
        return 0;
    char buf[96];
    format_number(value, dec, d->unit, buf, sizeof buf);
    double fs = d->font_size * 0.85;
    if (shape(s, &b->label, buf, fs, FACE_REGULAR, 0, PANGO_ALIGN_LEFT) < 0)
        return -1;
    Text *t = &b->label;
    int fits;
    if (d->stacked) {
        fits = t->w + 2 <= w && t->h <= h;
        t->x = x + (w - t->w) / 2;
        t->y = y + (h - t->h) / 2;
    } else if (d->horizontal) {
        fits = t->h <= h + 2;
        t->x = x + w + d->font_size * 0.3;
        t->y = y + (h - t->h) / 2;
    } else {
        fits = t->w <= w + d->font_size * 0.8;
        t->x = x + (w - t->w) / 2;
        t->y = y - t->h - d->font_size * 0.1;
    }
    if (!fits)
        text_free(t);
    return 0;
}

/* The sum above (or beside) a stacked bar whose end is at length len from the axis. */
static int add_total(const Shaper *s, Diagram *d, Category *c, double off, double thick, double len,
                     int dec)
{
    char buf[96];
    format_number(category_total(d, c), dec, d->unit, buf, sizeof buf);
    Text *t = &c->total;
    if (shape(s, t, buf, d->font_size * 0.85, FACE_HEADING, 0, PANGO_ALIGN_LEFT) < 0)
        return -1;
    if (d->horizontal) {
        t->x = d->plot_x + len + d->font_size * 0.3;
        t->y = off + (thick - t->h) / 2;
    } else {
        t->x = off + (thick - t->w) / 2;
        t->y = d->plot_y + d->plot_h - len - t->h - d->font_size * 0.1;
    }
    return 0;
}

static int layout_bars(const Shaper *s, Diagram *d)
{
    int dec = value_decimals(d);
    double fs = d->font_size;
    d->bars = calloc(d->n_categories * d->n_series + 1, sizeof *d->bars);
    if (!d->bars)
        return -1;
    for (size_t i = 0; i < d->n_categories; i++) {
        const Category *c = &d->categories[i];
        double slot = (d->horizontal ? d->plot_h : d->plot_w) / (double)d->n_categories;
        double start = (d->horizontal ? d->plot_y : d->plot_x) + slot * (double)i;
        double thick, acc = 0;
        double len_scale = (d->horizontal ? d->plot_w : d->plot_h) / d->scale_top;
        if (d->stacked) {
            thick = fmin(slot * 0.6, fs * (d->horizontal ? 2.2 : 6));
            double off = start + (slot - thick) / 2;
            for (size_t k = 0; k < d->n_series; k++) {
                double len = c->values[k] * len_scale;
                if (c->values[k] <= 0)
                    continue;
                int rc = d->horizontal
                             ? add_bar(s, d, k, c->values[k], d->plot_x + acc, off, len, thick, dec)
                             : add_bar(s, d, k, c->values[k], off, d->plot_y + d->plot_h - acc - len, thick, len, dec);
                if (rc < 0)
                    return -1;
                acc += len;
            }
            if (d->show_values && acc > 0 && add_total(s, d, &d->categories[i], off, thick, acc, dec) < 0)
                return -1;
        } else {
            double group = fmin(slot * 0.8, (double)d->n_series * fs * (d->horizontal ? 1.4 : 3));
            thick = group / (double)d->n_series;
            double off = start + (slot - group) / 2;
            for (size_t k = 0; k < d->n_series; k++) {
                double len = c->values[k] * len_scale;
                double at = off + thick * (double)k;
                double gap = fmin(thick * 0.12, 1.0); /* a hairline between neighbours */
                int rc = d->horizontal
                             ? add_bar(s, d, k, c->values[k], d->plot_x, at + gap / 2, len, thick - gap, dec)
                             : add_bar(s, d, k, c->values[k], at + gap / 2, d->plot_y + d->plot_h - len, thick - gap, len, dec);
                if (rc < 0)
                    return -1;
            }
        }
    }
    return 0;
}

static int layout_bar_chart(const Shaper *s, Diagram *d, double width)
{
    double fs = d->font_size;
    double y = 0;
    if (layout_title(s, d, width, &y) < 0 || layout_scale(s, d) < 0)
        return -1;
    double tick_w = 0, tick_h = 0;
    for (size_t i = 0; i < d->n_ticks; i++) {
        tick_w = fmax(tick_w, d->ticks[i].w);
        tick_h = fmax(tick_h, d->ticks[i].h);
    }
    if (d->axis_label.text &&
        shape(s, &d->axis_label, d->axis_label.text, fs * 0.9, FACE_REGULAR, 0, PANGO_ALIGN_CENTER) < 0)
        return -1;
    if (!d->horizontal) {
        double left = tick_w + fs * 0.5 + (d->axis_label.text ? d->axis_label.h + fs * 0.5 : 0);
        d->plot_x = left;
        d->plot_w = width - left - fs * 0.5;
        double slot = d->plot_w / (double)d->n_categories;
        if (slot < fs * 2.5) {
            diag_error(d->file, d->line, 0, "the bar chart's %zu categories do not fit in %.0f pt",
                       d->n_categories, width);
            return -1;
        }
        d->plot_y = y + tick_h / 2 + (d->show_values ? fs : 0);
        d->plot_h = d->plot_height > 0 ? d->plot_height : fmin(fmax(width * 0.38, 110), 300);
        double label_h = 0;
        for (size_t i = 0; i < d->n_categories; i++) {
            Text *t = &d->categories[i].label;
            if (shape(s, t, t->text, fs, FACE_REGULAR, slot - fs * 0.5, PANGO_ALIGN_CENTER) < 0)
                return -1;
            t->x = d->plot_x + slot * (double)i + fs * 0.25;
            t->y = d->plot_y + d->plot_h + fs * 0.5;
            label_h = fmax(label_h, t->h);
        }
        for (size_t i = 0; i < d->n_ticks; i++) {
            Text *t = &d->ticks[i];
            t->x = d->plot_x - fs * 0.5 - t->w;
            t->y = d->plot_y + d->plot_h - d->plot_h * d->tick_values[i] / d->scale_top - t->h / 2;
        }
        if (d->axis_label.text) { /* rotated: x, y is where its baseline box starts after rotation */
            d->axis_label.x = 0;
            d->axis_label.y = d->plot_y + d->plot_h / 2 + d->axis_label.w / 2;
        }
        y = d->plot_y + d->plot_h + fs * 0.5 + label_h + fs * 1.1;
    } else {
        double label_w = 0;
        for (size_t i = 0; i < d->n_categories; i++)
            label_w = fmax(label_w, natural_width(s, d->categories[i].label.text, fs));
        label_w = fmin(label_w, width * 0.36);
        double value_room = 0;
        if (d->show_values) {
            char buf[96];
            format_number(d->scale_top, value_decimals(d), d->unit, buf, sizeof buf);
            value_room = natural_width(s, buf, fs * 0.85) + fs * 0.4;
        }
        d->plot_x = label_w + fs * 0.7;
        d->plot_w = width - d->plot_x - fmax(value_room, d->ticks[d->n_ticks - 1].w / 2);
        if (d->plot_w < fs * 8) {
            diag_error(d->file, d->line, 0, "the bar chart does not fit in %.0f pt", width);
            return -1;
        }
        d->plot_y = y;
        double label_h = 0;
        for (size_t i = 0; i < d->n_categories; i++) {
            Text *t = &d->categories[i].label;
            if (shape(s, t, t->text, fs, FACE_REGULAR, label_w, PANGO_ALIGN_RIGHT) < 0)
                return -1;
            label_h = fmax(label_h, t->h);
        }
        double bars = d->stacked ? fs * 2.2 : (double)d->n_series * fs * 1.4;
        double row = fmax(label_h + fs * 0.8, bars / 0.75);
        if (d->plot_height > 0)
            row = fmax(row, d->plot_height / (double)d->n_categories);
        d->plot_h = row * (double)d->n_categories;
        for (size_t i = 0; i < d->n_categories; i++) {
            Text *t = &d->categories[i].label;
            t->x = 0;
            t->y = d->plot_y + row * (double)i + (row - t->h) / 2;
        }
        for (size_t i = 0; i < d->n_ticks; i++) {
            Text *t = &d->ticks[i];
            t->x = d->plot_x + d->plot_w * d->tick_values[i] / d->scale_top - t->w / 2;
            t->y = d->plot_y + d->plot_h + fs * 0.4;
        }
        y = d->plot_y + d->plot_h + fs * 0.4 + tick_h;
        if (d->axis_label.text) {
            d->axis_label.x = d->plot_x + (d->plot_w - d->axis_label.w) / 2;
            d->axis_label.y = y + fs * 0.3;
            y += fs * 0.3 + d->axis_label.h;
        }
        y += fs * 1.1;
    }
    if (layout_bars(s, d) < 0 || layout_legend(s, d, width, &y) < 0)
        return -1;
    if (layout_note(s, d, width, &y) < 0)
        return -1;
    d->width = width;
    d->height = y;
    return 0;
}

/* ---------------------------------------------------------------- public: layout and size */

int diagram_layout(Diagram *d, PangoContext *pango, double width_pt)
{
    free_layout_results(d);
    if (!(width_pt > 0) || !isfinite(width_pt)) {
        diag_error(d->file, d->line, 0, "a diagram needs a positive width, not %g pt", width_pt);
        return -1;
    }
    Shaper s = {pango, d};
    int rc = d->kind == DIAGRAM_CHANGE_THEORY ? layout_change_theory(&s, d, width_pt)
                                              : layout_bar_chart(&s, d, width_pt);
    if (rc < 0) {
        free_layout_results(d);
        return -1;
    }
    d->laid_out = 1;
    return 0;
}

double diagram_width(const Diagram *d) { return d && d->laid_out ? d->width : 0; }
double diagram_height(const Diagram *d) { return d && d->laid_out ? d->height : 0; }

int diagram_item_rect(const Diagram *d, size_t index, double rect[4])
{
    if (!d || !d->laid_out)
        return -1;
    size_t k = 0;
    for (size_t i = 0; i < d->n_columns; i++) {
        const Column *col = &d->columns[i];
        if (index == k++) {
            rect[0] = col->x, rect[1] = col->heading_y, rect[2] = col->w, rect[3] = col->heading_h;
            return 0;
        }
        for (size_t j = 0; j < col->n_boxes; j++, k++)
            if (index == k) {
                const Box *b = &col->boxes[j];
                rect[0] = b->x, rect[1] = b->y, rect[2] = b->w, rect[3] = b->h;
                return 0;
            }
    }
    if (index - k < d->n_bars) {
        const Bar *b = &d->bars[index - k];
        rect[0] = b->x, rect[1] = b->y, rect[2] = b->w, rect[3] = b->h;
        return 0;
    }
    return -1;
}

/* ---------------------------------------------------------------- painting */

static void set_rgb(cairo_t *cr, Rgb c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

static void paint_text(cairo_t *cr, const Text *t, Rgb color)
{
    if (!t->layout)
        return;
    set_rgb(cr, color);
    cairo_move_to(cr, t->x, t->y);
    pango_cairo_show_layout(cr, t->layout);
}

static void rounded_rect(cairo_t *cr, double x, double y, double w, double h, double r)
{
    r = fmin(r, fmin(w, h) / 2);
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
    cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
    cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
}

static void fill_and_stroke(cairo_t *cr, Rgb fill, Rgb stroke, double line_width)
{
    if (fill.set && !fill.none) {
        set_rgb(cr, fill);
        cairo_fill_preserve(cr);
    }
    if (stroke.set && !stroke.none) {
        set_rgb(cr, stroke);
        cairo_set_line_width(cr, line_width);
        cairo_stroke_preserve(cr);
    }
    cairo_new_path(cr);
}

/* A block arrow pointing right, filling the gap between two columns at height cy. */
static void paint_column_arrow(cairo_t *cr, double x0, double x1, double cy, double fs, Rgb color)
{
    double len = x1 - x0, shaft = fs * 0.55, head = fs * 1.5, head_len = fmin(len * 0.5, fs * 1.0);
    cairo_move_to(cr, x0, cy - shaft / 2);
    cairo_line_to(cr, x1 - head_len, cy - shaft / 2);
    cairo_line_to(cr, x1 - head_len, cy - head / 2);
    cairo_line_to(cr, x1, cy);
    cairo_line_to(cr, x1 - head_len, cy + head / 2);
    cairo_line_to(cr, x1 - head_len, cy + shaft / 2);
    cairo_line_to(cr, x0, cy + shaft / 2);
    cairo_close_path(cr);
    set_rgb(cr, color);
    cairo_fill(cr);
}

/* A curved connector from the right edge of a to the left edge of b, with an arrowhead. */
static void paint_link(cairo_t *cr, const Link *l, double fs)
{
    double x0 = l->a->x + l->a->w, y0 = l->a->y + l->a->h / 2;
    double x1 = l->b->x, y1 = l->b->y + l->b->h / 2;
    double head = fs * 0.55, dx = (x1 - x0) / 2;
    set_rgb(cr, l->stroke);
    cairo_set_line_width(cr, 0.8);
    cairo_move_to(cr, x0, y0);
    cairo_curve_to(cr, x0 + dx, y0, x1 - head - dx, y1, x1 - head, y1);
    cairo_stroke(cr);
    cairo_move_to(cr, x1, y1);
    cairo_line_to(cr, x1 - head, y1 - head * 0.45);
    cairo_line_to(cr, x1 - head, y1 + head * 0.45);
    cairo_close_path(cr);
    cairo_fill(cr);
}

static void paint_change_theory(const Diagram *d, cairo_t *cr)
{
    double fs = d->font_size;
    paint_text(cr, &d->title, d->color);
    for (size_t i = 0; i < d->n_columns; i++) {
        const Column *col = &d->columns[i];
        Rgb none = {0, 0, 0, 0, 1};
        rounded_rect(cr, col->x, col->band_y, col->w, col->band_h, fs * 0.35);
        fill_and_stroke(cr, col->column_fill, none, 0);
        rounded_rect(cr, col->x, col->heading_y, col->w, col->heading_h, fs * 0.35);
        fill_and_stroke(cr, col->heading_fill, none, 0);
        paint_text(cr, &col->heading, col->heading_color);
        for (size_t j = 0; j < col->n_boxes; j++) {
            const Box *b = &col->boxes[j];
            rounded_rect(cr, b->x, b->y, b->w, b->h, fs * 0.3);
            fill_and_stroke(cr, b->fill, b->stroke, 0.75);
            paint_text(cr, &b->text, b->color);
        }
    }
    if (d->column_arrows && d->n_columns > 1) {
        const Column *c0 = &d->columns[0];
        double cy = c0->heading_y + c0->heading_h + (c0->band_y + c0->band_h - c0->heading_y - c0->heading_h) / 2;
        for (size_t i = 0; i + 1 < d->n_columns; i++) {
            double x0 = d->columns[i].x + d->columns[i].w + fs * 0.3;
            double x1 = d->columns[i + 1].x - fs * 0.3;
            paint_column_arrow(cr, x0, x1, cy, fs, d->arrow_color);
        }
    }
    for (size_t i = 0; i < d->n_links; i++)
        paint_link(cr, &d->links[i], fs);
    paint_text(cr, &d->note, d->color);
}

/* The series' hatching over the rectangle x, y, w, h (already filled), in white on a dark fill
 * and in the text colour on a light one, clipped to the rectangle. */
static void paint_pattern(const Diagram *d, cairo_t *cr, Pattern pattern, Rgb fill, double x,
                          double y, double w, double h)
{
    if (pattern == PATTERN_NONE || w <= 0 || h <= 0)
        return;
    double gap = d->font_size * 0.4, lw = d->font_size * 0.07;
    cairo_save(cr);
    cairo_rectangle(cr, x, y, w, h);
    cairo_clip(cr);
    set_rgb(cr, luminance(fill) < 0.55 ? rgb_hex(0xFFFFFF) : d->color);
    cairo_set_line_width(cr, lw);
    double x0 = floor(x / gap) * gap, y0 = floor(y / gap) * gap, reach = w + h;
    if (pattern == PATTERN_DOTS) {
        for (double py = y0 + gap / 2; py < y + h + gap; py += gap)
            for (double px = x0 + gap / 2; px < x + w + gap; px += gap) {
                cairo_new_sub_path(cr);
                cairo_arc(cr, px, py, lw * 1.6, 0, 2 * M_PI);
            }
        cairo_fill(cr);
    } else {
        int diagonal = pattern == PATTERN_DIAGONAL || pattern == PATTERN_CROSS;
        int back = pattern == PATTERN_BACK_DIAGONAL || pattern == PATTERN_CROSS;
        for (double t = -reach - gap; t < reach + gap; t += gap) {
            if (diagonal) { /* rising to the right */
                cairo_move_to(cr, x0 + t, y + h);
                cairo_line_to(cr, x0 + t + h, y);
            }
            if (back) {
                cairo_move_to(cr, x0 + t, y);
                cairo_line_to(cr, x0 + t + h, y + h);
            }
        }
        if (pattern == PATTERN_HORIZONTAL)
            for (double py = y0; py < y + h + gap; py += gap) {
                cairo_move_to(cr, x, py);
                cairo_line_to(cr, x + w, py);
            }
        if (pattern == PATTERN_VERTICAL)
            for (double px = x0; px < x + w + gap; px += gap) {
                cairo_move_to(cr, px, y);
                cairo_line_to(cr, px, y + h);
            }
        cairo_stroke(cr);
    }
    cairo_restore(cr);
}

/* A value label on a hatched segment gets a patch of the plain fill behind it, so the hatching
 * does not cross the digits. */
static void paint_label_patch(cairo_t *cr, const Text *t, Rgb fill, double pad)
{
    if (!t->layout)
        return;
    set_rgb(cr, fill);
    rounded_rect(cr, t->x - pad, t->y, t->w + 2 * pad, t->h, pad);
    cairo_fill(cr);
}

static void paint_bar_chart(const Diagram *d, cairo_t *cr)
{
    double fs = d->font_size;
    paint_text(cr, &d->title, d->color);
    /* Grid lines at the ticks, then the bars, then the baseline over them. */
    cairo_set_line_width(cr, 0.5);
    for (size_t i = 1; i < d->n_ticks && !d->grid_color.none; i++) {
        double f = d->tick_values[i] / d->scale_top;
        set_rgb(cr, d->grid_color);
        if (d->horizontal) {
            double x = d->plot_x + d->plot_w * f;
            cairo_move_to(cr, x, d->plot_y);
            cairo_line_to(cr, x, d->plot_y + d->plot_h);
        } else {
            double y = d->plot_y + d->plot_h - d->plot_h * f;
            cairo_move_to(cr, d->plot_x, y);
            cairo_line_to(cr, d->plot_x + d->plot_w, y);
        }
        cairo_stroke(cr);
    }
    for (size_t i = 0; i < d->n_bars; i++) {
        const Bar *b = &d->bars[i];
        Rgb fill = d->series[b->series].fill;
        Pattern pattern = d->series[b->series].pattern;
        set_rgb(cr, fill);
        cairo_rectangle(cr, b->x, b->y, b->w, b->h);
        cairo_fill(cr);
        paint_pattern(d, cr, pattern, fill, b->x, b->y, b->w, b->h);
        if (d->stacked && pattern != PATTERN_NONE)
            paint_label_patch(cr, &b->label, fill, d->font_size * 0.15);
        if (d->stacked) { /* a white hairline separates stacked segments */
            cairo_set_source_rgb(cr, 1, 1, 1);
            cairo_set_line_width(cr, 0.5);
            cairo_rectangle(cr, b->x, b->y, b->w, b->h);
            cairo_stroke(cr);
        }
        Rgb ink = d->stacked && luminance(fill) < 0.55 ? rgb_hex(0xFFFFFF) : d->color;
        paint_text(cr, &b->label, ink);
    }
    set_rgb(cr, d->axis_color);
    cairo_set_line_width(cr, 0.75);
    if (d->horizontal) {
        cairo_move_to(cr, d->plot_x, d->plot_y);
        cairo_line_to(cr, d->plot_x, d->plot_y + d->plot_h);
    } else {
        cairo_move_to(cr, d->plot_x, d->plot_y + d->plot_h);
        cairo_line_to(cr, d->plot_x + d->plot_w, d->plot_y + d->plot_h);
    }
    cairo_stroke(cr);
    Rgb muted = rgb_hex(0x404040);
    for (size_t i = 0; i < d->n_ticks; i++)
        paint_text(cr, &d->ticks[i], muted);
    for (size_t i = 0; i < d->n_categories; i++) {
        paint_text(cr, &d->categories[i].label, d->color);
        paint_text(cr, &d->categories[i].total, d->color);
    }
    if (d->axis_label.layout) {
        if (d->horizontal) {
            paint_text(cr, &d->axis_label, muted);
        } else {
            cairo_save(cr);
            cairo_translate(cr, d->axis_label.x, d->axis_label.y);
            cairo_rotate(cr, -M_PI / 2);
            set_rgb(cr, muted);
            cairo_move_to(cr, 0, 0);
            pango_cairo_show_layout(cr, d->axis_label.layout);
            cairo_restore(cr);
        }
    }
    for (size_t k = 0; k < d->n_series; k++) {
        const Series *se = &d->series[k];
        double sw = fs * 0.9;
        set_rgb(cr, se->fill);
        cairo_rectangle(cr, se->swatch_x, se->swatch_y, sw, sw);
        cairo_fill(cr);
        paint_pattern(d, cr, se->pattern, se->fill, se->swatch_x, se->swatch_y, sw, sw);
        paint_text(cr, &se->name, d->color);
    }
    paint_text(cr, &d->note, d->color);
}

void diagram_paint(const Diagram *d, cairo_t *cr, double x, double y)
{
    if (!d || !d->laid_out)
        return;
    cairo_save(cr);
    cairo_translate(cr, x, y);
    cairo_new_path(cr);
    if (d->kind == DIAGRAM_CHANGE_THEORY)
        paint_change_theory(d, cr);
    else
        paint_bar_chart(d, cr);
    cairo_restore(cr);
}

/* ---------------------------------------------------------------- description */

/* Appends text, then a full stop unless it already ends a sentence. */
static void buf_sentence(Buffer *b, const char *text)
{
    size_t n = strlen(text);
    buf_append(b, text, n);
    if (n && !strchr(".!?:", text[n - 1]))
        buf_append(b, ".", 1);
}

static const char *const count_words[] = {"nul", "én", "to", "tre", "fire", "fem"};

char *diagram_describe(const Diagram *d)
{
    Buffer b = {0};
    if (d->title.text) {
        buf_sentence(&b, d->title.text);
        buf_append(&b, " ", 1);
    }
    if (d->kind == DIAGRAM_CHANGE_THEORY) {
        buf_printf(&b, "Forandringsteori i %s kolonner, der læses fra venstre mod højre.",
                   d->n_columns < 6 ? count_words[d->n_columns] : "flere");
        for (size_t i = 0; i < d->n_columns; i++) {
            const Column *col = &d->columns[i];
            buf_printf(&b, " %s: ", col->heading.text);
            for (size_t j = 0; j < col->n_boxes; j++) {
                if (j)
                    buf_append(&b, "; ", 2);
                const char *t = col->boxes[j].text.text;
                size_t n = strlen(t);
                buf_append(&b, t, n && t[n - 1] == '.' ? n - 1 : n);
            }
            buf_append(&b, ".", 1);
        }
        for (size_t i = 0; i < d->n_links; i++)
            buf_printf(&b, " Pil fra »%s« til »%s«.", d->links[i].a->text.text, d->links[i].b->text.text);
    } else {
        int dec = value_decimals(d);
        buf_printf(&b, "Søjlediagram (%s) med %zu kategorier og %zu serier.",
                   d->stacked ? "stablede søjler" : "grupperede søjler", d->n_categories, d->n_series);
        if (d->axis_label.text)
            buf_printf(&b, " Akse: %s.", d->axis_label.text);
        for (size_t i = 0; i < d->n_categories; i++) {
            const Category *c = &d->categories[i];
            buf_printf(&b, " %s: ", c->label.text);
            for (size_t k = 0; k < d->n_series; k++) {
                char num[96];
                format_number(c->values[k], dec, d->unit, num, sizeof num);
                buf_printf(&b, "%s%s %s", k ? ", " : "", d->series[k].name.text, num);
            }
            buf_append(&b, ".", 1);
        }
    }
    if (d->note.text) {
        buf_append(&b, " ", 1);
        buf_sentence(&b, d->note.text);
    }
    if (b.failed) {
        free(b.data);
        return NULL;
    }
    if (!b.data)
        return strdup("");
    return b.data;
}

/* ---------------------------------------------------------------- SVG */

static cairo_status_t svg_write(void *closure, const unsigned char *data, unsigned int length)
{
    Buffer *b = closure;
    buf_append(b, (const char *)data, length);
    return b->failed ? CAIRO_STATUS_WRITE_ERROR : CAIRO_STATUS_SUCCESS;
}

static void buf_escaped(Buffer *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': buf_append(b, "&lt;", 4); break;
        case '>': buf_append(b, "&gt;", 4); break;
        case '&': buf_append(b, "&amp;", 5); break;
        case '"': buf_append(b, "&quot;", 6); break;
        default: buf_append(b, s, 1);
        }
    }
}

/* Prefixes every id cairo wrote (id="glyph0-1", href="#glyph0-1", url(#clip1)) with prefix,
 * and puts <title> and <desc> first in the root element. */
static void svg_finish(Buffer *out, const char *svg, size_t len, const char *prefix,
                       const char *title, const char *desc)
{
    static const char *const markers[] = {"id=\"", "href=\"#", "url(#"};
    const char *root = strstr(svg, "<svg");
    const char *root_end = root ? strchr(root, '>') : NULL;
    size_t i = 0;
    while (i < len) {
        if (root_end && svg + i == root_end + 1) {
            buf_append(out, "\n<title>", 8);
            buf_escaped(out, title);
            buf_append(out, "</title>\n<desc>", 15);
            buf_escaped(out, desc);
            buf_append(out, "</desc>", 7);
        }
        size_t m = 0, mlen = 0;
        for (; m < 3; m++) {
            mlen = strlen(markers[m]);
            if (i + mlen <= len && memcmp(svg + i, markers[m], mlen) == 0)
                break;
        }
        if (m < 3) {
            buf_append(out, svg + i, mlen);
            buf_append(out, prefix, strlen(prefix));
            i += mlen;
        } else {
            buf_append(out, svg + i, 1);
            i++;
        }
    }
}

/* cairo numbers surfaces with a process-wide counter (<g id="surface6">): renumber them in
 * order of appearance so that the same diagram gives the same bytes in any process. */
static void svg_renumber_surfaces(Buffer *out, const char *svg, size_t len)
{
    enum { MAX_SEEN = 64 };
    unsigned long seen[MAX_SEEN];
    size_t n_seen = 0, i = 0;
    while (i < len) {
        int after_ref = i > 0 && (svg[i - 1] == '#' || svg[i - 1] == '"');
        if (after_ref && i + 7 < len && memcmp(svg + i, "surface", 7) == 0 && svg[i + 7] >= '0' &&
            svg[i + 7] <= '9') {
            char *end;
            unsigned long id = strtoul(svg + i + 7, &end, 10);
            size_t k = 0;
            while (k < n_seen && seen[k] != id)
                k++;
            if (k == n_seen && n_seen < MAX_SEEN)
                seen[n_seen++] = id;
            if (k < MAX_SEEN) {
                buf_printf(out, "surface%zu", k + 1);
                i = (size_t)(end - svg);
                continue;
            }
        }
        buf_append(out, svg + i, 1);
        i++;
    }
}

static PangoContext *svg_context(void)
{
    PangoFontMap *map = fonts_font_map();
    if (!map)
        return NULL;
    PangoContext *ctx = pango_font_map_create_context(map);
    cairo_font_options_t *opts = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(opts, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(opts, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(ctx, opts);
    cairo_font_options_destroy(opts);
    pango_context_set_round_glyph_positions(ctx, FALSE);
    return ctx;
}

int diagram_render_svg(xmlNodePtr root, const char *file, double width_pt, char **svg,
                       size_t *svg_len)
{
    int rc = -1;
    Diagram *d = NULL;
    PangoContext *ctx = NULL;
    cairo_surface_t *surface = NULL;
    Buffer raw = {0}, stable = {0}, out = {0};
    char *desc = NULL;
    *svg = NULL;
    *svg_len = 0;
    if (!(d = diagram_parse(root, file)))
        goto cleanup;
    if (!(ctx = svg_context())) {
        diag_environment("diagrams need fonts: fonts_init was not called");
        goto cleanup;
    }
    if (diagram_layout(d, ctx, width_pt) < 0)
        goto cleanup;
    surface = cairo_svg_surface_create_for_stream(svg_write, &raw, diagram_width(d), diagram_height(d));
    cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1);
    cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT);
    cairo_t *cr = cairo_create(surface);
    diagram_paint(d, cr, 0, 0);
    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status(surface);
    if (status != CAIRO_STATUS_SUCCESS || raw.failed || !raw.data) {
        diag_environment("cannot render the diagram of %s:%ld to SVG: %s", d->file ? d->file : "frisk",
                         d->line, cairo_status_to_string(status));
        goto cleanup;
    }
    svg_renumber_surfaces(&stable, raw.data, raw.len);
    if (stable.failed)
        goto cleanup;
    /* FNV-1a of the content: a stable id prefix that differs between diagrams. */
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < stable.len; i++)
        h = (h ^ (unsigned char)stable.data[i]) * 16777619u;
    char prefix[16];
    snprintf(prefix, sizeof prefix, "d%08x-", (unsigned)h);
    if (!(desc = diagram_describe(d)))
        goto cleanup;
    svg_finish(&out, stable.data, stable.len, prefix, d->title.text ? d->title.text : desc, desc);
    if (out.failed)
        goto cleanup;
    *svg = out.data;
    *svg_len = out.len;
    out.data = NULL;
    rc = 0;
cleanup:
    if (surface)
        cairo_surface_destroy(surface);
    if (ctx)
        g_object_unref(ctx);
    diagram_free(d);
    free(raw.data);
    free(stable.data);
    free(out.data);
    free(desc);
    return rc;
}
