/* typeset_error — the one error reporter of the typesetter's files (typeset_int.h).
 *
 * Takes: the context, the node at fault and a message. Gives: a located diagnostic (fo_error)
 * and one more error counted on the context, which makes the typesetting fail. In a file of its
 * own, below the page builder, the galley and the text, so that none of them calls back into
 * another for it.
 */
#include "typeset_int.h"
#include "shared/i18n.h"

#include <stdarg.h>
#include <stdio.h>

void typeset_error(TypesetContext *ctx, const FoNode *node, const char *fmt, ...)
{
    char message[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, _(fmt), ap); /* the author's language (i18n.h) */
    va_end(ap);
    fo_error(ctx->tree, node, "%s", message);
    ctx->errors++;
}
