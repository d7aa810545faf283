/* load — safe parsing and XInclude with source locations (see load.h).
 *
 * All file access of libxml2 (the parser, XInclude, libxslt's document() and xsl:include) goes
 * through input callbacks; ours is registered last, so libxml2 asks it first, and it refuses
 * any path outside the allowed folders before the default file handler could open it. */
#include "load.h"

#include "diag.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/uri.h>
#include <libxml/xinclude.h>
#include <libxml/xmlIO.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ALLOWED_FOLDERS 16

static char *allowed_folders[MAX_ALLOWED_FOLDERS];
static int n_allowed_folders;

/* One cached source file for the column resolver: diagnostics come in file order. Where each
 * of its lines starts is indexed once, so a document with a warning on each of 500 pages costs
 * one pass over its text, not one per warning. */
static char *cached_file;
static char *cached_text;
static size_t *cached_line_starts; /* [l - 1]: offset of line l in cached_text */
static long cached_n_lines;

enum {
    SAFE_PARSE_OPTIONS = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA,
    /* No XML_PARSE_NOENT, XML_PARSE_DTDLOAD, XML_PARSE_DTDATTR or XML_PARSE_HUGE: entities are
     * never substituted, no DTD is read, and libxml2's depth and size limits stay on. */
};

/* A URI or path as libxml2 passes it to an input callback → a plain filesystem path. */
static char *uri_to_path(const char *uri)
{
    if (strncmp(uri, "file://", 7) == 0) {
        char *unescaped = xmlURIUnescapeString(uri + 7, 0, NULL);
        return unescaped;
    }
    if (strstr(uri, "://"))
        return NULL; /* any other scheme: refused */
    return strdup(uri);
}

/* The real path of path, or of its folder when the file itself does not exist yet. */
static char *resolve(const char *path)
{
    char *real = realpath(path, NULL);
    return real;
}

static int path_is_allowed(const char *path)
{
    char *real = resolve(path);
    if (!real)
        return 0;
    int allowed = 0;
    for (int i = 0; i < n_allowed_folders && !allowed; i++) {
        size_t n = strlen(allowed_folders[i]);
        allowed = strncmp(real, allowed_folders[i], n) == 0 && (real[n] == '/' || real[n] == '\0');
    }
    free(real);
    return allowed;
}

int load_path_is_allowed(const char *path) { return path && path_is_allowed(path); }

/* Input callbacks: match everything, open only allowed files. */
static int guard_match(const char *uri)
{
    (void)uri;
    return 1;
}

/* Set while the main document itself is parsed: its DOCTYPE is caught by the parser's own
 * SAX event (stop_at_doctype), which knows the exact place. */
static int parsing_main_document;

/* Scans the prolog of an XML file (XML declaration, comments, processing instructions,
 * spaces) for "<!DOCTYPE". Files that libxml2 opens on its own — XInclude parses them with
 * DTD loading forced on, libxslt's document() even with entity substitution — cannot be given
 * our SAX handler, so their DOCTYPE is refused here, before the parser sees the file. UTF-16
 * is read by its low bytes; UCS-4 and EBCDIC, which libxml2 would also accept, are refused.
 * Returns 0 when the prolog has no DOCTYPE; else reports it and returns -1. */
