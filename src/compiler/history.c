/* history — partial dates and status histories as of a date (see history.h).
 *
 * Kept apart from check.c so that the freshness rules and the checker read a history the
 * same way; status.xsl (frisk:date-end, frisk:current-status) is the stylesheets' twin.
 */
#include "history.h"

#include "xmltree.h"

#include <stdlib.h>
#include <string.h>

static int days_in_month(long y, long m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 ? 28 + leap : days[m - 1];
}

long history_date_key(const char *z, int end)
{
    if (!z)
        return -1;
    size_t len = strlen(z);
    if (len < 4)
        return -1;
    long y = strtol(z, NULL, 10);
    if (len == 4)
        return y * 10000 + (end ? 1231 : 101);
    long m = strtol(z + 5, NULL, 10);
    if (m < 1 || m > 12)
        return -1;
    if (len == 7)
        return y * 10000 + m * 100 + (end ? days_in_month(y, m) : 1);
    return y * 10000 + m * 100 + strtol(z + 8, NULL, 10);
}

xmlNodePtr history_current_status(xmlNodePtr item, long as_of_key)
{
    xmlNodePtr current = NULL;
    for (xmlNodePtr s = xmltree_first(xmltree_first(item, "status-history"), "status"); s;
         s = xmltree_next(s, "status")) {
        xmlChar *date = xmlGetNoNsProp(s, (const xmlChar *)"date");
        if (!date || history_date_key((const char *)date, 1) <= as_of_key)
            current = s;
        xmlFree(date);
    }
    return current;
}
