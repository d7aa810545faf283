/* paths — the file-system questions the commands ask: is it a folder, a file; join, change an
 * extension; and the input root, the one folder a command lets frisk read its input from.
 *
 * Takes: paths as the user typed them. Gives: answers and malloc'ed paths (caller frees).
 */
#include "paths.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int paths_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

int paths_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int paths_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *paths_join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s/%s", a, b);
    return s;
}

/* The folder frisk may read input from: the nearest ancestor of path (or path itself) that
 * holds programme.xml, so that a memo's XInclude of ../programme.xml is allowed, else the
 * file's own folder. */
char *paths_input_root(const char *path)
{
    char *real = realpath(path, NULL);
    if (!real)
        return NULL;
    if (!paths_is_dir(real)) {
        char *slash = strrchr(real, '/');
        if (slash && slash != real)
            *slash = '\0';
    }
    char *probe = strdup(real);
    for (int up = 0; probe && up < 3; up++) {
        char *candidate = paths_join(probe, "programme.xml");
        int found = candidate && paths_is_file(candidate);
        free(candidate);
        if (found) {
            free(real);
            return probe;
        }
        char *slash = strrchr(probe, '/');
        if (!slash || slash == probe)
            break;
        *slash = '\0';
    }
    free(probe);
    return real;
}

char *paths_replace_extension(const char *path, const char *extension)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    size_t stem = (dot && (!slash || dot > slash)) ? (size_t)(dot - path) : strlen(path);
    char *out = malloc(stem + strlen(extension) + 1);
    if (out) {
        memcpy(out, path, stem);
        strcpy(out + stem, extension);
    }
    return out;
}
