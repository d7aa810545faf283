/* check — the rules of the data that a schema cannot say (see check.h).
 *
 * Takes a document that passed the schema (a programme, a memo or an application, each with the
 * programme composed into it, or one part checked alone). Gives every broken rule as one
 * diagnostic at the node to fix, with what is wrong and what to do. Each rule is a function
 * over the whole document, listed in check_rules[]; every rule reports and keeps going, so one
 * run lists all problems. The counts the memo states are compared with the counts computed
 * here by the same definitions as stylesheets/common/facts.xsl (tests/facts/ holds them to it).
 */
#include "check.h"

#include "freshness.h"
#include "history.h"
#include "shared/diag.h"
#include "shared/i18n.h"
#include "shared/load.h"
#include "xmltree.h"

#include <libxml/hash.h>
#include <libxml/uri.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- the document ---------------------------------------------------------------------- */

typedef enum { DOC_PART, DOC_PROGRAMME, DOC_MEMO, DOC_APPLICATION } DocKind;

/* What every rule needs to know about the document; built once by context_init. */
typedef struct {
    xmlNodePtr root;
    DocKind kind;
    xmlNodePtr programme;   /* NULL when a part (a network file, ...) is checked alone */
    xmlHashTablePtr ids;    /* id -> first element with that id (borrowed nodes) */
    xmlHashTablePtr kinds;  /* (id, element name) -> first such element, so a reference still
                               finds its target when another kind reuses the id */
    const char *zAsOf;      /* a memo's date, or NULL: the latest data */
    long asOfKey;           /* end of zAsOf as YYYYMMDD, or LONG_MAX */
    long maxMembers;        /* programme/rules/@max-members, or 0 when unknown */
    const char *zStatus;    /* an application's status: draft, submitted (also when absent),
                               decided; NULL for other documents */
    DiagSeverity ruleSeverity; /* of the programme's rules for the applying network: a warning
                                  while a draft is written, an error once submitted */
} CheckContext;

typedef void (*CheckRuleFn)(CheckContext *ctx);

/* ---- small tree helpers (all borrow) ---------------------------------------------------- */

/* The value of an attribute without namespace, borrowed from the tree; NULL when absent. */
static const char *prop(xmlNodePtr node, const char *name)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return NULL;
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        if (!a->ns && strcmp((const char *)a->name, name) == 0)
            return a->children && a->children->content ? (const char *)a->children->content : "";
    }
    return NULL;
}

static xmlNodePtr ancestor(xmlNodePtr node, const char *name)
{
    for (xmlNodePtr p = node ? node->parent : NULL; p; p = p->parent)
        if (xmltree_is(p, name))
            return p;
    return NULL;
}

/* Calls fn on every element under node (node included), in document order. */
static void walk(xmlNodePtr node, void (*fn)(CheckContext *, xmlNodePtr), CheckContext *ctx)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        fn(ctx, node);
        walk(node->children, fn, ctx);
    }
}

/* Elements under node named name, collected in document order. The array is malloc'ed
 * (free it); *n receives the count. */
typedef struct {
    xmlNodePtr *nodes;
    size_t n, cap;
} NodeList;

static void list_push(NodeList *list, xmlNodePtr node)
{
    if (list->n == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 16;
        xmlNodePtr *grown = realloc(list->nodes, cap * sizeof *grown);
        FRISK_ASSERT(grown != NULL);
        list->nodes = grown;
        list->cap = cap;
    }
    list->nodes[list->n++] = node;
}

static void collect(xmlNodePtr node, const char *name, NodeList *out)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (xmltree_is(node, name))
            list_push(out, node);
        collect(node->children, name, out);
    }
}

/* ---- statuses and outcomes (the definitions facts.xsl and status.xsl share) -------------- */

/* A status is known as of the document when it is undated or its period ends on or before the
 * document's date (a month to its last day). */
static int status_known(const CheckContext *ctx, xmlNodePtr status)
{
    const char *date = prop(status, "date");
    return !date || history_date_key(date, 1) <= ctx->asOfKey;
}

/* The current status of an element or rejection: the last entry of its history known as of
 * the document's date; NULL when none is known yet. */
static xmlNodePtr current_status(const CheckContext *ctx, xmlNodePtr item)
{
    return history_current_status(item, ctx->asOfKey);
}

static int kind_is(const char *kind, const char *set)
{
    if (!kind)
        return 0;
    size_t len = strlen(kind);
    for (const char *p = strstr(set, kind); p; p = strstr(p + 1, kind))
        if ((p == set || p[-1] == ' ') && (p[len] == ' ' || p[len] == '\0'))
            return 1;
    return 0;
}

#define KINDS_GRANTED "approved partially-approved expected"
#define KINDS_APPROVED "approved partially-approved"

/* The outcome of a trial as of the document, from its elements' current statuses:
 * "approved" when an element is approved or partially approved; else "expected" when one is
 * expected; else "rejected" when one is rejected; else the first element's current kind
 * (applied, clarification, ...); NULL when nothing is known yet. A rejection's outcome is its
 * own current kind. */
static const char *item_outcome(const CheckContext *ctx, xmlNodePtr item)
{
    if (xmltree_is(item, "rejection")) {
        xmlNodePtr s = current_status(ctx, item);
        return s ? prop(s, "kind") : NULL;
    }
    if (xmltree_is(item, "element")) {
        /* One row: its current kind, partially approved counted as approved. */
        xmlNodePtr s = current_status(ctx, item);
        const char *kind = s ? prop(s, "kind") : NULL;
        return kind && strcmp(kind, "partially-approved") == 0 ? "approved" : kind;
    }
    int approved = 0, expected = 0, rejected = 0;
    const char *first = NULL;
    for (xmlNodePtr e = xmltree_first(item, "element"); e; e = xmltree_next(e, "element")) {
        xmlNodePtr s = current_status(ctx, e);
        const char *kind = s ? prop(s, "kind") : NULL;
        if (!kind)
            continue;
        if (!first)
            first = kind;
        approved |= kind_is(kind, KINDS_APPROVED);
        expected |= strcmp(kind, "expected") == 0;
        rejected |= strcmp(kind, "rejected") == 0;
    }
    return approved ? "approved" : expected ? "expected" : rejected ? "rejected" : first;
}

/* An item's round: its own @round (an element's: its trial's), else the first @round in its
 * statuses (document order). */
static const char *item_round(xmlNodePtr item)
{
    const char *round = prop(xmltree_is(item, "element") ? item->parent : item, "round");
    if (round)
        return round;
    NodeList statuses = {0};
    collect(item->children, "status", &statuses);
    for (size_t i = 0; i < statuses.n && !round; i++)
        round = prop(statuses.nodes[i], "round");
    free(statuses.nodes);
    return round;
}

/* The element with this id among the given kinds (space-separated element names), else NULL. */
static xmlNodePtr lookup(const CheckContext *ctx, const char *id, const char *kinds)
{
    char name[32];
    for (const char *p = kinds; id && *p;) {
        size_t len = strcspn(p, " ");
        if (len < sizeof name) {
            memcpy(name, p, len);
            name[len] = '\0';
            xmlNodePtr found = xmlHashLookup2(ctx->kinds, (const xmlChar *)id, (const xmlChar *)name);
            if (found)
                return found;
        }
        p += len;
        while (*p == ' ')
            p++;
    }
    return NULL;
}

