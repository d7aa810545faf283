/* outputs — a document's outputs, all made in memory first and written only when every one of
 * them succeeded, so a failing PDF never leaves a fresh HTML beside a stale PDF.
 *
 * Takes: transform results (a single file or a bundle of files, HTML, FO to typeset, text, CSV
 * or JSON) and layouts. Gives: the bytes of each output under its path, then the files, all
 * or none (write.h).
 */
#include "outputs.h"

#include "shared/i18n.h"

#include "opendata.h"
#include "paths.h"
#include "write.h"
#include "shared/diag.h"
#include "typeset/typeset.h"

#include <stdlib.h>
#include <string.h>

/* A bundle lets one transform write several files: <b:bundle><b:file href="web/x.html">…. */
#define BUNDLE_NS "urn:frisk:bundle"

int outputs_add(OutputList *list, const char *path, unsigned char *bytes, size_t len)
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

int outputs_write(const OutputList *list)
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

void outputs_print_written(const OutputList *list, FILE *out)
{
    if (list->n == 0)
        return;
    if (list->n <= 4) {
        fputs(_("wrote"), out);
        for (size_t i = 0; i < list->n; i++)
            fprintf(out, "%s %s", i ? "," : "", list->items[i].path);
        fputc('\n', out);
    } else {
        /* the folder all the paths share */
        const char *first = list->items[0].path;
        size_t common = strlen(first);
        for (size_t i = 1; i < list->n; i++) {
            size_t k = 0;
            while (k < common && list->items[i].path[k] == first[k])
                k++;
            common = k;
        }
        while (common > 0 && first[common - 1] != '/')
            common--;
        fprintf(out, _("wrote %zu files in %.*s\n"), list->n, (int)(common ? common : 1),
                common ? first : ".");
    }
    fflush(out);
}

void outputs_free(OutputList *list)
{
    for (size_t i = 0; i < list->n; i++) {
        free(list->items[i].path);
        free(list->items[i].bytes);
    }
    free(list->items);
}

int outputs_add_pdf(Layout *layout, const char *pdf_path, OutputList *outputs)
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
    char *fo_path = paths_replace_extension(out_path, ".fo");
    int rc = fo_path ? 0 : -1;
    if (rc == 0 && keep_fo) {
        rc = outputs_add(outputs, fo_path, bytes, len);
        bytes = NULL;
    }
    free(bytes);
    if (rc == 0)
        rc = outputs_add_pdf(typeset_document(doc, fo_path), out_path, outputs);
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

int outputs_add_result(const TransformResult *result, const char *out_path, const char *output_dir,
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
        char *path = href ? paths_join(output_dir, (const char *)href) : NULL;
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
