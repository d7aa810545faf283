/* fo_rows — fo:table-cell written directly in fo:table-body, -header or -footer (tables2, issue
 * 20): the rows XSL 1.1 §6.7.10 forms from them, made explicit as FOP makes them.
 *
 * Takes: a table section just read by fo_tree.c, and its table's columns. Gives: its cells
 * moved under fo:table-row objects of their own, one per row formed, so that the table's
 * layout, its collapsed borders, its markers and the PDF structure tree (TR) see rows as if the
 * author had written them. A row ends after a cell with ends-row="true", before one with
 * starts-row="true", and where the next cell no longer fits beside the columns already taken;
 * a cell that fits in no row (spanning more columns than the table has) is a located error.
 */
#include "fo.h"

#include "shared/diag.h"
#include "shared/i18n.h"

#include <stdlib.h>
#include <string.h>

/* The table's column count from its fo:table-column objects, or 0 when it has none (then the
 * first row formed says how many there are, as the table layout counts them). */
static int declared_columns(const FoNode *table)
{
    int n = 0;
    for (const FoNode *c = table ? table->first : NULL; c; c = c->next)
        if (c->type == FO_TABLE_COLUMN) {
            int at = (int)fo_number(c, P_COLUMN_NUMBER, n + 1) - 1;
            int rep = (int)fo_number(c, P_NUMBER_COLUMNS_REPEATED, 1);
            if (at + rep > n)
                n = at + rep;
        }
    return n;
}

/* A row of the section's own, standing where its first cell stands (for errors at it). */
static FoNode *new_row(FoTree *tree, FoNode *section, const FoNode *first_cell)
{
    FoNode *row = fo_arena_alloc(tree->arena, sizeof *row);
    row->type = FO_TABLE_ROW;
    row->parent = section;
    row->tag = first_cell->tag;
    row->line = first_cell->line;
    row->serial = tree->node_count++;
    return row;
}

static void append(FoNode *parent, FoNode *child)
{
    child->parent = parent;
    child->next = NULL;
    if (parent->last)
        parent->last->next = child;
    else
        parent->first = child;
    parent->last = child;
}

int fo_rows_form(FoTree *tree, FoNode *section)
{
    int has_cell = 0, has_row = 0;
    for (FoNode *c = section->first; c; c = c->next) {
        has_cell |= c->type == FO_TABLE_CELL;
        has_row |= c->type == FO_TABLE_ROW;
    }
    if (!has_cell)
        return 0;
    if (has_row) {
        for (FoNode *c = section->first; c; c = c->next)
            if (c->type == FO_TABLE_CELL) {
                fo_error(tree, c, _("fo:table-cell stands directly in fo:%s beside fo:table-row: "
                                    "a table section holds either rows or cells, not both"),
                         fo_type_name(section->type));
                return 1;
            }
    }
    int n_cols = declared_columns(section->parent);
    int cap = n_cols > 0 ? n_cols : 1000; /* the most columns the table layout takes */
    int *span_left = calloc((size_t)cap, sizeof *span_left); /* rows a column is still taken */
    FRISK_ASSERT(span_left != NULL);
    int errors = 0, col = 0;
    FoNode *row = NULL;
    FoNode *child = section->first;
    section->first = section->last = NULL;
    while (child) {
        FoNode *c = child;
        child = child->next;
        if (c->type != FO_TABLE_CELL) { /* markers (and what the layout refuses) stay */
            append(section, c);
            continue;
        }
        int span = (int)fo_number(c, P_NUMBER_COLUMNS_SPANNED, 1);
        int rowspan = (int)fo_number(c, P_NUMBER_ROWS_SPANNED, 1);
        const FoValue *cn = fo_get(c, P_COLUMN_NUMBER, NULL);
        int want = cn && cn->kind == FV_NUMBER ? (int)cn->number - 1 : -1;
        for (int attempt = 0; attempt < 2; attempt++) {
            if (row && (attempt == 1 || fo_keyword(c, P_STARTS_ROW) == K_TRUE)) {
                if (n_cols == 0) /* the first row formed counts the columns */
                    n_cols = col;
                for (int i = 0; i < cap; i++)
                    if (span_left[i] > 0)
                        span_left[i]--;
                row = NULL;
            }
            int at = row ? col : 0;
            if (want >= 0 && (want >= at || !row))
                at = want;
            while (at < cap && span_left[at] > 0)
                at++;
            int fits = n_cols == 0 ? at + span <= cap : at + span <= n_cols;
            if (!fits && row && attempt == 0)
                continue; /* the columns are used up: the next row */
            if (!fits) {
                fo_error(tree, c, _("fo:table-cell fits in no row: it spans %d column(s) from "
                                    "column %d, and the table has %d"),
                         span, at + 1, n_cols > 0 ? n_cols : cap);
                errors++;
                break;
            }
            if (!row) {
                row = new_row(tree, section, c);
                append(section, row);
            }
            append(row, c);
            for (int i = 0; i < span; i++)
                span_left[at + i] = rowspan;
            col = at + span;
            break;
        }
        if (row && fo_keyword(c, P_ENDS_ROW) == K_TRUE) {
            if (n_cols == 0)
                n_cols = col;
            for (int i = 0; i < cap; i++)
                if (span_left[i] > 0)
                    span_left[i]--;
            row = NULL;
        }
    }
    free(span_left);
    return errors;
}
