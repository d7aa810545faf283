/* outputs — a document's output files, held in memory and written all together (outputs.c).
 *
 * Ownership: the list owns its paths and bytes (outputs_free); outputs_add and outputs_add_pdf
 * take the bytes or the layout they are given, whether they succeed or not.
 */
#ifndef FRISK_OUTPUTS_H
#define FRISK_OUTPUTS_H

#include "transform.h"
#include "typeset/typeset.h"

#include <stddef.h>
#include <stdio.h>

typedef struct {
    char *path;
    unsigned char *bytes;
    size_t len;
} Output;

typedef struct {
    Output *items;
    size_t n, cap;
} OutputList; /* {0} is an empty list */

/* Adds bytes (malloc'ed, taken) as the content of path. Returns 0, or -1 on allocation failure. */
int outputs_add(OutputList *list, const char *path, unsigned char *bytes, size_t len);
/* Renders a typeset document (NULL after errors; freed here) to PDF and adds it as pdf_path.
 * Returns 0, or -1 when there is no layout or rendering failed (after its diagnostics). */
int outputs_add_pdf(Layout *layout, const char *pdf_path, OutputList *outputs);
/* Adds a transform's result: a single file at out_path, or, when the result is a bundle
 * (<b:bundle xmlns:b="urn:frisk:bundle">), each of its files under output_dir: serialised as
 * the stylesheet says, as text, CSV or JSON (opendata.h), or, with pdf set, typeset to PDF
 * (with keep_fo, the FO beside it). Returns 0, or -1 after diagnostics. */
int outputs_add_result(const TransformResult *result, const char *out_path, const char *output_dir,
                       int pdf, int keep_fo, OutputList *outputs);
/* Writes every file to its temporary name first and renames them only when all were written,
 * so a full disk or an unwritable folder half-way changes none of the previous outputs.
 * Returns 0, or -1 after diag_environment. */
int outputs_write(const OutputList *list);
/* Prints one line saying what was written: the files, or their number and the folder they
 * share when there are many (a web site). */
void outputs_print_written(const OutputList *list, FILE *out);
void outputs_free(OutputList *list);

#endif
