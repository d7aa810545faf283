/* jobs — `frisk build`: every document of an input folder (or one file), compiled in up to
 * options->jobs processes at once (jobs.c). Returns the worst exit status of the documents. */
#ifndef FRISK_JOBS_H
#define FRISK_JOBS_H

#include "build.h"

int jobs_build(const BuildOptions *options);

/* The documents of input (a folder: every *.xml whose root element has stylesheets, sorted,
 * templates/ skipped; or one file): malloc'ed paths and their paths under input, owned by the
 * caller (jobs_free_documents). A file whose root frisk does not know is reported. Returns an
 * exit status: 0, 1 (such a file, or one that does not parse), 2 (no such input, no documents). */
int jobs_find_documents(const char *input, char ***documents, char ***relatives, size_t *n);
void jobs_free_documents(char **documents, char **relatives, size_t n);

#endif