/* ---- facts (stylesheets/common/facts.xsl documents each definition) --------------------- */

typedef struct {
    const char *zName;
    const char *zNetwork; /* NULL: all networks */
    const char *zRound;   /* NULL: all rounds */
} FactQuery;

static int in_scope(const FactQuery *q, xmlNodePtr item)
{
    if (q->zNetwork) {
        xmlNodePtr net = ancestor(item, "network");
        if (!net || !prop(net, "id") || strcmp(prop(net, "id"), q->zNetwork) != 0)
            return 0;
    }
    if (q->zRound) {
        const char *round = item_round(item);
        if (!round || strcmp(round, q->zRound) != 0)
            return 0;
    }
    return 1;
}

/* Whether a municipality left the network as of the document. */
static int member_left(const CheckContext *ctx, xmlNodePtr network, const char *ref)
{
    for (xmlNodePtr l = xmltree_first(network, "left"); l; l = xmltree_next(l, "left"))
        if (prop(l, "ref") && strcmp(prop(l, "ref"), ref) == 0 &&
            history_date_key(prop(l, "date"), 1) <= ctx->asOfKey)
            return 1;
    return 0;
}

/* Counts the applications of the networks in scope by outcome (a space-separated set; ""
 * counts every one with a known status, the "applied" of trials-applied). The memo counts a
 * trial per row of its tables, so a trial counts once per element (facts.xsl says why). */
static long count_items(const CheckContext *ctx, const FactQuery *q, int with_trials,
                        int with_rejections, const char *outcomes)
{
    long n = 0;
    NodeList items = {0};
    if (with_trials) {
        NodeList trials = {0};
        collect(ctx->programme, "trial", &trials);
        for (size_t i = 0; i < trials.n; i++)
            for (xmlNodePtr e = xmltree_first(trials.nodes[i], "element"); e; e = xmltree_next(e, "element"))
                list_push(&items, e);
        free(trials.nodes);
    }
    if (with_rejections)
        collect(ctx->programme, "rejection", &items);
    for (size_t i = 0; i < items.n; i++) {
        /* A rejected part of a trial application is not an application of its own. */
        if (!in_scope(q, items.nodes[i]) || prop(items.nodes[i], "part-of"))
            continue;
        const char *outcome = item_outcome(ctx, items.nodes[i]);
        if (outcome && (!*outcomes || kind_is(outcome, outcomes)))
            n++;
    }
    free(items.nodes);
    return n;
}

/* Computes one fact. Returns -1 for a name that needs a network when none is given. */
static long fact_value(const CheckContext *ctx, const FactQuery *q)
{
    const char *name = q->zName;
    if (strcmp(name, "networks") == 0 || strcmp(name, "networks-active") == 0) {
        long n = 0;
        for (xmlNodePtr net = xmltree_first(xmltree_first(ctx->programme, "networks"), "network"); net;
             net = xmltree_next(net, "network")) {
            if (q->zNetwork && (!prop(net, "id") || strcmp(prop(net, "id"), q->zNetwork) != 0))
                continue;
            if (strcmp(name, "networks") == 0) {
                n++;
                continue;
            }
            FactQuery per = {"trials-granted", prop(net, "id"), q->zRound};
            n += per.zNetwork && count_items(ctx, &per, 1, 0, KINDS_GRANTED) > 0;
        }
        return n;
    }
    if (strcmp(name, "municipalities") == 0) {
        xmlHashTablePtr seen = xmlHashCreate(64);
        long n = 0;
        NodeList members = {0};
        collect(ctx->programme, "member", &members);
        for (size_t i = 0; i < members.n; i++) {
            const char *ref = prop(members.nodes[i], "ref");
            if (ref && in_scope(&(FactQuery){name, q->zNetwork, NULL}, members.nodes[i]) &&
                xmlHashAddEntry(seen, (const xmlChar *)ref, members.nodes[i]) == 0)
                n++;
        }
        free(members.nodes);
        xmlHashFree(seen, NULL);
        return n;
    }
    if (strcmp(name, "members-in-network") == 0 || strcmp(name, "members-left") == 0) {
        if (!q->zNetwork)
            return -1;
        xmlNodePtr net = lookup(ctx, q->zNetwork, "network");
        if (!net)
            return 0;
        long n = 0;
        int want_left = strcmp(name, "members-left") == 0;
        for (xmlNodePtr m = xmltree_first(xmltree_first(net, "members"), "member"); m;
             m = xmltree_next(m, "member"))
            if (prop(m, "ref"))
                n += member_left(ctx, net, prop(m, "ref")) == want_left;
        return n;
    }
    if (strcmp(name, "external-evaluations") == 0) {
        NodeList evals = {0};
        collect(ctx->programme, "evaluation", &evals);
        long n = 0;
        for (size_t i = 0; i < evals.n; i++) {
            const char *ext = prop(evals.nodes[i], "external");
            n += ext && (strcmp(ext, "true") == 0 || strcmp(ext, "1") == 0) &&
                 in_scope(&(FactQuery){name, q->zNetwork, NULL}, evals.nodes[i]);
        }
        free(evals.nodes);
        return n;
    }
    if (strcmp(name, "trials-applied") == 0)
        return count_items(ctx, q, 1, 1, "");
    if (strcmp(name, "trials-granted") == 0)
        return count_items(ctx, q, 1, 0, KINDS_GRANTED);
    if (strcmp(name, "trials-approved") == 0)
        return count_items(ctx, q, 1, 0, "approved");
    if (strcmp(name, "trials-expected") == 0)
        return count_items(ctx, q, 1, 0, "expected");
    if (strcmp(name, "trials-rejected") == 0)
        return count_items(ctx, q, 1, 1, "rejected");
    if (strcmp(name, "trials-in-network") == 0)
        return q->zNetwork ? count_items(ctx, q, 1, 0, KINDS_GRANTED) : -1;
    return -1;
}

/* ---- rule: unique ids -------------------------------------------------------------------- */

/* Every id is unique across the composed document (all files, all kinds: municipalities, laws,
 * networks, trials, ...), because every reference names an id without saying its file. */
static void rule_unique_ids_at(CheckContext *ctx, xmlNodePtr node)
{
    const char *id = prop(node, "id");
    if (!id)
        return;
    xmlHashAddEntry2(ctx->kinds, (const xmlChar *)id, node->name, node);
    xmlNodePtr first = xmlHashLookup(ctx->ids, (const xmlChar *)id);
    if (!first) {
        xmlHashAddEntry(ctx->ids, (const xmlChar *)id, node);
        return;
    }
    char *file = diag_node_file(first);
    diag_node_error(node, "duplicate id '%s' (first used by <%s> at %s:%ld); ids must be unique "
                          "across all files: rename one and the references to it",
                    id, (const char *)first->name, file ? file : "?", xmlGetLineNo(first));
    free(file);
}

static void rule_unique_ids(CheckContext *ctx)
{
    walk(ctx->root, rule_unique_ids_at, ctx);
}

/* ---- rule: references resolve, to the right kind of thing -------------------------------- */

/* One kind of reference: an attribute of an element (under a given parent, when the element
 * name alone is ambiguous) that must name the id of one of the target kinds. */
