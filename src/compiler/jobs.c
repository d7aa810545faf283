/* jobs — a build of a whole input folder: finds its documents and compiles each (build.h), up to
 * N at once in separate processes.
 *
 * Takes: the build options. Gives: every document's outputs and the worst exit status of them.
 * Processes, not threads: libxml2, libxslt, fontconfig and frisk's own modules keep per-process
 * state, and a crash in one document cannot take the others down.
 */
#include "jobs.h"

#include "build.h"
#include "paths.h"
#include "validate.h"
#include "home.h"
#include "shared/diag.h"
#include "shared/load.h"

#include <dirent.h>
#include <errno.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
    char **paths;
    size_t n, cap;
} PathList;

static void path_list_add(PathList *list, char *path)
{
    if (list->n == list->cap) {
        list->cap = list->cap ? list->cap * 2 : 32;
        list->paths = realloc(list->paths, list->cap * sizeof *list->paths);
        FRISK_ASSERT(list->paths);
    }
    list->paths[list->n++] = path;
}

static int compare_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.xml under folder (sorted, for reproducible order), skipping templates/ and hidden
 * folders: a template is a starting point for users, not a document to publish. */
static void find_xml_files(const char *folder, PathList *list)
{
    DIR *dir = opendir(folder);
    if (!dir)
        return;
    struct dirent *entry;
    while ((entry = readdir(dir))) {
        if (entry->d_name[0] == '.' || strcmp(entry->d_name, "templates") == 0)
            continue;
        char *path = paths_join(folder, entry->d_name);
        if (paths_is_dir(path)) {
            find_xml_files(path, list);
            free(path);
        } else if (paths_ends_with(entry->d_name, ".xml")) {
            path_list_add(list, path);
        } else {
            free(path);
        }
    }
    closedir(dir);
}

/* The root element's name without resolving XInclude: decides whether a file is a document. */
static xmlChar *root_name_of(const char *path)
{
    int errors_before = diag_error_count();
    xmlDocPtr doc = load_document(path, 0);
    if (!doc)
        return NULL;
    (void)errors_before;
    xmlChar *name = xmlStrdup(xmlDocGetRootElement(doc)->name);
    xmlFreeDoc(doc);
    return name;
}

/* A file of a build folder that is neither a document nor a part of the data (its root is not
 * one the schema knows) is an error, as `frisk check` would say, not something to skip. */
static int refuse_unknown_root(const char *path, const xmlChar *name)
{
    char *schema = home_path("schema/frisk.rng");
    char *known = NULL;
    int ok = !schema || validate_known_root(schema, (const char *)name, &known);
    if (!ok) {
        xmlDocPtr doc = load_document(path, 0);
        if (doc)
            diag_node_error(xmlDocGetRootElement(doc),
                            "<%s> is not a frisk document: the root element must be one of %s",
                            (const char *)name, known);
        xmlFreeDoc(doc);
    }
    free(known);
    free(schema);
    return ok ? 0 : -1;
}

static int run_jobs(char **documents, char **relatives, size_t n, const BuildOptions *options)
{
    int worst = EXIT_OK;
    size_t next = 0, running = 0;
    int jobs = options->jobs > 0 ? options->jobs : 1;
    if (jobs == 1) {
        for (size_t i = 0; i < n; i++) {
            int status = build_document(documents[i], relatives[i], options);
            if (status > worst)
                worst = status;
        }
        return worst;
    }
    fflush(NULL);
    while (next < n || running > 0) {
        while (next < n && running < (size_t)jobs) {
            pid_t pid = fork();
            if (pid == 0)
                _exit(build_document(documents[next], relatives[next], options));
            if (pid < 0) {
                diag_environment("cannot start a job: %s", strerror(errno));
                return EXIT_USAGE;
            }
            next++;
            running++;
        }
        int status;
        if (wait(&status) > 0) {
            running--;
            int code = WIFEXITED(status) ? WEXITSTATUS(status) : EXIT_USAGE;
            if (!WIFEXITED(status))
                diag_environment("a job died (signal %d)", WTERMSIG(status));
            if (code > worst)
                worst = code;
        }
    }
    return worst;
}

int jobs_build(const BuildOptions *options)
{
    PathList files = {0};
    int status = EXIT_OK;
    char *root = paths_input_root(options->input);
    if (!root || load_allow_folder(root) != 0) {
        diag_environment("%s: no such input file or folder", options->input);
        free(root);
        return EXIT_USAGE;
    }
    free(root);
    if (paths_is_dir(options->input))
        find_xml_files(options->input, &files);
    else
        path_list_add(&files, strdup(options->input));
    qsort(files.paths, files.n, sizeof *files.paths, compare_paths);

    char **documents = calloc(files.n + 1, sizeof *documents);
    char **relatives = calloc(files.n + 1, sizeof *relatives);
    size_t n_documents = 0;
    size_t prefix = paths_is_dir(options->input) ? strlen(options->input) : 0;
    for (size_t i = 0; i < files.n; i++) {
        xmlChar *name = root_name_of(files.paths[i]);
        if (!name) {
            status = EXIT_INVALID_INPUT;
            continue;
        }
        char *html = build_stylesheet_for_root("html", name);
        char *fo = build_stylesheet_for_root("fo", name);
        if (html || fo) {
            const char *relative = files.paths[i] + prefix;
            while (*relative == '/')
                relative++;
            if (!prefix) {
                const char *slash = strrchr(files.paths[i], '/');
                relative = slash ? slash + 1 : files.paths[i];
            }
            documents[n_documents] = files.paths[i];
            relatives[n_documents++] = strdup(relative);
        } else if (refuse_unknown_root(files.paths[i], name) != 0) {
            status = EXIT_INVALID_INPUT;
        }
        free(html);
        free(fo);
        xmlFree(name);
    }
    if (n_documents == 0 && status == EXIT_OK) {
        diag_environment("%s: no documents to build (no file has a root element with a stylesheet)",
                         options->input);
        status = EXIT_USAGE;
    }
    int jobs_status = run_jobs(documents, relatives, n_documents, options);
    if (jobs_status > status)
        status = jobs_status;
    for (size_t i = 0; i < n_documents; i++)
        free(relatives[i]);
    free(relatives);
    free(documents);
    for (size_t i = 0; i < files.n; i++)
        free(files.paths[i]);
    free(files.paths);
    return status;
}