static int refuse_doctype_in_file(FILE *file, const char *path)
{
    unsigned char buf[4096];
    size_t n = fread(buf, 1, sizeof buf, file);
    rewind(file);
    if (n >= 4 && ((buf[0] == 0 && buf[1] == 0) || (buf[2] == 0 && buf[3] == 0) ||
                   (buf[0] == 0x4C && buf[1] == 0x6F && buf[2] == 0xA7 && buf[3] == 0x94))) {
        diag_error(path, 1, 1, "frisk reads XML in UTF-8 (or UTF-16) only");
        return -1;
    }
    size_t start = 0, step = 1;
    if (n >= 2 && ((buf[0] == 0xFE && buf[1] == 0xFF) || (buf[0] == 0 && buf[1] == '<'))) {
        start = 1;
        step = 2;
    } else if (n >= 2 && ((buf[0] == 0xFF && buf[1] == 0xFE) || (buf[0] == '<' && buf[1] == 0))) {
        step = 2;
    }
    char text[2048];
    size_t len = 0;
    for (size_t i = start; i < n && len + 1 < sizeof text; i += step)
        text[len++] = (char)buf[i];
    text[len] = '\0';
    long line = 1, col = 1;
    const char *p = text;
    if ((unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF)
        p += 3;
    else if ((unsigned char)p[0] == 0xFE || (unsigned char)p[0] == 0xFF)
        p += 1;
    for (;;) {
        const char *skip_to = NULL;
        if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') {
            skip_to = p + 1;
        } else if (strncmp(p, "<?", 2) == 0) {
            const char *end = strstr(p, "?>");
            skip_to = end ? end + 2 : NULL;
        } else if (strncmp(p, "<!--", 4) == 0) {
            const char *end = strstr(p + 4, "-->");
            skip_to = end ? end + 3 : NULL;
        } else if (strncmp(p, "<!DOCTYPE", 9) == 0) {
            diag_error(path, line, col, "DOCTYPE declarations are not allowed in frisk input (no DTDs, no entities)");
            return -1;
        }
        if (!skip_to)
            return 0; /* the root element, text, or a prolog longer than we read */
        for (; p < skip_to; p++) {
            if (*p == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
    }
}

static void *guard_open(const char *uri)
{
    char *path = uri_to_path(uri);
    FILE *file = NULL;
    if (path && path_is_allowed(path))
        file = fopen(path, "rb");
    if (file && !parsing_main_document && refuse_doctype_in_file(file, path) != 0) {
        fclose(file);
        file = NULL;
    }
    free(path);
    return file; /* NULL makes libxml2 report "failed to load external entity" with the URI */
}

static int guard_read(void *context, char *buffer, int len)
{
    size_t n = fread(buffer, 1, (size_t)len, (FILE *)context);
    if (n == 0 && ferror((FILE *)context))
        return -1;
    return (int)n;
}

static int guard_close(void *context) { return fclose((FILE *)context) == 0 ? 0 : -1; }

/* libxml2 would otherwise fall back to loading a DTD or entity over its own loader. */
static xmlParserInputPtr refusing_entity_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    (void)id;
    if (url) {
        char *path = uri_to_path(url);
        int allowed = path && path_is_allowed(path);
        free(path);
        if (allowed)
            return xmlNewInputFromFile(ctxt, url);
    }
    return NULL;
}

static long column_resolver(const char *file, long line, xmlNodePtr node)
{
    return load_node_column(file, line, node);
}

void load_init(void)
{
    xmlInitParser();
    xmlRegisterInputCallbacks(guard_match, guard_open, guard_read, guard_close);
    xmlSetExternalEntityLoader(refusing_entity_loader);
    diag_set_column_resolver(column_resolver);
}

int load_allow_folder(const char *folder)
{
    if (n_allowed_folders == MAX_ALLOWED_FOLDERS)
        return -1;
    char *real = resolve(folder);
    if (!real)
        return -1;
    allowed_folders[n_allowed_folders++] = real;
    return 0;
}

void load_shutdown(void)
{
    for (int i = 0; i < n_allowed_folders; i++)
        free(allowed_folders[i]);
    n_allowed_folders = 0;
    free(cached_file);
    free(cached_text);
    free(cached_line_starts);
    cached_file = cached_text = NULL;
    cached_line_starts = NULL;
    cached_n_lines = 0;
}

/* A DOCTYPE could declare entities and defaults; frisk's vocabulary needs none, so any DTD
 * is refused outright rather than half-trusted. Reported at the "<!DOCTYPE" in source. */
static void refuse_dtd(const char *name, const char *source)
{
    long line = 1, col = 1;
    const char *doctype = source ? strstr(source, "<!DOCTYPE") : NULL;
    for (const char *p = source; doctype && p < doctype; p++) {
        if (*p == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
    }
    diag_error(name, line, col, "DOCTYPE declarations are not allowed in frisk input (no DTDs, no entities)");
}

static int any_xinclude_left(xmlNodePtr node)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (node->ns && (xmlStrEqual(node->ns->href, XINCLUDE_NS) || xmlStrEqual(node->ns->href, XINCLUDE_OLD_NS)) &&
            xmlStrEqual(node->name, (const xmlChar *)"include"))
            return 1;
        if (any_xinclude_left(node->children))
            return 1;
    }
    return 0;
}


