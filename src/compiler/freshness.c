/* freshness — the stale items of a status memo edition (see freshness.h).
 *
 * An edition is written from the last one, so everything the last one printed as a future
 * event comes along. Each rule below finds one kind of such item as of the edition's date and
 * says what to record instead. A date has "passed" only when it certainly lies before the
 * edition: its last day before the edition's first day (a memo of "2018-07" does not yet call
 * 1.7.2018 past). stylesheets/common/status.xsl (frisk:stale) marks the same statuses in a
 * draft's PDF and HTML; tests/editions/ holds the two to each other.
 */
#include "freshness.h"

#include "shared/diag.h"
#include "shared/i18n.h"
#include "history.h"
#include "xmltree.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

/* The edition being checked. */
typedef struct {
    xmlNodePtr memo;
    xmlNodePtr programme;
    const char *zDate;     /* the memo's date as written */
    long firstDay;         /* its first day, YYYYMMDD: what lies before it has passed */
    long lastDay;          /* its last day: what is dated by then is known to it */
    DiagSeverity severity; /* DIAG_ERROR in a final memo, else DIAG_WARNING */
    int nReported;
} Edition;

/* The value of an attribute without namespace, borrowed from the tree; NULL when absent. */
static const char *attr(xmlNodePtr node, const char *name)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return NULL;
    for (xmlAttrPtr a = node->properties; a; a = a->next)
        if (!a->ns && strcmp((const char *)a->name, name) == 0)
            return a->children && a->children->content ? (const char *)a->children->content : "";
    return NULL;
}

/* Whether a date certainly lies before the edition. */
static int has_passed(const Edition *ed, const char *date)
{
    long key = history_date_key(date, 1);
    return key > 0 && key < ed->firstDay;
}

/* Whether a date is known to the edition (on or before its last day). */
static int is_known(const Edition *ed, const char *date)
{
    long key = history_date_key(date, 1);
    return key > 0 && key <= ed->lastDay;
}

/* How a final memo's message ends: why it stops the build. */
static const char *final_note(const Edition *ed)
{
    return ed->severity == DIAG_ERROR ? _("; the memo is marked final, so it is not built while "
                                          "anything is stale")
                                      : "";
}

/* "trial 'akut-x', element 'akut-x-sul-138'" or "application 'boern-y'", for a message. */
static void item_name(xmlNodePtr item, char *buf, size_t n)
{
    if (xmltree_is(item, "element")) {
        const char *trial = attr(item->parent, "id");
        const char *id = attr(item, "id");
        if (id)
            snprintf(buf, n, _("trial '%s', element '%s'"), trial ? trial : "?", id);
        else
            snprintf(buf, n, _("trial '%s'"), trial ? trial : "?");
    } else {
        snprintf(buf, n, _("application '%s'"), attr(item, "id") ? attr(item, "id") : "?");
    }
}

/* ---- rule: current statuses whose expected date has passed ---------------------------- */

static void check_item_status(Edition *ed, xmlNodePtr item)
{
    xmlNodePtr status = history_current_status(item, ed->lastDay);
    if (!status)
        return;
    const char *kind = attr(status, "kind") ? attr(status, "kind") : "";
    const char *start = attr(status, "start");
    char name[256];
    item_name(item, name, sizeof name);
    if (strcmp(kind, "expected") == 0 && start && has_passed(ed, start)) {
        diag_node_report(ed->severity, status,
                         "%s is still expected to be enacted for a start on %s, which lies before "
                         "this edition (%s): record what happened as a new status after this one, "
                         "with its date and source: <status kind=\"approved\" start=\"%s\" "
                         "date=\"YYYY-MM\" source=\"…\"/>, or kind=\"rejected\" or "
                         "\"withdrawn\"%s",
                         name, start, ed->zDate, start, final_note(ed));
        ed->nReported++;
    }
    if ((strcmp(kind, "approved") == 0 || strcmp(kind, "partially-approved") == 0) && start &&
        attr(status, "start-latest") && strcmp(attr(status, "start-latest"), "true") == 0 &&
        has_passed(ed, start)) {
        diag_node_report(ed->severity, status,
                         "%s may start at the latest on %s, which lies before this edition (%s): "
                         "record the start as a new status after this one, with its date and "
                         "source: <status kind=\"%s\" start=\"YYYY-MM-DD\" date=\"YYYY-MM\" "
                         "source=\"…\"/> (without start-latest), or kind=\"withdrawn\"%s",
                         name, start, ed->zDate, kind, final_note(ed));
        ed->nReported++;
    }
    xmlNodePtr operation = xmltree_first(status, "operation");
    const char *from = attr(operation, "from");
    const char *expected = attr(operation, "expected");
    if (from && expected && strcmp(expected, "true") == 0 && has_passed(ed, from)) {
        diag_node_report(ed->severity, operation,
                         "%s was expected in operation from %s, which lies before this edition "
                         "(%s): record whether it is, as a new status after this one, with its "
                         "date and source: <status kind=\"%s\"%s%s%s date=\"YYYY-MM\" "
                         "source=\"…\"><operation from=\"YYYY-MM-DD\"/></status> (without "
                         "expected)%s",
                         name, from, ed->zDate, kind, start ? " start=\"" : "", start ? start : "",
                         start ? "\"" : "", final_note(ed));
        ed->nReported++;
    }
}

