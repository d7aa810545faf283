/* xmltree — element lookups by name (see xmltree.h). */
#include "xmltree.h"

int xmltree_is(xmlNodePtr node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, (const xmlChar *)name);
}

xmlNodePtr xmltree_first(xmlNodePtr parent, const char *name)
{
    for (xmlNodePtr c = parent ? parent->children : NULL; c; c = c->next)
        if (xmltree_is(c, name))
            return c;
    return NULL;
}

xmlNodePtr xmltree_next(xmlNodePtr node, const char *name)
{
    for (xmlNodePtr c = node ? node->next : NULL; c; c = c->next)
        if (xmltree_is(c, name))
            return c;
    return NULL;
}
