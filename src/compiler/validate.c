/* validate — RELAX NG validation with located errors (see validate.h).
 *
 * libxml2 reports validity errors with the offending node, from which diag finds the node's
 * file, line and column. Some of its messages come without a node: they summarise a located
 * error reported beside them ("Element status failed to validate attributes" next to
 * "Invalid attribute kind for element status"). The errors of one validation are gathered
 * first, so those summaries can be dropped when a located error says it better, and placed
 * at the root element otherwise: nothing reaches the user without a location. */
#include "validate.h"

#include "schema_explain.h"
#include "shared/diag.h"
#include "shared/i18n.h"

#include <libxml/relaxng.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *message;
    xmlNodePtr node;
    int warning;
} ValidityError;

typedef struct {
    ValidityError *items;
    size_t n, cap;
} ValidityErrors;

static void collect_error(void *user_data, xmlErrorPtr error)
{
    ValidityErrors *errors = user_data;
    if (!error || error->level == XML_ERR_NONE)
        return;
    if (errors->n == errors->cap) {
        size_t cap = errors->cap ? errors->cap * 2 : 16;
        ValidityError *grown = realloc(errors->items, cap * sizeof *grown);
        if (!grown)
            return;
        errors->items = grown;
        errors->cap = cap;
    }
    ValidityError *item = &errors->items[errors->n];
    item->message = strdup(error->message ? error->message : _("document does not match the schema"));
    if (!item->message)
        return;
    size_t len = strlen(item->message);
    while (len > 0 && (item->message[len - 1] == '\n' || item->message[len - 1] == ' '))
        item->message[--len] = '\0';
    item->node = error->node;
    item->warning = error->level == XML_ERR_WARNING;
    errors->n++;
}

#define RNG_NS "http://relaxng.org/ns/structure/1.0"

static int is_rng(xmlNodePtr node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && node->ns &&
           xmlStrEqual(node->ns->href, (const xmlChar *)RNG_NS) &&
           xmlStrEqual(node->name, (const xmlChar *)name);
}

/* The name of the first <element name="…"> at or under node, or NULL (borrowed). */
static xmlChar *first_element_name(xmlNodePtr node)
{
    for (; node; node = node->next) {
        if (is_rng(node, "element")) {
            xmlChar *name = xmlGetNoNsProp(node, (const xmlChar *)"name");
            if (name)
                return name;
        }
        xmlChar *inner = node->type == XML_ELEMENT_NODE ? first_element_name(node->children) : NULL;
        if (inner)
            return inner;
    }
    return NULL;
}

/* "programme, memo, …": the elements the schema's <start> allows as a root, each <ref>
 * followed to its <define>. malloc'ed; NULL when the schema cannot be read that way. */
static char *root_element_names(const char *schema_path)
{
    xmlDocPtr rng = xmlReadFile(schema_path, NULL, XML_PARSE_NONET);
    xmlNodePtr grammar = rng ? xmlDocGetRootElement(rng) : NULL;
    xmlNodePtr start = NULL;
    for (xmlNodePtr n = grammar ? grammar->children : NULL; n && !start; n = n->next)
        if (is_rng(n, "start"))
            start = n;
    xmlBufferPtr names = xmlBufferCreate();
    for (xmlNodePtr choice = start ? start->children : NULL; choice && names; choice = choice->next) {
        for (xmlNodePtr ref = is_rng(choice, "choice") ? choice->children : choice; ref;
             ref = is_rng(choice, "choice") ? ref->next : NULL) {
            xmlChar *wanted = is_rng(ref, "ref") ? xmlGetNoNsProp(ref, (const xmlChar *)"name") : NULL;
            for (xmlNodePtr def = wanted ? grammar->children : NULL; def; def = def->next) {
                xmlChar *name = is_rng(def, "define") ? xmlGetNoNsProp(def, (const xmlChar *)"name") : NULL;
                xmlChar *element = name && xmlStrEqual(name, wanted) ? first_element_name(def->children) : NULL;
                if (element) {
                    if (xmlBufferLength(names) > 0)
                        xmlBufferCCat(names, ", ");
                    xmlBufferCat(names, element);
                }
                xmlFree(element);
                xmlFree(name);
            }
            xmlFree(wanted);
        }
    }
    char *text = names && xmlBufferLength(names) > 0 ? strdup((const char *)xmlBufferContent(names)) : NULL;
    xmlBufferFree(names);
    xmlFreeDoc(rng);
    return text;
}