typedef struct {
    const char *zElement;
    const char *zParent; /* NULL: any parent */
    const char *zAttr;
    const char *zKinds;  /* target element names, space-separated */
    const char *zWhere;  /* where such targets are defined, for the message */
    int isList;          /* the attribute holds several ids separated by spaces */
} RefRule;

static const RefRule ref_rules[] = {
    {"member", "members", "ref", "municipality", "input/data/municipalities.xml", 0},
    {"left", "network", "ref", "municipality", "input/data/municipalities.xml", 0},
    {"lead", "network", "ref", "municipality", "input/data/municipalities.xml", 0},
    {"municipality", "contact", "ref", "municipality", "input/data/municipalities.xml", 0},
    {"municipality", "signatory", "ref", "municipality", "input/data/municipalities.xml", 0},
    {"municipality-ref", NULL, "ref", "municipality", "input/data/municipalities.xml", 0},
    {"partner", "collaborations", "ref", "municipality", "input/data/municipalities.xml", 0},
    {"exemption", NULL, "law", "law", "input/data/laws.xml", 0},
    {"law-ref", NULL, "law", "law", "input/data/laws.xml", 0},
    {"trial-ref", NULL, "ref", "trial rejection", N_("the networks' <trials> and <rejections>"), 0},
    {"network-ref", NULL, "ref", "network", "input/networks/", 0},
    {"change-theory-figure", NULL, "ref", "change-theory", N_("an <evaluation>"), 0},
    {"change-theory-items", NULL, "ref", "change-theory", N_("an <evaluation>"), 0},
    {"trial", NULL, "group", "trial-group", N_("the trial's network"), 0},
    {"chapter", NULL, "network", "network", "input/networks/", 0},
    {"application", NULL, "network", "network", "input/networks/", 0},
    {"trial-table", NULL, "network", "network", "input/networks/", 0},
    {"rejection-list", NULL, "network", "network", "input/networks/", 0},
    {"municipality-profiles", NULL, "network", "network", "input/networks/", 0},
    {"focus-area-list", NULL, "network", "network", "input/networks/", 0},
    {"fact", NULL, "network", "network", "input/networks/", 0},
    {"stated-figure", NULL, "network", "network", "input/networks/", 0},
    {"rejection", NULL, "part-of", "trial", N_("the network's <trials>"), 0},
    {"section", NULL, "trial", "trial", N_("the networks' <trials>"), 0},
    {"municipality-profiles", NULL, "order", "municipality", "input/data/municipalities.xml", 1},
    {"xref", NULL, "ref", "section table image", N_("the document (give the target an id)"), 0},
};

/* Edit distance, for "did you mean". Bounded input (ids are short); bails out on long ones. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 63 || lb > 63)
        return (size_t)-1;
    size_t row[64];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

typedef struct {
    const char *zWanted;
    const char *zKinds;
    const char *zBest;
    size_t bestDistance;
} Suggestion;

static void suggest_scan(void *payload, void *data, const xmlChar *name)
{
    xmlNodePtr node = payload;
    Suggestion *s = data;
    if (!kind_is((const char *)node->name, s->zKinds))
        return;
    size_t d = edit_distance(s->zWanted, (const char *)name);
    if (d < s->bestDistance || (d == s->bestDistance && s->zBest && strcmp((const char *)name, s->zBest) < 0)) {
        s->bestDistance = d;
        s->zBest = (const char *)name;
    }
}

/* The id of the given kinds closest to wanted, if close enough to be a likely typo. */
static const char *suggest(CheckContext *ctx, const char *wanted, const char *kinds)
{
    Suggestion s = {wanted, kinds, NULL, 3};
    xmlHashScan(ctx->ids, suggest_scan, &s);
    return s.zBest;
}

/* The id of the given kinds closest to wanted, however far: an unknown law is answered with
 * the nearest law there is, since the author may not know the list's abbreviations. */
static const char *nearest(CheckContext *ctx, const char *wanted, const char *kinds)
{
    Suggestion s = {wanted, kinds, NULL, (size_t)-1};
    xmlHashScan(ctx->ids, suggest_scan, &s);
    return s.zBest;
}

/* "municipality", "trial or rejection": the kinds (element names) for a message. */
static void kinds_text(const char *kinds, char *buf, size_t n)
{
    char copy[128];
    snprintf(copy, sizeof copy, "%s", kinds);
    char *words[8];
    int count = 0;
    for (char *save = NULL, *w = strtok_r(copy, " ", &save); w && count < 8; w = strtok_r(NULL, " ", &save))
        words[count++] = w;
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < count && used < n; i++) {
        const char *sep = i == 0 ? "" : i == count - 1 ? _(" or ") : ", ";
        int k = snprintf(buf + used, n - used, "%s%s", sep, words[i]);
        used += k > 0 ? (size_t)k : 0;
    }
}

static void check_ref(CheckContext *ctx, xmlNodePtr node, const RefRule *rule, const char *value)
{
    xmlNodePtr target = lookup(ctx, value, rule->zKinds);
    if (!target)
        target = xmlHashLookup(ctx->ids, (const xmlChar *)value);
    char kinds[64];
    kinds_text(rule->zKinds, kinds, sizeof kinds);
    if (!target) {
        /* A part checked alone cannot see the programme: only its own targets can resolve. */
        if (!ctx->programme)
            return;
        const char *better = suggest(ctx, value, rule->zKinds);
        if (!better && strcmp(rule->zKinds, "law") == 0) {
            const char *law = nearest(ctx, value, "law");
            xmlNodePtr title = law ? xmltree_first(xmlHashLookup(ctx->ids, (const xmlChar *)law), "title") : NULL;
            xmlChar *text = title ? xmlNodeGetContent(title) : NULL;
            diag_node_error(node, "<%s %s=\"%s\">: no law has the id '%s'; the nearest known law is "
                                  "'%s' (%s); use its id, or declare the law in <laws> in your own "
                                  "file or in input/data/laws.xml",
                            (const char *)node->name, rule->zAttr, value, value, law ? law : "?",
                            text ? (const char *)text : "");
            xmlFree(text);
            return;
        }
        if (better)
            diag_node_error(node, "<%s %s=\"%s\">: no %s has the id '%s'; did you mean '%s'?",
                            (const char *)node->name, rule->zAttr, value, kinds, value, better);
        else
            diag_node_error(node, "<%s %s=\"%s\">: no %s has the id '%s'; use the id of a %s "
                                  "defined in %s, or add it there",
                            (const char *)node->name, rule->zAttr, value, kinds, value, kinds,
                            _(rule->zWhere));
        return;
    }
    if (!kind_is((const char *)target->name, rule->zKinds)) {
        diag_node_error(node, "<%s %s=\"%s\">: '%s' is a %s (line %ld), not a %s; use the id of a %s",
                        (const char *)node->name, rule->zAttr, value, value,
                        (const char *)target->name, xmlGetLineNo(target), kinds, kinds);
        return;
    }
    /* A trial's group, and the trial a rejected part belongs to, are of its own network. */
    if (strcmp(rule->zAttr, "group") == 0 || strcmp(rule->zAttr, "part-of") == 0) {
        xmlNodePtr mine = ancestor(node, "network"), theirs = ancestor(target, "network");
        if (mine && theirs && mine != theirs)
            diag_node_error(node, "%s '%s' is in network '%s' but its %s '%s' belongs to network "
                                  "'%s'; point to one of the same network",
                            (const char *)node->name, prop(node, "id") ? prop(node, "id") : "?",
                            prop(mine, "id"), rule->zAttr, value, prop(theirs, "id"));
    }
}

