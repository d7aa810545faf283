/* paths — file-system questions and path strings for the commands (paths.c).
 *
 * Every function borrows its arguments; a returned path is malloc'ed and owned by the caller
 * (NULL on allocation failure, or when paths_input_root cannot resolve the path).
 */
#ifndef FRISK_PATHS_H
#define FRISK_PATHS_H

/* 1 when s ends with suffix. */
int paths_ends_with(const char *s, const char *suffix);
/* 1 when path is a folder; 1 when it is a regular file. */
int paths_is_dir(const char *path);
int paths_is_file(const char *path);
/* "a/b". */
char *paths_join(const char *a, const char *b);
/* The folder frisk may read input from: the nearest ancestor of path (or path itself) that
 * holds programme.xml, so that a memo's XInclude of ../programme.xml is allowed, else the
 * file's own folder. NULL when path does not exist. */
char *paths_input_root(const char *path);
/* path with its extension (after the last '.' of the last part) replaced by extension (".pdf"). */
char *paths_replace_extension(const char *path, const char *extension);

#endif
