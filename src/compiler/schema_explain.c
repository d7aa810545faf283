/* schema_explain — schema errors in the author's terms (see schema_explain.h).
 *
 * The RELAX NG grammar is read into patterns once. An element's children are then matched
 * against its content pattern by derivatives (James Clark's algorithm for RELAX NG, with each
 * child element taken as one token by its name): after each child the derivative says which
 * names may come next, so a child that does not fit is reported with exactly what the schema
 * allows at that place, a missing element with where it belongs. Attributes are matched by
 * name against the attribute patterns of the element's content, their values against the
 * value choices and XML Schema datatypes (libxml2's own datatype library and regexps). The
 * errors are repaired as they are found (a misspelt child is taken as the name it was meant
 * to be, a missing one as present) so one mistake gives one message, not a cascade.
 */
#include "schema_explain.h"

#include "shared/i18n.h"
#include "shared/diag.h"
#include "shared/load.h"

#include <libxml/parser.h>
#include <libxml/xmlregexp.h>
#include <libxml/xmlschemastypes.h>
#include <stdlib.h>
#include <string.h>

#define RNG_NS "http://relaxng.org/ns/structure/1.0"
#define XSD_NS "http://www.w3.org/2001/XMLSchema" /* libxml2 registers its datatypes here */

/* ---- patterns ------------------------------------------------------------------------------ */

typedef enum {
    P_NOT_ALLOWED,
    P_EMPTY,
    P_TEXT,
    P_DATA,      /* name: XSD type; regexp: its pattern param, if any */
    P_VALUE,     /* name: the value; normalise: token comparison */
    P_LIST,      /* a: the item pattern */
    P_ATTRIBUTE, /* name; a: value pattern */
    P_ELEMENT,   /* name; a: content */
    P_REF,       /* name: the define; a: its pattern, set once all are read */
    P_CHOICE,
    P_GROUP,
    P_ONE_OR_MORE,
} PatternKind;

typedef struct Pattern {
    PatternKind kind;
    struct Pattern *a, *b;
    const char *name;
    const char *define; /* for P_DATA: the define it was written in ("slug"), for messages */
    xmlRegexpPtr regexp;
    const char *regexp_text;
    int normalise;
} Pattern;

/* Patterns come from blocks freed together: the grammar's for the process, the derivatives'
 * per document. */
typedef struct Block {
    struct Block *next;
    size_t used;
    Pattern items[256];
} Block;

typedef struct {
    Block *blocks;
} Pool;

static Pattern *pool_new(Pool *pool, PatternKind kind, Pattern *a, Pattern *b)
{
    if (!pool->blocks || pool->blocks->used == sizeof pool->blocks->items / sizeof(Pattern)) {
        Block *block = calloc(1, sizeof *block);
        FRISK_ASSERT(block != NULL);
        block->next = pool->blocks;
        pool->blocks = block;
    }
    Pattern *p = &pool->blocks->items[pool->blocks->used++];
    p->kind = kind;
    p->a = a;
    p->b = b;
    return p;
}

static void pool_free(Pool *pool)
{
    while (pool->blocks) {
        Block *next = pool->blocks->next;
        for (size_t i = 0; i < pool->blocks->used; i++)
            if (pool->blocks->items[i].regexp)
                xmlRegFreeRegexp(pool->blocks->items[i].regexp);
        free(pool->blocks);
        pool->blocks = next;
    }
}

static Pattern not_allowed_pattern = {.kind = P_NOT_ALLOWED};
static Pattern empty_pattern = {.kind = P_EMPTY};

/* Constructors that simplify, so derivatives stay small. */
static Pattern *choice(Pool *pool, Pattern *a, Pattern *b)
{
    if (a->kind == P_NOT_ALLOWED)
        return b;
    if (b->kind == P_NOT_ALLOWED || a == b)
        return a;
    return pool_new(pool, P_CHOICE, a, b);
}

static Pattern *group(Pool *pool, Pattern *a, Pattern *b)
{
    if (a->kind == P_NOT_ALLOWED || b->kind == P_NOT_ALLOWED)
        return &not_allowed_pattern;
    if (a->kind == P_EMPTY)
        return b;
    if (b->kind == P_EMPTY)
        return a;
    return pool_new(pool, P_GROUP, a, b);
}

/* ---- reading the grammar ------------------------------------------------------------------ */

typedef struct {
    Pool pool;
    xmlDocPtr rng;     /* the names point into it */
    Pattern *start;
    Pattern **refs;    /* every P_REF, resolved after reading */
    size_t n_refs, cap_refs;
    const char **define_names;
    Pattern **define_patterns;
    size_t n_defines;
    int unsupported;
} Grammar;

static int is_rng(xmlNodePtr node)
{
    return node && node->type == XML_ELEMENT_NODE && node->ns &&
           xmlStrEqual(node->ns->href, (const xmlChar *)RNG_NS);
}

