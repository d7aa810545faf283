/* typeset_retrieve — fo:retrieve-marker and fo:retrieve-table-marker: which fo:marker they
 * retrieve, and the marker hung where it is retrieved while its content is set.
 *
 * Takes: a retrieve node, and the page's markers (ctx->page_markers, static content) or the
 * table's part on the page (ctx->table_frag, a header or footer). Gives: the marker, and its
 * content inheriting from the retrieve node (XSL 1.1 §6.13.6, as FOP clones it there), so
 * that the galley sets a marker's blocks as blocks (sides2) and a paragraph its inline text.
 */
#include "typeset_int.h"

#include <stdio.h>

int retrieve_check(TypesetContext *ctx, FoNode *node)
{
    if (node->type == FO_RETRIEVE_MARKER && !ctx->in_static) {
        typeset_error(ctx, node, "fo:retrieve-marker is allowed only in fo:static-content");
        return 0;
    }
    if (node->type == FO_RETRIEVE_TABLE_MARKER) {
        const FoNode *section = node->parent;
        while (section && section->type != FO_TABLE_HEADER && section->type != FO_TABLE_FOOTER &&
               section->type != FO_TABLE)
            section = section->parent;
        if (!section || section->type == FO_TABLE) {
            typeset_error(ctx, node, "fo:retrieve-table-marker is allowed only in "
                          "fo:table-header or fo:table-footer");
            return 0;
        }
    }
    if (!fo_string(node, P_RETRIEVE_CLASS_NAME)) {
        if (node->type == FO_RETRIEVE_MARKER)
            typeset_error(ctx, node, "fo:retrieve-marker needs a retrieve-class-name");
        else
            typeset_error(ctx, node, "fo:retrieve-table-marker needs a retrieve-class-name");
        return 0;
    }
    return 1;
}

FoNode *retrieve_marker(const TypesetContext *ctx, const FoNode *node)
{
    const char *cls = fo_string(node, P_RETRIEVE_CLASS_NAME);
    if (!cls)
        return NULL;
    if (node->type == FO_RETRIEVE_TABLE_MARKER) /* set by the page builder for the page the
                                                   header or footer is placed on */
        return ctx->table_frag ? table_frag_marker(ctx->table_frag, cls,
                                                   fo_keyword(node, P_RETRIEVE_POSITION_WITHIN_TABLE),
                                                   fo_keyword(node, P_RETRIEVE_BOUNDARY_WITHIN_TABLE))
                               : NULL;
    /* page_markers holds "first:C" and "last:C" for markers starting on the page, "top:C"
     * for the first when the page begins with it, and "C" for the last one before it
     * (carried over) */
    GHashTable *hits = ctx->page_markers;
    if (!hits)
        return NULL;
    FoKeyword pos = fo_keyword(node, P_RETRIEVE_POSITION);
    char key[300];
    snprintf(key, sizeof key, "%s:%s",
             pos == K_LAST_STARTING || pos == K_LAST_ENDING ? "last" : "first", cls);
    FoNode *within = g_hash_table_lookup(hits, key);
    FoNode *carried = g_hash_table_lookup(hits, cls);
    snprintf(key, sizeof key, "top:%s", cls);
    FoNode *at_top = g_hash_table_lookup(hits, key);
    /* first-including-carryover: the marker of what the page begins with, the one carried
     * over unless a new one starts at the very top */
    return pos == K_FIRST_INCLUDING_CARRYOVER ? (at_top ? at_top : carried ? carried : within)
                                              : within ? within : carried;
}

int retrieve_holds_blocks(const FoNode *marker)
{
    for (const FoNode *c = marker ? marker->first : NULL; c; c = c->next)
        if (c->type == FO_BLOCK || c->type == FO_BLOCK_CONTAINER || c->type == FO_TABLE ||
            c->type == FO_LIST_BLOCK)
            return 1;
    return 0;
}

/* The font sizes computed below node, forgotten (they depend on where it hangs). */
static void forget_font_sizes(FoNode *node)
{
    node->font_size = 0;
    for (FoNode *c = node->first; c; c = c->next)
        forget_font_sizes(c);
}

FoNode *retrieve_hang(TypesetContext *ctx, FoNode *node, FoNode *marker)
{
    FoNode *home = marker->parent;
    if (home && (home->type == FO_RETRIEVE_MARKER || home->type == FO_RETRIEVE_TABLE_MARKER)) {
        /* it is being set already: a marker whose content retrieves itself */
        typeset_error(ctx, node, "fo:%s retrieves the fo:marker it stands in",
                      fo_type_name(node->type));
        return NULL;
    }
    marker->parent = node;
    forget_font_sizes(marker);
    return home;
}

void retrieve_unhang(FoNode *marker, FoNode *home)
{
    marker->parent = home;
    forget_font_sizes(marker);
}
