/* watch — `frisk build --watch` (see watch.h).
 *
 * Folders are watched rather than files: editors save by writing a new file and renaming it
 * over the old one, which a watch on the old file's inode would miss. A save arrives as
 * several events; they are gathered for a short moment (SETTLE_MS) so one save gives one
 * rebuild. Each rebuild runs in a forked child, as `build -j` does, so a document's state
 * never leaks into the next rebuild, and the files it reads are found again afterwards (an
 * XInclude may have been added).
 */
#include "watch.h"

#include "shared/diag.h"
#include "shared/i18n.h"
#include "shared/load.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { SETTLE_MS = 80 };

typedef struct {
    char **files; /* real paths of every file the document reads, to match events */
    char **names; /* the same files as diagnostics name them, to tell the author */
    size_t n;
    char *changed; /* the name of the saved file that makes it dirty, or NULL */
} WatchedDoc;

static void add_file(WatchedDoc *doc, const char *path)
{
    char *real = path ? realpath(path, NULL) : NULL;
    if (!real)
        return;
    for (size_t i = 0; i < doc->n; i++)
        if (strcmp(doc->files[i], real) == 0) {
            free(real);
            return;
        }
    char **grown = realloc(doc->files, (doc->n + 1) * sizeof *grown);
    FRISK_ASSERT(grown != NULL);
    doc->files = grown;
    grown = realloc(doc->names, (doc->n + 1) * sizeof *grown);
    FRISK_ASSERT(grown != NULL);
    doc->names = grown;
    doc->names[doc->n] = strdup(path);
    FRISK_ASSERT(doc->names[doc->n] != NULL);
    doc->files[doc->n++] = real;
}

static void add_included(WatchedDoc *doc, xmlNodePtr node)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (xmlHasNsProp(node, (const xmlChar *)"base", XML_XML_NAMESPACE)) {
            char *file = diag_node_file(node);
            add_file(doc, file);
            free(file);
        }
        add_included(doc, node->children);
    }
}

static void forget_files(WatchedDoc *doc)
{
    for (size_t i = 0; i < doc->n; i++) {
        free(doc->files[i]);
        free(doc->names[i]);
    }
    free(doc->files);
    free(doc->names);
    doc->files = NULL;
    doc->names = NULL;
    doc->n = 0;
}

/* The files of a document: itself and all it XIncludes. A document that does not load keeps
 * its own file, so saving a fix rebuilds it. Its diagnostics are the compile's to print. */
static void find_files(WatchedDoc *doc, const char *path)
{
    forget_files(doc);
    add_file(doc, path);
    FILE *quiet = fopen("/dev/null", "w");
    diag_set_stream(quiet);
    xmlDocPtr tree = load_document(path, 1);
    diag_set_stream(NULL);
    if (quiet)
        fclose(quiet);
    if (tree)
        add_included(doc, xmlDocGetRootElement(tree));
    xmlFreeDoc(tree);
}

/* Watches the folder of every file (once per folder); wds[i] keeps the folder of watch i. */
typedef struct {
    int wd;
    char *folder;
} Watch;

static int watch_folders(int fd, WatchedDoc *docs, size_t n, Watch **watches, size_t *n_watches)
{
    for (size_t d = 0; d < n; d++)
        for (size_t f = 0; f < docs[d].n; f++) {
            char *folder = strdup(docs[d].files[f]);
            FRISK_ASSERT(folder != NULL);
            char *slash = strrchr(folder, '/');
            if (slash)
                *slash = '\0';
            int wd = inotify_add_watch(fd, folder, IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE);
            if (wd < 0) {
                diag_environment("%s: cannot watch the folder: %s", folder, strerror(errno));
                free(folder);
                return -1;
            }
            int known = 0;
            for (size_t w = 0; w < *n_watches && !known; w++)
                known = (*watches)[w].wd == wd;
            if (known) {
                free(folder);
                continue;
            }
            Watch *grown = realloc(*watches, (*n_watches + 1) * sizeof *grown);
            FRISK_ASSERT(grown != NULL);
            *watches = grown;
            (*watches)[(*n_watches)++] = (Watch){wd, folder};
        }
    return 0;
}

/* Marks every document that reads folder/name as changed. */
static void mark_changed(WatchedDoc *docs, size_t n, const char *folder, const char *name)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", folder, name);
    for (size_t d = 0; d < n; d++)
        for (size_t f = 0; f < docs[d].n && !docs[d].changed; f++)
            if (strcmp(docs[d].files[f], path) == 0)
                docs[d].changed = strdup(docs[d].names[f]);
}

