/* watch — `frisk build --watch`: rebuild a document when one of its files is saved.
 *
 * Takes: the documents of a build and a function that compiles one of them. Gives: after the
 * first build, a loop that waits (inotify) on the folders of every file each document reads —
 * the document and everything it XIncludes — and recompiles, in a child process, each
 * document a saved file belongs to, saying which file changed and how the rebuild went. Exists
 * so that a PDF viewer beside the editor shows the result as the author types.
 *
 * Ownership: borrows everything; returns only when inotify fails (or never: stop it with a
 * signal).
 */
#ifndef FRISK_WATCH_H
#define FRISK_WATCH_H

#include <stddef.h>

/* Compiles document i of the build; returns its exit status (0 ok, 1 invalid input, 2 other). */
typedef int (*WatchCompile)(size_t i, void *data);

/* Watches the n documents (paths as given to the build). Returns 2 when it cannot watch. */
int watch_documents(char *const *documents, size_t n, WatchCompile compile, void *data);

#endif
