/* area_tree — the one operation on the area tree that every part of the page builder needs:
 * appending a drawing operation to a page.
 *
 * Takes: a page of the layout (typeset_int.h) and an op. Gives: the op copied to the end of
 * the page's growing array. Kept in a file of its own, below typeset.c and its helpers
 * (change bars, floats), so that they can draw without calling back into the page builder
 * (tests/boundaries forbids files calling each other).
 */
#include "typeset_int.h"

#include "shared/diag.h"

#include <stdlib.h>

DrawOp *layout_add_op(Layout *layout, Page *page, const DrawOp *op)
{
    (void)layout;
    if (page->n_ops == page->cap_ops) {
        page->cap_ops = page->cap_ops ? page->cap_ops * 2 : 64;
        page->ops = realloc(page->ops, sizeof *page->ops * (size_t)page->cap_ops);
        FRISK_ASSERT(page->ops != NULL);
    }
    page->ops[page->n_ops] = *op;
    return &page->ops[page->n_ops++];
}
