/* typeset_struct — the logical structure of a document for tagged PDF: which element (H1, P,
 * L/LI/Lbl/LBody, Table/THead/TBody/TR/TH/TD, Note, Figure, TOC/TOCI, Caption, …) each
 * formatting object stands for, and which element every painted paragraph, image and diagram
 * belongs to. Takes the FO tree and the final pages; gives layout->structs and
 * layout->struct_of, which render.c and pdf_finish.c turn into the PDF's structure tree.
 *
 * The roles follow Apache FOP's conventions, so FO written for FOP tags the same: `role` (a
 * standard structure type, a custom one mapped by /RoleMap, or "artifact"), fox:alt-text,
 * fox:header="true" and language/xml:lang. Static content and markers are artifacts.
 */
#include "typeset_int.h"

#include "shared/diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARTIFACT GINT_TO_POINTER(-1)

static const char *const standard_types[] = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index",
    "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl",
    "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note",
    "Reference", "BibEntry", "Code", "Link", "Annot", "Figure", "Formula", "Form"};

static int is_standard(const char *role)
{
    for (size_t i = 0; i < sizeof standard_types / sizeof standard_types[0]; i++)
        if (strcmp(role, standard_types[i]) == 0)
            return 1;
    return 0;
}

/* A custom role must be a PDF name we can write as is. */
static int is_name(const char *role)
{
    if (!*role)
        return 0;
    for (const char *c = role; *c; c++)
        if (!g_ascii_isalnum(*c) && *c != '_' && *c != '-' && *c != '.')
            return 0;
    return 1;
}

typedef struct SB {
    TypesetContext *ctx;
    Layout *layout;
    GArray *nodes;       /* FinishNode */
    GHashTable *of_fo;   /* FoNode* -> index + 1, or ARTIFACT */
    GPtrArray *captions; /* FoNode* of Caption elements, adopted by their table or figure */
    GPtrArray *instreams; /* FoNode* of instream-foreign-objects walked, for their drawings */
} SB;

static const char *astr(SB *sb, const char *s)
{
    return s ? fo_arena_strndup(sb->layout->arena, s, strlen(s)) : NULL;
}

/* Inline content with text of its own (not only graphics, leaders or white space). */
static int has_text(const FoNode *n)
{
    for (const FoNode *c = n->first; c; c = c->next) {
        switch (c->type) {
        case FO_TEXT:
            for (size_t i = 0; i < c->text_len; i++)
                if (c->text[i] != ' ' && c->text[i] != '\n' && c->text[i] != '\t' && c->text[i] != '\r')
                    return 1;
            break;
        case FO_PAGE_NUMBER: case FO_PAGE_NUMBER_CITATION: case FO_PAGE_NUMBER_CITATION_LAST:
            return 1;
        case FO_INLINE: case FO_WRAPPER: case FO_BASIC_LINK:
            if (has_text(c))
                return 1;
            break;
        default:
            break;
        }
    }
    return 0;
}

/* The element an fo:inline stands for by itself: the call of a footnote is a Reference (to
 * its Note); an inline that sets a language other than its surroundings' is a Span, so that
 * /Lang tells a screen reader to switch voices for it; any other is part of its paragraph. */
static const char *inline_role(const FoNode *n, const char *parent_lang)
{
    if (n->parent && n->parent->type == FO_FOOTNOTE)
        return "Reference";
    const FoNode *from = NULL, *cfrom = NULL;
    fo_get(n, P_LANGUAGE, &from);
    fo_get(n, P_COUNTRY, &cfrom);
    char buf[64];
    if ((from == n || cfrom == n) && fo_lang(n, buf, sizeof buf) &&
        (!parent_lang || strcmp(buf, parent_lang) != 0))
        return "Span";
    return NULL;
}

/* The element a formatting object stands for: NULL for none (its content belongs to its
 * parent's element), "artifact", or a type; *std gets the standard type it maps to. */
