/* typeset_itemize — a paragraph's pango items and line-break attributes, worked out once per
 * distinct text and attributes in a document.
 *
 * Takes: the paragraph's text and its attribute list (fonts, colours, language, inline
 * objects). Gives: pango_itemize's items and pango_get_log_attrs's attributes for it. A mail
 * merge repeats the same paragraphs hundreds of times, and itemizing and finding break
 * opportunities is pango's per-character work (a sixth of the 500-letter merge's instructions).
 * A text is kept the second time it is seen (a memo's paragraphs are each set once, and keep
 * nothing), and the kept text is bounded; a kept entry is used only when every attribute is
 * equal, in order, so the output is the same as without the cache.
 */
#include "typeset_int.h"

#include <string.h>

/* The most text kept, in bytes: beyond it paragraphs are analysed each time. */
enum { ITEMIZE_CACHE_MAX_BYTES = 1 << 20 };

struct ItemizeCache {
    GHashTable *seen;   /* g_str_hash of each text analysed once (a set) */
    GHashTable *kept;   /* text -> ParagraphAnalysis*, texts seen twice or more */
    size_t kept_bytes;
};

static GSList *attribute_copies(PangoAttrList *attrs)
{
    return attrs ? pango_attr_list_get_attributes(attrs) : NULL;
}

static void attribute_copies_free(GSList *copies)
{
    g_slist_free_full(copies, (GDestroyNotify)pango_attribute_destroy);
}

/* The same attributes over the same ranges, in the same order (pango_attr_list_equal ignores
 * the order, which decides between two attributes of one kind over the same text). */
static int same_attributes(GSList *a, GSList *b)
{
    for (; a && b; a = a->next, b = b->next) {
        const PangoAttribute *x = a->data, *y = b->data;
        if (x->start_index != y->start_index || x->end_index != y->end_index ||
            !pango_attribute_equal(x, y))
            return 0;
    }
    return !a && !b;
}

static void analysis_free(void *data)
{
    ParagraphAnalysis *pa = data;
    if (!pa)
        return;
    g_list_free_full(pa->items, (GDestroyNotify)pango_item_free);
    g_free(pa->log);
    attribute_copies_free(pa->attrs);
    g_free(pa->text);
    g_free(pa);
}

static ParagraphAnalysis *analyse(TypesetContext *ctx, const char *text, int len, int n_chars,
                                  PangoAttrList *attrs)
{
    ParagraphAnalysis *pa = g_new0(ParagraphAnalysis, 1);
    pa->items = pango_itemize(ctx->pango, text, 0, len, attrs, NULL);
    pa->log = g_new0(PangoLogAttr, n_chars + 1);
    PangoLanguage *lang = pa->items ? ((PangoItem *)pa->items->data)->analysis.language : NULL;
    pango_get_log_attrs(text, len, -1, lang, pa->log, n_chars + 1);
    return pa;
}

const ParagraphAnalysis *itemize_paragraph(TypesetContext *ctx, const char *text, int len,
                                           int n_chars, PangoAttrList *attrs,
                                           ParagraphAnalysis **owned)
{
    *owned = NULL;
    ItemizeCache *c = ctx->itemize_cache;
    if (!c) {
        c = ctx->itemize_cache = g_new0(ItemizeCache, 1);
        c->seen = g_hash_table_new(g_direct_hash, g_direct_equal);
        c->kept = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, analysis_free);
    }
    GSList *copies = attribute_copies(attrs);
    ParagraphAnalysis *pa = g_hash_table_lookup(c->kept, text);
    if (pa && same_attributes(pa->attrs, copies)) {
        attribute_copies_free(copies);
        return pa;
    }
    pa = analyse(ctx, text, len, n_chars, attrs);
    gpointer hash = GUINT_TO_POINTER(g_str_hash(text));
    if (g_hash_table_contains(c->seen, hash) && !g_hash_table_contains(c->kept, text) &&
        c->kept_bytes + (size_t)len <= ITEMIZE_CACHE_MAX_BYTES) {
        pa->text = g_strndup(text, (gsize)len);
        pa->attrs = copies;
        g_hash_table_insert(c->kept, pa->text, pa);
        c->kept_bytes += (size_t)len;
        return pa;
    }
    g_hash_table_add(c->seen, hash);
    attribute_copies_free(copies);
    *owned = pa;
    return pa;
}

void itemize_paragraph_done(ParagraphAnalysis *owned)
{
    analysis_free(owned);
}

void itemize_cache_free(TypesetContext *ctx)
{
    ItemizeCache *c = ctx->itemize_cache;
    if (!c)
        return;
    g_hash_table_destroy(c->seen);
    g_hash_table_destroy(c->kept);
    g_free(c);
    ctx->itemize_cache = NULL;
}
