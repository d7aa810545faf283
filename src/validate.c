/* validate — RELAX NG validation with located errors (see validate.h).
 *
 * libxml2 reports validity errors through the structured handler diag installed, with the
 * offending node; diag turns that into the node's file, line and column. */
#include "validate.h"

#include "diag.h"

#include <libxml/relaxng.h>
#include <stdlib.h>
#include <string.h>

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
    int rc = xmlRelaxNGValidateDoc(ctxt, doc);
    xmlRelaxNGFreeValidCtxt(ctxt);
    if (rc != 0 && diag_error_count() == errors_before) {
        xmlNodePtr root = xmlDocGetRootElement(doc);
        diag_node_error(root, "document does not match the schema %s", schema_path);
    }
    return rc == 0 ? 0 : -1;
}

void validate_shutdown(void)
{
    if (cached_schema)
        xmlRelaxNGFree(cached_schema);
    free(cached_path);
    cached_schema = NULL;
    cached_path = NULL;
}