/* Rounds named anywhere must be rounds of the programme. */
static void check_round(CheckContext *ctx, xmlNodePtr node)
{
    const char *round = prop(node, "round");
    if (!round || !ctx->programme || xmltree_is(node, "round"))
        return;
    xmlNodePtr rounds = xmltree_first(ctx->programme, "rounds");
    for (xmlNodePtr r = xmltree_first(rounds, "round"); r; r = xmltree_next(r, "round"))
        if (prop(r, "number") && strcmp(prop(r, "number"), round) == 0)
            return;
    diag_node_error(node, "<%s round=\"%s\">: the programme has no round %s; add "
                          "<round number=\"%s\" in-force=\"…\"/> to programme/rounds or correct the round",
                    (const char *)node->name, round, round, round);
}

/* Facts and stated figures about one network must say which network. */
static void check_fact_network(CheckContext *ctx, xmlNodePtr node)
{
    (void)ctx;
    const char *name = prop(node, "name");
    if (name && !prop(node, "network") &&
        kind_is(name, "trials-in-network members-in-network members-left"))
        diag_node_error(node, "<%s name=\"%s\"> counts within one network; add network=\"ID\"",
                        (const char *)node->name, name);
}

static void rule_references_at(CheckContext *ctx, xmlNodePtr node)
{
    for (size_t i = 0; i < sizeof ref_rules / sizeof ref_rules[0]; i++) {
        const RefRule *rule = &ref_rules[i];
        if (!xmltree_is(node, rule->zElement))
            continue;
        if (rule->zParent && !xmltree_is(node->parent, rule->zParent))
            continue;
        const char *value = prop(node, rule->zAttr);
        if (!value)
            continue;
        if (!rule->isList) {
            check_ref(ctx, node, rule, value);
            continue;
        }
        char *copy = strdup(value);
        FRISK_ASSERT(copy != NULL);
        for (char *save = NULL, *tok = strtok_r(copy, " \t\n", &save); tok;
             tok = strtok_r(NULL, " \t\n", &save))
            check_ref(ctx, node, rule, tok);
        free(copy);
    }
    check_round(ctx, node);
    if (xmltree_is(node, "fact") || xmltree_is(node, "stated-figure"))
        check_fact_network(ctx, node);
}

static void rule_references(CheckContext *ctx)
{
    walk(ctx->root, rule_references_at, ctx);
}

/* ---- rule: images -------------------------------------------------------------------------- */

/* An image's file is found relative to the file that names it (its XInclude base), must lie in
 * the folders frisk may read, exist, be a PNG, JPEG or SVG, and not be absurdly large; each
 * failure is said at the <image>, so no document is ever built with an empty box. */
#define IMAGE_MAX_BYTES (32L * 1024 * 1024)
#define IMAGE_MAX_PIXELS 20000L

