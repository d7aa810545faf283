/* transform — libxslt with EXSLT, confined and with located errors (see transform.h).
 *
 * libxslt prints its errors in fragments through a printf-style callback: a context line
 * ("runtime error: file F line L element E") followed by the message. They are gathered here
 * until a message is complete and then reported as F:L: error: message. */
#include "transform.h"

#include "shared/diag.h"
#include "shared/load.h"

#include <libexslt/exslt.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct TransformResult {
    xmlDocPtr doc;
    xsltStylesheetPtr stylesheet; /* borrowed from the cache */
};

#define MAX_CACHED_STYLESHEETS 32

static struct {
    char *path;
    xsltStylesheetPtr stylesheet;
} cache[MAX_CACHED_STYLESHEETS];
static int n_cached;
static xsltSecurityPrefsPtr security;

/* Error gathering: libxslt calls the handler several times per message. */
static char pending[4096];
static size_t pending_len;
static char pending_file[1024];
static long pending_line;
/* The stylesheet being compiled: where an error libxslt gives no file for belongs (an
 * xsl:import refused by the read guard). */
static const char *compiling;
/* The input node being transformed when a message without a location began (xsl:message):
 * the message is reported at that data element, where the user can act on it. */
static xmlNodePtr pending_node;

static void flush_pending(void)
{
    while (pending_len > 0 && (pending[pending_len - 1] == '\n' || pending[pending_len - 1] == ' '))
        pending[--pending_len] = '\0';
    /* A stylesheet's xsl:message that starts with "warning: " is a warning; anything else an
     * error, so that a stylesheet can refuse data it cannot render. */
    static const char warning_prefix[] = "warning: ";
    const char *file = pending_file[0] ? pending_file : compiling;
    int warning = strncmp(pending, warning_prefix, sizeof warning_prefix - 1) == 0;
    const char *text = warning ? pending + sizeof warning_prefix - 1 : pending;
    if (pending_len > 0 && !file && pending_node)
        diag_node_report(warning ? DIAG_WARNING : DIAG_ERROR, pending_node, "%s", text);
    else if (pending_len > 0)
        diag_report(warning ? DIAG_WARNING : DIAG_ERROR, file, pending_line, 0, "%s", text);
    pending_node = NULL;
    pending_len = 0;
    pending[0] = '\0';
    pending_file[0] = '\0';
    pending_line = 0;
}

