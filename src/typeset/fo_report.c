/* fo_report — reports a problem located at an FO object: file:line:col, the column of its
 * start tag, in the author's language.
 *
 * Its own file because both the tree builder (fo_tree.c) and the passes it calls (fo_rows.c)
 * report through it; in fo_tree.c it made the two call each other.
 */
#include "fo.h"

#include "shared/i18n.h"
#include "shared/diag.h"
#include "shared/load.h"

#include <stdarg.h>
#include <stdio.h>

/* Both report at the FO object's line and the column of its start tag. */
static void fo_report(DiagSeverity severity, const FoTree *tree, const FoNode *node,
                      const char *fmt, va_list ap)
{
    char message[1024];
    vsnprintf(message, sizeof message, _(fmt), ap); /* the author's language (i18n.h) */
    long line = node ? node->line : 0;
    long col = node && node->tag ? load_tag_start(tree->file, &line, node->tag) : 0;
    diag_report(severity, tree->file, line, col, "%s", message);
}

void fo_error(const FoTree *tree, const FoNode *node, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fo_report(DIAG_ERROR, tree, node, fmt, ap);
    va_end(ap);
}

void fo_warning(const FoTree *tree, const FoNode *node, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fo_report(DIAG_WARNING, tree, node, fmt, ap);
    va_end(ap);
}
