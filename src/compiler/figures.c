/* figures — diagram elements in HTML results become inline SVG (see figures.h). */
#include "figures.h"

#include "shared/diag.h"
#include "shared/diagram.h"
#include "shared/load.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_diagram_root(xmlNodePtr node)
{
    return node->type == XML_ELEMENT_NODE && node->ns &&
           xmlStrEqual(node->ns->href, (const xmlChar *)DIAGRAM_NS) &&
           (!node->parent || node->parent->type != XML_ELEMENT_NODE || !node->parent->ns ||
            !xmlStrEqual(node->parent->ns->href, (const xmlChar *)DIAGRAM_NS));
}

/* The SVG's <title> text, for aria-label (screen readers announce role="img" by its label). */
static xmlChar *svg_title(xmlNodePtr svg)
{
    for (xmlNodePtr c = svg->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, (const xmlChar *)"title"))
            return xmlNodeGetContent(c);
    return NULL;
}

/* The width a stylesheet asks for with f:width="PT" (namespace FIGURES_NS) on the diagram
 * element, e.g. a narrow layout for small screens beside the full one; else the default.
 * diagram_parse ignores attributes in a namespace, so the diagram vocabulary stays as it is. */
static double requested_width(xmlNodePtr node, const char *source_name)
{
    xmlChar *v = xmlGetNsProp(node, (const xmlChar *)"width", (const xmlChar *)FIGURES_NS);
    if (!v)
        return FIGURES_HTML_WIDTH_PT;
    char *end;
    double width = strtod((const char *)v, &end);
    if (end == (char *)v || *end || !(width >= FIGURES_MIN_WIDTH_PT && width <= FIGURES_MAX_WIDTH_PT)) {
        diag_error(source_name, xmlGetLineNo(node), 0,
                   "a figure's width '%s' is not a number of pt from %d to %d", (const char *)v,
                   FIGURES_MIN_WIDTH_PT, FIGURES_MAX_WIDTH_PT);
        width = -1;
    }
    xmlFree(v);
    return width;
}

static int replace_with_svg(xmlNodePtr node, const char *source_name)
{
    char *svg = NULL;
    size_t svg_len = 0;
    double width = requested_width(node, source_name);
    if (width < 0 || diagram_render_svg(node, source_name, width, &svg, &svg_len) != 0)
        return -1;
    xmlDocPtr svg_doc = load_memory(svg, (int)svg_len, "diagram.svg");
    free(svg);
    if (!svg_doc)
        return -1;
    xmlNodePtr svg_root = xmlDocGetRootElement(svg_doc);
    xmlNodePtr copy = xmlDocCopyNode(svg_root, node->doc, 1);
    xmlFreeDoc(svg_doc);
    if (!copy)
        return -1;
    xmlSetProp(copy, (const xmlChar *)"role", (const xmlChar *)"img");
    xmlChar *title = svg_title(copy);
    if (title) {
        xmlSetProp(copy, (const xmlChar *)"aria-label", title);
        xmlFree(title);
    }
    /* HTML wants the SVG to scale with the page: width from CSS, height from the viewBox. */
    xmlUnsetProp(copy, (const xmlChar *)"width");
    xmlUnsetProp(copy, (const xmlChar *)"height");
    xmlReplaceNode(node, copy);
    xmlFreeNode(node);
    return 0;
}

static int walk(xmlNodePtr node, const char *source_name)
{
    int rc = 0;
    while (node) {
        xmlNodePtr next = node->next;
        if (is_diagram_root(node)) {
            if (replace_with_svg(node, source_name) != 0)
                rc = -1;
        } else if (node->type == XML_ELEMENT_NODE && walk(node->children, source_name) != 0) {
            rc = -1;
        }
        node = next;
    }
    return rc;
}

int figures_inline_svg(xmlDocPtr html, const char *source_name)
{
    return walk(html->children, source_name);
}

/* ---- author's images: <img data-frisk-src="PATH"> becomes a data: URI ------------------------- */

/* The HTML document stands alone (no image folder to copy beside it, whatever the output
 * folder), so an image is embedded. check.c has already said, at the <image>, what is wrong
 * with a file; here a file that still cannot be read stops the document. */
static int embed_image(xmlNodePtr img, const char *source_name)
{
    xmlChar *path = xmlGetProp(img, (const xmlChar *)"data-frisk-src");
    int rc = -1;
    gchar *bytes = NULL;
    gsize len = 0;
    if (path && load_path_is_allowed((const char *)path) &&
        g_file_get_contents((const char *)path, &bytes, &len, NULL)) {
        const char *type = len >= 8 && memcmp(bytes, "\x89PNG", 4) == 0 ? "image/png"
                         : len >= 3 && (unsigned char)bytes[0] == 0xFF &&
                                   (unsigned char)bytes[1] == 0xD8 ? "image/jpeg"
                                                                   : "image/svg+xml";
        gchar *b64 = g_base64_encode((const guchar *)bytes, len);
        gchar *uri = g_strdup_printf("data:%s;base64,%s", type, b64);
        xmlSetProp(img, (const xmlChar *)"src", (const xmlChar *)uri);
        xmlUnsetProp(img, (const xmlChar *)"data-frisk-src");
        g_free(uri);
        g_free(b64);
        rc = 0;
    } else {
        diag_error(source_name, 0, 0, "image %s: cannot read it", path ? (const char *)path : "?");
    }
    g_free(bytes);
    xmlFree(path);
    return rc;
}

static int walk_images(xmlNodePtr node, const char *source_name)
{
    int rc = 0;
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrEqual(node->name, (const xmlChar *)"img") &&
            xmlHasProp(node, (const xmlChar *)"data-frisk-src") && embed_image(node, source_name) != 0)
            rc = -1;
        if (walk_images(node->children, source_name) != 0)
            rc = -1;
    }
    return rc;
}

int figures_embed_images(xmlDocPtr html, const char *source_name)
{
    return walk_images(html->children, source_name);
}
