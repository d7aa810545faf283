/* fo_tree — reads a libxml2 FO document into the FO tree (fo.h).
 *
 * Takes: the FO document. Gives: FoNodes with parsed properties, shorthands expanded
 * (margin, padding, border, border-*, relative sides before/after/start/end, .optimum and
 * .within-page components), every object and property outside the subset reported at its line.
 * Checking everything here is what lets the typesetter assume a well-formed subset.
 */
#include "fo.h"
#include "fo_expr.h"
#include "fo_shorthand.h"

#include "shared/i18n.h"
#include "shared/diag.h"
#include "shared/load.h"

#include <glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    FoTree *tree;
    int errors;
    GHashTable *tags; /* the distinct start-tag names, copied into the tree's arena */
    int right_to_left; /* sides: the node being read is in writing-mode rl-tb (start: right) */
} Builder;

static void node_error(Builder *b, FoNode *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void node_error(Builder *b, FoNode *node, const char *fmt, ...)
{
    char message[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, _(fmt), ap); /* the author's language (i18n.h) */
    va_end(ap);
    fo_error(b->tree, node, "%s", message);
    b->errors++;
}

/* ---- properties ----------------------------------------------------------------------------- */

static void set_prop(Builder *b, FoNode *node, FoPropId id, const FoValue *value)
{
    for (FoProp *p = node->props; p; p = p->next)
        if (p->id == id) {
            p->value = *value;
            return;
        }
    FoProp *p = fo_arena_alloc(b->tree->arena, sizeof *p);
    p->id = id;
    p->value = *value;
    p->next = node->props;
    node->props = p;
}

/* Is text the keyword "inherit" (white space around it allowed)? */
static int is_inherit(const char *text)
{
    while (*text == ' ' || *text == '\t' || *text == '\n' || *text == '\r')
        text++;
    if (strncmp(text, "inherit", 7) != 0)
        return 0;
    for (text += 7; *text; text++)
        if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r')
            return 0;
    return 1;
}

/* Parses text as the value of property id on node: "inherit", a plain value, or an expression.
 * 0, or -1 with *why set when the expression gave a reason. */
static int parse_at(Builder *b, FoNode *node, FoPropId id, const char *text, FoValue *v,
                    const char **why)
{
    *why = NULL;
    if (is_inherit(text)) {
        /* the parent's computed value, for any property (XSL 5.1.4); FV_UNSET: the initial */
        *v = fo_expr_computed(node->parent, id);
        return 0;
    }
    if (fo_prop_parse(id, text, b->tree->arena, v) == 0)
        return 0;
    return fo_expr_eval(text, node, id, v, why) == 0 && fo_prop_accept(id, v) == 0 ? 0 : -1;
}

static int parse_and_set(Builder *b, FoNode *node, const char *attr, FoPropId id, const char *text)
{
    FoValue v;
    const char *why;
    if (parse_at(b, node, id, text, &v, &why) != 0) {
        if (why)
            node_error(b, node, "invalid value '%s' for property '%s' on fo:%s: %s", text, attr,
                       fo_type_name(node->type), _(why));
        else
            node_error(b, node, "invalid value '%s' for property '%s' on fo:%s", text, attr,
                       fo_type_name(node->type));
        return -1;
    }
    if (v.kind != FV_UNSET)
        set_prop(b, node, id, &v);
    return 0;
}

/* A shorthand's expansion (fo_shorthand.h) sets each property silently: the shorthand as
 * written is what an error names. */
typedef struct { Builder *b; FoNode *node; } ShorthandTarget;

static int set_from_shorthand(void *ctx, FoPropId id, const char *text)
{
    ShorthandTarget *t = ctx;
    FoValue v;
    const char *why;
    if (parse_at(t->b, t->node, id, text, &v, &why) != 0)
        return -1;
    if (v.kind != FV_UNSET)
        set_prop(t->b, t->node, id, &v);
    return 0;
}

static void expand_shorthand(Builder *b, FoNode *node, const char *name, const char *value)
{
    ShorthandTarget t = {b, node};
    if (fo_shorthand(node->type, name, value, set_from_shorthand, &t) != 0)
        node_error(b, node, "invalid value '%s' for property '%s' on fo:%s", value, name,
                   fo_type_name(node->type));
}

static const char *const side_names[4] = {"top", "right", "bottom", "left"};

/* The absolute side of a relative one; in rl-tb start is the right and end the left. */
static const char *absolute_side(const char *side, int right_to_left)
{
    if (right_to_left && (strcmp(side, "start") == 0 || strcmp(side, "end") == 0))
        return side[0] == 's' ? "right" : "left";
    static const char *const map[][2] = {
        {"before", "top"}, {"after", "bottom"}, {"start", "left"}, {"end", "right"},
        {"top", "top"},    {"bottom", "bottom"}, {"left", "left"}, {"right", "right"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(side, map[i][0]) == 0)
            return map[i][1];
    return NULL;
}

/* Splits text at white space into at most max tokens (copied into buf). Returns the count, or
 * -1 for too many. */
static int split_tokens(const char *text, char *buf, size_t size, char **tokens, int max)
{
    snprintf(buf, size, "%s", text);
    int n = 0;
    for (char *save = NULL, *t = strtok_r(buf, " \t\r\n", &save); t;
         t = strtok_r(NULL, " \t\r\n", &save)) {
        if (n == max)
            return -1;
        tokens[n++] = t;
    }
    return n;
}

/* margin / padding / border-width / border-style / border-color: 1 to 4 values. */
static void set_four(Builder *b, FoNode *node, const char *attr, const char *prefix,
                     const char *suffix, const char *text)
{
    char buf[512], *tok[4];
    int n = split_tokens(text, buf, sizeof buf, tok, 4);
    if (n <= 0) {
        node_error(b, node, "invalid value '%s' for property '%s' on fo:%s", text, attr,
                   fo_type_name(node->type));
        return;
    }
    /* top right bottom left, CSS order */
    const char *vals[4] = {tok[0], n > 1 ? tok[1] : tok[0], n > 2 ? tok[2] : tok[0],
                           n > 3 ? tok[3] : (n > 1 ? tok[1] : tok[0])};
    for (int i = 0; i < 4; i++) {
        char name[64];
        snprintf(name, sizeof name, "%s-%s%s", prefix, side_names[i], suffix);
        int id = fo_prop_lookup(name);
        FRISK_ASSERT(id >= 0);
        if (parse_and_set(b, node, attr, (FoPropId)id, vals[i]) != 0)
            return;
    }
}

/* border / border-<side>: width, style and colour in any order. */
static void set_border(Builder *b, FoNode *node, const char *attr, const char *side,
                       const char *text)
{
    char buf[512], *tok[3];
    int n = split_tokens(text, buf, sizeof buf, tok, 3);
    FoValue width = {0}, style = {0}, colour = {0};
    int have_w = 0, have_s = 0, have_c = 0, bad = n <= 0;
    for (int i = 0; i < n && !bad; i++) {
        if (!have_s && fo_prop_parse(P_BORDER_TOP_STYLE, tok[i], NULL, &style) == 0)
            have_s = 1;
        else if (!have_w && fo_prop_parse(P_BORDER_TOP_WIDTH, tok[i], NULL, &width) == 0)
            have_w = 1;
        else if (!have_c && fo_prop_parse(P_BORDER_TOP_COLOR, tok[i], NULL, &colour) == 0)
            have_c = 1;
        else
            bad = 1;
    }
    if (bad) {
        node_error(b, node, "invalid value '%s' for property '%s' on fo:%s", text, attr,
                   fo_type_name(node->type));
        return;
    }
    /* the shorthand resets what it does not name to the initial values */
    if (!have_w)
        fo_prop_parse(P_BORDER_TOP_WIDTH, "medium", NULL, &width);
    if (!have_s)
        fo_prop_parse(P_BORDER_TOP_STYLE, "none", NULL, &style);
    if (!have_c)
        fo_prop_parse(P_BORDER_TOP_COLOR, "black", NULL, &colour);
    for (int i = 0; i < 4; i++) {
        if (side && strcmp(side, side_names[i]) != 0)
            continue;
        set_prop(b, node, (FoPropId)(P_BORDER_TOP_WIDTH + (i == 0 ? 0 : i == 1 ? 3 : i == 2 ? 1 : 2)), &width);
        set_prop(b, node, (FoPropId)(P_BORDER_TOP_STYLE + (i == 0 ? 0 : i == 1 ? 3 : i == 2 ? 1 : 2)), &style);
        set_prop(b, node, (FoPropId)(P_BORDER_TOP_COLOR + (i == 0 ? 0 : i == 1 ? 3 : i == 2 ? 1 : 2)), &colour);
    }
}

/* Components accepted and ignored: frisk uses the optimum of spaces and leaders only. */
static int ignored_component(const char *name)
{
    static const char *const suffixes[] = {".minimum", ".maximum", ".conditionality",
                                           ".precedence", ".within-line"};
    const char *dot = strchr(name, '.');
    if (!dot)
        return 0;
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
        if (strcmp(dot, suffixes[i]) == 0)
            return 1;
    return 0;
}

/* compliance (issue 20): inline-progression-dimension and block-progression-dimension (and
 * their .optimum) are width and height, as in a left-to-right page (XSL 7.15: the corresponding
 * properties). A row's height is already a minimum (typeset_galley.c), so on fo:table-row the
 * .minimum and min-height are its height too, as DocBook writes a row's height; elsewhere a
 * minimum or maximum stays outside the subset. */
static void progression_alias(FoType type, char *canon, size_t size)
{
    static const char *const widths[] = {"inline-progression-dimension",
                                         "inline-progression-dimension.optimum", NULL};
    static const char *const heights[] = {"block-progression-dimension",
                                          "block-progression-dimension.optimum", NULL};
    static const char *const row_heights[] = {"block-progression-dimension.minimum",
                                              "min-height", NULL};
    for (const char *const *w = widths; *w; w++)
        if (strcmp(canon, *w) == 0)
            snprintf(canon, size, "width");
    for (const char *const *h = heights; *h; h++)
        if (strcmp(canon, *h) == 0)
            snprintf(canon, size, "height");
    for (const char *const *h = row_heights; *h && type == FO_TABLE_ROW; h++)
        if (strcmp(canon, *h) == 0)
            snprintf(canon, size, "height");
    /* tables2: elsewhere the limits are min-height, max-height, min-width and max-width */
    static const char *const limits[][2] = {
        {"block-progression-dimension.minimum", "min-height"},
        {"block-progression-dimension.maximum", "max-height"},
        {"inline-progression-dimension.minimum", "min-width"},
        {"inline-progression-dimension.maximum", "max-width"}};
    for (size_t i = 0; i < sizeof limits / sizeof limits[0]; i++)
        if (strcmp(canon, limits[i][0]) == 0)
            snprintf(canon, size, "%s", limits[i][1]);
}

/* The pass that sets the font size, before every other (see read_attributes). */
#define PASS_FONT (-1)

/* Handles one property attribute. pass 0 takes the shorthands, pass 1 the rest, so that a
 * specific property wins over a shorthand whatever their order; font and font-size come in a
 * pass of their own before both, so that an expression's em (fo_expr.c) meets the object's own
 * font size. */
static void set_attribute(Builder *b, FoNode *node, const char *name, const char *value, int pass)
{
    char canon[128];
    snprintf(canon, sizeof canon, "%s", name);
    int font = strcmp(canon, "font") == 0 || strcmp(canon, "font-size") == 0;
    if (font != (pass == PASS_FONT))
        return;
    if (font) {
        if (canon[4] == '\0')
            expand_shorthand(b, node, name, value);
        else
            parse_and_set(b, node, name, P_FONT_SIZE, value);
        return;
    }

    /* shorthands */
    if (strcmp(canon, "margin") == 0 || strcmp(canon, "padding") == 0) {
        if (pass == 0)
            set_four(b, node, name, canon, "", value);
        return;
    }
    if (strcmp(canon, "border-width") == 0 || strcmp(canon, "border-style") == 0 ||
        strcmp(canon, "border-color") == 0) {
        if (pass == 0)
            set_four(b, node, name, "border", canon + 6, value);
        return;
    }
    if (strcmp(canon, "border") == 0) {
        if (pass == 0)
            set_border(b, node, name, NULL, value);
        return;
    }
    if (strncmp(canon, "border-", 7) == 0 && absolute_side(canon + 7, 0)) {
        if (pass == 0)
            set_border(b, node, name, absolute_side(canon + 7, b->right_to_left), value);
        return;
    }
    if (fo_is_shorthand(canon)) {
        if (pass == 0)
            expand_shorthand(b, node, name, value);
        return;
    }
    if (pass == 0)
        return;

    progression_alias(node->type, canon, sizeof canon);
    /* components: X.optimum is X; keep-*.within-page/-column is the keep */
    if (ignored_component(canon))
        goto known_or_error;
    char *dot = strchr(canon, '.');
    if (dot && (strcmp(dot, ".optimum") == 0 || strcmp(dot, ".length") == 0 ||
                (strncmp(canon, "keep-", 5) == 0 &&
                 (strcmp(dot, ".within-page") == 0 || strcmp(dot, ".within-column") == 0))))
        *dot = '\0';

    /* relative sides: padding-before, border-start-width, ... */
    {
        const char *groups[] = {"padding-", "margin-", "border-"};
        for (size_t g = 0; g < 3; g++) {
            size_t glen = strlen(groups[g]);
            if (strncmp(canon, groups[g], glen) != 0)
                continue;
            char side[32];
            const char *rest = canon + glen;
            const char *dash = strchr(rest, '-');
            size_t slen = dash ? (size_t)(dash - rest) : strlen(rest);
            if (slen >= sizeof side)
                break;
            memcpy(side, rest, slen);
            side[slen] = '\0';
            const char *abs = absolute_side(side, b->right_to_left);
            if (abs && !(g == 1 && strcmp(side, abs) != 0)) { /* no margin-before in XSL */
                char mapped[128];
                snprintf(mapped, sizeof mapped, "%s%s%s", groups[g], abs, dash ? dash : "");
                snprintf(canon, sizeof canon, "%s", mapped);
            }
            break;
        }
    }
    int id = fo_prop_lookup(canon);
    if (id >= 0) {
        parse_and_set(b, node, name, (FoPropId)id, value);
        return;
    }
known_or_error:
    if (ignored_component(canon)) {
        char base[128];
        snprintf(base, sizeof base, "%s", canon);
        *strchr(base, '.') = '\0';
        const char *known[] = {"space-before", "space-after", "leader-length", "keep-together",
                               "keep-with-next", "keep-with-previous", "padding-before",
                               "padding-after", "padding-start", "padding-end",
                               "border-before-width", "border-after-width",
                               "border-start-width", "border-end-width", "padding-top",
                               "padding-bottom", "border-top-width", "border-bottom-width"};
        for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
            if (strcmp(base, known[i]) == 0)
                return;
    }
    node_error(b, node, "property '%s' on fo:%s is outside frisk's FO subset", name,
               fo_type_name(node->type));
}

/* sides: does node's padding-start and border-start stand at the right? As FOP has it, a
 * border or padding follows the writing-mode of the object itself: its own writing-mode
 * attribute (read here, before its properties are), else the one it inherits. */
static int writing_right_to_left(const FoNode *node, xmlNodePtr xml)
{
    xmlChar *own = xmlGetNoNsProp(xml, (const xmlChar *)"writing-mode");
    int rl = own ? strncmp((const char *)own, "rl", 2) == 0 : 0;
    const FoNode *from = NULL;
    const FoValue *v = !own && node->parent ? fo_get(node->parent, P_WRITING_MODE, &from) : NULL;
    /* a page-sequence's rl-tb mirrors its regions whole (typeset_pages.c): what is inside is
     * set as left to right, its start at the left, and turned over with the page */
    if (v && v->kind == FV_KEYWORD && from && from->type != FO_PAGE_SEQUENCE && from->type != FO_ROOT)
        rl = v->keyword == K_RL_TB || v->keyword == K_RL;
    xmlFree(own);
    return rl;
}

static void read_attributes(Builder *b, FoNode *node, xmlNodePtr xml)
{
    /* the font shorthand, then font-size (so that it wins), then the rest */
    for (const char *font = "font"; font; font = font[4] ? NULL : "font-size") {
        xmlChar *value = xmlGetNoNsProp(xml, (const xmlChar *)font);
        if (value)
            set_attribute(b, node, font, (const char *)value, PASS_FONT);
        xmlFree(value);
    }
    node->font_size = 0; /* computed again when asked, now that it is set */
    b->right_to_left = writing_right_to_left(node, xml);
    for (int pass = 0; pass < 2; pass++) {
        for (xmlAttrPtr a = xml->properties; a; a = a->next) {
            xmlChar *value = xmlNodeListGetString(xml->doc, a->children, 1);
            const char *v = value ? (const char *)value : "";
            const char *name = (const char *)a->name;
            if (!a->ns) {
                set_attribute(b, node, name, v, pass);
            } else if (pass == 0 && xmlStrEqual(a->ns->href, XML_XML_NAMESPACE) &&
                       strcmp(name, "space") == 0) {
                expand_shorthand(b, node, "xml:space", v);
            } else if (pass == 1 && xmlStrEqual(a->ns->href, XML_XML_NAMESPACE) &&
                       strcmp(name, "lang") == 0) {
                /* xml:lang is language and country at once (XSL 7.31.24): "en" has none */
                const char *dash = strchr(v, '-');
                parse_and_set(b, node, "xml:lang", P_LANGUAGE, v);
                parse_and_set(b, node, "xml:lang", P_COUNTRY, dash && dash[1] ? dash + 1 : "none");
            } else if (pass == 1 && xmlStrEqual(a->ns->href, (const xmlChar *)FOX_NS) &&
                       (strcmp(name, "alt-text") == 0 || strcmp(name, "header") == 0)) {
                /* Apache FOP's accessibility extensions, for tagged PDF (typeset_struct.c) */
                parse_and_set(b, node, name[0] == 'a' ? "fox:alt-text" : "fox:header",
                              name[0] == 'a' ? P_FOX_ALT_TEXT : P_FOX_HEADER, v);
            } else if (pass == 1 && xmlStrEqual(a->ns->href, (const xmlChar *)FO_NS)) {
                node_error(b, node, "attribute fo:%s on fo:%s: properties take no namespace", name,
                           fo_type_name(node->type));
            } else if (pass == 1 && node->type == FO_ROOT &&
                       xmlStrEqual(a->ns->href, (const xmlChar *)FRISK_FO_NS)) {
                const char **slot = strcmp(name, "title") == 0      ? &b->tree->title
                                    : strcmp(name, "author") == 0   ? &b->tree->author
                                    : strcmp(name, "subject") == 0  ? &b->tree->subject
                                    : strcmp(name, "keywords") == 0 ? &b->tree->keywords
                                    : strcmp(name, "creation-date") == 0 ? &b->tree->creation_date
                                                                         : NULL;
                if (slot)
                    *slot = fo_arena_strndup(b->tree->arena, v, strlen(v));
                else
                    node_error(b, node, "unknown document property frisk:%s on fo:root", name);
            }
            /* other namespaces: XSL allows foreign attributes; they carry nothing for us */
            if (value)
                xmlFree(value);
        }
    }
}

/* ---- objects -------------------------------------------------------------------------------- */

static FoType object_type(const char *name)
{
    for (int t = 0; t < FO_TEXT; t++)
        if (strcmp(fo_type_name((FoType)t), name) == 0)
            return (FoType)t;
    return FO_N_TYPES;
}

/* Objects whose content may hold text. */
static int takes_text(FoType type)
{
    switch (type) {
    case FO_BLOCK: case FO_INLINE: case FO_WRAPPER: case FO_BASIC_LINK: case FO_LEADER:
    case FO_MARKER: case FO_BOOKMARK_TITLE: case FO_FOOTNOTE_BODY: /* only white space */
        return 1;
    default:
        return 0;
    }
}

static int all_space(const xmlChar *s)
{
    for (; s && *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
            return 0;
    return 1;
}

/* "prefix:name" of an element as its start tag writes it; one copy per distinct tag. */
static const char *tag_of(Builder *b, xmlNodePtr xml)
{
    if (!xml)
        return NULL;
    char tag[256];
    load_tag_name(xml, tag, sizeof tag);
    const char *known = g_hash_table_lookup(b->tags, tag);
    if (!known) {
        known = fo_arena_strndup(b->tree->arena, tag, strlen(tag));
        g_hash_table_insert(b->tags, (gpointer)known, (gpointer)known);
    }
    return known;
}

static FoNode *new_node(Builder *b, FoNode *parent, FoType type, xmlNodePtr xml)
{
    FoNode *node = fo_arena_alloc(b->tree->arena, sizeof *node);
    node->type = type;
    node->parent = parent;
    node->tag = tag_of(b, xml);
    node->line = xml ? xmlGetLineNo(xml) : (parent ? parent->line : 0);
    if (node->line < 0)
        node->line = parent ? parent->line : 0;
    node->serial = b->tree->node_count++;
    if (parent) {
        if (parent->last)
            parent->last->next = node;
        else
            parent->first = node;
        parent->last = node;
    }
    return node;
}

static void read_children(Builder *b, FoNode *parent, xmlNodePtr xml);
static void read_element(Builder *b, FoNode *parent, xmlNodePtr xml);

/* ---- values (issue 20): the simple objects, read as what frisk sets ------------------------- */

static int is_fo(xmlNodePtr xml, const char *name)
{
    return xml->type == XML_ELEMENT_NODE && xml->ns &&
           xmlStrEqual(xml->ns->href, (const xmlChar *)FO_NS) &&
           xmlStrEqual(xml->name, (const xmlChar *)name);
}

/* Reads the one attribute id of an object whose other properties frisk does not use. */
static void read_id(Builder *b, FoNode *node, xmlNodePtr xml)
{
    xmlChar *id = xmlGetNoNsProp(xml, (const xmlChar *)"id");
    if (id)
        parse_and_set(b, node, "id", P_ID, (const char *)id);
    xmlFree(id);
}

/* fo:multi-switch as FOP renders it statically: the fo:multi-case whose starting-state is show,
 * else the first, as a wrapper of its content. */
static void read_multi_switch(Builder *b, FoNode *parent, xmlNodePtr xml)
{
    FoNode *node = new_node(b, parent, FO_WRAPPER, xml);
    read_id(b, node, xml);
    xmlNodePtr chosen = NULL, first = NULL;
    for (xmlNodePtr c = xml->children; c && !chosen; c = c->next) {
        if (!is_fo(c, "multi-case"))
            continue;
        if (!first)
            first = c;
        xmlChar *state = xmlGetNoNsProp(c, (const xmlChar *)"starting-state");
        if (!state || xmlStrEqual(state, (const xmlChar *)"show")) /* show is the initial */
            chosen = c;
        xmlFree(state);
    }
    if (!chosen)
        chosen = first;
    if (!chosen)
        return;
    FoNode *kase = new_node(b, node, FO_WRAPPER, chosen);
    read_id(b, kase, chosen);
    read_children(b, kase, chosen);
}

/* Reads the objects FOP accepts that frisk maps onto its own (docs/typesetter.md, "Values and
 * simple objects"). Returns 1 when xml was one of them. */
static int read_simple_object(Builder *b, FoNode *parent, xmlNodePtr xml)
{
    const char *name = (const char *)xml->name;
    /* declarations and their colour profiles say nothing frisk draws: an rgb-icc() colour falls
     * back to its sRGB part */
    if (strcmp(name, "declarations") == 0 || strcmp(name, "color-profile") == 0 ||
        strcmp(name, "multi-property-set") == 0)
        return 1;
    /* compliance (issue 20): fo:title names a page-sequence for a viewer's window; FOP prints
     * nothing of it, nor does frisk (a PDF's title is frisk:title on fo:root) */
    if (strcmp(name, "title") == 0 && parent && parent->type == FO_PAGE_SEQUENCE)
        return 1;
    if (strcmp(name, "initial-property-set") == 0) {
        FoNode where = {.line = xmlGetLineNo(xml), .tag = tag_of(b, xml)};
        fo_warning(b->tree, &where, "fo:%s is ignored: frisk gives the first line no style of "
                   "its own", name);
        return 1;
    }
    if (strcmp(name, "multi-switch") == 0) {
        read_multi_switch(b, parent, xml);
        return 1;
    }
    if (strcmp(name, "character") == 0) {
        FoNode *node = new_node(b, parent, FO_INLINE, xml);
        read_attributes(b, node, xml);
        const char *c = fo_get(node, P_CHARACTER, NULL) ? fo_string(node, P_CHARACTER) : NULL;
        if (!c) {
            node_error(b, node, "fo:character needs a character property");
            return 1;
        }
        FoNode *t = new_node(b, node, FO_TEXT, NULL);
        t->text = c;
        t->text_len = strlen(c);
        return 1;
    }
    int bidi = strcmp(name, "bidi-override") == 0;
    if (bidi || strcmp(name, "multi-case") == 0 || strcmp(name, "multi-toggle") == 0 ||
        strcmp(name, "multi-properties") == 0) {
        /* their content, as an inline (bidi-override) or a wrapper (the rest) */
        FoNode *node = new_node(b, parent, bidi ? FO_INLINE : FO_WRAPPER, xml);
        if (bidi)
            read_attributes(b, node, xml);
        else
            read_id(b, node, xml);
        if (bidi) {
            FoValue override = {.kind = FV_STRING, .str = "bidi-override"};
            set_prop(b, node, P_UNICODE_BIDI, &override);
        }
        read_children(b, node, xml);
        return 1;
    }
    return 0;
}

static void read_element(Builder *b, FoNode *parent, xmlNodePtr xml)
{
    const char *name = (const char *)xml->name;
    int in_fo = xml->ns && xmlStrEqual(xml->ns->href, (const xmlChar *)FO_NS);
    if (in_fo && read_simple_object(b, parent, xml))
        return;
    FoType type = in_fo ? object_type(name) : FO_N_TYPES;
    if (type == FO_N_TYPES) {
        FoNode where = {.line = xmlGetLineNo(xml), .tag = tag_of(b, xml)};
        if (in_fo)
            node_error(b, &where, "fo:%s is outside frisk's FO subset", name);
        else
            node_error(b, &where, "element '%s'%s%s%s is not an FO object (foreign content "
                       "belongs in fo:instream-foreign-object)", name,
                       xml->ns ? " in namespace '" : "", xml->ns ? (const char *)xml->ns->href : "",
                       xml->ns ? "'" : "");
        return;
    }
    FoNode *node = new_node(b, parent, type, xml);
    read_attributes(b, node, xml);
    if (type == FO_INSTREAM_FOREIGN_OBJECT) {
        /* its content is the diagram vocabulary, read by diagram_parse when it is typeset: a
         * copy (with its line numbers) outlives the source document */
        if (!b->tree->foreign) {
            b->tree->foreign = xmlNewDoc((const xmlChar *)"1.0");
            xmlDocSetRootElement(b->tree->foreign, xmlNewDocNode(b->tree->foreign, NULL,
                                                                 (const xmlChar *)"foreign", NULL));
        }
        node->foreign = xmlDocCopyNode(xml, b->tree->foreign, 1);
        FRISK_ASSERT(node->foreign != NULL);
        xmlAddChild(xmlDocGetRootElement(b->tree->foreign), node->foreign);
        return;
    }
    read_children(b, node, xml);
    if (type == FO_TABLE_BODY || type == FO_TABLE_HEADER || type == FO_TABLE_FOOTER)
        b->errors += fo_rows_form(b->tree, node); /* tables2: cells without fo:table-row */
}

static void read_children(Builder *b, FoNode *parent, xmlNodePtr xml)
{
    for (xmlNodePtr c = xml->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) {
            read_element(b, parent, c);
        } else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (takes_text(parent->type) && parent->type != FO_FOOTNOTE_BODY) {
                FoNode *t = new_node(b, parent, FO_TEXT, NULL);
                t->line = xmlGetLineNo(c) > 0 ? xmlGetLineNo(c) : parent->line;
                t->text = (const char *)c->content; /* copied below */
                size_t n = c->content ? strlen((const char *)c->content) : 0;
                t->text = fo_arena_strndup(b->tree->arena, n ? (const char *)c->content : "", n);
                t->text_len = n;
            } else if (!all_space(c->content)) {
                node_error(b, parent, "text is not allowed directly in fo:%s",
                           fo_type_name(parent->type));
            }
        } else if (c->type == XML_ENTITY_REF_NODE) {
            node_error(b, parent, "unexpanded entity reference in fo:%s",
                       fo_type_name(parent->type));
        }
        /* comments and processing instructions carry nothing */
    }
}

FoTree *fo_tree_build(xmlDocPtr doc, const char *file)
{
    FoTree *tree = calloc(1, sizeof *tree);
    FRISK_ASSERT(tree != NULL);
    tree->arena = fo_arena_new();
    tree->file = fo_arena_strndup(tree->arena, file ? file : "", file ? strlen(file) : 0);
    Builder b = {.tree = tree, .tags = g_hash_table_new(g_str_hash, g_str_equal)};
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root || !root->ns || !xmlStrEqual(root->ns->href, (const xmlChar *)FO_NS) ||
        !xmlStrEqual(root->name, (const xmlChar *)"root")) {
        FoNode where = {.line = root ? xmlGetLineNo(root) : 0, .tag = tag_of(&b, root)};
        node_error(&b, &where, "the document element must be fo:root in namespace %s", FO_NS);
    } else {
        tree->root = new_node(&b, NULL, FO_ROOT, root);
        read_attributes(&b, tree->root, root);
        read_children(&b, tree->root, root);
    }
    g_hash_table_destroy(b.tags);
    if (b.errors) {
        fo_tree_free(tree);
        return NULL;
    }
    return tree;
}

void fo_tree_free(FoTree *tree)
{
    if (!tree)
        return;
    fo_arena_free(tree->arena);
    if (tree->foreign)
        xmlFreeDoc(tree->foreign);
    free(tree);
}