int validate_known_root(const char *schema_path, const char *name, char **known)
{
    char *list = root_element_names(schema_path);
    int found = 0;
    size_t n = strlen(name);
    for (const char *p = list; p && *p && !found; p += strspn(p, ", ")) {
        size_t len = strcspn(p, ",");
        found = len == n && strncmp(p, name, n) == 0;
        p += len;
    }
    if (known)
        *known = list;
    else
        free(list);
    return found || !list;
}

/* RELAX NG says "Did not expect element html there" when a file is not a frisk document at
 * all; say which root elements frisk knows instead. */
static void explain_wrong_root(ValidityErrors *errors, xmlDocPtr doc, const char *schema_path)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    for (size_t i = 0; i < errors->n; i++) {
        ValidityError *item = &errors->items[i];
        if (item->node != root || strncmp(item->message, "Did not expect element ", 23) != 0)
            continue;
        char *known = root_element_names(schema_path);
        char message[1024];
        snprintf(message, sizeof message,
                 _("<%s> is not a frisk document: the root element must be one of %s"),
                 (const char *)root->name, known ? known : _("those of schema/frisk.rng"));
        free(known);
        char *copy = strdup(message);
        if (copy) {
            free(item->message);
            item->message = copy;
        }
        return;
    }
}

static void free_errors(ValidityErrors *errors)
{
    for (size_t i = 0; i < errors->n; i++)
        free(errors->items[i].message);
    free(errors->items);
}

static void report_errors(ValidityErrors *errors, xmlDocPtr doc)
{
    size_t located = 0;
    for (size_t i = 0; i < errors->n; i++)
        located += errors->items[i].node != NULL;
    for (size_t i = 0; i < errors->n; i++) {
        ValidityError *item = &errors->items[i];
        if (!item->node && located > 0)
            continue;
        xmlNodePtr where = item->node ? item->node : xmlDocGetRootElement(doc);
        diag_node_report(item->warning ? DIAG_WARNING : DIAG_ERROR, where, "%s", item->message);
    }
    free_errors(errors);
}

static char *cached_path;
static xmlRelaxNGPtr cached_schema;

static xmlRelaxNGPtr schema_for(const char *schema_path)
{
    if (cached_schema && strcmp(cached_path, schema_path) == 0)
        return cached_schema;
    validate_shutdown();
    xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt(schema_path);
    if (!parser)
        return NULL;
    xmlRelaxNGPtr schema = xmlRelaxNGParse(parser);
    xmlRelaxNGFreeParserCtxt(parser);
    if (!schema) {
        diag_environment("cannot read the schema %s", schema_path);
        return NULL;
    }
    cached_schema = schema;
    cached_path = strdup(schema_path);
    return schema;
}

int validate_document(xmlDocPtr doc, const char *schema_path)
{
    xmlRelaxNGPtr schema = schema_for(schema_path);
    if (!schema)
        return -1;
    xmlRelaxNGValidCtxtPtr ctxt = xmlRelaxNGNewValidCtxt(schema);
    if (!ctxt)
        return -1;
    int errors_before = diag_error_count();
    ValidityErrors errors = {0};
    xmlRelaxNGSetValidStructuredErrors(ctxt, collect_error, &errors);
    int rc = xmlRelaxNGValidateDoc(ctxt, doc);
    xmlRelaxNGFreeValidCtxt(ctxt);
    if (rc == 0) {
        report_errors(&errors, doc); /* warnings, if any */
        return 0;
    }
    /* libxml2 only says that the document is invalid; the explanation in the schema's terms
     * comes from the grammar, and leaves only the valid parts in the tree. */
    if (schema_explain(doc, schema_path) > 0) {
        free_errors(&errors);
        return 1;
    }
    explain_wrong_root(&errors, doc, schema_path);
    report_errors(&errors, doc);
    if (diag_error_count() == errors_before) {
        xmlNodePtr root = xmlDocGetRootElement(doc);
        diag_node_error(root, "document does not match the schema %s", schema_path);
    }
    return -1;
}

void validate_shutdown(void)
{
    schema_explain_shutdown();
    if (cached_schema)
        xmlRelaxNGFree(cached_schema);
    free(cached_path);
    cached_schema = NULL;
    cached_path = NULL;
}
