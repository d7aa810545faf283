/* diag — formats, counts and prints every user-facing problem (see diag.h).
 *
 * libxml2 reports through a structured error callback that carries file, line and, for
 * parser errors, the column; validity errors carry the node instead, from which the line
 * (and the file, through xml:base after XInclude) is recovered. */
#include "diag.h"

#include "i18n.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>

static FILE *diag_stream;
static DiagColumnResolver column_resolver;
static int n_errors, n_warnings, n_environment;
/* Every line printed in this run, so that a problem in a file that several documents include
 * is said once, not once per document; and the distinct warnings counted for the summary. */
static xmlHashTablePtr said;
static int show_warnings = 1, n_distinct_warnings;

static const char *severity_word(DiagSeverity severity)
{
    switch (severity) {
    case DIAG_ERROR: return _("error");
    case DIAG_WARNING: return _("warning");
    case DIAG_NOTE: return _("note");
    }
    return _("error");
}

size_t diag_format(char *buf, size_t n, DiagSeverity severity, const char *file, long line,
                   long col, const char *message)
{
    const char *where = (file && *file) ? file : "frisk";
    int len;
    if (line > 0 && col > 0)
        len = snprintf(buf, n, "%s:%ld:%ld: %s: %s", where, line, col, severity_word(severity), message);
    else if (line > 0)
        len = snprintf(buf, n, "%s:%ld: %s: %s", where, line, severity_word(severity), message);
    else
        len = snprintf(buf, n, "%s: %s: %s", where, severity_word(severity), message);
    return len < 0 ? 0 : (size_t)len;
}

static void count(DiagSeverity severity)
{
    if (severity == DIAG_ERROR)
        n_errors++;
    else if (severity == DIAG_WARNING)
        n_warnings++;
}

/* Prints one formatted line unless it was said before in this run, or is a warning while
 * warnings are only counted. */
static void say(DiagSeverity severity, const char *text)
{
    if (!said)
        said = xmlHashCreate(256);
    /* xmlHashAddEntry copies the key and fails when it is there already: said before */
    if (said && xmlHashAddEntry(said, (const xmlChar *)text, (void *)said) != 0)
        return;
    if (severity == DIAG_WARNING) {
        n_distinct_warnings++;
        if (!show_warnings)
            return;
    }
    FILE *out = diag_stream ? diag_stream : stderr;
    fprintf(out, "%s\n", text);
    fflush(out);
}

void diag_relay(const char *text)
{
    /* The severity is the word after the location: "file:1:2: warning: …", "frisk: error: …". */
    char warning_word[64], error_word[64];
    snprintf(warning_word, sizeof warning_word, ": %s: ", severity_word(DIAG_WARNING));
    snprintf(error_word, sizeof error_word, ": %s: ", severity_word(DIAG_ERROR));
    const char *warning = strstr(text, warning_word);
    const char *error = strstr(text, error_word);
    DiagSeverity severity = warning && (!error || warning < error) ? DIAG_WARNING
                          : error ? DIAG_ERROR : DIAG_NOTE;
    say(severity, text);
}

void diag_set_show_warnings(int show) { show_warnings = show; }
int diag_distinct_warning_count(void) { return n_distinct_warnings; }

void diag_forget(void)
{
    xmlHashFree(said, NULL);
    said = NULL;
    n_distinct_warnings = 0;
}

/* Trailing newlines and spaces are dropped: libxml2 ends its messages with "\n". */
static void emit(DiagSeverity severity, const char *file, long line, long col, const char *message)
{
    char line_buf[1024];
    char *text = line_buf;
    size_t need = diag_format(line_buf, sizeof line_buf, severity, file, line, col, message);
    if (need >= sizeof line_buf) {
        text = malloc(need + 1);
        if (!text)
            text = line_buf; /* print it truncated rather than not at all */
        else
            diag_format(text, need + 1, severity, file, line, col, message);
    }
    size_t len = strlen(text);
    while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == ' ' || text[len - 1] == '\r'))
        text[--len] = '\0';
    say(severity, text);
    if (text != line_buf)
        free(text);
    count(severity);
}

static DiagFocus focus_fn;
static void *focus_data;
static int n_hidden_warnings;

void diag_set_focus(DiagFocus in_focus, void *data)
{
    focus_fn = in_focus;
    focus_data = data;
    n_hidden_warnings = 0;
}

int diag_hidden_warnings(void) { return n_hidden_warnings; }

void diag_vreport(DiagSeverity severity, const char *file, long line, long col, const char *fmt,
                  va_list ap)
{
    /* Errors are always shown: wherever they are, they stop the document in focus. */
    if (focus_fn && file && severity == DIAG_WARNING && !focus_fn(file, focus_data)) {
        count(severity);
        n_hidden_warnings++;
        return;
    }
    fmt = _(fmt); /* the message in the author's language (xgettext reads the diag_* calls) */
    char message[1024];
    va_list copy;
    va_copy(copy, ap);
    int need = vsnprintf(message, sizeof message, fmt, ap);
    if (need >= (int)sizeof message) {
        char *big = malloc((size_t)need + 1);
        if (big) {
            vsnprintf(big, (size_t)need + 1, fmt, copy);
            emit(severity, file, line, col, big);
            free(big);
            va_end(copy);
            return;
        }
    }
    va_end(copy);
    emit(severity, file, line, col, message);
}

