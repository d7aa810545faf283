/* typeset_table_markers — fo:retrieve-table-marker: what a table's header or footer retrieves
 * from the markers of the rows on the same page.
 *
 * Takes: the page galley's items placed on a page and the table whose header or footer is being
 * placed. Gives: the part of the table on that page (its row groups, whether the first began on
 * an earlier page and the last goes on), and the marker a retrieve-table-marker retrieves from
 * it (XSL 1.1 §6.13.7), so that the page builder can set the header or footer with it, e.g. a
 * caption that says "(continued)" on the pages after the first.
 */
#include "typeset_int.h"

#include "shared/diag.h"

#include <stdlib.h>
#include <string.h>

struct TableFrag {
    const RowGroup **groups; /* body row groups: [0, n_before) on earlier pages, then this page's */
    int n_before, n;
    int carried;             /* the page's first group began on an earlier page */
    int unfinished;          /* the page's last group goes on on the next page */
};

static int is_body_of(const Item *it, const Table *t)
{
    return it->kind == IT_ROWS && it->rows->table == t && !it->rows->is_header && !it->rows->is_footer;
}

TableFrag *table_frag_new(const Galley *g, int a, int b, int carried, int split, const Table *t)
{
    TableFrag *f = calloc(1, sizeof *f);
    FRISK_ASSERT(f != NULL);
    int last = split && b < g->n ? b + 1 : b; /* items[b] is placed in part when split */
    f->groups = calloc((size_t)(last > 0 ? last : 1), sizeof *f->groups);
    FRISK_ASSERT(f->groups != NULL);
    int n = 0;
    for (int i = 0; i < last; i++) {
        if (i == a)
            f->n_before = n;
        if (is_body_of(&g->items[i], t))
            f->groups[n++] = g->items[i].rows;
    }
    if (a >= last)
        f->n_before = n;
    f->n = n - f->n_before;
    f->carried = carried && a < g->n && is_body_of(&g->items[a], t);
    f->unfinished = last > b && is_body_of(&g->items[b], t);
    return f;
}

void table_frag_free(TableFrag *f)
{
    if (f) {
        free(f->groups);
        free(f);
    }
}

/* The marker of class cls in a row group: on its rows, then in its cells; the first or last. */
static FoNode *group_marker(const RowGroup *group, const char *cls, int last)
{
    FoNode *found = NULL;
    int rows = 0;
    for (FoNode *r = group->first_row; r && rows < group->n_rows; r = r->next) {
        if (r->type != FO_TABLE_ROW)
            continue;
        rows++;
        for (FoNode *c = r->first; c; c = c->next) {
            FoNode *in = c->type == FO_TABLE_CELL ? c->first : c;
            for (FoNode *m = in; m && (c->type == FO_TABLE_CELL || m == c); m = m->next) {
                if (m->type != FO_MARKER)
                    continue;
                const char *name = fo_string(m, P_MARKER_CLASS_NAME);
                if (name && strcmp(name, cls) == 0) {
                    if (!last)
                        return m;
                    found = m;
                }
            }
        }
    }
    return found;
}

FoNode *table_frag_marker(const TableFrag *f, const char *cls, FoKeyword position, FoKeyword boundary)
{
    const RowGroup **page = f->groups + f->n_before;
    int from = 0, to = f->n; /* the groups that count, of the page's */
    int last = position == K_TM_LAST_STARTING || position == K_TM_LAST_ENDING;
    if (position != K_FIRST_INCLUDING_CARRYOVER && position != K_TM_LAST_ENDING && f->carried)
        from = 1; /* "starting": the group that began earlier does not */
    if (position == K_TM_LAST_ENDING && f->unfinished)
        to--;     /* "ending": nor the one that goes on */
    for (int k = last ? to - 1 : from; last ? k >= from : k < to; k += last ? -1 : 1) {
        FoNode *m = group_marker(page[k], cls, last);
        if (m)
            return m;
    }
    if (boundary != K_TABLE)
        return NULL;
    /* the whole table: the last marker before what counted on this page */
    for (int k = f->n_before + from - 1; k >= 0; k--) {
        FoNode *m = group_marker(f->groups[k], cls, 1);
        if (m)
            return m;
    }
    return NULL;
}