static void check_image_file(xmlNodePtr node, const char *src, const char *path)
{
    struct stat st;
    if (!load_path_is_allowed(path)) {
        if (stat(path, &st) != 0)
            diag_node_error(node, "<image src=\"%s\">: there is no file %s; put the image beside "
                                  "the document (src is relative to the file that names it)", src, path);
        else
            diag_node_error(node, "<image src=\"%s\">: %s is outside the folders frisk may read; "
                                  "put the image in the input folder", src, path);
        return;
    }
    FILE *f = fopen(path, "rb");
    if (!f || stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
        diag_node_error(node, "<image src=\"%s\">: cannot read %s", src, path);
        if (f)
            fclose(f);
        return;
    }
    unsigned char head[4096] = {0};
    size_t got = fread(head, 1, sizeof head - 1, f);
    fclose(f);
    if (st.st_size > IMAGE_MAX_BYTES) {
        diag_node_error(node, "<image src=\"%s\">: the file is %lld bytes, more than the %ld a "
                              "document may embed; save it smaller", src, (long long)st.st_size,
                        IMAGE_MAX_BYTES);
        return;
    }
    if (got >= 24 && memcmp(head, "\x89PNG\r\n\x1a\n", 8) == 0) {
        long w = (long)head[16] << 24 | head[17] << 16 | head[18] << 8 | head[19];
        long h = (long)head[20] << 24 | head[21] << 16 | head[22] << 8 | head[23];
        if (w <= 0 || h <= 0 || w > IMAGE_MAX_PIXELS || h > IMAGE_MAX_PIXELS)
            diag_node_error(node, "<image src=\"%s\">: a PNG of %ld x %ld pixels; frisk embeds "
                                  "images of at most %ld pixels a side", src, w, h, IMAGE_MAX_PIXELS);
        return;
    }
    if (got >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        return;
    if (strstr((const char *)head, "<svg")) /* an SVG opens its root within its first 4 KB */
        return;
    diag_node_error(node, "<image src=\"%s\">: %s is not a PNG, JPEG or SVG image", src, path);
}

static void rule_images_at(CheckContext *ctx, xmlNodePtr node)
{
    (void)ctx;
    const char *src = xmltree_is(node, "image") ? prop(node, "src") : NULL;
    if (!src)
        return;
    if (strstr(src, "://")) {
        diag_node_error(node, "<image src=\"%s\">: only local files can be embedded; save the "
                              "image beside the document", src);
        return;
    }
    xmlChar *base = xmlNodeGetBase(node->doc, node);
    xmlChar *uri = xmlBuildURI((const xmlChar *)src, base);
    char *path = uri ? xmlURIUnescapeString((const char *)uri, 0, NULL) : NULL;
    if (path) {
        const char *p = strncmp(path, "file://", 7) == 0 ? path + 7 : path;
        check_image_file(node, src, p);
    }
    xmlFree(path);
    xmlFree(uri);
    xmlFree(base);
}

static void rule_images(CheckContext *ctx)
{
    walk(ctx->root, rule_images_at, ctx);
}

/* ---- rule: membership ------------------------------------------------------------------ */

static int is_member(xmlNodePtr network, const char *ref)
{
    for (xmlNodePtr m = xmltree_first(xmltree_first(network, "members"), "member"); m;
         m = xmltree_next(m, "member"))
        if (prop(m, "ref") && strcmp(prop(m, "ref"), ref) == 0)
            return 1;
    return 0;
}

/* Members are listed once; who left, who leads, who takes part in a trial and who signs an
 * application are members of the network in question. */
static void rule_membership_at(CheckContext *ctx, xmlNodePtr node)
{
    if (xmltree_is(node, "member")) {
        const char *ref = prop(node, "ref");
        for (xmlNodePtr m = node->prev; m && ref; m = m->prev)
            if (xmltree_is(m, "member") && prop(m, "ref") && strcmp(prop(m, "ref"), ref) == 0) {
                diag_node_error(node, "municipality '%s' is listed twice among the members "
                                      "(also line %ld); remove this <member>",
                                ref, xmlGetLineNo(m));
                break;
            }
        return;
    }
    if (xmltree_is(node, "trial-ref") && xmltree_is(node->parent, "trial-applications")) {
        /* An application applies for its own network's trials. */
        const char *net = prop(ancestor(node, "application"), "network");
        xmlNodePtr target = lookup(ctx, prop(node, "ref"), "trial rejection");
        xmlNodePtr theirs = ancestor(target, "network");
        if (net && theirs && prop(theirs, "id") && strcmp(prop(theirs, "id"), net) != 0)
            diag_node_error(node, "trial '%s' belongs to network '%s', not to the applying network "
                                  "'%s'; an application lists only its own network's trials",
                            prop(node, "ref"), prop(theirs, "id"), net);
        return;
    }
    xmlNodePtr network = NULL;
    const char *role = NULL, *hint = NULL;
    if (xmltree_is(node, "left") && xmltree_is(node->parent, "network")) {
        network = node->parent;
        role = N_("left the network");
        hint = N_("a member who left stays in <members>: add <member ref=\"%s\"/>");
    } else if (xmltree_is(node, "lead") && xmltree_is(node->parent, "network")) {
        network = node->parent;
        role = N_("leads the network");
        hint = N_("the lead municipality must be one of <members>: correct the ref or add <member ref=\"%s\"/>");
    } else if (xmltree_is(node, "municipality-ref") && xmltree_is(node->parent, "participants")) {
        network = ancestor(node, "network");
        role = N_("takes part in a trial of the network");
        hint = N_("a trial's participants are members of its network: correct the ref, or add "
                  "<member ref=\"%s\"/> if the municipality joined");
    } else if (xmltree_is(node, "municipality") && xmltree_is(node->parent, "signatory")) {
        xmlNodePtr app = ancestor(node, "application");
        const char *net = prop(app, "network");
        network = lookup(ctx, net, "network");
        if (!network)
            return;
        role = N_("signs the network's application");
        hint = N_("only the mayors of the network's members sign: correct the ref, or add "
                  "<member ref=\"%s\"/> to the network");
    }
    const char *ref = prop(node, "ref");
    if (!network || !ref || is_member(network, ref))
        return;
    char what[256];
    snprintf(what, sizeof what, _(hint), ref);
    diag_node_error(node, "municipality '%s' %s '%s' but is not among its members; %s", ref, _(role),
                    prop(network, "id") ? prop(network, "id") : "?", what);
}

static void rule_membership(CheckContext *ctx)
{
    walk(ctx->root, rule_membership_at, ctx);
    /* A lead who left is wrong even when it is (still) listed as a member. */
    NodeList leads = {0};
    collect(ctx->root, "lead", &leads);
    for (size_t i = 0; i < leads.n; i++) {
        xmlNodePtr net = leads.nodes[i]->parent;
        const char *ref = prop(leads.nodes[i], "ref");
        if (ref && is_member(net, ref) && member_left(ctx, net, ref))
            diag_node_error(leads.nodes[i], "lead municipality '%s' has left network '%s'; name "
                                            "a current member as <lead>",
                            ref, prop(net, "id") ? prop(net, "id") : "?");
    }
    free(leads.nodes);
}

/* ---- rule: at most max-members members unless a dispensation is recorded ---------------- */

/* Whether the application asks the minister to depart from the programme's rule of this kind. */
static int requests_dispensation(const CheckContext *ctx, const char *rule)
{
    if (ctx->kind != DOC_APPLICATION)
        return 0;
    for (xmlNodePtr r = xmltree_first(ctx->root, "dispensation-request"); r;
         r = xmltree_next(r, "dispensation-request"))
        if (prop(r, "rule") && strcmp(prop(r, "rule"), rule) == 0)
            return 1;
    return 0;
}

static void rule_max_members(CheckContext *ctx)
{
    if (!ctx->programme || ctx->maxMembers <= 0)
        return;
    const char *app_network = ctx->kind == DOC_APPLICATION ? prop(ctx->root, "network") : NULL;
    for (xmlNodePtr net = xmltree_first(xmltree_first(ctx->programme, "networks"), "network"); net;
         net = xmltree_next(net, "network")) {
        xmlNodePtr members = xmltree_first(net, "members");
        long n = 0;
        for (xmlNodePtr m = xmltree_first(members, "member"); m; m = xmltree_next(m, "member"))
            n++;
        if (n <= ctx->maxMembers || xmltree_first(net, "dispensation"))
            continue;
        const char *id = prop(net, "id") ? prop(net, "id") : "?";
        if (app_network && strcmp(app_network, id) == 0) {
            /* The application itself breaks the invitation's rule: the ministry would refuse it
             * unless the application asks for a dispensation. */
            if (!requests_dispensation(ctx, "max-members"))
                diag_node_report(ctx->ruleSeverity, ctx->root,
                                 "the applying network '%s' has %ld members, more than the "
                                 "invitation allows (%ld; rule max-members); reduce the members, or "
                                 "ask the minister for a dispensation: add <dispensation-request "
                                 "rule=\"max-members\"> with the reason after <contact>",
                                 id, n, ctx->maxMembers);
            continue;
        }
        diag_node_warning(members, "network '%s' has %ld members, more than the invitation's %ld "
                                   "(programme/rules/@max-members), and records no dispensation; "
                                   "add <dispensation source=\"…\"> if a source states one",
                          id, n, ctx->maxMembers);
    }
}

/* ---- rule: statuses agree with the rounds and with time -------------------------------- */

static xmlNodePtr round_node(const CheckContext *ctx, const char *number)
{
    xmlNodePtr rounds = xmltree_first(ctx->programme, "rounds");
    for (xmlNodePtr r = xmltree_first(rounds, "round"); r && number; r = xmltree_next(r, "round"))
        if (prop(r, "number") && strcmp(prop(r, "number"), number) == 0)
            return r;
    return NULL;
}

/* The owner of a status history: the element's trial, or the rejection. */
static xmlNodePtr status_owner(xmlNodePtr history)
{
    xmlNodePtr owner = history->parent;
    return xmltree_is(owner, "element") ? owner->parent : owner;
}

static void check_status_start(CheckContext *ctx, xmlNodePtr status, xmlNodePtr owner)
{
    const char *kind = prop(status, "kind");
    const char *start = prop(status, "start");
    if (!kind_is(kind, KINDS_GRANTED))
        return;
    if (!start) {
        diag_node_error(status, "status '%s' has no start; add start=\"YYYY-MM-DD\", the date the "
                                "trial may start (its round's in-force date)", kind);
        return;
    }
    if (!ctx->programme)
        return;
    /* The most specific round: the status's own, else its trial's or rejection's. */
    const char *round = prop(status, "round") ? prop(status, "round") : prop(owner, "round");
    xmlNodePtr r = round_node(ctx, round);
    if (r) {
        const char *in_force = prop(r, "in-force");
        /* "unless the data says otherwise": a note on the status explains an exception. */
        if (in_force && strcmp(in_force, start) != 0 && !xmltree_first(status, "note"))
            diag_node_error(status, "status '%s' starts %s, but round %s comes into force %s; "
                                    "correct start or the round, or explain the exception in a "
                                    "<note> on the status",
                            kind, start, round, in_force);
        return;
    }
    /* No round known: the start must at least be some round's in-force date. */
    xmlNodePtr rounds = xmltree_first(ctx->programme, "rounds");
    for (xmlNodePtr rr = xmltree_first(rounds, "round"); rr; rr = xmltree_next(rr, "round"))
        if (prop(rr, "in-force") && strcmp(prop(rr, "in-force"), start) == 0)
            return;
    if (!xmltree_first(status, "note"))
        diag_node_error(status, "status '%s' starts %s, which is no round's in-force date; "
                                "correct start, add round=\"N\", or explain the exception in a <note>",
                        kind, start);
}

static void check_history(CheckContext *ctx, xmlNodePtr history)
{
    xmlNodePtr owner = status_owner(history);
    xmlNodePtr prev_dated = NULL, after_doc = NULL;
    for (xmlNodePtr s = xmltree_first(history, "status"); s; s = xmltree_next(s, "status")) {
        check_status_start(ctx, s, owner);
        const char *date = prop(s, "date");
        if (date) {
            /* Oldest first: wrong only when this one certainly precedes the previous one. */
            if (prev_dated && history_date_key(date, 1) < history_date_key(prop(prev_dated, "date"), 0))
                diag_node_error(s, "status '%s' dated %s comes after status '%s' dated %s (line "
                                   "%ld); the history is oldest first: move it up",
                                prop(s, "kind"), date, prop(prev_dated, "kind"),
                                prop(prev_dated, "date"), xmlGetLineNo(prev_dated));
            prev_dated = s;
            if (ctx->zAsOf && !status_known(ctx, s) && !after_doc)
                after_doc = s;
        } else if (after_doc) {
            /* The document shows the last status known by its date; an undated one after a
             * later-dated one would wrongly count as known. */
            diag_node_error(s, "undated status '%s' follows status '%s' dated %s, after the "
                               "document's date %s, so it would be shown as current; give it a "
                               "date (the date of the decision)",
                            prop(s, "kind"), prop(after_doc, "kind"), prop(after_doc, "date"),
                            ctx->zAsOf);
        }
    }
    /* A rejection is an application that did not become a trial. */
    if (xmltree_is(owner, "rejection")) {
        xmlNodePtr last = NULL;
        for (xmlNodePtr s = xmltree_first(history, "status"); s; s = xmltree_next(s, "status"))
            last = s;
        if (last && kind_is(prop(last, "kind"), KINDS_GRANTED))
            diag_node_error(last, "rejection '%s' ends with status '%s'; something granted is a "
                                  "trial: move it to <trials> as a <trial> with an <element>",
                            prop(owner, "id") ? prop(owner, "id") : "?", prop(last, "kind"));
    }
}

static void rule_statuses(CheckContext *ctx)
{
    NodeList histories = {0};
    collect(ctx->root, "status-history", &histories);
    for (size_t i = 0; i < histories.n; i++)
        check_history(ctx, histories.nodes[i]);
    free(histories.nodes);
}

/* ---- rule: the evaluation minimum --------------------------------------------------------- */

/* The executive order on evaluation (BEK-EVAL) requires of an evaluation design at least
 * expected results, the trial's target group and the method (and any baseline). A trial's
 * design is the union of its own evaluations, its elements' and its trial-group's; the target
 * group may also be stated on an element (the trial's target group). */
typedef struct {
    int nEvaluations;
    int hasResults, hasTargetGroup, hasMethod;
    xmlNodePtr whereToAdd; /* the evaluation to complete, if any */
} EvalDesign;

static void design_add(EvalDesign *d, xmlNodePtr holder)
{
    for (xmlNodePtr e = xmltree_first(holder, "evaluation"); e; e = xmltree_next(e, "evaluation")) {
        d->nEvaluations++;
        if (!d->whereToAdd)
            d->whereToAdd = e;
        d->hasResults |= xmltree_first(e, "expected-results") != NULL;
        d->hasTargetGroup |= xmltree_first(e, "target-group") != NULL;
        d->hasMethod |= xmltree_first(e, "method") != NULL;
    }
}

static EvalDesign trial_design(CheckContext *ctx, xmlNodePtr trial)
{
    EvalDesign d = {0};
    const char *group = prop(trial, "group");
    xmlNodePtr g = lookup(ctx, group, "trial-group");
    design_add(&d, trial);
    for (xmlNodePtr e = xmltree_first(trial, "element"); e; e = xmltree_next(e, "element")) {
        design_add(&d, e);
        d.hasTargetGroup |= xmltree_first(e, "target-group") != NULL;
    }
    if (xmltree_is(g, "trial-group"))
        design_add(&d, g);
    return d;
}

/* "expected results, target group and method" and the matching elements to add. */
static void missing_text(const EvalDesign *d, char *words, size_t nw, char *tags, size_t nt)
{
    const char *w[3], *t[3];
    int n = 0;
    if (!d->hasResults)
        w[n] = _("expected results"), t[n++] = "<expected-results>";
    if (!d->hasTargetGroup)
        w[n] = _("target group"), t[n++] = "<target-group>";
    if (!d->hasMethod)
        w[n] = _("method"), t[n++] = "<method>";
    words[0] = tags[0] = '\0';
    for (int i = 0; i < n; i++) {
        /* TRANSLATORS: the word before the last of a list, with its spaces ("a, b and c"). */
        const char *sep = i == 0 ? "" : i == n - 1 ? _(" and ") : ", ";
        strncat(words, sep, nw - strlen(words) - 1);
        strncat(words, w[i], nw - strlen(words) - 1);
        strncat(tags, sep, nt - strlen(tags) - 1);
        strncat(tags, t[i], nt - strlen(tags) - 1);
    }
}

static void check_trial_evaluation(CheckContext *ctx, xmlNodePtr trial, DiagSeverity severity,
                                   const char *why)
{
    EvalDesign d = trial_design(ctx, trial);
    if (d.hasResults && d.hasTargetGroup && d.hasMethod)
        return;
    char words[160], tags[160], where[200];
    missing_text(&d, words, sizeof words, tags, sizeof tags);
    const char *id = prop(trial, "id") ? prop(trial, "id") : "?";
    if (d.whereToAdd) {
        xmlNodePtr holder = d.whereToAdd->parent;
        snprintf(where, sizeof where, _("the <evaluation> of %s '%s' (line %ld)"),
                 (const char *)holder->name, prop(holder, "id") ? prop(holder, "id") : "?",
                 xmlGetLineNo(d.whereToAdd));
        diag_node_report(severity, trial, "trial '%s' %s, but its evaluation design lacks %s; the "
                                          "executive order on evaluation requires them: add %s to %s",
                         id, why, words, tags, where);
    } else {
        const char *group = prop(trial, "group");
        if (group)
            snprintf(where, sizeof where, _("to the trial or to its trial-group '%s'"), group);
        else
            snprintf(where, sizeof where, "%s", _("to the trial"));
        diag_node_report(severity, trial, "trial '%s' %s, but has no evaluation design; the "
                                          "executive order on evaluation requires expected results, "
                                          "target group and method: add <evaluation> with %s %s",
                         id, why, tags, where);
    }
}

/* Trials named for a later round (planned="true") are described in that round's application. */
static int is_planned(xmlNodePtr trial_applications)
{
    const char *planned = prop(trial_applications, "planned");
    return planned && strcmp(planned, "true") == 0;
}

static void rule_evaluation(CheckContext *ctx)
{
    if (!ctx->programme)
        return;
    /* An application's own trial applications must be complete: errors a case worker fixes. */
    xmlHashTablePtr applied = xmlHashCreate(32);
    if (ctx->kind == DOC_APPLICATION) {
        NodeList refs = {0};
        for (xmlNodePtr ta = xmltree_first(ctx->root, "trial-applications"); ta;
             ta = xmltree_next(ta, "trial-applications"))
            if (!is_planned(ta))
                collect(ta->children, "trial-ref", &refs);
        for (size_t i = 0; i < refs.n; i++) {
            const char *ref = prop(refs.nodes[i], "ref");
            xmlNodePtr trial = lookup(ctx, ref, "trial");
            if (!trial || xmlHashAddEntry(applied, (const xmlChar *)ref, trial) != 0)
                continue;
            /* A trial still awaiting its decision is what a case worker can complete: an
             * error. One already decided is a historical record whose design the sources may
             * not describe in full: a warning, like the memo's. */
            const char *outcome = item_outcome(ctx, trial);
            int pending = !outcome || kind_is(outcome, "applied clarification");
            char why[128];
            const char *round = prop(refs.nodes[i]->parent, "round");
            snprintf(why, sizeof why,
                     pending ? _("is applied for in round %s of this application")
                             : _("is applied for in round %s of this application (already decided, "
                                 "so a warning)"),
                     round ? round : "?");
            check_trial_evaluation(ctx, trial, pending ? ctx->ruleSeverity : DIAG_WARNING, why);
        }
        free(refs.nodes);
    }
    /* The programme's granted trials: the seeds often lack parts, so a warning. */
    NodeList trials = {0};
    collect(ctx->programme, "trial", &trials);
    for (size_t i = 0; i < trials.n; i++) {
        xmlNodePtr trial = trials.nodes[i];
        const char *id = prop(trial, "id");
        const char *outcome = item_outcome(ctx, trial);
        if (!kind_is(outcome, KINDS_GRANTED) || (id && xmlHashLookup(applied, (const xmlChar *)id)))
            continue;
        char why[160];
        if (ctx->zAsOf)
            snprintf(why, sizeof why, _("is %s as of %s"), outcome, ctx->zAsOf);
        else
            snprintf(why, sizeof why, _("is %s"), outcome);
        check_trial_evaluation(ctx, trial, DIAG_WARNING, why);
    }
    free(trials.nodes);
    xmlHashFree(applied, NULL);
}

/* ---- rule: applications meet their deadlines -------------------------------------------- */

static void check_deadline(const CheckContext *ctx, xmlNodePtr where, const char *date,
                           const char *deadline, const char *what)
{
    if (!date || !deadline || requests_dispensation(ctx, "deadline"))
        return;
    /* A partial date is late only when its first possible day is after the deadline. An error
     * for an application about to be submitted; a warning while it is a draft, and for a
     * decided one, whose date is history (the seed's own is dated after the deadline). */
    int decided = ctx->zStatus && strcmp(ctx->zStatus, "decided") == 0;
    if (history_date_key(date, 0) > history_date_key(deadline, 1))
        diag_node_report(decided ? DIAG_WARNING : ctx->ruleSeverity, where,
                         "%s is dated %s, after the deadline %s (rule deadline); correct the date "
                         "if it is wrong: the ministry may refuse a late application",
                         what, date, deadline); /* what: a whole phrase in the author's language */
}

static void rule_deadlines(CheckContext *ctx)
{
    if (ctx->kind != DOC_APPLICATION || !ctx->programme)
        return;
    xmlNodePtr date = xmltree_first(ctx->root, "date");
    xmlNodePtr rules = xmltree_first(ctx->programme, "rules");
    check_deadline(ctx, date, prop(date, "value"), prop(rules, "application-deadline"),
                   _("the network application"));
    for (xmlNodePtr ta = xmltree_first(ctx->root, "trial-applications"); ta;
         ta = xmltree_next(ta, "trial-applications")) {
        xmlNodePtr own = xmltree_first(ta, "date");
        if (is_planned(ta))
            continue;
        xmlNodePtr r = round_node(ctx, prop(ta, "round"));
        char what[64];
        snprintf(what, sizeof what, _("the round %s trial application"), prop(ta, "round"));
        check_deadline(ctx, own ? own : ta, prop(own ? own : date, "value"), prop(r, "deadline"), what);
    }
}

/* ---- rule: an application answers what the invitation asks -------------------------------- */

/* The parts of the invitation (seeds/invitation-2016.txt) an application must answer, by the
 * section kind that answers it, and what the case worker is told to write when one is missing. */
static const struct {
    const char *zKind;
    const char *zWhat;
} required_sections[] = {
    {"theme", N_("the theme and the ambition of the trials")},
    {"network", N_("the network: its municipalities, their size and geography")},
    {"trials", N_("the trials and the rules they challenge")},
    {"effects", N_("the targets (målsætninger) and expected results, and how they are evaluated")},
};

/* Whether an element holds any text (in any descendant). */
static int has_text(xmlNodePtr node)
{
    xmlChar *text = node ? xmlNodeGetContent(node) : NULL;
    int found = text && text[strspn((const char *)text, " \t\r\n")] != '\0';
    xmlFree(text);
    return found;
}

/* The parts of an application that may be empty while it is written, and are printed as a red
 * MANGLER note until they are filled (stylesheets/common/application-structure.xsl). */
static void rule_application_filled(CheckContext *ctx)
{
    xmlNodePtr letter = xmltree_first(ctx->root, "letter");
    if (letter && !has_text(letter))
        diag_node_report(ctx->ruleSeverity, letter,
                         "the covering letter is empty: write it as <p> paragraphs in <letter>");
    xmlNodePtr signatories = xmltree_first(ctx->root, "signatories");
    if (signatories && !xmltree_first(signatories, "signatory"))
        diag_node_report(ctx->ruleSeverity, signatories,
                         "no one signs the application: add a <signatory> (name, title, "
                         "municipality) for each mayor in <signatories>");
    if (!xmltree_first(ctx->root, "date"))
        diag_node_report(ctx->ruleSeverity, xmltree_first(ctx->root, "title"),
                         "the application has no date: add <date value=\"YYYY-MM-DD\"/> before <title>");
    if (!xmltree_first(ctx->root, "contact") && !xmltree_first(ctx->root, "lead-pending"))
        diag_node_report(ctx->ruleSeverity, signatories ? signatories : ctx->root,
                         "the application names no contact person: add <contact> (name, title, "
                         "municipality, phone, email) after <signatories>");
}

/* The first text under node that is not white space, from its first letter (borrowed), or NULL. */
static const char *first_text(xmlNodePtr node)
{
    for (xmlNodePtr c = node->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            const char *t = (const char *)c->content + strspn((const char *)c->content, " \t\r\n");
            if (*t)
                return t;
        } else if (c->type == XML_ELEMENT_NODE) {
            const char *t = first_text(c);
            if (t)
                return t;
        }
    }
    return NULL;
}

