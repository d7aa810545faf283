/* commands — the single-file commands, each a short sequence of stages: check (load → validate
 * → check), render (the formatter on an FO file → write), export-csv and import-csv (the
 * programme's open data, out and in).
 *
 * Takes: the operands main.c parsed. Gives: the command's files, all or none, and the exit status
 * its diagnostics call for (0, 1 invalid input, 2 usage or environment).
 */
#include "commands.h"

#include "build.h"
#include "jobs.h"
#include "home.h"
#include "opendata.h"
#include "outputs.h"
#include "paths.h"
#include "transform.h"
#include "shared/diag.h"
#include "shared/load.h"
#include "typeset/typeset.h"

#include <stdlib.h>
#include <string.h>

/* Lets frisk read the input folder of path (paths_input_root). Returns 0, or -1 after an error
 * when path cannot be read. */
static int allow_input_of(const char *path)
{
    char *root = paths_input_root(path);
    if (!root) {
        diag_error(path, 0, 0, "cannot read file");
        return -1;
    }
    load_allow_folder(root);
    free(root);
    return 0;
}

/* Checks one document or data file. */
static int check_one(const char *file)
{
    if (allow_input_of(file) != 0)
        return EXIT_INVALID_INPUT;
    diag_reset_counts();
    xmlDocPtr doc = build_load_and_check(file);
    xmlFreeDoc(doc);
    int status = diag_exit_status();
    return (!doc && status == EXIT_OK) ? EXIT_INVALID_INPUT : status;
}

int commands_check(char **files, int n)
{
    int worst = EXIT_OK;
    build_focus_on_document(1);
    for (int i = 0; i < n; i++) {
        int status;
        if (paths_is_dir(files[i])) {
            /* A folder: every problem of every document in it, as `frisk build` would find
             * them; what several include is said once (diag.h). */
            char **documents, **relatives;
            size_t n_documents;
            status = jobs_find_documents(files[i], &documents, &relatives, &n_documents);
            build_focus_on_document(0); /* the whole folder is in focus */
            for (size_t k = 0; k < n_documents; k++) {
                int one = check_one(documents[k]);
                if (one > status)
                    status = one;
            }
            jobs_free_documents(documents, relatives, n_documents);
            build_focus_on_document(1);
        } else {
            status = check_one(files[i]);
        }
        if (status > worst)
            worst = status;
    }
    return worst;
}

int commands_render(const char *fo_path, const char *pdf_path, int tagged)
{
    if (allow_input_of(fo_path) != 0)
        return EXIT_INVALID_INPUT;
    OutputList outputs = {0};
    unsigned char *pdf = NULL;
    size_t pdf_len = 0;
    int rc = typeset_render_file(fo_path, tagged, &pdf, &pdf_len);
    if (rc == 0)
        rc = outputs_add(&outputs, pdf_path, pdf, pdf_len);
    else
        free(pdf);
    if (rc == 0 && diag_error_count() == 0)
        outputs_write(&outputs);
    outputs_free(&outputs);
    int status = diag_exit_status();
    return (rc != 0 && status == EXIT_OK) ? EXIT_INVALID_INPUT : status;
}

/* The programme.xml of INPUT (a folder holding it, or the file). malloc'ed. */
static char *programme_path(const char *input)
{
    return paths_is_dir(input) ? paths_join(input, "programme.xml") : strdup(input);
}

/* load → validate → check of INPUT's programme.xml, for the open-data commands. Returns the
 * document, or NULL with *status set (2 when there is no programme, 1 when it is invalid). */
static xmlDocPtr load_programme(const char *input, char **path_out, int *status)
{
    char *path = programme_path(input);
    char *root = path ? paths_input_root(path) : NULL;
    int allowed = root && load_allow_folder(root) == 0;
    free(root);
    if (!allowed) {
        diag_environment("%s: no programme.xml there", input);
        free(path);
        *status = EXIT_USAGE;
        return NULL;
    }
    *path_out = path; /* the caller frees it, whether or not the programme loads */
    xmlDocPtr doc = build_load_and_check(path);
    *status = doc ? EXIT_OK : (diag_exit_status() ? diag_exit_status() : EXIT_INVALID_INPUT);
    return doc;
}

int commands_export_csv(const char *input, const char *output_dir)
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
    if (result && outputs_add_result(result, output_dir, output_dir, 0, 0, &outputs) == 0 &&
        diag_error_count() == 0)
        outputs_write(&outputs);
    outputs_free(&outputs);
    transform_result_free(result);
    free(stylesheet);
    xmlFreeDoc(doc);
    free(path);
    status = diag_exit_status();
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

int commands_import_csv(const char *csv_path, const char *network, const char *input,
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
    return diag_exit_status();
}