static xmlDocPtr finish(xmlDocPtr doc, const char *name, int xinclude, int errors_before)
{
    if (doc && xinclude) {
        int n = xmlXIncludeProcessFlags(doc, SAFE_PARSE_OPTIONS | XML_PARSE_NOXINCNODE);
        if (n < 0 || any_xinclude_left(doc->children)) {
            if (diag_error_count() == errors_before)
                diag_error(name, 0, 0, "XInclude processing failed");
            xmlFreeDoc(doc);
            return NULL;
        }
    }
    if (diag_error_count() > errors_before) {
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}

/* The SAX internalSubset event comes as soon as "<!DOCTYPE name ..." is read, before any
 * entity declaration inside it: stopping there means no entity is ever declared, expanded or
 * checked (a billion-laughs file is refused in microseconds), and no DTD is fetched. finish()
 * then reports the DOCTYPE with its location. */
static void stop_at_doctype(void *user_data, const xmlChar *name, const xmlChar *external_id,
                            const xmlChar *system_id)
{
    (void)name;
    (void)external_id;
    (void)system_id;
    xmlParserCtxtPtr ctxt = user_data;
    ctxt->_private = (void *)1;
    xmlStopParser(ctxt);
}

/* A parser context that refuses a DOCTYPE (see stop_at_doctype). */
static xmlParserCtxtPtr new_parser(void)
{
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt && ctxt->sax)
        ctxt->sax->internalSubset = stop_at_doctype;
    return ctxt;
}

/* The result of a parse: the document if it was well formed and had no DOCTYPE; else NULL,
 * with a located error (the DOCTYPE's own report is left to finish()). */
static xmlDocPtr parsed(xmlParserCtxtPtr ctxt, xmlDocPtr doc, int *had_doctype)
{
    *had_doctype = ctxt->_private != NULL;
    if (doc && (!ctxt->wellFormed || *had_doctype)) {
        xmlFreeDoc(doc);
        doc = NULL;
    }
    return doc;
}

xmlDocPtr load_document(const char *path, int xinclude)
{
    int errors_before = diag_error_count();
    if (!path_is_allowed(path)) {
        FILE *probe = fopen(path, "rb");
        if (!probe)
            diag_error(path, 0, 0, "cannot read file");
        else {
            fclose(probe);
            diag_error(path, 0, 0, "file is outside the folders frisk may read");
        }
        return NULL;
    }
    xmlParserCtxtPtr ctxt = new_parser();
    if (!ctxt) {
        diag_error(path, 0, 0, "out of memory");
        return NULL;
    }
    int had_doctype;
    parsing_main_document = 1;
    xmlDocPtr doc = parsed(ctxt, xmlCtxtReadFile(ctxt, path, NULL, SAFE_PARSE_OPTIONS), &had_doctype);
    parsing_main_document = 0;
    xmlFreeParserCtxt(ctxt);
    if (had_doctype) {
        char *text = load_read_text(path);
        refuse_dtd(path, text);
        free(text);
        return NULL;
    }
    if (!doc && diag_error_count() == errors_before)
        diag_error(path, 0, 0, "not a well-formed XML document");
    return finish(doc, path, xinclude, errors_before);
}

xmlDocPtr load_memory(const char *data, int len, const char *name)
{
    int errors_before = diag_error_count();
    xmlParserCtxtPtr ctxt = new_parser();
    if (!ctxt)
        return NULL;
    int had_doctype;
    xmlDocPtr doc = parsed(ctxt, xmlCtxtReadMemory(ctxt, data, len, name, NULL, SAFE_PARSE_OPTIONS),
                           &had_doctype);
    xmlFreeParserCtxt(ctxt);
    if (had_doctype) {
        char *copy = malloc((size_t)len + 1);
        if (copy) {
            memcpy(copy, data, (size_t)len);
            copy[len] = '\0';
        }
        refuse_dtd(name, copy);
        free(copy);
        return NULL;
    }
    if (!doc && diag_error_count() == errors_before)
        diag_error(name, 0, 0, "not a well-formed XML document");
    return finish(doc, name, 0, errors_before);
}

char *load_read_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *text = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (cap - n < 4096) {
            char *grown = realloc(text, cap + 65536);
            if (!grown) {
                free(text);
                fclose(f);
                return NULL;
            }
            text = grown;
            cap += 65536;
        }
        size_t got = fread(text + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    int failed = ferror(f);
    fclose(f);
    if (failed) {
        free(text);
        return NULL;
    }
    text[n] = '\0';
    return text;
}