/* Every part still marked as the template's example: none may reach a submitted application. */
static void report_placeholder(CheckContext *ctx, xmlNodePtr node)
{
    const char *what = prop(node, "placeholder");
    if (!what)
        return;
    /* The first words of its first text, so the case worker recognises the line. */
    const char *t = first_text(node);
    char shown[80] = "";
    if (t) {
        size_t n = strcspn(t, "\n"), cut = n > 40 ? 40 : n;
        while (cut < n && ((unsigned char)t[cut] & 0xC0) == 0x80)
            cut--; /* never inside a UTF-8 sequence */
        snprintf(shown, sizeof shown, " \"%.*s%s\"", (int)cut, t, cut < n ? "…" : "");
    }
    diag_node_report(ctx->ruleSeverity, node,
                     "<%s>%s is still the template's placeholder%s%s%s: write your own, then remove "
                     "placeholder=\"…\"",
                     (const char *)node->name, shown, *what ? " (" : "", what, *what ? ")" : "");
}

static void rule_placeholders(CheckContext *ctx)
{
    walk(ctx->root, report_placeholder, ctx);
}

static void rule_application_parts(CheckContext *ctx)
{
    if (ctx->kind != DOC_APPLICATION)
        return;
    for (size_t i = 0; i < sizeof required_sections / sizeof required_sections[0]; i++) {
        int found = 0;
        for (xmlNodePtr s = xmltree_first(ctx->root, "section"); s && !found; s = xmltree_next(s, "section"))
            found = prop(s, "kind") && strcmp(prop(s, "kind"), required_sections[i].zKind) == 0;
        if (!found)
            diag_node_error(ctx->root, "the application has no section about %s, which the "
                                       "invitation requires: add <section number=\"…\" kind=\"%s\">",
                            _(required_sections[i].zWhat), required_sections[i].zKind);
    }
    if (!xmltree_first(ctx->root, "theme"))
        diag_node_error(ctx->root, "the application names no theme: add <theme> after <title>");
    const char *network_id = prop(ctx->root, "network");
    xmlNodePtr network = network_id ? lookup(ctx, network_id, "network") : NULL;
    if (network && !xmltree_first(network, "lead") && !xmltree_first(ctx->root, "lead-pending") &&
        !requests_dispensation(ctx, "lead-municipality"))
        diag_node_report(ctx->ruleSeverity, network,
                         "the network '%s' names no lead municipality (netværksansvarlig kommune), "
                         "which the invitation requires (rule lead-municipality): add <lead "
                         "ref=\"…\"/> to the network, or, until it is appointed, <lead-pending "
                         "by=\"YYYY-MM-DD\"> with the interim <contact> to the application",
                         network_id);
    rule_application_filled(ctx);
}