static void xslt_error(void *user_data, const char *fmt, ...)
{
    (void)user_data;
    char piece[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(piece, sizeof piece, fmt, ap);
    va_end(ap);
    char file[1024];
    long line;
    /* The context line libxslt prints before a runtime or compilation error. */
    if (sscanf(piece, "runtime error: file %1023s line %ld", file, &line) == 2 ||
        sscanf(piece, "compilation error: file %1023s line %ld", file, &line) == 2) {
        flush_pending();
        snprintf(pending_file, sizeof pending_file, "%s", file);
        pending_line = line;
        return;
    }
    /* The context line of an error libxslt has no node for: no location to keep. */
    if (strcmp(piece, "error\n") == 0 || strcmp(piece, "runtime error\n") == 0 ||
        strcmp(piece, "compilation error\n") == 0) {
        flush_pending();
        return;
    }
    size_t n = strlen(piece);
    if (pending_len + n >= sizeof pending)
        n = sizeof pending - pending_len - 1;
    memcpy(pending + pending_len, piece, n);
    pending_len += n;
    pending[pending_len] = '\0';
    if (pending_len > 0 && pending[pending_len - 1] == '\n')
        flush_pending();
}

static void xslt_error_ctxt(void *user_data, const char *fmt, ...)
{
    char piece[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(piece, sizeof piece, fmt, ap);
    va_end(ap);
    xsltTransformContextPtr ctxt = user_data;
    if (ctxt && pending_len == 0 && !pending_file[0]) {
        xmlNodePtr node = ctxt->node;
        while (node && node->type != XML_ELEMENT_NODE)
            node = node->type == XML_DOCUMENT_NODE ? xmlDocGetRootElement((xmlDocPtr)node) : node->parent;
        pending_node = node;
    }
    xslt_error(user_data, "%s", piece);
}

/* document() and xsl:include may read only what the loader may: libxslt then reports the
 * refusal at the instruction ("Local file read for /etc/passwd refused") instead of
 * document() quietly returning an empty node-set when the file guard says no. */
static int read_file_allowed(xsltSecurityPrefsPtr prefs, xsltTransformContextPtr ctxt, const char *path)
{
    (void)prefs;
    (void)ctxt;
    return load_path_is_allowed(path);
}

void transform_init(void)
{
    exsltRegisterAll();
    xsltSetGenericErrorFunc(NULL, xslt_error);
    security = xsltNewSecurityPrefs();
    xsltSetSecurityPrefs(security, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
    xsltSetSecurityPrefs(security, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
    xsltSetSecurityPrefs(security, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
    xsltSetSecurityPrefs(security, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
    xsltSetSecurityPrefs(security, XSLT_SECPREF_READ_FILE, read_file_allowed);
    xsltSetDefaultSecurityPrefs(security);
}

void transform_shutdown(void)
{
    for (int i = 0; i < n_cached; i++) {
        xsltFreeStylesheet(cache[i].stylesheet);
        free(cache[i].path);
    }
    n_cached = 0;
    if (security) {
        xsltSetDefaultSecurityPrefs(NULL);
        xsltFreeSecurityPrefs(security);
        security = NULL;
    }
    xsltCleanupGlobals();
}

static xsltStylesheetPtr stylesheet_for(const char *path)
{
    for (int i = 0; i < n_cached; i++)
        if (strcmp(cache[i].path, path) == 0)
            return cache[i].stylesheet;
    int errors_before = diag_error_count();
    compiling = path;
    xsltStylesheetPtr stylesheet = xsltParseStylesheetFile((const xmlChar *)path);
    flush_pending();
    compiling = NULL;
    if (!stylesheet || stylesheet->errors > 0) {
        if (diag_error_count() == errors_before)
            diag_error(path, 0, 0, "cannot compile the stylesheet");
        if (stylesheet)
            xsltFreeStylesheet(stylesheet);
        return NULL;
    }
    if (n_cached < MAX_CACHED_STYLESHEETS) {
        cache[n_cached].path = strdup(path);
        cache[n_cached].stylesheet = stylesheet;
        n_cached++;
    }
    return stylesheet;
}

/* String parameters become XPath string literals; a value holding both quote kinds is
 * passed through concat() so no value can break out into an expression. */
static char *xpath_literal(const char *value)
{
    size_t n = strlen(value);
    char *out;
    if (!strchr(value, '\'')) {
        out = malloc(n + 3);
        if (out)
            snprintf(out, n + 3, "'%s'", value);
        return out;
    }
    if (!strchr(value, '"')) {
        out = malloc(n + 3);
        if (out)
            snprintf(out, n + 3, "\"%s\"", value);
        return out;
    }
    /* concat('a', "'", 'b', …) */
    out = malloc(n * 8 + 16);
    if (!out)
        return NULL;
    char *p = out + sprintf(out, "concat(''");
    for (const char *s = value; *s; s++) {
        if (*s == '\'')
            p += sprintf(p, ", \"'\"");
        else {
            p += sprintf(p, ", '");
            while (*s && *s != '\'')
                *p++ = *s++;
            *p++ = '\'';
            s--;
        }
    }
    sprintf(p, ")");
    return out;
}

TransformResult *transform_apply(const char *stylesheet_path, xmlDocPtr doc, const char **params)
{
    TransformResult *result = NULL;
    xsltTransformContextPtr ctxt = NULL;
    const char **quoted = NULL;
    size_t n_params = 0;
    int errors_before = diag_error_count();

    xsltStylesheetPtr stylesheet = stylesheet_for(stylesheet_path);
    if (!stylesheet)
        goto cleanup;
    while (params && params[n_params])
        n_params++;
    quoted = calloc(n_params + 1, sizeof *quoted);
    if (!quoted)
        goto cleanup;
    for (size_t i = 0; i < n_params; i++) {
        quoted[i] = (i % 2 == 0) ? strdup(params[i]) : xpath_literal(params[i]);
        if (!quoted[i])
            goto cleanup;
    }
    ctxt = xsltNewTransformContext(stylesheet, doc);
    if (!ctxt)
        goto cleanup;
    xsltSetCtxtSecurityPrefs(security, ctxt);
    xsltSetTransformErrorFunc(ctxt, ctxt, xslt_error_ctxt);
    xmlDocPtr out = xsltApplyStylesheetUser(stylesheet, doc, quoted, NULL, NULL, ctxt);
    flush_pending();
    if (!out || ctxt->state == XSLT_STATE_ERROR || ctxt->state == XSLT_STATE_STOPPED ||
        diag_error_count() > errors_before) {
        if (diag_error_count() == errors_before)
            diag_error(stylesheet_path, 0, 0, "the stylesheet stopped without a result");
        xmlFreeDoc(out);
        goto cleanup;
    }
    result = calloc(1, sizeof *result);
    if (!result) {
        xmlFreeDoc(out);
        goto cleanup;
    }
    result->doc = out;
    result->stylesheet = stylesheet;
cleanup:
    if (ctxt)
        xsltFreeTransformContext(ctxt);
    if (quoted) {
        for (size_t i = 0; i < n_params; i++)
            free((char *)quoted[i]);
        free(quoted);
    }
    return result;
}

xmlDocPtr transform_result_doc(const TransformResult *result) { return result ? result->doc : NULL; }

int transform_result_serialize(const TransformResult *result, xmlDocPtr subtree_doc,
                               unsigned char **bytes, size_t *len)
{
    xmlChar *buf = NULL;
    int n = 0;
    xmlDocPtr doc = subtree_doc ? subtree_doc : result->doc;
    if (xsltSaveResultToString(&buf, &n, doc, result->stylesheet) != 0 || !buf) {
        if (buf)
            xmlFree(buf);
        /* An empty result serialises to nothing; that is a valid, empty file. */
        *bytes = malloc(1);
        *len = 0;
        return *bytes ? 0 : -1;
    }
    *bytes = malloc((size_t)n + 1);
    if (!*bytes) {
        xmlFree(buf);
        return -1;
    }
    memcpy(*bytes, buf, (size_t)n);
    (*bytes)[n] = '\0';
    *len = (size_t)n;
    xmlFree(buf);
    return 0;
}

void transform_result_free(TransformResult *result)
{
    if (!result)
        return;
    xmlFreeDoc(result->doc);
    free(result);
}