static int rng_is(xmlNodePtr node, const char *name)
{
    return is_rng(node) && xmlStrEqual(node->name, (const xmlChar *)name);
}

/* An attribute's value as a string that lives as long as the grammar's tree. */
static const char *rng_attr(xmlNodePtr node, const char *name)
{
    for (xmlAttrPtr a = node->properties; a; a = a->next)
        if (!a->ns && xmlStrEqual(a->name, (const xmlChar *)name) && a->children)
            return (const char *)a->children->content;
    return NULL;
}

static Pattern *read_pattern(Grammar *g, xmlNodePtr node, const char *define);

/* The children of node (RELAX NG elements only) as one group; skip the first n_skip. */
static Pattern *read_group(Grammar *g, xmlNodePtr first, const char *define)
{
    Pattern *result = &empty_pattern;
    Pattern *items[512];
    size_t n = 0;
    for (xmlNodePtr c = first; c; c = c->next)
        if (is_rng(c) && n < sizeof items / sizeof items[0])
            items[n++] = read_pattern(g, c, define);
    while (n > 0)
        result = group(&g->pool, items[--n], result);
    return result;
}

static Pattern *read_choice(Grammar *g, xmlNodePtr first, const char *define)
{
    Pattern *result = &not_allowed_pattern;
    for (xmlNodePtr c = first; c; c = c->next)
        if (is_rng(c))
            result = choice(&g->pool, result, read_pattern(g, c, define));
    return result;
}

static Pattern *read_pattern(Grammar *g, xmlNodePtr node, const char *define)
{
    Pool *pool = &g->pool;
    const char *kind = (const char *)node->name;
    if (strcmp(kind, "element") == 0 || strcmp(kind, "attribute") == 0) {
        const char *name = rng_attr(node, "name");
        if (!name) {
            g->unsupported = 1; /* <name>, <anyName>: not used by frisk's schema */
            return &not_allowed_pattern;
        }
        int element = kind[0] == 'e';
        Pattern *content = read_group(g, node->children, define);
        if (!element && content->kind == P_EMPTY)
            content = pool_new(pool, P_TEXT, NULL, NULL);
        Pattern *p = pool_new(pool, element ? P_ELEMENT : P_ATTRIBUTE, content, NULL);
        p->name = name;
        return p;
    }
    if (strcmp(kind, "group") == 0)
        return read_group(g, node->children, define);
    if (strcmp(kind, "choice") == 0)
        return read_choice(g, node->children, define);
    if (strcmp(kind, "optional") == 0)
        return choice(pool, read_group(g, node->children, define), &empty_pattern);
    if (strcmp(kind, "zeroOrMore") == 0)
        return choice(pool, pool_new(pool, P_ONE_OR_MORE, read_group(g, node->children, define), NULL),
                      &empty_pattern);
    if (strcmp(kind, "oneOrMore") == 0)
        return pool_new(pool, P_ONE_OR_MORE, read_group(g, node->children, define), NULL);
    if (strcmp(kind, "mixed") == 0)
        /* Text interleaves freely; to a sequence of element names it is an optional nothing,
         * kept as P_TEXT so that "may this element hold text" can be answered. */
        return group(pool, pool_new(pool, P_TEXT, NULL, NULL), read_group(g, node->children, define));
    if (strcmp(kind, "text") == 0)
        return pool_new(pool, P_TEXT, NULL, NULL);
    if (strcmp(kind, "empty") == 0)
        return &empty_pattern;
    if (strcmp(kind, "notAllowed") == 0)
        return &not_allowed_pattern;
    if (strcmp(kind, "list") == 0)
        return pool_new(pool, P_LIST, read_group(g, node->children, define), NULL);
    if (strcmp(kind, "value") == 0) {
        Pattern *p = pool_new(pool, P_VALUE, NULL, NULL);
        xmlNodePtr text = node->children;
        p->name = text && text->content ? (const char *)text->content : "";
        const char *type = rng_attr(node, "type");
        p->normalise = !type || strcmp(type, "string") != 0;
        return p;
    }
    if (strcmp(kind, "data") == 0) {
        Pattern *p = pool_new(pool, P_DATA, NULL, NULL);
        p->name = rng_attr(node, "type") ? rng_attr(node, "type") : "string";
        /* Named after its define only when it is the define's whole body ("slug"). */
        p->define = rng_is(node->parent, "define") ? define : NULL;
        for (xmlNodePtr c = node->children; c; c = c->next)
            if (rng_is(c, "param") && rng_attr(c, "name") && strcmp(rng_attr(c, "name"), "pattern") == 0 &&
                c->children && c->children->content) {
                p->regexp_text = (const char *)c->children->content;
                p->regexp = xmlRegexpCompile(c->children->content);
            }
        return p;
    }
    if (strcmp(kind, "ref") == 0) {
        Pattern *p = pool_new(pool, P_REF, NULL, NULL);
        p->name = rng_attr(node, "name");
        if (g->n_refs == g->cap_refs) {
            g->cap_refs = g->cap_refs ? 2 * g->cap_refs : 256;
            g->refs = realloc(g->refs, g->cap_refs * sizeof *g->refs);
            FRISK_ASSERT(g->refs != NULL);
        }
        g->refs[g->n_refs++] = p;
        return p;
    }
    g->unsupported = 1; /* interleave, include, externalRef, parentRef, nested grammar */
    return &not_allowed_pattern;
}

