/* check — the third stage: the rules of the data that a schema cannot say.
 *
 * Takes: a document that passed the schema. Gives: every broken rule as
 * file:line:col: error|warning through diag — ids unique, references resolve, a trial's
 * municipalities belong to its network, status dates agree with the rounds, at most the
 * invitation's number of members unless a dispensation is recorded, approved trials carry the
 * evaluation minimum, stated totals agree with the rows — and a yes/no.
 */
#ifndef FRISK_CHECK_H
#define FRISK_CHECK_H

#include <libxml/tree.h>

/* Returns 0 when no rule reports an error (warnings allowed), -1 otherwise. */
int check_document(xmlDocPtr doc);

#endif
