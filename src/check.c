/* check — semantic rules over the validated tree (see check.h).
 *
 * Each rule is a function over the whole document that reports through diag and keeps going,
 * so one run lists every problem of a file. */
#include "check.h"

#include "diag.h"

#include <libxml/hash.h>
#include <stdlib.h>

/* Every id attribute is unique across the composed document (all included files). */
static void check_unique_ids(xmlNodePtr node, xmlHashTablePtr seen)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        xmlChar *id = xmlGetNoNsProp(node, (const xmlChar *)"id");
        if (id) {
            xmlNodePtr first = xmlHashLookup(seen, id);
            if (first) {
                char *file = diag_node_file(first);
                diag_node_error(node, "duplicate id '%s' (first used at %s:%ld)", (const char *)id,
                                file ? file : "?", xmlGetLineNo(first));
                free(file);
            } else {
                xmlHashAddEntry(seen, id, node);
            }
            xmlFree(id);
        }
        check_unique_ids(node->children, seen);
    }
}

int check_document(xmlDocPtr doc)
{
    int errors_before = diag_error_count();
    xmlHashTablePtr seen = xmlHashCreate(256);
    check_unique_ids(xmlDocGetRootElement(doc), seen);
    xmlHashFree(seen, NULL);
    return diag_error_count() == errors_before ? 0 : -1;
}