static void grammar_free(Grammar *g)
{
    if (!g)
        return;
    pool_free(&g->pool);
    free(g->refs);
    free(g->define_names);
    free(g->define_patterns);
    xmlFreeDoc(g->rng);
    free(g);
}

static Grammar *grammar_read(const char *path)
{
    Grammar *g = calloc(1, sizeof *g);
    FRISK_ASSERT(g != NULL);
    g->rng = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
    xmlNodePtr root = g->rng ? xmlDocGetRootElement(g->rng) : NULL;
    if (!rng_is(root, "grammar")) {
        grammar_free(g);
        return NULL;
    }
    size_t n = 0;
    for (xmlNodePtr c = root->children; c; c = c->next)
        n += rng_is(c, "define");
    g->define_names = calloc(n + 1, sizeof *g->define_names);
    g->define_patterns = calloc(n + 1, sizeof *g->define_patterns);
    FRISK_ASSERT(g->define_names && g->define_patterns);
    for (xmlNodePtr c = root->children; c; c = c->next) {
        if (rng_is(c, "define") && rng_attr(c, "name")) {
            if (rng_attr(c, "combine"))
                g->unsupported = 1;
            g->define_names[g->n_defines] = rng_attr(c, "name");
            g->define_patterns[g->n_defines++] = read_group(g, c->children, rng_attr(c, "name"));
        } else if (rng_is(c, "start")) {
            g->start = read_group(g, c->children, NULL);
        } else if (is_rng(c)) {
            g->unsupported = 1;
        }
    }
    for (size_t i = 0; i < g->n_refs; i++) {
        for (size_t d = 0; d < g->n_defines && g->refs[i]->name; d++)
            if (strcmp(g->define_names[d], g->refs[i]->name) == 0)
                g->refs[i]->a = g->define_patterns[d];
        if (!g->refs[i]->a)
            g->unsupported = 1;
    }
    if (!g->start || g->unsupported) {
        grammar_free(g);
        return NULL;
    }
    return g;
}

/* ---- derivatives over child element names --------------------------------------------------- */

/* Whether p matches no (further) child element: attributes and text count as nothing here,
 * they are checked on their own. */
static int nullable(const Pattern *p)
{
    switch (p->kind) {
    case P_NOT_ALLOWED:
    case P_ELEMENT: return 0;
    case P_CHOICE: return nullable(p->a) || nullable(p->b);
    case P_GROUP: return nullable(p->a) && nullable(p->b);
    case P_ONE_OR_MORE:
    case P_REF: return nullable(p->a);
    default: return 1;
    }
}

/* What remains of p after a child element named name; *matched receives the element pattern
 * that took it (the first, when several could). */
static Pattern *derive(Pool *pool, Pattern *p, const char *name, Pattern **matched)
{
    switch (p->kind) {
    case P_ELEMENT:
        if (strcmp(p->name, name) != 0)
            return &not_allowed_pattern;
        if (!*matched)
            *matched = p;
        return &empty_pattern;
    case P_REF: return derive(pool, p->a, name, matched);
    case P_CHOICE: {
        Pattern *a = derive(pool, p->a, name, matched);
        return choice(pool, a, derive(pool, p->b, name, matched));
    }
    case P_GROUP: {
        Pattern *x = group(pool, derive(pool, p->a, name, matched), p->b);
        return nullable(p->a) ? choice(pool, x, derive(pool, p->b, name, matched)) : x;
    }
    case P_ONE_OR_MORE:
        return group(pool, derive(pool, p->a, name, matched),
                     choice(pool, pool_new(pool, P_ONE_OR_MORE, p->a, NULL), &empty_pattern));
    default: return &not_allowed_pattern;
    }
}

/* ---- name sets ------------------------------------------------------------------------------ */

typedef struct {
    const char *items[128];
    size_t n;
} Names;

static void names_add(Names *names, const char *name)
{
    for (size_t i = 0; i < names->n; i++)
        if (strcmp(names->items[i], name) == 0)
            return;
    if (names->n < sizeof names->items / sizeof names->items[0])
        names->items[names->n++] = name;
}

static int names_has(const Names *names, const char *name)
{
    for (size_t i = 0; i < names->n; i++)
        if (strcmp(names->items[i], name) == 0)
            return 1;
    return 0;
}

