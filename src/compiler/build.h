/* build — one document through every stage, its outputs written all or none (build.c).
 *
 * Returns exit statuses (diag.h: 0, 1 invalid input, 2 environment). Borrows its arguments;
 * a returned document or path is owned by the caller.
 */
#ifndef FRISK_BUILD_H
#define FRISK_BUILD_H

#include <libxml/tree.h>

typedef struct {
    const char *input;      /* folder or file */
    const char *output_dir;
    int jobs;
    int keep_fo;
    int quiet; /* errors only: no list of files written, no summary */
    int watch; /* after building, rebuild a document whenever one of its files is saved */
} BuildOptions;

/* With on set, build_load_and_check shows a document's own problems (focus.h) and counts the
 * warnings of the programme's other files in one note: `frisk check` and `build --watch`. */
void build_focus_on_document(int on);

/* load → validate → check. Returns the document (xmlFreeDoc), or NULL when any stage found
 * errors (reported). After schema errors the rules still run on the valid parts. */
xmlDocPtr build_load_and_check(const char *path);
/* The stylesheets for a document kind: stylesheets/<format>/<root element>.xsl, malloc'ed, or
 * NULL when there is none. A root element without stylesheets is a part of the data (a network
 * file), not a document. */
char *build_stylesheet_for_root(const char *format, const xmlChar *root_name);
/* Compiles the document at path: relative (its path under the input folder) decides where its
 * outputs go under options->output_dir. Resets the diagnostic counts first: each document is
 * judged on its own. Returns its exit status. */
int build_document(const char *path, const char *relative, const BuildOptions *options);

#endif
