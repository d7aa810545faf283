/* history — partial dates and status histories "as of" a date, in C.
 *
 * Takes: the dates frisk's data writes (YYYY-MM-DD, YYYY-MM, YYYY) and status histories.
 * Gives: dates as comparable YYYYMMDD keys and the status an element or rejection has on a
 * date. The check stage (check.c) and the freshness rules (freshness.c) both need them, and
 * stylesheets/common/status.xsl states the same definitions for the documents.
 * Every function borrows its nodes and strings and returns borrowed nodes.
 */
#ifndef FRISK_HISTORY_H
#define FRISK_HISTORY_H

#include <libxml/tree.h>

/* A date at the precision its source gives as the YYYYMMDD of its first (end = 0) or last
 * (end = 1) day: "2018-02" → 20180201 or 20180228. A month counts to its last day when
 * deciding what is known "as of" a document, and from its first when deciding whether a date
 * has certainly passed. Returns -1 for NULL or text that is none of the three. */
long history_date_key(const char *date, int end);

/* The current status of an element or rejection as of a date key (history_date_key(date, 1),
 * or LONG_MAX for the newest data): the last entry of its status history that is undated or
 * dated no later than the key. NULL when none is known yet. */
xmlNodePtr history_current_status(xmlNodePtr item, long as_of_key);

#endif