/* The element names that may come next (first = 1), or anywhere in p (first = 0). */
static void element_names(const Pattern *p, int first, Names *out)
{
    switch (p->kind) {
    case P_ELEMENT: names_add(out, p->name); break;
    case P_REF:
    case P_ONE_OR_MORE: element_names(p->a, first, out); break;
    case P_CHOICE:
        element_names(p->a, first, out);
        element_names(p->b, first, out);
        break;
    case P_GROUP:
        element_names(p->a, first, out);
        if (!first || nullable(p->a))
            element_names(p->b, first, out);
        break;
    default: break;
    }
}

/* Whether the content allows text beside (or instead of) child elements. */
static int allows_text(const Pattern *p)
{
    switch (p->kind) {
    case P_TEXT:
    case P_DATA:
    case P_VALUE:
    case P_LIST: return 1;
    case P_REF:
    case P_ONE_OR_MORE: return allows_text(p->a);
    case P_CHOICE:
    case P_GROUP: return allows_text(p->a) || allows_text(p->b);
    default: return 0;
    }
}

/* The attribute patterns of an element's content, and whether each is required (reached
 * without an optional, a choice or a zeroOrMore on the way). */
typedef struct {
    Pattern *items[64];
    int required[64];
    size_t n;
} Attributes;

static void collect_attributes(Pattern *p, int required, Attributes *out)
{
    switch (p->kind) {
    case P_ATTRIBUTE:
        for (size_t i = 0; i < out->n; i++)
            if (strcmp(out->items[i]->name, p->name) == 0)
                return;
        if (out->n < sizeof out->items / sizeof out->items[0]) {
            out->items[out->n] = p;
            out->required[out->n++] = required;
        }
        break;
    case P_REF:
    case P_ONE_OR_MORE: collect_attributes(p->a, required, out); break;
    case P_GROUP:
        collect_attributes(p->a, required, out);
        collect_attributes(p->b, required, out);
        break;
    case P_CHOICE:
        collect_attributes(p->a, 0, out);
        collect_attributes(p->b, 0, out);
        break;
    default: break;
    }
}

/* ---- values --------------------------------------------------------------------------------- */

/* s with runs of white space as one space and none at the ends (XML Schema "collapse"). */
static char *collapse(const char *s)
{
    char *out = malloc(strlen(s) + 1);
    FRISK_ASSERT(out != NULL);
    size_t n = 0;
    for (; *s; s++) {
        int space = *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r';
        if (!space)
            out[n++] = *s;
        else if (n > 0 && out[n - 1] != ' ')
            out[n++] = ' ';
    }
    while (n > 0 && out[n - 1] == ' ')
        n--;
    out[n] = '\0';
    return out;
}

static int data_matches(const Pattern *p, const char *value)
{
    char *collapsed = collapse(value);
    int ok = 1;
    if (strcmp(p->name, "string") != 0) {
        xmlSchemaTypePtr type = xmlSchemaGetPredefinedType((const xmlChar *)p->name, (const xmlChar *)XSD_NS);
        xmlSchemaValPtr parsed = NULL;
        ok = !type || xmlSchemaValPredefTypeNode(type, (const xmlChar *)collapsed, &parsed, NULL) == 0;
        if (parsed)
            xmlSchemaFreeValue(parsed);
    }
    if (ok && p->regexp)
        ok = xmlRegexpExec(p->regexp, (const xmlChar *)(strcmp(p->name, "string") == 0 ? value : collapsed)) == 1;
    free(collapsed);
    return ok;
}

static int value_matches(const Pattern *p, const char *value)
{
    switch (p->kind) {
    case P_TEXT: return 1;
    case P_EMPTY: return value[strspn(value, " \t\r\n")] == '\0';
    case P_DATA: return data_matches(p, value);
    case P_VALUE: {
        if (!p->normalise)
            return strcmp(p->name, value) == 0;
        char *a = collapse(p->name), *b = collapse(value);
        int same = strcmp(a, b) == 0;
        free(a);
        free(b);
        return same;
    }
    case P_REF: return value_matches(p->a, value);
    case P_CHOICE: return value_matches(p->a, value) || value_matches(p->b, value);
    case P_LIST: {
        char *tokens = collapse(value);
        int ok = 1;
        for (char *save = NULL, *t = strtok_r(tokens, " ", &save); t && ok; t = strtok_r(NULL, " ", &save))
            ok = value_matches(p->a, t);
        free(tokens);
        return ok;
    }
    case P_ONE_OR_MORE: return value_matches(p->a, value);
    case P_GROUP: return value_matches(p->a, value) && value_matches(p->b, value);
    default: return 0;
    }
}

/* The <value>s a pattern allows, when it is a choice of values only. */
static int value_choices(const Pattern *p, Names *out)
{
    switch (p->kind) {
    case P_VALUE: names_add(out, p->name); return 1;
    case P_REF: return value_choices(p->a, out);
    case P_CHOICE: return value_choices(p->a, out) && value_choices(p->b, out);
    default: return 0;
    }
}

