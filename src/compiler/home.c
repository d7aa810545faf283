/* home — locating the project's resource folders (see home.h). */
#include "home.h"

#include "shared/diag.h"
#include "shared/i18n.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *home;

static int has_resources(const char *folder)
{
    char path[PATH_MAX];
    struct stat st;
    snprintf(path, sizeof path, "%s/stylesheets", folder);
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
        return 0;
    snprintf(path, sizeof path, "%s/schema/frisk.rng", folder);
    return stat(path, &st) == 0;
}

/* Finds the resource folder; 0, or -1 (with FRISK_HOME set to a wrong folder, -2). */
static int find_home(void)
{
    const char *env = getenv("FRISK_HOME");
    if (env && *env) {
        home = realpath(env, NULL);
        if (home && has_resources(home))
            return 0;
        free(home);
        home = NULL;
        return -2;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            if (has_resources(exe)) {
                home = strdup(exe);
                return home ? 0 : -1;
            }
            /* PREFIX/bin/frisk after `make install`: the resources are in PREFIX/share/frisk */
            char installed[PATH_MAX];
            if ((size_t)snprintf(installed, sizeof installed, "%s/../share/frisk", exe) <
                    sizeof installed && has_resources(installed)) {
                home = realpath(installed, NULL);
                return home ? 0 : -1;
            }
            /* build/release/frisk inside the project */
            for (int up = 0; up < 2 && (slash = strrchr(exe, '/')); up++) {
                *slash = '\0';
                if (has_resources(exe)) {
                    home = strdup(exe);
                    return home ? 0 : -1;
                }
            }
        }
    }
    home = realpath(".", NULL);
    if (home && has_resources(home))
        return 0;
    free(home);
    home = NULL;
    return -1;
}

/* The message catalogues: build/locale in the checkout, PREFIX/share/locale once installed. */
static void bind_messages(void)
{
    const char *candidates[] = {"build/locale", "../locale"};
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
        char *dir = home_path(candidates[i]);
        struct stat st;
        if (dir && stat(dir, &st) == 0 && S_ISDIR(st.st_mode)) {
            i18n_init(dir);
            free(dir);
            return;
        }
        free(dir);
    }
    i18n_init(NULL);
}

int home_find(const char *argv0)
{
    (void)argv0;
    if (home)
        return 0;
    int rc = find_home();
    if (rc == 0)
        bind_messages();
    else
        i18n_init(NULL);
    return rc == 0 ? 0 : -1;
}

int home_init(const char *argv0)
{
    if (home_find(argv0) == 0)
        return 0;
    const char *env = getenv("FRISK_HOME");
    if (env && *env)
        diag_environment("FRISK_HOME=%s has no stylesheets/ and schema/frisk.rng", env);
    else
        diag_environment("cannot find frisk's stylesheets/ and schema/ (set FRISK_HOME to the "
                         "project folder)");
    return -1;
}

char *home_path(const char *relative)
{
    size_t n = strlen(home) + strlen(relative) + 2;
    char *path = malloc(n);
    if (path)
        snprintf(path, n, "%s/%s", home, relative);
    return path;
}

void home_shutdown(void)
{
    free(home);
    home = NULL;
}
