/* schema_explain — schema errors in the author's terms, derived from the RELAX NG grammar.
 *
 * Takes: a document libxml2 found invalid and the schema it was validated against. Gives: one
 * diagnostic per real mistake, at the element or attribute at fault with its own line:col,
 * saying what is allowed there by the schema's own names and, for a misspelling, which name
 * was meant ("<titel> is not allowed inside <section>; did you mean <title>?"). Exists because
 * libxml2's validity messages ("Expecting an element , got nothing") describe its automaton,
 * not the document; every message here is computed from schema/frisk.rng, none is written
 * per element.
 *
 * After reporting, the nodes at fault (elements that are not allowed, attributes that are
 * unknown or have a wrong value) are removed from the tree, so the check stage can still run
 * on everything that is valid and one run shows every problem of a file.
 *
 * Ownership: borrows the document (and changes it as above); the parsed grammar is cached by
 * path and freed by schema_explain_shutdown().
 */
#ifndef FRISK_SCHEMA_EXPLAIN_H
#define FRISK_SCHEMA_EXPLAIN_H

#include <libxml/tree.h>

/* Reports the mismatches between doc and the grammar at schema_path through diag and removes
 * the faulty nodes. Returns the number of problems reported; 0 when it found none it could
 * explain (the caller then reports libxml2's own messages); -1 when the grammar uses a part
 * of RELAX NG this module does not read (nothing reported, nothing changed). */
int schema_explain(xmlDocPtr doc, const char *schema_path);

/* The closest of the names (n of them) to word by edit distance, when close enough to be a
 * misspelling of it; NULL otherwise. Borrowed from names. Used for every did-you-mean. */
const char *schema_closest_name(const char *word, const char *const *names, size_t n);

void schema_explain_shutdown(void);

#endif