static const char *role_of(SB *sb, FoNode *n, const char **std, unsigned *flags, int in_header,
                           const char *parent_lang)
{
    const char *role = fo_get(n, P_ROLE, NULL) ? fo_string(n, P_ROLE) : NULL;
    const char *dflt = NULL;
    *flags = 0;
    switch (n->type) {
    case FO_STATIC_CONTENT: case FO_MARKER:
        return "artifact";
    case FO_BLOCK:
        dflt = has_text(n) ? "P" : NULL;
        break;
    case FO_BLOCK_CONTAINER:
        break;
    case FO_LIST_BLOCK: dflt = "L"; break;
    case FO_LIST_ITEM: dflt = "LI"; break;
    case FO_LIST_ITEM_LABEL: dflt = "Lbl"; break;
    case FO_LIST_ITEM_BODY: dflt = "LBody"; break;
    case FO_TABLE: dflt = "Table"; break;
    case FO_TABLE_HEADER: dflt = "THead"; break;
    case FO_TABLE_BODY: dflt = "TBody"; break;
    case FO_TABLE_FOOTER: dflt = "TFoot"; break;
    case FO_TABLE_ROW: dflt = "TR"; break;
    case FO_TABLE_CELL:
        if (in_header) {
            dflt = "TH";
            *flags = FINISH_SCOPE_COLUMN;
        } else if (fo_get(n, P_FOX_HEADER, NULL) && fo_keyword(n, P_FOX_HEADER) == K_TRUE) {
            dflt = "TH";
            *flags = FINISH_SCOPE_ROW; /* a header cell in the body heads its row */
        } else {
            dflt = "TD";
        }
        break;
    case FO_FOOTNOTE_BODY: dflt = "Note"; break;
    case FO_EXTERNAL_GRAPHIC: case FO_INSTREAM_FOREIGN_OBJECT: dflt = "Figure"; break;
    case FO_BASIC_LINK: dflt = "Link"; break;
    case FO_INLINE:
        dflt = inline_role(n, parent_lang);
        if (!dflt && !role)
            return NULL; /* its text is its paragraph's */
        break;
    default:
        return NULL; /* other inlines: their text is their paragraph's */
    }
    if (role && strcmp(role, "artifact") == 0)
        return "artifact";
    if (role && is_standard(role)) {
        *std = role;
        if (strcmp(role, "TH") == 0 && !*flags)
            *flags = in_header ? FINISH_SCOPE_COLUMN : FINISH_SCOPE_ROW;
        return role;
    }
    if (role && is_name(role)) { /* custom: mapped by /RoleMap to what the object is */
        *std = dflt ? dflt : n->type == FO_INLINE ? "Span" : "Div";
        return role;
    }
    if (role && !(n->warned & FO_WARNED_ROLE)) {
        n->warned |= FO_WARNED_ROLE;
        fo_warning(sb->ctx->tree, n, "role '%s' is not a structure type name; ignored", role);
    }
    *std = dflt;
    return dflt;
}

static char *figure_alt(SB *sb, FoNode *n)
{
    const char *alt = fo_get(n, P_FOX_ALT_TEXT, NULL) ? fo_string(n, P_FOX_ALT_TEXT) : NULL;
    if (alt && *alt)
        return strdup(alt);
    if (n->type == FO_INSTREAM_FOREIGN_OBJECT && n->cache) /* the diagram's facts, in words */
        return diagram_describe(n->cache);
    if (!(n->warned & FO_WARNED_ROLE)) {
        n->warned |= FO_WARNED_ROLE;
        fo_warning(sb->ctx->tree, n, "fo:%s has no fox:alt-text: PDF/UA needs a text alternative "
                   "for every image", fo_type_name(n->type));
    }
    return NULL;
}

/* A footnote's call (its Reference) points at its body (its Note): FinishNode.ref. */
static void link_reference(SB *sb, const FoNode *footnote)
{
    int call = 0, note = 0;
    for (const FoNode *c = footnote->first; c; c = c->next) {
        gpointer v = g_hash_table_lookup(sb->of_fo, c);
        if (!v || v == ARTIFACT)
            continue;
        const char *std = g_array_index(sb->nodes, FinishNode, GPOINTER_TO_INT(v) - 1).std;
        if (strcmp(std, "Reference") == 0 && !call)
            call = GPOINTER_TO_INT(v);
        else if (strcmp(std, "Note") == 0 && !note)
            note = GPOINTER_TO_INT(v);
    }
    if (call && note)
        g_array_index(sb->nodes, FinishNode, call - 1).ref = note;
}

