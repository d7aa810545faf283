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
#include "watch.h"
#include "home.h"
#include "shared/diag.h"
#include "shared/i18n.h"
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

/* A job's diagnostics, captured in a temporary file while it runs and said by the parent
 * afterwards, so that what several documents report alike is said once (diag_relay). */
static void relay_captured(FILE *captured)
{
    if (!captured)
        return;
    rewind(captured);
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, captured)) > 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        diag_relay(line);
    }
    free(line);
    fclose(captured);
}

/* Compiles every document, up to options->jobs at once; statuses[i] gets document i's exit
 * status. Returns the worst. */
static int run_jobs(char **documents, char **relatives, size_t n, const BuildOptions *options,
                    int *statuses)
{
    int worst = EXIT_OK;
    size_t next = 0, running = 0;
    int jobs = options->jobs > 0 ? options->jobs : 1;
    if (jobs == 1) {
        for (size_t i = 0; i < n; i++) {
            statuses[i] = build_document(documents[i], relatives[i], options);
            if (statuses[i] > worst)
                worst = statuses[i];
        }
        return worst;
    }
    pid_t *pids = calloc(n + 1, sizeof *pids);
    FILE **captured = calloc(n + 1, sizeof *captured);
    FRISK_ASSERT(pids && captured);
    fflush(NULL);
    while (next < n || running > 0) {
        while (next < n && running < (size_t)jobs) {
            captured[next] = tmpfile();
            pid_t pid = fork();
            if (pid == 0) {
                if (captured[next])
                    diag_set_stream(captured[next]);
                diag_set_show_warnings(1); /* the parent decides what to print */
                _exit(build_document(documents[next], relatives[next], options));
            }
            if (pid < 0) {
                diag_environment("cannot start a job: %s", strerror(errno));
                worst = EXIT_USAGE;
                n = next; /* start no more; wait for the running ones */
                break;
            }
            pids[next++] = pid;
            running++;
        }
        int status;
        pid_t done = running > 0 ? wait(&status) : -1;
        if (done <= 0)
            continue;
        running--;
        size_t i = 0;
        while (i < next && pids[i] != done)
            i++;
        if (i == next)
            continue;
        relay_captured(captured[i]);
        captured[i] = NULL;
        statuses[i] = WIFEXITED(status) ? WEXITSTATUS(status) : EXIT_USAGE;
        if (!WIFEXITED(status))
            diag_environment("%s: the job compiling it died (signal %d)", documents[i],
                             WTERMSIG(status));
        if (statuses[i] > worst)
            worst = statuses[i];
    }
    for (size_t i = 0; i < next; i++)
        if (captured[i])
            fclose(captured[i]);
    free(captured);
    free(pids);
    return worst;
}

/* build --watch: the documents of the build, recompiled one at a time (watch.h). Each rebuild
 * says its problems anew: what an earlier build said is forgotten. */
typedef struct {
    char **documents, **relatives;
    const BuildOptions *options;
} WatchedBuild;

static int compile_watched(size_t i, void *data)
{
    const WatchedBuild *build = data;
    diag_forget();
    return build_document(build->documents[i], build->relatives[i], build->options);
}

/* The one line a build ends with: what is up to date, and how many warnings `frisk check`
 * would list, so that errors above it are never buried under warnings. */
static void print_summary(const BuildOptions *options, const int *statuses, size_t n)
{
    size_t failed = 0;
    for (size_t i = 0; i < n; i++)
        if (statuses[i] != EXIT_OK)
            failed++;
    int warnings = diag_distinct_warning_count();
    char tail[512];
    if (warnings > 0)
        snprintf(tail, sizeof tail, ngettext_frisk("; %d warning in %s: `frisk check %s` lists it",
                                                   "; %d warnings in %s: `frisk check %s` lists them",
                                                   warnings),
                 warnings, options->input, options->input);
    else
        snprintf(tail, sizeof tail, "%s", _("; no warnings"));
    if (failed == 0)
        printf(ngettext_frisk("%s is up to date: %zu document built%s\n",
                              "%s is up to date: %zu documents built%s\n", n),
               options->output_dir, n, tail);
    else
        printf(ngettext_frisk("%s: %zu of %zu document built, %zu failed (the errors above)%s\n",
                              "%s: %zu of %zu documents built, %zu failed (the errors above)%s\n", n),
               options->output_dir, n - failed, n, failed, tail);
    fflush(stdout);
}

int jobs_find_documents(const char *input, char ***documents_out, char ***relatives_out,
                        size_t *n_out)
{
    PathList files = {0};
    int status = EXIT_OK;
    *documents_out = *relatives_out = NULL;
    *n_out = 0;
    char *root = paths_input_root(input);
    if (!root || load_allow_folder(root) != 0) {
        diag_environment("%s: no such input file or folder", input);
        free(root);
        return EXIT_USAGE;
    }
    free(root);
    if (paths_is_dir(input))
        find_xml_files(input, &files);
    else
        path_list_add(&files, strdup(input));
    qsort(files.paths, files.n, sizeof *files.paths, compare_paths);

    char **documents = calloc(files.n + 1, sizeof *documents);
    char **relatives = calloc(files.n + 1, sizeof *relatives);
    FRISK_ASSERT(documents && relatives);
    size_t n_documents = 0;
    size_t prefix = paths_is_dir(input) ? strlen(input) : 0;
    for (size_t i = 0; i < files.n; i++) {
        xmlChar *name = root_name_of(files.paths[i]);
        char *html = name ? build_stylesheet_for_root("html", name) : NULL;
        char *fo = name ? build_stylesheet_for_root("fo", name) : NULL;
        if (!name) {
            status = EXIT_INVALID_INPUT;
        } else if (html || fo) {
            const char *relative = files.paths[i] + prefix;
            while (*relative == '/')
                relative++;
            if (!prefix) {
                const char *slash = strrchr(files.paths[i], '/');
                relative = slash ? slash + 1 : files.paths[i];
            }
            relatives[n_documents] = strdup(relative);
            documents[n_documents++] = files.paths[i];
            files.paths[i] = NULL; /* now the caller's */
        } else if (refuse_unknown_root(files.paths[i], name) != 0) {
            status = EXIT_INVALID_INPUT;
        }
        free(html);
        free(fo);
        xmlFree(name);
        free(files.paths[i]);
    }
    free(files.paths);
    if (n_documents == 0 && status == EXIT_OK) {
        diag_environment("%s: no documents (no file has a root element with a stylesheet)", input);
        status = EXIT_USAGE;
    }
    *documents_out = documents;
    *relatives_out = relatives;
    *n_out = n_documents;
    return status;
}

void jobs_free_documents(char **documents, char **relatives, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(documents[i]);
        free(relatives[i]);
    }
    free(documents);
    free(relatives);
}

int jobs_build(const BuildOptions *options)
{
    char **documents, **relatives;
    size_t n_documents;
    int status = jobs_find_documents(options->input, &documents, &relatives, &n_documents);
    int *statuses = calloc(n_documents + 1, sizeof *statuses);
    FRISK_ASSERT(statuses);
    int jobs_status = run_jobs(documents, relatives, n_documents, options, statuses);
    if (jobs_status > status)
        status = jobs_status;
    if (!options->quiet && n_documents > 0)
        print_summary(options, statuses, n_documents);
    free(statuses);
    if (options->watch && n_documents > 0) {
        WatchedBuild build = {documents, relatives, options};
        status = watch_documents(documents, n_documents, compile_watched, &build);
    }
    jobs_free_documents(documents, relatives, n_documents);
    return status;
}