/* What the XML Schema datatypes the schema uses look like, in words a case worker knows. */
static const struct {
    const char *zType;
    const char *zWords;
} datatype_words[] = {
    {"date", N_("a date YYYY-MM-DD")},
    {"gYearMonth", N_("a month YYYY-MM")},
    {"gYear", N_("a year YYYY")},
    {"positiveInteger", N_("a whole number from 1 up")},
    {"nonNegativeInteger", N_("a whole number from 0 up")},
    {"integer", N_("a whole number")},
    {"decimal", N_("a number with a decimal point")},
    {"boolean", N_("true or false")},
    {"anyURI", N_("an address (URI)")},
    {"language", N_("a language code such as da")},
    {"NCName", N_("a name without spaces or colons")},
};

/* "a date YYYY-MM-DD or a month YYYY-MM" for the data patterns p allows, into buf. */
static void describe_value(const Pattern *p, char *buf, size_t n)
{
    char part[256];
    switch (p->kind) {
    case P_REF: describe_value(p->a, buf, n); return;
    case P_CHOICE:
        describe_value(p->a, buf, n);
        describe_value(p->b, part, sizeof part);
        if (part[0] && buf[0])
            snprintf(buf + strlen(buf), n - strlen(buf), _(" or %s"), part);
        else if (part[0])
            snprintf(buf, n, "%s", part);
        return;
    case P_DATA: {
        const char *words = NULL;
        for (size_t i = 0; i < sizeof datatype_words / sizeof datatype_words[0] && !words; i++)
            if (strcmp(datatype_words[i].zType, p->name) == 0)
                words = datatype_words[i].zWords;
        if (p->regexp_text && p->define)
            snprintf(buf, n, _("a %s, written as the pattern %s"), p->define, p->regexp_text);
        else if (p->regexp_text)
            snprintf(buf, n, _("text written as the pattern %s"), p->regexp_text);
        else
            snprintf(buf, n, "%s", words ? _(words) : p->name);
        return;
    }
    case P_VALUE: snprintf(buf, n, "\"%s\"", p->name); return;
    case P_LIST: snprintf(buf, n, "%s", _("a list separated by spaces")); return;
    default: buf[0] = '\0'; return;
    }
}

/* ---- did you mean --------------------------------------------------------------------------- */

/* Edit distance with transpositions (optimal string alignment), capped at 9. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > 64 || m > 64)
        return 9;
    size_t d[65][65];
    for (size_t i = 0; i <= n; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= m; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= n; i++)
        for (size_t j = 1; j <= m; j++) {
            size_t cost = (a[i - 1] | 32) == (b[j - 1] | 32) ? 0 : 1;
            size_t best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < best)
                best = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    return d[n][m];
}

const char *schema_closest_name(const char *word, const char *const *names, size_t n)
{
    const char *best = NULL;
    size_t best_distance = 0;
    size_t len = strlen(word);
    size_t limit = len <= 3 ? 1 : len <= 6 ? 2 : 3;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(word, names[i]) == 0)
            continue;
        size_t d = edit_distance(word, names[i]);
        if (d == 0)
            d = 1; /* differs in case only */
        if (d <= limit && (!best || d < best_distance)) {
            best = names[i];
            best_distance = d;
        }
    }
    return best;
}

/* ---- explaining a document ----------------------------------------------------------------- */

typedef struct {
    Pool pool;          /* derivatives, freed after each element */
    int n_reported;
    xmlNodePtr *remove; /* elements and attributes at fault, removed after reporting */
    size_t n_remove, cap_remove;
    xmlNodePtr *mute;   /* elements reported and repaired, muted for the check stage */
    size_t n_mute, cap_mute;
} Explain;

/* Elements reported and repaired are muted once everything is reported (diag_node_mute), so
 * the check stage does not report the same mistake again. */
static void mark_for_muting(Explain *ex, xmlNodePtr node)
{
    if (ex->n_mute == ex->cap_mute) {
        ex->cap_mute = ex->cap_mute ? 2 * ex->cap_mute : 32;
        ex->mute = realloc(ex->mute, ex->cap_mute * sizeof *ex->mute);
        FRISK_ASSERT(ex->mute != NULL);
    }
    ex->mute[ex->n_mute++] = node;
}

static void mark_for_removal(Explain *ex, xmlNodePtr node)
{
    if (ex->n_remove == ex->cap_remove) {
        ex->cap_remove = ex->cap_remove ? 2 * ex->cap_remove : 32;
        ex->remove = realloc(ex->remove, ex->cap_remove * sizeof *ex->remove);
        FRISK_ASSERT(ex->remove != NULL);
    }
    ex->remove[ex->n_remove++] = node;
}

