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

/* Returns 0 when doc is valid, -1 after reporting every violation (or a broken schema). */
int validate_document(xmlDocPtr doc, const char *schema_path);
void validate_shutdown(void);

#endif