static void walk(SB *sb, FoNode *n, int parent, const char *parent_lang, int in_header)
{
    const char *std = NULL;
    unsigned flags = 0;
    if (n->type == FO_TEXT || n->type == FO_LAYOUT_MASTER_SET || n->type == FO_BOOKMARK_TREE)
        return;
    const char *role = role_of(sb, n, &std, &flags, in_header, parent_lang);
    if (role && strcmp(role, "artifact") == 0) {
        g_hash_table_insert(sb->of_fo, n, ARTIFACT);
        return;
    }
    if (n->type == FO_TABLE_HEADER)
        in_header = 1;
    /* blocks: a float's content reads after the paragraph it is anchored in, not inside it */
    if (n->type == FO_FLOAT && parent > 0 &&
        g_hash_table_lookup(sb->of_fo, n->parent) == GINT_TO_POINTER(parent + 1))
        parent = g_array_index(sb->nodes, FinishNode, parent).parent;
    int self = parent;
    const char *lang = parent_lang;
    if (role) {
        char buf[64];
        /* copies: the FO tree's strings go with it */
        FinishNode fn = {.parent = parent, .role = astr(sb, role), .std = astr(sb, std),
                         .flags = flags | (in_header ? FINISH_IN_HEADER : 0),
                         .line = n->line, .tag = astr(sb, n->tag)};
        if (fo_lang(n, buf, sizeof buf) && (!parent_lang || strcmp(buf, parent_lang) != 0))
            fn.lang = lang = astr(sb, buf);
        if (strcmp(std, "Note") == 0) {
            const char *id = fo_string(n, P_ID);
            char gen[32];
            snprintf(gen, sizeof gen, "note-%d", n->serial);
            fn.id = astr(sb, id ? id : gen);
        }
        if (strcmp(std, "Figure") == 0) {
            char *alt = figure_alt(sb, n);
            fn.alt = astr(sb, alt);
            free(alt);
        }
        g_array_append_val(sb->nodes, fn);
        self = (int)sb->nodes->len - 1;
        g_hash_table_insert(sb->of_fo, n, GINT_TO_POINTER(self + 1));
        if (n->type == FO_INSTREAM_FOREIGN_OBJECT)
            g_ptr_array_add(sb->instreams, n);
        if (strcmp(std, "Caption") == 0)
            g_ptr_array_add(sb->captions, n);
    }
    /* a table's footer is read after its body (XSL writes it before) */
    for (FoNode *c = n->first; c; c = c->next)
        if (c->type != FO_TABLE_FOOTER)
            walk(sb, c, self, lang, in_header);
    for (FoNode *c = n->first; c; c = c->next)
        if (c->type == FO_TABLE_FOOTER)
            walk(sb, c, self, lang, in_header);
    if (n->type == FO_FOOTNOTE)
        link_reference(sb, n);
}

/* The element a painted thing of owner belongs to: index + 1, or 0 for an artifact. */
static int element_of(SB *sb, const FoNode *owner)
{
    for (const FoNode *n = owner; n; n = n->parent) {
        gpointer v = g_hash_table_lookup(sb->of_fo, n);
        if (v == ARTIFACT)
            return 0;
        if (v)
            return GPOINTER_TO_INT(v);
    }
    return 1; /* the Document */
}

/* The first Table or Figure element in n's subtree (index + 1), or 0. */
static int first_table_or_figure(SB *sb, const FoNode *n)
{
    gpointer v = g_hash_table_lookup(sb->of_fo, n);
    if (v && v != ARTIFACT) {
        const FinishNode *fn = &g_array_index(sb->nodes, FinishNode, GPOINTER_TO_INT(v) - 1);
        if (strcmp(fn->std, "Table") == 0 || strcmp(fn->std, "Figure") == 0)
            return GPOINTER_TO_INT(v);
    }
    for (const FoNode *c = n->first; c; c = c->next) {
        int found = first_table_or_figure(sb, c);
        if (found)
            return found;
    }
    return 0;
}

/* A Caption next to a table or figure (the memo's "Tabel 3.1 …" above its table) becomes that
 * element's first child, as PDF wants captions; a Caption alone stays where it is. */
static void adopt_captions(SB *sb)
{
    for (guint i = 0; i < sb->captions->len; i++) {
        FoNode *cap = g_ptr_array_index(sb->captions, i);
        int target = 0;
        for (FoNode *s = cap->next; s && !target; s = s->next) {
            target = first_table_or_figure(sb, s);
            if (!target && g_hash_table_lookup(sb->of_fo, s))
                break; /* another element comes first: not this caption's */
        }
        if (!target && cap->parent && cap->parent->type == FO_BLOCK) /* a figure's caption in its block */
            target = first_table_or_figure(sb, cap->parent);
        if (target) {
            int self = GPOINTER_TO_INT(g_hash_table_lookup(sb->of_fo, cap)) - 1;
            g_array_index(sb->nodes, FinishNode, self).parent = target - 1;
        }
    }
}

/* The inline elements of a paragraph's text (its INL_STRUCT marks that are elements), in the
 * order of the marks: an inner inline's mark comes before its outer one's. */