/* "<a>, <b>, <c>" (elements) or "a, b, c" (attributes, values) into buf. */
static void join_names(const Names *names, int brackets, char *buf, size_t n)
{
    buf[0] = '\0';
    for (size_t i = 0; i < names->n; i++) {
        size_t used = strlen(buf);
        snprintf(buf + used, n - used, "%s%s%s%s", i ? ", " : "", brackets ? "<" : "", names->items[i],
                 brackets ? ">" : "");
    }
}

static void report_node(Explain *ex, xmlNodePtr node, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void report_node(Explain *ex, xmlNodePtr node, const char *fmt, ...)
{
    char message[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, _(fmt), ap); /* the author's language (i18n.h) */
    va_end(ap);
    diag_node_error(node, "%s", message);
    ex->n_reported++;
}

/* At the attribute's own line:col when its start tag can be read, else at its element. */
static void report_attribute(Explain *ex, xmlNodePtr element, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void report_attribute(Explain *ex, xmlNodePtr element, const char *name, const char *fmt, ...)
{
    char message[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, _(fmt), ap); /* the author's language (i18n.h) */
    va_end(ap);
    char *file = diag_node_file(element);
    long line = xmlGetLineNo(element), col = load_node_column(file, line, element);
    long attr_line = 0, attr_col = 0;
    if (load_attribute_location(file, line, col, name, &attr_line, &attr_col))
        diag_error(file, attr_line, attr_col, "%s", message);
    else
        diag_node_error(element, "%s", message);
    free(file);
    ex->n_reported++;
}

static const char *attribute_name(xmlAttrPtr a, char *buf, size_t n)
{
    if (a->ns && a->ns->prefix)
        snprintf(buf, n, "%s:%s", a->ns->prefix, a->name);
    else
        snprintf(buf, n, "%s", a->name);
    return buf;
}

static void explain_attributes(Explain *ex, xmlNodePtr node, Pattern *content)
{
    Attributes allowed = {0};
    collect_attributes(content, 1, &allowed);
    Names names = {0};
    for (size_t i = 0; i < allowed.n; i++)
        if (strncmp(allowed.items[i]->name, "xml:", 4) != 0)
            names_add(&names, allowed.items[i]->name);
    char list[1024];
    Names misspelt = {0};
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        char name[256];
        attribute_name(a, name, sizeof name);
        Pattern *pattern = NULL;
        for (size_t i = 0; i < allowed.n && !pattern; i++)
            if (strcmp(allowed.items[i]->name, name) == 0)
                pattern = allowed.items[i];
        xmlChar *value = xmlNodeListGetString(node->doc, a->children, 1);
        const char *text = value ? (const char *)value : "";
        if (!pattern) {
            const char *meant = schema_closest_name(name, names.items, names.n);
            join_names(&names, 0, list, sizeof list);
            if (meant)
                names_add(&misspelt, meant); /* so a required one is not reported missing too */
            if (meant)
                report_attribute(ex, node, name, "<%s> has no attribute %s; did you mean %s?", node->name, name, meant);
            else if (names.n > 0)
                report_attribute(ex, node, name, "<%s> has no attribute %s; its attributes are: %s", node->name, name, list);
            else
                report_attribute(ex, node, name, "<%s> takes no attributes; remove %s", node->name, name);
            mark_for_removal(ex, (xmlNodePtr)a);
            mark_for_muting(ex, node);
        } else if (!value_matches(pattern->a, text)) {
            Names choices = {0};
            const char *meant = NULL;
            if (value_choices(pattern->a, &choices)) {
                meant = schema_closest_name(text, choices.items, choices.n);
                join_names(&choices, 0, list, sizeof list);
                report_attribute(ex, node, name, "<%s> %s=\"%s\" is not one of: %s%s%s%s", node->name, name, text,
                                 list, meant ? _(" — did you mean ") : "", meant ? meant : "", meant ? "?" : "");
            } else {
                describe_value(pattern->a, list, sizeof list);
                report_attribute(ex, node, name, "<%s> %s=\"%s\" is not %s", node->name, name, text, list);
            }
            /* A misspelt value is taken as the one it was meant to be, so the rules do not
             * report its absence ("no section about …"); any other wrong value is removed. */
            if (meant)
                xmlSetProp(node, a->name, (const xmlChar *)meant);
            else
                mark_for_removal(ex, (xmlNodePtr)a);
            mark_for_muting(ex, node);
        }
        xmlFree(value);
    }
    for (size_t i = 0; i < allowed.n; i++) {
        if (!allowed.required[i] || names_has(&misspelt, allowed.items[i]->name))
            continue;
        char name[256];
        int present = 0;
        for (xmlAttrPtr a = node->properties; a && !present; a = a->next)
            present = strcmp(attribute_name(a, name, sizeof name), allowed.items[i]->name) == 0;
        if (!present) {
            describe_value(allowed.items[i]->a, list, sizeof list);
            report_node(ex, node, "<%s> needs the attribute %s%s%s%s", node->name, allowed.items[i]->name,
                        list[0] ? " (" : "", list, list[0] ? ")" : "");
            mark_for_muting(ex, node);
        }
    }
}

static xmlNodePtr next_element(xmlNodePtr node)
{
    while (node && node->type != XML_ELEMENT_NODE)
        node = node->next;
    return node;
}

static void explain_element(Explain *ex, xmlNodePtr node, Pattern *element);

/* "<a>" or "one of <a>, <b>" for the names that could come where one is missing. */
static void needed_text(const Names *needed, char *buf, size_t n)
{
    char list[1024];
    join_names(needed, 1, list, sizeof list);
    snprintf(buf, n, needed->n > 1 ? _("one of %s") : "%s", list);
}

static void explain_children(Explain *ex, xmlNodePtr node, Pattern *content)
{
    Pattern *state = content;
    Names anywhere = {0}, seen = {0};
    element_names(content, 0, &anywhere);
    const char *last = NULL; /* the last child taken, for "needs <x> after <last>" */
    int rejected_child = 0;
    char list[1024], needed_words[1100];
    for (xmlNodePtr child = next_element(node->children); child; child = next_element(child->next)) {
        const char *name = (const char *)child->name;
        Pattern *matched = NULL;
        Pattern *next = derive(&ex->pool, state, name, &matched);
        if (next->kind != P_NOT_ALLOWED) {
            state = next;
            names_add(&seen, name);
            last = name;
            explain_element(ex, child, matched);
            continue;
        }
        Names expected = {0};
        element_names(state, 1, &expected);
        /* Two children in the wrong order: the next one is what is expected here, and this
         * one fits right after it. */
        xmlNodePtr following = next_element(child->next);
        Pattern *m1 = NULL, *m2 = NULL;
        if (following && names_has(&expected, (const char *)following->name)) {
            Pattern *after = derive(&ex->pool, state, (const char *)following->name, &m1);
            Pattern *both = derive(&ex->pool, after, name, &m2);
            if (both->kind != P_NOT_ALLOWED) {
                report_node(ex, child, "<%s> must come after <%s> inside <%s>", name, following->name, node->name);
                explain_element(ex, following, m1);
                explain_element(ex, child, m2);
                state = both;
                last = name;
                child = following;
                continue;
            }
        }
        /* A misspelt name: renamed to the name it was meant to be, so its content is checked
         * as that element's and nothing after it cascades. */
        const char *meant = schema_closest_name(name, expected.items, expected.n);
        if (!meant)
            meant = schema_closest_name(name, anywhere.items, anywhere.n);
        if (meant && !names_has(&anywhere, name)) {
            Pattern *fixed = derive(&ex->pool, state, meant, &m1);
            if (fixed->kind != P_NOT_ALLOWED) {
                report_node(ex, child, "<%s> is not allowed inside <%s>; did you mean <%s>?", name, node->name, meant);
                xmlNodeSetName(child, (const xmlChar *)meant); /* name is child->name: not used after */
                mark_for_muting(ex, child);
                explain_element(ex, child, m1);
                state = fixed;
                last = meant;
                continue;
            }
        }
        /* A required element is missing before this one. */
        int repaired = 0;
        for (size_t i = 0; i < expected.n && !repaired; i++) {
            Pattern *with = derive(&ex->pool, state, expected.items[i], &m1);
            Pattern *then = derive(&ex->pool, with, name, &m2);
            if (then->kind != P_NOT_ALLOWED && !nullable(state)) {
                Names needed = {0};
                for (size_t j = 0; j < expected.n; j++) {
                    Pattern *ignored = NULL;
                    Pattern *alt = derive(&ex->pool, derive(&ex->pool, state, expected.items[j], &ignored), name, &ignored);
                    if (alt->kind != P_NOT_ALLOWED)
                        names_add(&needed, expected.items[j]);
                }
                needed_text(&needed, needed_words, sizeof needed_words);
                report_node(ex, child, "<%s> needs %s before <%s>", node->name, needed_words, name);
                explain_element(ex, child, m2);
                state = then;
                last = name;
                repaired = 1;
            }
        }
        if (repaired)
            continue;
        join_names(&expected, 1, list, sizeof list);
        if (names_has(&anywhere, name) && names_has(&seen, name) && !names_has(&expected, name))
            report_node(ex, child, "<%s> cannot come again here: <%s> takes it once at this place%s%s", name,
                        node->name, expected.n ? _("; allowed here: ") : "", expected.n ? list : "");
        else if (names_has(&anywhere, name))
            report_node(ex, child, "<%s> cannot come here inside <%s>; %s%s", name, node->name,
                        expected.n ? _("allowed here: ") : _("nothing more is allowed after "),
                        expected.n ? list : last ? last : _("its start"));
        else if (meant)
            report_node(ex, child, "<%s> is not allowed inside <%s>; did you mean <%s>?", name, node->name, meant);
        else {
            Names shown = expected.n ? expected : anywhere;
            join_names(&shown, 1, list, sizeof list);
            if (shown.n)
                report_node(ex, child, "<%s> is not allowed inside <%s>; allowed %s: %s", name, node->name,
                            expected.n ? _("here") : _("inside it"), list);
            else
                report_node(ex, child, "<%s> is not allowed inside <%s>, which holds no elements", name, node->name);
        }
        mark_for_removal(ex, child);
        rejected_child = 1;
    }
    /* A child that did not fit usually stood where the missing one belongs: one mistake. */
    if (!nullable(state) && !rejected_child) {
        Names needed = {0};
        element_names(state, 1, &needed);
        needed_text(&needed, needed_words, sizeof needed_words);
        if (last)
            report_node(ex, node, "<%s> needs %s after <%s>", node->name, needed_words, last);
        else
            report_node(ex, node, "<%s> needs %s first", node->name, needed_words);
        mark_for_muting(ex, node);
    }
}

/* Text where the content allows none, or text that is not of the element's datatype. */
static void explain_text(Explain *ex, xmlNodePtr node, Pattern *content)
{
    int has_text = 0;
    for (xmlNodePtr c = node->children; c && !has_text; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            has_text = ((const char *)c->content)[strspn((const char *)c->content, " \t\r\n")] != '\0';
    if (!has_text)
        return;
    if (!allows_text(content)) {
        Names inside = {0};
        element_names(content, 0, &inside);
        char list[1024];
        join_names(&inside, 1, list, sizeof list);
        if (inside.n)
            report_node(ex, node, "<%s> cannot hold text, only elements: %s", node->name, list);
        else
            report_node(ex, node, "<%s> must be empty: write it as <%s/>", node->name, node->name);
        return;
    }
    Names none = {0};
    element_names(content, 0, &none);
    if (none.n > 0)
        return; /* mixed content: any text */
    /* Only a value is allowed: check it as an attribute's value would be. */
    Attributes attrs = {0};
    collect_attributes(content, 1, &attrs);
    Pattern *value = content;
    while (value->kind == P_GROUP)
        value = value->a->kind == P_ATTRIBUTE || (value->a->kind == P_CHOICE && !allows_text(value->a)) ||
                        (value->a->kind == P_REF && !allows_text(value->a))
                    ? value->b
                    : value->a;
    xmlChar *text = xmlNodeGetContent(node);
    if (text && !value_matches(value, (const char *)text)) {
        char words[1024];
        Names choices = {0};
        if (value_choices(value, &choices))
            join_names(&choices, 0, words, sizeof words);
        else
            describe_value(value, words, sizeof words);
        report_node(ex, node, "<%s> holds \"%s\", which is not %s%s", node->name, (const char *)text,
                    choices.n ? _("one of: ") : "", words);
    }
    xmlFree(text);
}

static void explain_element(Explain *ex, xmlNodePtr node, Pattern *element)
{
    explain_attributes(ex, node, element->a);
    explain_text(ex, node, element->a);
    explain_children(ex, node, element->a);
}

/* ---- the grammar cache and the entry point -------------------------------------------------- */

static char *cached_path;
static Grammar *cached_grammar;

int schema_explain(xmlDocPtr doc, const char *schema_path)
{
    if (!cached_grammar || strcmp(cached_path, schema_path) != 0) {
        schema_explain_shutdown();
        xmlSchemaInitTypes();
        cached_grammar = grammar_read(schema_path);
        cached_path = cached_grammar ? strdup(schema_path) : NULL;
        if (!cached_grammar)
            return -1;
    }
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root)
        return 0;
    Explain ex = {0};
    Pattern *matched = NULL;
    Pattern *rest = derive(&ex.pool, cached_grammar->start, (const char *)root->name, &matched);
    if (rest->kind != P_NOT_ALLOWED && matched)
        explain_element(&ex, root, matched);
    for (size_t i = 0; i < ex.n_mute; i++)
        diag_node_mute(ex.mute[i]);
    free(ex.mute);
    /* Removed last to first, so a node inside a removed one is freed before its parent. */
    for (size_t i = ex.n_remove; i-- > 0;) {
        xmlNodePtr node = ex.remove[i];
        if (node->type == XML_ATTRIBUTE_NODE) {
            xmlRemoveProp((xmlAttrPtr)node);
        } else {
            xmlUnlinkNode(node);
            xmlFreeNode(node);
        }
    }
    free(ex.remove);
    pool_free(&ex.pool);
    return ex.n_reported;
}

void schema_explain_shutdown(void)
{
    grammar_free(cached_grammar);
    cached_grammar = NULL;
    free(cached_path);
    cached_path = NULL;
}