/* ---- rule: stated figures against the data ----------------------------------------------- */

/* A total a source states is compared with the same fact computed from the rows; a difference
 * is reported, never "fixed": the data stays what the rows say. */
static void rule_stated_figures(CheckContext *ctx)
{
    if (!ctx->programme)
        return;
    NodeList figures = {0};
    collect(ctx->root, "stated-figure", &figures);
    for (size_t i = 0; i < figures.n; i++) {
        xmlNodePtr f = figures.nodes[i];
        FactQuery q = {prop(f, "name"), prop(f, "network"), prop(f, "round")};
        if (!q.zName || !prop(f, "value") || !freshness_figure_applies(f))
            continue;
        long computed = fact_value(ctx, &q);
        long stated = strtol(prop(f, "value"), NULL, 10);
        if (computed < 0 || computed == stated)
            continue;
        char scope[160] = "";
        if (q.zNetwork)
            snprintf(scope, sizeof scope, _(" for network '%s'"), q.zNetwork);
        if (q.zRound)
            snprintf(scope + strlen(scope), sizeof scope - strlen(scope), _(" in round %s"), q.zRound);
        diag_node_warning(f, "stated figure %s%s is %ld (%s), but the data gives %ld%s%s; never "
                             "change the data to match: encode any rows still missing, or keep "
                             "this as a recorded difference",
                          q.zName, scope, stated, prop(f, "source") ? prop(f, "source") : _("no source"),
                          computed, ctx->zAsOf ? _(" as of ") : "", ctx->zAsOf ? ctx->zAsOf : "");
    }
    free(figures.nodes);
}

