/* validate — the second stage: a loaded tree is checked against the RELAX NG schema.
 *
 * Takes: a document and the schema path (schema/frisk.rng). Gives: every schema violation
 * as file:line:col through diag, and a yes/no. The schema is the contract editors can also
 * use for completion; rules it cannot express are the check stage's.
 *
 * Ownership: the parsed schema is cached by path and freed by validate_shutdown().
 */
#ifndef FRISK_VALIDATE_H
#define FRISK_VALIDATE_H

#include <libxml/tree.h>

/* Returns 0 when doc is valid. After reporting every violation: 1 when the parts at fault were
 * removed from doc, so the rules of the check stage can still run on what is left (one run shows
 * every problem); -1 when they could not be told apart (or the schema is broken): check nothing. */
int validate_document(xmlDocPtr doc, const char *schema_path);
void validate_shutdown(void);

/* Whether name is an element the schema's <start> allows as a root (1) or not (0); 1 too when
 * the schema cannot be read that way. With known set, *known receives the allowed names as
 * "programme, memo, …" (malloc'ed, or NULL). */
int validate_known_root(const char *schema_path, const char *name, char **known);

#endif