static void rule_statuses(Edition *ed)
{
    xmlNodePtr networks = xmltree_first(ed->programme, "networks");
    for (xmlNodePtr net = xmltree_first(networks, "network"); net; net = xmltree_next(net, "network")) {
        for (xmlNodePtr t = xmltree_first(xmltree_first(net, "trials"), "trial"); t;
             t = xmltree_next(t, "trial"))
            for (xmlNodePtr e = xmltree_first(t, "element"); e; e = xmltree_next(e, "element"))
                check_item_status(ed, e);
        for (xmlNodePtr r = xmltree_first(xmltree_first(net, "rejections"), "rejection"); r;
             r = xmltree_next(r, "rejection"))
            check_item_status(ed, r);
    }
}

/* ---- rule: rounds still expected to come into force --------------------------------------- */

static void rule_rounds(Edition *ed)
{
    for (xmlNodePtr r = xmltree_first(xmltree_first(ed->programme, "rounds"), "round"); r;
         r = xmltree_next(r, "round")) {
        const char *expected = attr(r, "expected");
        const char *in_force = attr(r, "in-force");
        if (!expected || strcmp(expected, "true") != 0 || !has_passed(ed, in_force))
            continue;
        diag_node_report(ed->severity, r,
                         "round %s was expected to come into force on %s, which lies before this "
                         "edition (%s): once the act is passed, remove expected=\"true\" (or "
                         "correct in-force) and cite the act in source=\"…\"%s",
                         attr(r, "number") ? attr(r, "number") : "?", in_force, ed->zDate,
                         final_note(ed));
        ed->nReported++;
    }
}

/* ---- rule: evaluations and reports due without a result ------------------------------------ */

static void check_measurement(Edition *ed, xmlNodePtr m)
{
    const char *due = attr(m, "date");
    const char *reported = attr(m, "reported");
    if (!due || !has_passed(ed, due) || (reported && is_known(ed, reported)))
        return;
    xmlChar *what = xmlNodeGetContent(m);
    char text[120];
    snprintf(text, sizeof text, "%s", what ? (const char *)what : "");
    xmlFree(what);
    diag_node_report(ed->severity, m,
                     "the evaluation or report \"%s\" was due %s, which lies before this edition "
                     "(%s), and no result is recorded: add reported=\"YYYY-MM\" (when it came) "
                     "and source=\"…\" (where it is), or move date if it was postponed%s",
                     text, due, ed->zDate, final_note(ed));
    ed->nReported++;
}

static void walk_measurements(Edition *ed, xmlNodePtr node)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (xmltree_is(node, "measurement"))
            check_measurement(ed, node);
        else
            walk_measurements(ed, node->children);
    }
}

/* ---- rule: stated figures from an older edition -------------------------------------------- */

/* The date of the status-memo edition a source cites, into buf: its seed (the text before the
 * first comma) is "status-memo-DATE", as the seeds are named (schema/README.md). 0 when the
 * source cites no edition. */
static int source_edition(const char *source, char *buf, size_t n)
{
    static const char prefix[] = "status-memo-";
    if (!source || strncmp(source, prefix, sizeof prefix - 1) != 0)
        return 0;
    const char *date = source + sizeof prefix - 1;
    size_t len = strcspn(date, ", ");
    if (len >= n)
        return 0;
    snprintf(buf, n, "%.*s", (int)len, date);
    return history_date_key(buf, 1) > 0;
}

/* Whether two stated figures state the same total (name, network and round alike). */
static int same_figure(xmlNodePtr a, xmlNodePtr b)
{
    static const char *const keys[] = {"name", "network", "round"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const char *x = attr(a, keys[i]), *y = attr(b, keys[i]);
        if ((x == NULL) != (y == NULL) || (x && strcmp(x, y) != 0))
            return 0;
    }
    return 1;
}

/* The key of the edition a figure's source cites, or LONG_MAX when it cites none (a figure
 * from another kind of source is not tied to an edition). */
static long figure_edition_key(xmlNodePtr figure)
{
    char date[16];
    return source_edition(attr(figure, "source"), date, sizeof date) ? history_date_key(date, 1)
                                                                     : LONG_MAX;
}