/* ---- the rules, in the order they report ------------------------------------------------- */

static const struct {
    const char *zName;
    CheckRuleFn fn;
} check_rules[] = {
    {"unique ids", rule_unique_ids},          /* first: the others look ids up */
    {"references", rule_references},
    {"images", rule_images},
    {"membership", rule_membership},
    {"max members", rule_max_members},
    {"statuses", rule_statuses},
    {"evaluation minimum", rule_evaluation},
    {"deadlines", rule_deadlines},
    {"application parts", rule_application_parts},
    {"template placeholders", rule_placeholders},
    {"stated figures", rule_stated_figures},
};

static void context_init(CheckContext *ctx, xmlDocPtr doc)
{
    memset(ctx, 0, sizeof *ctx);
    ctx->root = xmlDocGetRootElement(doc);
    ctx->ids = xmlHashCreate(512);
    ctx->kinds = xmlHashCreate(512);
    ctx->asOfKey = LONG_MAX;
    if (xmltree_is(ctx->root, "programme")) {
        ctx->kind = DOC_PROGRAMME;
        ctx->programme = ctx->root;
    } else if (xmltree_is(ctx->root, "memo") || xmltree_is(ctx->root, "application")) {
        ctx->kind = xmltree_is(ctx->root, "memo") ? DOC_MEMO : DOC_APPLICATION;
        ctx->programme = xmltree_first(ctx->root, "programme");
        /* A memo shows the data as of its date. An application shows its trial applications,
         * which come in later rounds than its own date: it sees the latest data, and its date
         * only meets the deadline. (frisk:document-date in status.xsl agrees.) */
        const char *date = prop(xmltree_first(ctx->root, "date"), "value");
        if (ctx->kind == DOC_MEMO && date && history_date_key(date, 1) > 0) {
            ctx->zAsOf = date;
            ctx->asOfKey = history_date_key(date, 1);
        }
    } else {
        ctx->kind = DOC_PART;
    }
    ctx->ruleSeverity = DIAG_ERROR;
    if (ctx->kind == DOC_APPLICATION) {
        ctx->zStatus = prop(ctx->root, "status") ? prop(ctx->root, "status") : "submitted";
        if (strcmp(ctx->zStatus, "draft") == 0)
            ctx->ruleSeverity = DIAG_WARNING;
    }
    const char *max = prop(xmltree_first(ctx->programme, "rules"), "max-members");
    ctx->maxMembers = max ? strtol(max, NULL, 10) : 0;
}

int check_document(xmlDocPtr doc)
{
    int errors_before = diag_error_count();
    if (!doc || !xmlDocGetRootElement(doc))
        return 0;
    CheckContext ctx;
    context_init(&ctx, doc);
    for (size_t i = 0; i < sizeof check_rules / sizeof check_rules[0]; i++)
        check_rules[i].fn(&ctx);
    freshness_check(doc);   /* an edition's stale statuses (freshness.h) */
    xmlHashFree(ctx.ids, NULL);
    xmlHashFree(ctx.kinds, NULL);
    return diag_error_count() == errors_before ? 0 : -1;
}
