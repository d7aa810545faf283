/* scaffold — `frisk new application NAME` (see scaffold.h).
 *
 * Takes the template as text, not as a tree, so that its comments — the instructions a
 * municipality reads — and its layout survive exactly; only the root's id is replaced. The
 * new file is created with O_EXCL, so an existing file (or one created meanwhile) is never
 * overwritten.
 */
#include "scaffold.h"

#include "shared/diag.h"
#include "home.h"
#include "shared/load.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The id the template's root carries; replaced by NAME. */
#define TEMPLATE_ID "id=\"ny-ansoegning\""

/* An id as the schema's slug: [a-z][a-z0-9-]*, short enough for a file name. */
static int is_slug(const char *z)
{
    if (!z || !(*z >= 'a' && *z <= 'z') || strlen(z) > 100)
        return 0;
    for (; *z; z++)
        if (!((*z >= 'a' && *z <= 'z') || (*z >= '0' && *z <= '9') || *z == '-'))
            return 0;
    return 1;
}

/* The template: the input folder's own, else frisk's. malloc'ed path, or NULL. */
static char *template_path(const char *input_dir)
{
    size_t n = strlen(input_dir) + sizeof "/templates/application.xml";
    char *path = malloc(n);
    if (!path)
        return NULL;
    snprintf(path, n, "%s/templates/application.xml", input_dir);
    if (access(path, R_OK) == 0)
        return path;
    free(path);
    return home_path("input/templates/application.xml");
}

/* Writes all of text to a new file; the file must not exist. Returns 0, or -1 with errno. */
static int write_new_file(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0)
        return -1;
    size_t len = strlen(text), done = 0;
    while (done < len) {
        ssize_t w = write(fd, text + done, len - done);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            int saved = errno;
            close(fd);
            unlink(path);
            errno = saved;
            return -1;
        }
        done += (size_t)w;
    }
    if (close(fd) != 0) {
        int saved = errno;
        unlink(path);
        errno = saved;
        return -1;
    }
    return 0;
}

/* Copies the regular files of from_dir into to_dir (made if missing), and their subfolders,
 * never overwriting a file. Returns 0, or -1 after a diagnostic. */
static int copy_tree(const char *from_dir, const char *to_dir)
{
    if (mkdir(to_dir, 0755) != 0 && errno != EEXIST) {
        diag_environment("%s: cannot create the folder: %s", to_dir, strerror(errno));
        return -1;
    }
    DIR *dir = opendir(from_dir);
    if (!dir) {
        diag_environment("%s: cannot read the folder: %s", from_dir, strerror(errno));
        return -1;
    }
    int rc = 0;
    struct dirent *entry;
    while (rc == 0 && (entry = readdir(dir))) {
        if (entry->d_name[0] == '.')
            continue;
        size_t n_from = strlen(from_dir) + strlen(entry->d_name) + 2;
        size_t n_to = strlen(to_dir) + strlen(entry->d_name) + 2;
        char *from = malloc(n_from), *to = malloc(n_to);
        struct stat st;
        if (!from || !to) {
            diag_environment("out of memory");
            rc = -1;
        } else {
            snprintf(from, n_from, "%s/%s", from_dir, entry->d_name);
            snprintf(to, n_to, "%s/%s", to_dir, entry->d_name);
            if (stat(from, &st) == 0 && S_ISDIR(st.st_mode)) {
                rc = copy_tree(from, to);
            } else if (stat(from, &st) == 0 && S_ISREG(st.st_mode)) {
                char *text = load_read_text(from);
                if (!text || write_new_file(to, text) != 0) {
                    diag_environment("%s: cannot copy to %s: %s", from, to, strerror(errno));
                    rc = -1;
                }
                free(text);
            }
        }
        free(from);
        free(to);
    }
    closedir(dir);
    return rc;
}

/* A project folder of the user's own (not the checkout) starts without the programme that an
 * application includes: copy frisk's programme data (programme.xml, data/, networks/) into
 * input_dir, so that `frisk new application X && frisk build` works in an empty folder.
 * Nothing is copied when input_dir already has a programme.xml. */
