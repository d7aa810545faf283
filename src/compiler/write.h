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

/* The two halves of write_file_atomic, for several files that must change together: a build
 * writes every output of a document to its temporary file first and renames them only when
 * all were written, so a full disk half-way leaves every previous file as it was.
 * write_file_temp returns the temporary file's path (owned; give it to write_commit or
 * write_discard, which free it), or NULL after diag_environment with nothing left behind. */
char *write_file_temp(const char *path, const void *data, size_t len);
/* Renames tmp over path. Returns 0, or -1 after diag_environment (tmp is then removed). */
int write_commit(char *tmp, const char *path);
/* Removes tmp; NULL is a no-op. */
void write_discard(char *tmp);

/* Creates folder and its missing parents. Returns 0 or -1 (errno set). */
int write_make_folders(const char *folder);

#endif
