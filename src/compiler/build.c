/* build — one document through every stage: load → validate → check → transform → (figures |
 * typeset → render) → write.
 *
 * Takes: a source path and the build options. Gives: the document's outputs on disk, all of them
 * or none (outputs.h), and the exit status its diagnostics call for. The pipeline stops between
 * stages once a document has errors, so nothing is written for a failed document.
 */
#include "build.h"

#include "check.h"
#include "figures.h"
#include "focus.h"
#include "home.h"
#include "outputs.h"
#include "paths.h"
#include "transform.h"
#include "validate.h"
#include "shared/diag.h"
#include "shared/load.h"
#include "typeset/typeset.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* `frisk check` and `build --watch`: a document's own problems shown, the rest counted. */
static int focus_on_document;

void build_focus_on_document(int on) { focus_on_document = on; }

xmlDocPtr build_load_and_check(const char *path)
{
    xmlDocPtr doc = load_document(path, 1);
    if (!doc)
        return NULL;
    /* The rules still run after schema errors, on the parts that are valid (validate removes
     * the faulty ones), so one run shows every problem. */
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

char *build_stylesheet_for_root(const char *format, const xmlChar *root_name)
{
    char relative[PATH_MAX];
    snprintf(relative, sizeof relative, "stylesheets/%s/%s.xsl", format, (const char *)root_name);
    char *path = home_path(relative);
    if (path && !paths_is_file(path)) {
        free(path);
        return NULL;
    }
    return path;
}

int build_document(const char *path, const char *relative, const BuildOptions *options)
{
    diag_reset_counts();
    xmlDocPtr doc = build_load_and_check(path);
    if (!doc)
        return diag_exit_status() ? diag_exit_status() : EXIT_INVALID_INPUT;
    const char *formats[] = {"html", "fo"};
    OutputList outputs = {0};
    int rc = 0;
    char *out_base = paths_join(options->output_dir, relative);
    for (size_t i = 0; i < 2 && rc == 0; i++) {
        char *stylesheet = build_stylesheet_for_root(formats[i], xmlDocGetRootElement(doc)->name);
        if (!stylesheet)
            continue;
        char *params_input = strdup(path);
        /* The document's own folder, absolute: an author's image (src relative to the file that
         * names it) is found from there whatever folder the FO is typeset in. */
        char *source_path = realpath(path, NULL);
        const char *params[] = {"source-file", params_input, "source-path",
                                source_path ? source_path : params_input, NULL};
        TransformResult *result = transform_apply(stylesheet, doc, params);
        if (!result)
            rc = -1;
        else if (i == 0 && figures_inline_svg(transform_result_doc(result), path) != 0)
            rc = -1;
        else if (i == 0 && figures_embed_images(transform_result_doc(result), path) != 0)
            rc = -1;
        else {
            char *out_path = paths_replace_extension(out_base, i == 0 ? ".html" : ".pdf");
            rc = outputs_add_result(result, out_path, options->output_dir, i == 1, options->keep_fo, &outputs);
            free(out_path);
        }
        transform_result_free(result);
        free(params_input);
        free(source_path);
        free(stylesheet);
    }
    free(out_base);
    xmlFreeDoc(doc);
    if (rc == 0 && diag_error_count() == 0) {
        rc = outputs_write(&outputs);
        if (rc == 0 && !options->quiet)
            outputs_print_written(&outputs, stdout);
    }
    outputs_free(&outputs);
    int status = diag_exit_status();
    if (rc != 0 && status == EXIT_OK)
        status = EXIT_INVALID_INPUT;
    return status;
}