/* Reads the events waiting on fd; returns the number read, -1 on error. */
static int read_events(int fd, WatchedDoc *docs, size_t n, const Watch *watches, size_t n_watches)
{
    char buffer[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
    ssize_t len = read(fd, buffer, sizeof buffer);
    if (len < 0)
        return errno == EINTR || errno == EAGAIN ? 0 : -1;
    int count = 0;
    for (char *p = buffer; p < buffer + len;) {
        const struct inotify_event *event = (const struct inotify_event *)p;
        for (size_t w = 0; w < n_watches && event->len > 0; w++)
            if (watches[w].wd == event->wd)
                mark_changed(docs, n, watches[w].folder, event->name);
        p += sizeof *event + event->len;
        count++;
    }
    return count;
}

static double seconds_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static int rebuild(size_t i, const char *document, const char *changed, WatchCompile compile, void *data)
{
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    printf(_("frisk: %s changed: rebuilding %s\n"), changed, document);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0)
        _exit(compile(i, data));
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) < 0) {
        diag_environment("cannot start a rebuild: %s", strerror(errno));
        return -1;
    }
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : EXIT_USAGE;
    if (code == EXIT_OK)
        printf(_("frisk: rebuilt %s (%.2f s)\n"), document, seconds_since(&start));
    else
        printf(code == EXIT_INVALID_INPUT
                   ? _("frisk: %s not rebuilt: fix the errors above; its previous output is unchanged\n")
                   : _("frisk: %s not rebuilt: see the errors above; its previous output is unchanged\n"),
               document);
    fflush(stdout);
    return 0;
}

int watch_documents(char *const *documents, size_t n, WatchCompile compile, void *data)
{
    int fd = inotify_init1(IN_CLOEXEC);
    if (fd < 0) {
        diag_environment("cannot watch files (inotify): %s", strerror(errno));
        return EXIT_USAGE;
    }
    WatchedDoc *docs = calloc(n + 1, sizeof *docs);
    FRISK_ASSERT(docs != NULL);
    Watch *watches = NULL;
    size_t n_watches = 0;
    size_t n_files = 0;
    for (size_t d = 0; d < n; d++) {
        find_files(&docs[d], documents[d]);
        n_files += docs[d].n;
    }
    int rc = watch_folders(fd, docs, n, &watches, &n_watches) == 0 ? 0 : EXIT_USAGE;
    if (rc == 0) {
        char files[64], documents[64];
        snprintf(files, sizeof files, ngettext_frisk("%zu file", "%zu files", n_files), n_files);
        snprintf(documents, sizeof documents, ngettext_frisk("%zu document", "%zu documents", n), n);
        /* TRANSLATORS: "frisk: watching 3 files of 1 document; …" */
        printf(_("frisk: watching %s of %s; save one to rebuild (Ctrl-C stops)\n"), files, documents);
        fflush(stdout);
    }
    while (rc == 0) {
        struct pollfd wait_for = {fd, POLLIN, 0};
        if (poll(&wait_for, 1, -1) < 0) {
            if (errno == EINTR)
                continue;
            rc = EXIT_USAGE;
            break;
        }
        /* One save is several events: take them all before rebuilding. */
        do {
            if (read_events(fd, docs, n, watches, n_watches) < 0) {
                diag_environment("cannot read file events: %s", strerror(errno));
                rc = EXIT_USAGE;
            }
        } while (rc == 0 && poll(&wait_for, 1, SETTLE_MS) > 0);
        for (size_t d = 0; d < n && rc == 0; d++) {
            if (!docs[d].changed)
                continue;
            rebuild(d, documents[d], docs[d].changed, compile, data);
            free(docs[d].changed);
            docs[d].changed = NULL;
            find_files(&docs[d], documents[d]);
            if (watch_folders(fd, &docs[d], 1, &watches, &n_watches) != 0)
                rc = EXIT_USAGE;
        }
    }
    for (size_t d = 0; d < n; d++) {
        forget_files(&docs[d]);
        free(docs[d].changed);
    }
    free(docs);
    for (size_t w = 0; w < n_watches; w++)
        free(watches[w].folder);
    free(watches);
    close(fd);
    return rc;
}
