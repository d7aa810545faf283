/* main — frisk's command line; runs the pipeline stages in order:
 *
 *   load → validate → check → transform ─┬→ HTML ──────────────────→ write
 *                                        └→ XSL-FO → typeset → render → write
 *
 * Parses the command line, finds the documents of a build, and passes each through the stages
 * (in parallel processes with -j). Each stage reports through diag and the pipeline stops
 * between stages once a document has errors, so nothing is written for a failed document. */
#include "check.h"
#include "diag.h"
#include "figures.h"
#include "focus.h"
#include "fonts.h"
#include "home.h"
#include "hyphen.h"
#include "load.h"
#include "opendata.h"
#include "render.h"
#include "scaffold.h"
#include "transform.h"
#include "typeset.h"
#include "validate.h"
#include "watch.h"
#include "write.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <libxml/parser.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define FRISK_VERSION "0.1.0"

/* A bundle lets one transform write several files: <b:bundle><b:file href="web/x.html">…. */
#define BUNDLE_NS "urn:frisk:bundle"

static const char usage_text[] =
    "usage: frisk build [-j N] [-o DIR] [--keep-fo] [--watch] [INPUT]\n"
    "       frisk check FILE...\n"
    "       frisk render FILE.fo -o FILE.pdf\n"
    "       frisk new application NAME [INPUT]\n"
    "       frisk export-csv [-o DIR] [INPUT]\n"
    "       frisk import-csv FILE.csv --network ID [-o FILE.xml] [INPUT]\n"
    "       frisk --help | --version\n"
    "\n"
    "  build    compile every document under INPUT (default input/) into DIR (default output/):\n"
    "           input/memos/NAME.xml -> output/memos/NAME.pdf and .html, and so on\n"
    "  check    load, validate and check files; print every problem as file:line:col\n"
    "  render   typeset an XSL-FO file (frisk's documented subset) to PDF\n"
    "  new application  write INPUT/applications/NAME.xml from the commented template\n"
    "           input/templates/application.xml; never overwrites a file\n"
    "  export-csv  write the open data (trials, networks, municipalities; CSV and JSON)\n"
    "           of INPUT's programme.xml into DIR (default output/web/data)\n"
    "  import-csv  read a spreadsheet of trial elements (the columns of trials.csv) and write\n"
    "           the network file of ID with those trials (to stdout without -o)\n"
    "\n"
    "  -j N       compile up to N documents at once\n"
    "  -o DIR     output folder (build) or output file (render)\n"
    "  --keep-fo  also write the intermediate NAME.fo beside each PDF\n"
    "  --watch    after building, rebuild a document whenever one of its files is saved\n"
    "\n"
    "Exit status: 0 success, 1 invalid input, 2 usage or environment error.\n";

typedef struct {
    const char *input;      /* folder or file */
    const char *output_dir;
    int jobs;
    int keep_fo;
    int watch;
} BuildOptions;

