/* jobs — `frisk build`: every document of an input folder (or one file), compiled in up to
 * options->jobs processes at once (jobs.c). Returns the worst exit status of the documents. */
#ifndef FRISK_JOBS_H
#define FRISK_JOBS_H

#include "build.h"

int jobs_build(const BuildOptions *options);

#endif
