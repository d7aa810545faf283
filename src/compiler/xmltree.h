/* xmltree — walking frisk's own XML vocabulary by element name, shared by the stages that read
 * trees in C (check, open data). Every function borrows its nodes and returns borrowed nodes.
 */
#ifndef FRISK_XMLTREE_H
#define FRISK_XMLTREE_H

#include <libxml/tree.h>

/* 1 when node is an element with this local name (frisk's vocabulary has no namespace). */
int xmltree_is(xmlNodePtr node, const char *name);
/* The first child element of parent with this name, or NULL (parent may be NULL). */
xmlNodePtr xmltree_first(xmlNodePtr parent, const char *name);
/* The next sibling element of node with this name, or NULL (node may be NULL). */
xmlNodePtr xmltree_next(xmlNodePtr node, const char *name);

#endif