static int exit_status(void)
{
    if (diag_environment_count() > 0)
        return EXIT_USAGE;
    return diag_error_count() > 0 ? EXIT_INVALID_INPUT : EXIT_OK;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static char *join(const char *a, const char *b)
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
static char *input_root_of(const char *path)
{
    char *real = realpath(path, NULL);
    if (!real)
        return NULL;
    if (!is_dir(real)) {
        char *slash = strrchr(real, '/');
        if (slash && slash != real)
            *slash = '\0';
    }
    char *probe = strdup(real);
    for (int up = 0; probe && up < 3; up++) {
        char *candidate = join(probe, "programme.xml");
        int found = candidate && file_exists(candidate);
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

static int allow_resources(void)
{
    const char *folders[] = {"stylesheets", "schema"};
    for (size_t i = 0; i < sizeof folders / sizeof folders[0]; i++) {
        char *path = home_path(folders[i]);
        int rc = path ? load_allow_folder(path) : -1;
        free(path);
        if (rc != 0) {
            diag_environment("cannot use the folder %s", folders[i]);
            return -1;
        }
    }
    return 0;
}

/* ---- stage sequences ---------------------------------------------------------------- */

/* load → validate → check. Returns the document, or NULL when any stage found errors. The rules
 * still run after schema errors on the parts that are valid, so one run shows every problem. */
static int focus_on_document; /* `frisk check`: a document's own problems, the rest counted */

static xmlDocPtr load_and_check(const char *path)
{
    xmlDocPtr doc = load_document(path, 1);
    if (!doc)
        return NULL;
    Focus *focus = focus_on_document ? focus_begin(doc) : NULL;
    char *schema = home_path("schema/frisk.rng");
    int validity = schema ? validate_document(doc, schema) : -1;
    free(schema);
    int checked = validity >= 0 ? check_document(doc) : -1;
    focus_end(focus);
    if (validity != 0 || checked != 0) {
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}

/* A document's outputs are all made in memory first and written only when every one of them
 * succeeded, so a failing PDF never leaves a fresh HTML beside a stale PDF. */
typedef struct {
    char *path;
    unsigned char *bytes;
    size_t len;
} Output;

typedef struct {
    Output *items;
    size_t n, cap;
} OutputList;

static int outputs_add(OutputList *list, const char *path, unsigned char *bytes, size_t len)
{
    if (list->n == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 8;
        Output *grown = realloc(list->items, cap * sizeof *grown);
        if (!grown) {
            free(bytes);
            return -1;
        }
        list->items = grown;
        list->cap = cap;
    }
    char *copy = strdup(path);
    if (!copy) {
        free(bytes);
        return -1;
    }
    list->items[list->n++] = (Output){copy, bytes, len};
    return 0;
}

/* Every file to its temporary name first; the renames only when all were written, so a full
 * disk or an unwritable folder half-way changes none of the previous outputs. */
static int outputs_write(const OutputList *list)
{
    char **temps = calloc(list->n + 1, sizeof *temps);
    int rc = temps ? 0 : -1;
    for (size_t i = 0; i < list->n && rc == 0; i++) {
        temps[i] = write_file_temp(list->items[i].path, list->items[i].bytes, list->items[i].len);
        if (!temps[i])
            rc = -1;
    }
    for (size_t i = 0; temps && i < list->n; i++) {
        if (rc == 0)
            rc = write_commit(temps[i], list->items[i].path);
        else
            write_discard(temps[i]);
    }
    free(temps);
    return rc;
}

static void outputs_free(OutputList *list)
{
    for (size_t i = 0; i < list->n; i++) {
        free(list->items[i].path);
        free(list->items[i].bytes);
    }
    free(list->items);
}

/* render for one typeset document (NULL after errors), which it frees; the PDF bytes join the
 * outputs. */
static int layout_to_pdf(Layout *layout, const char *pdf_path, OutputList *outputs)
{
    unsigned char *pdf = NULL;
    size_t pdf_len = 0;
    int rc = -1;
    if (layout && render_pdf(layout, -1, &pdf, &pdf_len) == 0) {
        rc = outputs_add(outputs, pdf_path, pdf, pdf_len);
        pdf = NULL;
    }
    free(pdf);
    layout_free(layout);
    return rc;
}

static char *replace_extension(const char *path, const char *extension)
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

static int is_bundle(xmlNodePtr root)
{
    return root && root->ns && xmlStrEqual(root->ns->href, (const xmlChar *)BUNDLE_NS) &&
           xmlStrEqual(root->name, (const xmlChar *)"bundle");
}

/* One transform output: serialised as the stylesheet says, or, with pdf set, typeset. */
static int emit_one(const TransformResult *result, xmlDocPtr doc, const char *out_path, int pdf,
                    int keep_fo, OutputList *outputs)
{
    unsigned char *bytes = NULL;
    size_t len = 0;
    if (!pdf || keep_fo) {
        if (transform_result_serialize(result, doc, &bytes, &len) != 0) {
            diag_environment("%s: cannot serialise the result", out_path);
            return -1;
        }
    }
    if (!pdf)
        return outputs_add(outputs, out_path, bytes, len);
    char *fo_path = replace_extension(out_path, ".fo");
    int rc = fo_path ? 0 : -1;
    if (rc == 0 && keep_fo) {
        rc = outputs_add(outputs, fo_path, bytes, len);
        bytes = NULL;
    }
    free(bytes);
    if (rc == 0)
        rc = layout_to_pdf(typeset_document(doc, fo_path), out_path, outputs);
    free(fo_path);
    return rc;
}

/* One file of a bundle that is not a tree to serialise: method="text" is its text content as it
 * is (CSS, JavaScript); format="csv" or "json" is the neutral <table> inside it written as open
 * data (opendata.h). Returns 1 when the file was such a file (with *rc set), else 0. */
static int emit_data_file(xmlNodePtr file, xmlNodePtr content, const char *path, int *rc,
                          OutputList *outputs)
{
    xmlChar *method = xmlGetNoNsProp(file, (const xmlChar *)"method");
    xmlChar *format = xmlGetNoNsProp(file, (const xmlChar *)"format");
    unsigned char *bytes = NULL;
    size_t len = 0;
    int handled = 1;
    if (method && xmlStrEqual(method, (const xmlChar *)"text")) {
        xmlChar *text = xmlNodeGetContent(file);
        bytes = (unsigned char *)strdup(text ? (const char *)text : "");
        len = bytes ? strlen((const char *)bytes) : 0;
        *rc = bytes ? outputs_add(outputs, path, bytes, len) : -1;
        xmlFree(text);
    } else if (format && xmlStrEqual(format, (const xmlChar *)"csv")) {
        *rc = content ? opendata_csv(content, &bytes, &len) : -1;
        if (*rc == 0)
            *rc = outputs_add(outputs, path, bytes, len);
    } else if (format && xmlStrEqual(format, (const xmlChar *)"json")) {
        *rc = content ? opendata_json(content, &bytes, &len) : -1;
        if (*rc == 0)
            *rc = outputs_add(outputs, path, bytes, len);
    } else {
        handled = 0;
    }
    xmlFree(method);
    xmlFree(format);
    return handled;
}

/* Writes a transform's result: a single file at out_path, or, when the result is a bundle,
 * each of its files under output_dir. */
static int emit_result(const TransformResult *result, const char *out_path, const char *output_dir,
                       int pdf, int keep_fo, OutputList *outputs)
{
    xmlDocPtr doc = transform_result_doc(result);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!is_bundle(root))
        return emit_one(result, doc, out_path, pdf, keep_fo, outputs);
    int rc = 0;
    for (xmlNodePtr file = root->children; file && rc == 0; file = file->next) {
        if (file->type != XML_ELEMENT_NODE)
            continue;
        xmlChar *href = xmlGetNoNsProp(file, (const xmlChar *)"href");
        xmlNodePtr content = file->children;
        while (content && content->type != XML_ELEMENT_NODE)
            content = content->next;
        char *path = href ? join(output_dir, (const char *)href) : NULL;
        if (!path || strstr((const char *)href, "..") || href[0] == '/') {
            diag_error(NULL, 0, 0, "stylesheet produced a bundle file without a safe href");
            rc = -1;
        } else if (emit_data_file(file, content, path, &rc, outputs)) {
            /* text, CSV or JSON: added to the outputs (or reported) */
        } else if (!content) {
            diag_error(NULL, 0, 0, "stylesheet produced the bundle file %s without content", href);
            rc = -1;
        } else {
            /* A part is serialised as the whole result would be: same kind of document (HTML
             * or XML), encoding and DOCTYPE, or libxml2 writes &#xF8; and no <!DOCTYPE html>. */
            xmlDocPtr part = xmlNewDoc((const xmlChar *)"1.0");
            part->type = doc->type;
            if (doc->encoding)
                part->encoding = xmlStrdup(doc->encoding);
            if (doc->intSubset)
                xmlCreateIntSubset(part, doc->intSubset->name, doc->intSubset->ExternalID,
                                   doc->intSubset->SystemID);
            xmlDocSetRootElement(part, xmlDocCopyNode(content, part, 1));
            rc = emit_one(result, part, path, pdf, keep_fo, outputs);
            xmlFreeDoc(part);
        }
        free(path);
        xmlFree(href);
    }
    return rc;
}

/* The stylesheets for a document kind: stylesheets/<format>/<root element>.xsl. A root
 * element without stylesheets is a part of the data (a network file), not a document. */
static char *stylesheet_for_root(const char *format, const xmlChar *root_name)
{
    char relative[PATH_MAX];
    snprintf(relative, sizeof relative, "stylesheets/%s/%s.xsl", format, (const char *)root_name);
    char *path = home_path(relative);
    if (path && !file_exists(path)) {
        free(path);
        return NULL;
    }
    return path;
}

/* Compiles one document: path relative to input_dir decides where its outputs go. */
static int compile_document(const char *path, const char *relative, const BuildOptions *options)
{
    diag_reset_counts();
    xmlDocPtr doc = load_and_check(path);
    if (!doc)
        return exit_status() ? exit_status() : EXIT_INVALID_INPUT;
    const char *formats[] = {"html", "fo"};
    OutputList outputs = {0};
    int rc = 0;
    char *out_base = join(options->output_dir, relative);
    for (size_t i = 0; i < 2 && rc == 0; i++) {
        char *stylesheet = stylesheet_for_root(formats[i], xmlDocGetRootElement(doc)->name);
        if (!stylesheet)
            continue;
        char *params_input = strdup(path);
        const char *params[] = {"source-file", params_input, NULL};
        TransformResult *result = transform_apply(stylesheet, doc, params);
        if (!result)
            rc = -1;
        else if (i == 0 && figures_inline_svg(transform_result_doc(result), path) != 0)
            rc = -1;
        else {
            char *out_path = replace_extension(out_base, i == 0 ? ".html" : ".pdf");
            rc = emit_result(result, out_path, options->output_dir, i == 1, options->keep_fo, &outputs);
            free(out_path);
        }
        transform_result_free(result);
        free(params_input);
        free(stylesheet);
    }
    free(out_base);
    xmlFreeDoc(doc);
    if (rc == 0 && diag_error_count() == 0)
        rc = outputs_write(&outputs);
    outputs_free(&outputs);
    int status = exit_status();
    if (rc != 0 && status == EXIT_OK)
        status = EXIT_INVALID_INPUT;
    return status;
}

/* ---- finding the documents of a build ----------------------------------------------- */

typedef struct {
    char **paths;
    size_t n, cap;
} PathList;

static void paths_add(PathList *list, char *path)
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
        char *path = join(folder, entry->d_name);
        if (is_dir(path)) {
            find_xml_files(path, list);
            free(path);
        } else if (ends_with(entry->d_name, ".xml")) {
            paths_add(list, path);
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
            int status = compile_document(documents[i], relatives[i], options);
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
                _exit(compile_document(documents[next], relatives[next], options));
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

/* build --watch: the documents of the build, recompiled one at a time (watch.h). */
typedef struct {
    char **documents, **relatives;
    const BuildOptions *options;
} WatchedBuild;

static int compile_watched(size_t i, void *data)
{
    const WatchedBuild *build = data;
    return compile_document(build->documents[i], build->relatives[i], build->options);
}

static int cmd_build(const BuildOptions *options)
{
    PathList files = {0};
    int status = EXIT_OK;
    char *root = input_root_of(options->input);
    if (!root || load_allow_folder(root) != 0) {
        diag_environment("%s: no such input file or folder", options->input);
        free(root);
        return EXIT_USAGE;
    }
    free(root);
    if (is_dir(options->input))
        find_xml_files(options->input, &files);
    else
        paths_add(&files, strdup(options->input));
    qsort(files.paths, files.n, sizeof *files.paths, compare_paths);

    char **documents = calloc(files.n + 1, sizeof *documents);
    char **relatives = calloc(files.n + 1, sizeof *relatives);
    size_t n_documents = 0;
    size_t prefix = is_dir(options->input) ? strlen(options->input) : 0;
    for (size_t i = 0; i < files.n; i++) {
        xmlChar *name = root_name_of(files.paths[i]);
        if (!name) {
            status = EXIT_INVALID_INPUT;
            continue;
        }
        char *html = stylesheet_for_root("html", name);
        char *fo = stylesheet_for_root("fo", name);
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
    focus_on_document = options->watch; /* watching one's document: its own problems */
    int jobs_status = run_jobs(documents, relatives, n_documents, options);
    if (jobs_status > status)
        status = jobs_status;
    if (options->watch && n_documents > 0) {
        WatchedBuild build = {documents, relatives, options};
        status = watch_documents(documents, n_documents, compile_watched, &build);
    }
    for (size_t i = 0; i < n_documents; i++)
        free(relatives[i]);
    free(relatives);
    free(documents);
    for (size_t i = 0; i < files.n; i++)
        free(files.paths[i]);
    free(files.paths);
    return status;
}

static int cmd_check(char **files, int n)
{
    int worst = EXIT_OK;
    focus_on_document = 1;
    for (int i = 0; i < n; i++) {
        char *root = input_root_of(files[i]);
        if (!root) {
            diag_error(files[i], 0, 0, "cannot read file");
            worst = worst > EXIT_INVALID_INPUT ? worst : EXIT_INVALID_INPUT;
            continue;
        }
        load_allow_folder(root);
        free(root);
        diag_reset_counts();
        xmlDocPtr doc = load_and_check(files[i]);
        xmlFreeDoc(doc);
        int status = exit_status();
        if (!doc && status == EXIT_OK)
            status = EXIT_INVALID_INPUT;
        if (status > worst)
            worst = status;
    }
    return worst;
}

static int cmd_render(const char *fo_path, const char *pdf_path)
{
    char *root = input_root_of(fo_path);
    if (!root) {
        diag_error(fo_path, 0, 0, "cannot read file");
        return EXIT_INVALID_INPUT;
    }
    load_allow_folder(root);
    free(root);
    xmlDocPtr fo = load_document(fo_path, 0);
    if (fo) {
        OutputList outputs = {0};
        if (layout_to_pdf(typeset_document_freeing(fo, fo_path), pdf_path, &outputs) == 0 &&
            diag_error_count() == 0)
            outputs_write(&outputs);
        outputs_free(&outputs);
    }
    int status = exit_status();
    return (!fo && status == EXIT_OK) ? EXIT_INVALID_INPUT : status;
}

/* The programme.xml of INPUT (a folder holding it, or the file). malloc'ed. */
static char *programme_path(const char *input)
{
    return is_dir(input) ? join(input, "programme.xml") : strdup(input);
}

/* load → validate → check of INPUT's programme.xml, for the open-data commands. Returns the
 * document, or NULL with *status set (2 when there is no programme, 1 when it is invalid). */
static xmlDocPtr load_programme(const char *input, char **path_out, int *status)
{
    char *path = programme_path(input);
    char *root = path ? input_root_of(path) : NULL;
    int allowed = root && load_allow_folder(root) == 0;
    free(root);
    if (!allowed) {
        diag_environment("%s: no programme.xml there", input);
        free(path);
        *status = EXIT_USAGE;
        return NULL;
    }
    *path_out = path; /* the caller frees it, whether or not the programme loads */
    xmlDocPtr doc = load_and_check(path);
    *status = doc ? EXIT_OK : (exit_status() ? exit_status() : EXIT_INVALID_INPUT);
    return doc;
}

static int cmd_export_csv(const char *input, const char *output_dir)
{
    char *path = NULL;
    int status;
    xmlDocPtr doc = load_programme(input, &path, &status);
    if (!doc) {
        free(path);
        return status;
    }
    char *stylesheet = home_path("stylesheets/common/opendata.xsl");
    TransformResult *result = stylesheet ? transform_apply(stylesheet, doc, NULL) : NULL;
    OutputList outputs = {0};
    if (result && emit_result(result, output_dir, output_dir, 0, 0, &outputs) == 0 &&
        diag_error_count() == 0)
        outputs_write(&outputs);
    outputs_free(&outputs);
    transform_result_free(result);
    free(stylesheet);
    xmlFreeDoc(doc);
    free(path);
    status = exit_status();
    return (!result && status == EXIT_OK) ? EXIT_INVALID_INPUT : status;
}

/* The file that defines the network with this id (through xml:base after XInclude), or NULL. */
static char *network_file_of(xmlDocPtr doc, const char *network)
{
    for (xmlNodePtr n = xmlDocGetRootElement(doc)->children; n; n = n->next)
        for (xmlNodePtr c = n->type == XML_ELEMENT_NODE ? n->children : NULL; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE || !xmlStrEqual(c->name, (const xmlChar *)"network"))
                continue;
            xmlChar *id = xmlGetNoNsProp(c, (const xmlChar *)"id");
            int match = id && strcmp((const char *)id, network) == 0;
            xmlFree(id);
            if (match)
                return diag_node_file(c);
        }
    return NULL;
}

static int cmd_import_csv(const char *csv_path, const char *network, const char *input,
                          const char *out_path)
{
    char *path = NULL;
    int status;
    xmlDocPtr doc = load_programme(input, &path, &status);
    if (!doc) {
        free(path);
        return status;
    }
    char *network_file = network_file_of(doc, network);
    if (!network_file)
        diag_environment("%s: no network has the id \"%s\"", path, network);
    else
        opendata_import_trials(csv_path, network, doc, network_file, out_path);
    free(network_file);
    xmlFreeDoc(doc);
    free(path);
    return exit_status();
}

static int usage_error(const char *message)
{
    fprintf(stderr, "frisk: %s\n%s", message, usage_text);
    return EXIT_USAGE;
}

static int start_up(const char *argv0)
{
    diag_route_libxml();
    load_init();
    transform_init();
    if (home_init(argv0) != 0 || allow_resources() != 0)
        return -1;
    char *fonts = home_path("fonts");
    char *patterns = home_path("build/hyph_da_DK.dic");
    int rc = (fonts && fonts_init(fonts) == 0 && patterns && hyphen_init(patterns) == 0) ? 0 : -1;
    free(fonts);
    free(patterns);
    return rc;
}

static void shut_down(void)
{
    hyphen_shutdown();
    fonts_shutdown();
    validate_shutdown();
    transform_shutdown();
    load_shutdown();
    home_shutdown();
    xmlCleanupParser();
}

int main(int argc, char **argv)
{
    /* A file-size limit (ulimit -f) must make write() fail with EFBIG, reported as any full
     * disk is, instead of killing frisk with a half-written temporary file left behind. */
    signal(SIGXFSZ, SIG_IGN);
    if (argc < 2)
        return usage_error("no command given");
    const char *command = argv[1];
    if (strcmp(command, "--help") == 0 || strcmp(command, "-h") == 0) {
        fputs(usage_text, stdout);
        return EXIT_OK;
    }
    if (strcmp(command, "--version") == 0) {
        printf("frisk %s\n", FRISK_VERSION);
        return EXIT_OK;
    }

    BuildOptions options = {.input = "input", .output_dir = "output", .jobs = 1};
    const char *output = NULL;
    static const struct option long_options[] = {
        {"keep-fo", no_argument, NULL, 'k'}, {"network", required_argument, NULL, 'n'},
        {"watch", no_argument, NULL, 'w'},
        {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    const char *network = NULL;
    optind = 2;
    int opt;
    while ((opt = getopt_long(argc, argv, "j:o:h", long_options, NULL)) != -1) {
        switch (opt) {
        case 'j': {
            char *end;
            long jobs = strtol(optarg, &end, 10);
            if (*end || jobs < 1 || jobs > 256)
                return usage_error("-j needs a number of jobs between 1 and 256");
            options.jobs = (int)jobs;
            break;
        }
        case 'o': output = optarg; break;
        case 'k': options.keep_fo = 1; break;
        case 'w': options.watch = 1; break;
        case 'n': network = optarg; break;
        case 'h': fputs(usage_text, stdout); return EXIT_OK;
        default: return usage_error("unknown option");
        }
    }
    char **operands = argv + optind;
    int n_operands = argc - optind;

    int status;
    if (strcmp(command, "build") == 0) {
        if (n_operands > 1)
            return usage_error("build takes at most one INPUT");
        if (n_operands == 1)
            options.input = operands[0];
        if (output)
            options.output_dir = output;
        status = start_up(argv[0]) == 0 ? cmd_build(&options) : EXIT_USAGE;
    } else if (strcmp(command, "check") == 0) {
        if (n_operands == 0)
            return usage_error("check needs at least one FILE");
        status = start_up(argv[0]) == 0 ? cmd_check(operands, n_operands) : EXIT_USAGE;
    } else if (strcmp(command, "render") == 0) {
        if (n_operands != 1 || !output)
            return usage_error("render needs FILE.fo and -o FILE.pdf");
        status = start_up(argv[0]) == 0 ? cmd_render(operands[0], output) : EXIT_USAGE;
    } else if (strcmp(command, "export-csv") == 0) {
        if (n_operands > 1)
            return usage_error("export-csv takes at most one INPUT");
        const char *input = n_operands == 1 ? operands[0] : "input";
        status = start_up(argv[0]) == 0 ? cmd_export_csv(input, output ? output : "output/web/data")
                                        : EXIT_USAGE;
    } else if (strcmp(command, "import-csv") == 0) {
        if (n_operands < 1 || n_operands > 2 || !network)
            return usage_error("import-csv needs FILE.csv and --network ID");
        const char *input = n_operands == 2 ? operands[1] : "input";
        status = start_up(argv[0]) == 0 ? cmd_import_csv(operands[0], network, input, output)
                                        : EXIT_USAGE;
    } else if (strcmp(command, "new") == 0) {
        if (n_operands < 2 || n_operands > 3 || strcmp(operands[0], "application") != 0)
            return usage_error("new needs: application NAME [INPUT]");
        const char *input = n_operands == 3 ? operands[2] : "input";
        if (start_up(argv[0]) != 0)
            status = EXIT_USAGE;
        else
            status = scaffold_new_application(operands[1], input) == 0 ? EXIT_OK : exit_status();
    } else {
        return usage_error("unknown command");
    }
    shut_down();
    return status;
}
