/* write — the last stage: bytes become a file, whole or not at all.
 *
 * Takes: a path and bytes. Gives: the file, written under a temporary name in the same folder
 * and renamed over the target only when every byte is on disk, so a failed build never leaves
 * a truncated or half-new file and the previous output survives.
 */
#ifndef FRISK_WRITE_H
#define FRISK_WRITE_H

#include <stddef.h>

/* Creates missing parent folders. Returns 0, or -1 after diag_environment (disk full,
 * unwritable folder); the target is then untouched and no temporary file remains. */
int write_file_atomic(const char *path, const void *data, size_t len);

/* Creates folder and its missing parents. Returns 0 or -1 (errno set). */
int write_make_folders(const char *folder);

#endif