void diag_report(DiagSeverity severity, const char *file, long line, long col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(severity, file, line, col, fmt, ap);
    va_end(ap);
}

void diag_environment(const char *fmt, ...)
{
    char message[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, _(fmt), ap);
    va_end(ap);
    char text[1100];
    snprintf(text, sizeof text, "frisk: %s: %s", severity_word(DIAG_ERROR), message);
    say(DIAG_ERROR, text);
    n_environment++;
}

int diag_error_count(void) { return n_errors; }
int diag_warning_count(void) { return n_warnings; }
int diag_environment_count(void) { return n_environment; }

int diag_exit_status(void)
{
    if (n_environment > 0)
        return EXIT_USAGE;
    return n_errors > 0 ? EXIT_INVALID_INPUT : EXIT_OK;
}

void diag_reset_counts(void)
{
    n_errors = 0;
    n_warnings = 0;
    n_environment = 0;
}

void diag_set_stream(FILE *stream) { diag_stream = stream; }

char *diag_node_file(xmlNodePtr node)
{
    if (!node || !node->doc)
        return NULL;
    xmlChar *base = xmlNodeGetBase(node->doc, node);
    if (!base)
        return node->doc->URL ? strdup((const char *)node->doc->URL) : NULL;
    const char *text = (const char *)base;
    char *path = strncmp(text, "file://", 7) == 0 ? xmlURIUnescapeString(text + 7, 0, NULL)
                                                  : strdup(text);
    xmlFree(base);
    return path;
}

static char muted_mark;

void diag_node_mute(xmlNodePtr node)
{
    if (node)
        node->_private = &muted_mark;
}

void diag_node_report(DiagSeverity severity, xmlNodePtr node, const char *fmt, ...)
{
    if (node && node->_private == &muted_mark)
        return;
    char *file = diag_node_file(node);
    long line = node ? xmlGetLineNo(node) : 0;
    long col = column_resolver && node ? column_resolver(file, line, node) : 0;
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(severity, file, line, col, fmt, ap);
    va_end(ap);
    free(file);
}

/* libxml2's message as one line: its continuation lines ("Bytes: 0xE6 0x6B") joined with
 * "; ", and advice meant for programmers (the depth limit's "use XML_PARSE_HUGE option")
 * replaced by what a user can do. */
static const char *libxml_message(const xmlError *error, char *buf, size_t n)
{
    const char *text = error->message ? error->message : "XML error";
    if (strncmp(text, "Excessive depth in document", 27) == 0)
        return _("elements are nested too deeply (more than libxml2's limit of 256 levels)");
    size_t len = 0;
    for (const char *p = text; *p && len + 3 < n; p++) {
        if (*p == '\n') {
            if (p[1] == '\0')
                break;
            buf[len++] = ';';
            buf[len++] = ' ';
        } else {
            buf[len++] = *p;
        }
    }
    buf[len] = '\0';
    return buf;
}

static void structured_error(void *user_data, xmlErrorPtr error)
{
    (void)user_data;
    if (!error || error->level == XML_ERR_NONE)
        return;
    DiagSeverity severity = error->level == XML_ERR_WARNING ? DIAG_WARNING : DIAG_ERROR;
    xmlNodePtr node = error->node;
    char message[1024];
    char *owned_file = NULL;
    const char *file = error->file;
    long line = error->line;
    long col = error->int2;
    if (node && (error->domain == XML_FROM_RELAXNGV || error->domain == XML_FROM_VALID ||
                 error->domain == XML_FROM_SCHEMASV || !file)) {
        owned_file = diag_node_file(node);
        if (owned_file)
            file = owned_file;
        if (line <= 0)
            line = xmlGetLineNo(node);
        col = column_resolver ? column_resolver(file, line, node) : 0;
    }
    diag_report(severity, file, line, col, "%s", libxml_message(error, message, sizeof message));
    free(owned_file);
}

/* Unstructured libxml2 messages (a few legacy paths still print through the generic handler)
 * arrive in fragments; they carry no location, so they go out as they come. */
static void generic_error(void *user_data, const char *fmt, ...)
{
    (void)user_data;
    char message[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    if (message[0] == '\0' || strcmp(message, "\n") == 0)
        return;
    diag_report(DIAG_ERROR, NULL, 0, 0, "%s", message);
}

void diag_set_column_resolver(DiagColumnResolver resolver) { column_resolver = resolver; }

void diag_route_libxml(void)
{
    xmlSetStructuredErrorFunc(NULL, structured_error);
    xmlSetGenericErrorFunc(NULL, generic_error);
}

_Noreturn void diag_internal_failure(const char *file, int line, const char *what)
{
    fprintf(stderr, "frisk: internal error at %s:%d: assertion '%s' failed; please report this\n",
            file, line, what);
    abort();
}