long load_node_column(const char *file, long line, xmlNodePtr node)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return 0;
    char tag[256];
    load_tag_name(node, tag, sizeof tag);
    return load_tag_column(file, line, tag);
}

void load_tag_name(xmlNodePtr node, char *out, size_t size)
{
    if (node->ns && node->ns->prefix)
        snprintf(out, size, "%s:%s", node->ns->prefix, node->name);
    else
        snprintf(out, size, "%s", node->name);
}

/* The cached source text of file (the column resolver's cache), or NULL. Borrowed. */
static const char *source_text(const char *file)
{
    if (!file)
        return NULL;
    if (!cached_file || strcmp(cached_file, file) != 0) {
        if (!path_is_allowed(file))
            return NULL;
        free(cached_file);
        free(cached_text);
        free(cached_line_starts);
        cached_line_starts = NULL;
        cached_n_lines = 0;
        cached_text = load_read_text(file);
        cached_file = cached_text ? strdup(file) : NULL;
    }
    return cached_file ? cached_text : NULL;
}

/* The start of line (from 1) of file's cached text, or NULL when there is no such line. */
static const char *source_line(const char *file, long line)
{
    const char *text = source_text(file);
    if (!text || line <= 0)
        return NULL;
    if (!cached_line_starts) {
        long n = 1;
        for (const char *c = strchr(text, '\n'); c; c = strchr(c + 1, '\n'))
            n++;
        cached_line_starts = malloc((size_t)n * sizeof *cached_line_starts);
        if (!cached_line_starts)
            return NULL;
        cached_line_starts[0] = 0;
        cached_n_lines = 1;
        for (const char *c = strchr(text, '\n'); c; c = strchr(c + 1, '\n'))
            cached_line_starts[cached_n_lines++] = (size_t)(c + 1 - text);
    }
    return line <= cached_n_lines ? text + cached_line_starts[line - 1] : NULL;
}

long load_tag_column(const char *file, long line, const char *name)
{
    if (!name)
        return 0;
    const char *p = source_line(file, line);
    if (!p)
        return 0;
    const char *end = strchr(p, '\n');
    size_t line_len = end ? (size_t)(end - p) : strlen(p);
    char tag[258];
    snprintf(tag, sizeof tag, "<%s", name);
    size_t tag_len = strlen(tag);
    for (size_t i = 0; i + tag_len <= line_len; i++) {
        if (memcmp(p + i, tag, tag_len) == 0) {
            char after = i + tag_len < line_len ? p[i + tag_len] : ' ';
            if (after == ' ' || after == '>' || after == '/' || after == '\t' || after == '\r')
                return (long)i + 1;
        }
    }
    return 0;
}

long load_tag_start(const char *file, long *line, const char *name)
{
    for (long l = *line; name && file && l > 0 && l > *line - 20; l--) {
        long col = load_tag_column(file, l, name);
        if (col > 0) {
            *line = l;
            return col;
        }
    }
    return 0;
}

int load_attribute_location(const char *file, long line, long col, const char *name, long *attr_line,
                            long *attr_col)
{
    if (col <= 0 || !name)
        return 0;
    const char *p = source_line(file, line);
    if (!p || (long)strnlen(p, (size_t)col) < col)
        return 0;
    /* From the start tag to its '>', outside quoted values: an attribute name is a whole word
     * followed (after any spaces) by '='. */
    size_t len = strlen(name);
    long l = line;
    const char *line_start = p;
    char quote = 0;
    for (const char *q = p + col; *q && (quote || *q != '>'); q++) {
        if (*q == '\n') {
            l++;
            line_start = q + 1;
        } else if (quote) {
            quote = *q == quote ? 0 : quote;
        } else if (*q == '"' || *q == '\'') {
            quote = *q;
        } else if ((q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\n' || q[-1] == '\r') &&
                   strncmp(q, name, len) == 0) {
            const char *after = q + len;
            while (*after == ' ' || *after == '\t' || *after == '\n' || *after == '\r')
                after++;
            if (*after == '=') {
                *attr_line = l;
                *attr_col = (long)(q - line_start) + 1;
                return 1;
            }
        }
    }
    return 0;
}
