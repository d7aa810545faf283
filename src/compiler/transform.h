/* transform — the stage that turns validated data into HTML or XSL-FO through a stylesheet.
 *
 * Takes: a document, a stylesheet path from stylesheets/ and string parameters. Gives: the
 * result tree (and its serialisation). All visual design and Danish formatting live in the
 * stylesheets; this module only runs them — with EXSLT, and with libxslt's security
 * preferences forbidding file writes, folder creation and network access (reads are confined
 * to the allowed folders by load's guard).
 *
 * Ownership: transform_apply returns an owned result (transform_result_free); stylesheets
 * are cached by path until transform_shutdown().
 */
#ifndef FRISK_TRANSFORM_H
#define FRISK_TRANSFORM_H

#include <libxml/tree.h>

typedef struct TransformResult TransformResult;

void transform_init(void);
void transform_shutdown(void);

/* Runs the stylesheet at stylesheet_path on doc. params is a NULL-terminated list of
 * name, value pairs; values are plain strings (quoted for XPath here). Returns NULL after
 * reporting the stylesheet's errors and xsl:message terminate="yes" with their location. */
TransformResult *transform_apply(const char *stylesheet_path, xmlDocPtr doc, const char **params);

/* The result tree (borrowed from the result). */
xmlDocPtr transform_result_doc(const TransformResult *result);
/* Serialises as the stylesheet's xsl:output says. Returns 0 and a malloc'ed buffer, or -1. */
int transform_result_serialize(const TransformResult *result, xmlDocPtr subtree_doc,
                               unsigned char **bytes, size_t *len);
void transform_result_free(TransformResult *result);

#endif