static int seed_programme(const char *input_dir)
{
    size_t n = strlen(input_dir) + sizeof "/programme.xml";
    char *target = malloc(n);
    if (!target)
        return -1;
    snprintf(target, n, "%s/programme.xml", input_dir);
    int rc = 0;
    if (access(target, F_OK) != 0) {
        char *source = home_path("input");
        char *programme = home_path("input/programme.xml");
        char *text = programme ? load_read_text(programme) : NULL;
        if (!text) {
            diag_environment("%s: no programme.xml, and frisk's own (%s) cannot be read",
                             input_dir, programme ? programme : "input/programme.xml");
            rc = -1;
        } else if (mkdir(input_dir, 0755) != 0 && errno != EEXIST) {
            diag_environment("%s: cannot create the folder: %s", input_dir, strerror(errno));
            rc = -1;
        } else if (write_new_file(target, text) != 0) {
            diag_environment("%s: cannot write: %s", target, strerror(errno));
            rc = -1;
        } else {
            const char *parts[] = {"data", "networks"};
            for (size_t i = 0; i < 2 && rc == 0; i++) {
                size_t n_from = strlen(source) + strlen(parts[i]) + 2;
                size_t n_to = strlen(input_dir) + strlen(parts[i]) + 2;
                char *from = malloc(n_from), *to = malloc(n_to);
                if (from && to) {
                    snprintf(from, n_from, "%s/%s", source, parts[i]);
                    snprintf(to, n_to, "%s/%s", input_dir, parts[i]);
                    rc = copy_tree(from, to);
                } else {
                    rc = -1;
                }
                free(from);
                free(to);
            }
            if (rc == 0)
                printf("%s: the programme's data, copied from %s\n", target, source);
        }
        free(text);
        free(programme);
        free(source);
    }
    free(target);
    return rc;
}

int scaffold_new_application(const char *name, const char *input_dir)
{
    int rc = -1;
    char *template_file = NULL, *text = NULL, *out = NULL, *folder = NULL;
    if (!is_slug(name)) {
        diag_environment("'%s' cannot name an application: use lower-case letters a-z, digits and "
                         "'-', starting with a letter (e.g. boern-2016)", name ? name : "");
        goto cleanup;
    }
    if (seed_programme(input_dir) != 0)
        goto cleanup;
    template_file = template_path(input_dir);
    text = template_file ? load_read_text(template_file) : NULL;
    if (!text) {
        diag_environment("%s: cannot read the application template: %s",
                         template_file ? template_file : "input/templates/application.xml",
                         strerror(errno));
        goto cleanup;
    }
    char *id = strstr(text, TEMPLATE_ID);
    if (!id) {
        diag_error(template_file, 0, 0, "the template has no %s on its root to replace with the "
                                        "new application's id", TEMPLATE_ID);
        goto cleanup;
    }
    size_t n_folder = strlen(input_dir) + sizeof "/applications";
    folder = malloc(n_folder);
    size_t n_out = n_folder + strlen(name) + sizeof "/.xml";
    out = malloc(n_out);
    size_t n_new = strlen(text) + strlen(name) + 8;
    char *result = malloc(n_new);
    if (!folder || !out || !result) {
        free(result);
        diag_environment("out of memory");
        goto cleanup;
    }
    snprintf(folder, n_folder, "%s/applications", input_dir);
    snprintf(out, n_out, "%s/%s.xml", folder, name);
    snprintf(result, n_new, "%.*sid=\"%s\"%s", (int)(id - text), text, name, id + strlen(TEMPLATE_ID));
    free(text);
    text = result;
    if (mkdir(folder, 0755) != 0 && errno != EEXIST) {
        diag_environment("%s: cannot create the folder: %s", folder, strerror(errno));
        goto cleanup;
    }
    if (write_new_file(out, text) != 0) {
        if (errno == EEXIST)
            diag_error(out, 0, 0, "already exists; frisk new never overwrites a file: choose "
                                  "another NAME, or edit or remove the existing file");
        else
            diag_environment("%s: cannot write: %s", out, strerror(errno));
        goto cleanup;
    }
    printf("%s\n", out);
    rc = 0;
cleanup:
    free(template_file);
    free(text);
    free(out);
    free(folder);
    return rc;
}