static void add_spans(SB *sb, const TextBlock *tb)
{
    int n = 0;
    for (const InlineMark *m = tb->marks; m; m = m->next)
        n += m->kind == INL_STRUCT;
    if (!n)
        return;
    StructSpans *spans = fo_arena_alloc(sb->layout->arena, sizeof *spans + (size_t)n * sizeof spans->span[0]);
    spans->n = 0;
    for (const InlineMark *m = tb->marks; m; m = m->next) {
        gpointer v = m->kind == INL_STRUCT ? g_hash_table_lookup(sb->of_fo, m->node) : NULL;
        if (!v || v == ARTIFACT || m->start >= m->end)
            continue;
        spans->span[spans->n].start = m->start;
        spans->span[spans->n].end = m->end;
        spans->span[spans->n].node = GPOINTER_TO_INT(v) - 1;
        spans->n++;
    }
    if (!spans->n)
        return;
    if (!sb->layout->struct_spans)
        sb->layout->struct_spans = g_hash_table_new(g_direct_hash, g_direct_equal);
    g_hash_table_insert(sb->layout->struct_spans, (gpointer)tb, spans);
}

/* The builder lives in ctx between struct_begin and struct_end: a document painted a
 * page-sequence at a time (render_sequence in typeset.c) adds each sequence as it is set. */
void struct_begin(TypesetContext *ctx)
{
    Layout *layout = ctx->layout;
    SB *sb = calloc(1, sizeof *sb);
    FRISK_ASSERT(sb != NULL);
    *sb = (SB){.ctx = ctx, .layout = layout, .nodes = g_array_new(FALSE, TRUE, sizeof(FinishNode)),
               .of_fo = g_hash_table_new(g_direct_hash, g_direct_equal),
               .captions = g_ptr_array_new(), .instreams = g_ptr_array_new()};
    FinishNode doc = {.parent = -1, .role = "Document", .std = "Document", .lang = layout->lang,
                      .line = ctx->tree->root->line,
                      .tag = astr(sb, ctx->tree->root->tag)};
    g_array_append_val(sb->nodes, doc);
    g_hash_table_insert(sb->of_fo, ctx->tree->root, GINT_TO_POINTER(1));
    ctx->struct_builder = sb;
    layout->struct_of = g_hash_table_new(g_direct_hash, g_direct_equal);
}

void struct_add(TypesetContext *ctx, FoNode *child)
{
    SB *sb = ctx->struct_builder;
    walk(sb, child, 0, sb->layout->lang, 0);
    adopt_captions(sb);
    g_ptr_array_set_size(sb->captions, 0);
    sb->layout->structs = (FinishNode *)(void *)sb->nodes->data;
    sb->layout->n_structs = (int)sb->nodes->len;
}

void struct_map_pages(TypesetContext *ctx)
{
    SB *sb = ctx->struct_builder;
    Layout *layout = sb->layout;
    /* every paragraph, image and diagram on the pages, to its element */
    for (int p = 0; p < layout->n_pages; p++) {
        const Page *page = &layout->pages[p];
        for (int i = 0; i < page->n_ops; i++) {
            const DrawOp *op = &page->ops[i];
            if (op->kind == OP_TEXT && !g_hash_table_contains(layout->struct_of, op->text)) {
                int e = element_of(sb, op->text->owner);
                if (e) {
                    g_hash_table_insert(layout->struct_of, (gpointer)op->text, GINT_TO_POINTER(e));
                    add_spans(sb, op->text);
                }
            } else if (op->kind == OP_IMAGE && op->graphic->node) {
                /* by the use, not by the image: one image used twice is two Figures */
                gpointer v = g_hash_table_lookup(sb->of_fo, op->graphic->node);
                if (v && v != ARTIFACT)
                    g_hash_table_insert(layout->struct_of, (gpointer)op->graphic, v);
            }
        }
    }
    for (guint i = 0; i < sb->instreams->len; i++) {
        const FoNode *n = g_ptr_array_index(sb->instreams, i);
        gpointer v = g_hash_table_lookup(sb->of_fo, n);
        if (n->cache && v && v != ARTIFACT)
            g_hash_table_insert(layout->struct_of, n->cache, v);
    }
    g_ptr_array_set_size(sb->instreams, 0);
}

void struct_end(TypesetContext *ctx)
{
    SB *sb = ctx->struct_builder;
    if (!sb)
        return;
    sb->layout->n_structs = (int)sb->nodes->len;
    sb->layout->structs = (FinishNode *)g_array_free(sb->nodes, FALSE);
    g_hash_table_destroy(sb->of_fo);
    g_ptr_array_free(sb->captions, TRUE);
    g_ptr_array_free(sb->instreams, TRUE);
    free(sb);
    ctx->struct_builder = NULL;
}

void struct_build(TypesetContext *ctx)
{
    struct_begin(ctx);
    for (FoNode *c = ctx->tree->root->first; c; c = c->next)
        struct_add(ctx, c);
    struct_map_pages(ctx);
    struct_end(ctx);
}