/* The figure lists of a memo (the programme's, then its own) or of any other root. */
static void figure_lists(xmlNodePtr root, xmlNodePtr lists[2])
{
    lists[0] = xmltree_first(xmltree_first(root, "programme"), "stated-figures");
    lists[1] = xmltree_first(root, "stated-figures");
}

/* A newer statement of the same figure in the document, else NULL. */
static xmlNodePtr newer_statement(xmlNodePtr root, xmlNodePtr figure)
{
    long key = figure_edition_key(figure);
    xmlNodePtr lists[2];
    figure_lists(root, lists);
    for (size_t i = 0; i < 2; i++)
        for (xmlNodePtr f = xmltree_first(lists[i], "stated-figure"); f;
             f = xmltree_next(f, "stated-figure"))
            if (f != figure && same_figure(f, figure) && figure_edition_key(f) > key)
                return f;
    return NULL;
}

static void rule_stated_figures(Edition *ed)
{
    xmlNodePtr lists[2];
    figure_lists(ed->memo, lists);
    for (size_t i = 0; i < 2; i++) {
        for (xmlNodePtr f = xmltree_first(lists[i], "stated-figure"); f;
             f = xmltree_next(f, "stated-figure")) {
            char date[16];
            if (!source_edition(attr(f, "source"), date, sizeof date) || !has_passed(ed, date) ||
                newer_statement(ed->memo, f))
                continue;
            const char *network = attr(f, "network");
            diag_node_report(ed->severity, f,
                             "stated figure %s%s%s (%s) comes from the edition of %s, older than "
                             "this one (%s), so this edition may print another number: state this "
                             "edition's figure in the memo's <stated-figures>, <stated-figure "
                             "name=\"%s\"%s%s%s value=\"…\" source=\"status-memo-%s, …\"/>, which "
                             "frisk check compares with the data%s",
                             attr(f, "name") ? attr(f, "name") : "?", network ? _(" for network ") : "",
                             network ? network : "", attr(f, "value") ? attr(f, "value") : "?",
                             date, ed->zDate, attr(f, "name") ? attr(f, "name") : "",
                             network ? " network=\"" : "", network ? network : "",
                             network ? "\"" : "", ed->zDate, final_note(ed));
            ed->nReported++;
        }
    }
}

/* ---- rule: the programme's data is as new as the edition --------------------------------- */

static void rule_data_date(Edition *ed)
{
    xmlNodePtr data_date = xmltree_first(ed->programme, "data-date");
    const char *value = attr(data_date, "value");
    if (!value || !has_passed(ed, value))
        return;
    diag_node_report(ed->severity, data_date,
                     "the programme's data is current as of %s, before this edition (%s): record "
                     "the statuses that changed since (each new <status> with its date and "
                     "source), then set <data-date value=\"%s\" since=\"…\"/> (since = the "
                     "previous edition's date)%s",
                     value, ed->zDate, ed->zDate, final_note(ed));
    ed->nReported++;
}

/* ---- the edition ----------------------------------------------------------------------------- */

/* Fills ed for a memo with a date; 0 for any other document. */
static int edition_init(Edition *ed, xmlNodePtr root)
{
    memset(ed, 0, sizeof *ed);
    if (!xmltree_is(root, "memo"))
        return 0;
    ed->memo = root;
    ed->programme = xmltree_first(root, "programme");
    ed->zDate = attr(xmltree_first(root, "date"), "value");
    ed->firstDay = history_date_key(ed->zDate, 0);
    ed->lastDay = history_date_key(ed->zDate, 1);
    const char *status = attr(root, "status");
    ed->severity = status && strcmp(status, "final") == 0 ? DIAG_ERROR : DIAG_WARNING;
    return ed->programme && ed->firstDay > 0;
}

int freshness_check(xmlDocPtr doc)
{
    Edition ed;
    if (!doc || !edition_init(&ed, xmlDocGetRootElement(doc)))
        return 0;
    rule_data_date(&ed);
    rule_rounds(&ed);
    rule_statuses(&ed);
    walk_measurements(&ed, xmltree_first(ed.programme, "networks"));
    rule_stated_figures(&ed);
    return ed.nReported;
}

int freshness_figure_applies(xmlNodePtr figure)
{
    xmlNodePtr root = figure && figure->doc ? xmlDocGetRootElement(figure->doc) : NULL;
    Edition ed;
    if (!edition_init(&ed, root))
        return 1;
    char date[16];
    if (source_edition(attr(figure, "source"), date, sizeof date) && has_passed(&ed, date))
        return 0;
    return newer_statement(root, figure) == NULL;
}
