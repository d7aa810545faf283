/* opendata — CSV and JSON from neutral tables, trial spreadsheets back into a network file
 * (see opendata.h).
 *
 * Writing: libcsv's csv_fwrite quotes every field; the BOM, the ';' between fields and the CRLF
 * after each record are ours (TOOLING.md). Reading: libcsv's parser with ';', the BOM skipped,
 * every record kept with its number so that errors say file.csv:ROW:COL. */
#include "opendata.h"

#include "shared/diag.h"
#include "shared/i18n.h"
#include "xmltree.h"
#include "shared/load.h"
#include "validate.h"
#include "home.h"
#include "write.h"

#include <csv.h>
#include <ctype.h>
#include <libxml/xmlsave.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the neutral table ------------------------------------------------------------------ */

typedef struct {
    char *name;
    char *type;      /* "number" or NULL */
    char *separator; /* for list cells in CSV; "; " unless given */
} Column;

static char *prop(xmlNodePtr node, const char *name)
{
    xmlChar *value = xmlGetNoNsProp(node, (const xmlChar *)name);
    char *copy = value ? strdup((const char *)value) : NULL;
    xmlFree(value);
    return copy;
}

static void columns_free(Column *columns, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(columns[i].name);
        free(columns[i].type);
        free(columns[i].separator);
    }
    free(columns);
}

/* The columns of a table; NULL (after a diagnostic) when the table has none or one lacks a name. */
static Column *table_columns(xmlNodePtr table, size_t *n)
{
    size_t count = 0;
    for (xmlNodePtr c = xmltree_first(table, "column"); c; c = xmltree_next(c, "column"))
        count++;
    Column *columns = count ? calloc(count, sizeof *columns) : NULL;
    if (!columns) {
        diag_node_error(table, "an open-data table needs <column name=\"…\"> children");
        return NULL;
    }
    size_t i = 0;
    for (xmlNodePtr c = xmltree_first(table, "column"); c; c = xmltree_next(c, "column"), i++) {
        columns[i].name = prop(c, "name");
        columns[i].type = prop(c, "type");
        columns[i].separator = prop(c, "separator");
        if (!columns[i].separator)
            columns[i].separator = strdup("; ");
        if (!columns[i].name) {
            diag_node_error(c, "an open-data column needs a name");
            columns_free(columns, count);
            return NULL;
        }
    }
    *n = count;
    return columns;
}

/* A cell's text, with list items joined by separator. malloc'ed. */
static char *cell_text(xmlNodePtr cell, const char *separator)
{
    xmlNodePtr item = xmltree_first(cell, "item");
    if (!item) {
        xmlChar *content = cell ? xmlNodeGetContent(cell) : NULL;
        char *text = strdup(content ? (const char *)content : "");
        xmlFree(content);
        return text;
    }
    xmlBufferPtr buf = xmlBufferCreate();
    for (int first = 1; item; item = xmltree_next(item, "item"), first = 0) {
        if (!first)
            xmlBufferCCat(buf, separator);
        xmlNodeBufGetContent(buf, item);
    }
    char *text = strdup((const char *)xmlBufferContent(buf));
    xmlBufferFree(buf);
    return text;
}

static int row_cells_fit(xmlNodePtr row, size_t n_columns)
{
    size_t n = 0;
    for (xmlNodePtr c = xmltree_first(row, "cell"); c; c = xmltree_next(c, "cell"))
        n++;
    if (n > n_columns) {
        diag_node_error(row, "an open-data row has %zu cells but the table has %zu columns", n,
                        n_columns);
        return 0;
    }
    return 1;
}

/* ---- CSV ------------------------------------------------------------------------------- */

char *opendata_cell_neutralise(const char *text)
{
    size_t n = strlen(text);
    int guard = n > 0 && strchr("=+-@\t\r", text[0]) != NULL;
    char *out = malloc(n + 2);
    if (!out)
        return NULL;
    if (guard)
        out[0] = '\'';
    memcpy(out + guard, text, n + 1);
    return out;
}

void opendata_cell_restore(char *text)
{
    if (text[0] == '\'' && text[1] && strchr("=+-@\t\r", text[1]))
        memmove(text, text + 1, strlen(text));
}

static int csv_field(FILE *out, const char *text, int first)
{
    char *safe = opendata_cell_neutralise(text);
    int rc = safe ? 0 : -1;
    if (rc == 0 && !first && fputc(';', out) == EOF)
        rc = -1;
    if (rc == 0 && csv_fwrite(out, safe, strlen(safe)) != 0)
        rc = -1;
    free(safe);
    return rc;
}

/* Closes an open_memstream stream — only then are *buf and *size final — and hands the bytes to
 * the caller when everything succeeded (rc 0), else frees them. Returns rc, or -1 when closing
 * failed. */
static int memstream_finish(FILE *out, char **buf, size_t *size, int rc, unsigned char **bytes,
                            size_t *len)
{
    if (out && fclose(out) != 0)
        rc = -1;
    if (rc == 0) {
        *bytes = (unsigned char *)*buf;
        *len = *size;
    } else {
        free(*buf);
    }
    return rc;
}

int opendata_csv(xmlNodePtr table, unsigned char **bytes, size_t *len)
{
    size_t n_columns = 0;
    char *buf = NULL;
    size_t size = 0;
    int rc = -1;
    Column *columns = table_columns(table, &n_columns);
    FILE *out = columns ? open_memstream(&buf, &size) : NULL;
    if (!out)
        goto cleanup;
    rc = fputs("\xEF\xBB\xBF", out) == EOF ? -1 : 0;
    for (size_t i = 0; i < n_columns && rc == 0; i++)
        rc = csv_field(out, columns[i].name, i == 0);
    if (rc == 0 && fputs("\r\n", out) == EOF)
        rc = -1;
    for (xmlNodePtr row = xmltree_first(table, "row"); row && rc == 0;
         row = xmltree_next(row, "row")) {
        if (!row_cells_fit(row, n_columns)) {
            rc = -1;
            break;
        }
        xmlNodePtr cell = xmltree_first(row, "cell");
        for (size_t i = 0; i < n_columns && rc == 0; i++) {
            char *text = cell_text(cell, columns[i].separator);
            rc = text ? csv_field(out, text, i == 0) : -1;
            free(text);
            cell = xmltree_next(cell, "cell");
        }
        if (rc == 0 && fputs("\r\n", out) == EOF)
            rc = -1;
    }
cleanup:
    columns_free(columns, n_columns);
    return memstream_finish(out, &buf, &size, rc, bytes, len);
}

/* ---- JSON ------------------------------------------------------------------------------ */

/* A JSON string: quotes, backslashes and control characters escaped, and U+2028/U+2029 too, so
 * the file is also safe to embed in JavaScript. Other UTF-8 is written as it is. */
static void json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (*p < 0x20)
                fprintf(out, "\\u%04x", *p);
            else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
                fprintf(out, "\\u%04x", p[2] == 0xA8 ? 0x2028 : 0x2029);
                p += 2;
            } else
                fputc(*p, out);
        }
    }
    fputc('"', out);
}

/* A JSON number as written in the cell, if it is one (digits, optional '-', '.', exponent). */
static int is_json_number(const char *s)
{
    const char *p = s;
    if (*p == '-')
        p++;
    if (!isdigit((unsigned char)*p) || (*p == '0' && isdigit((unsigned char)p[1])))
        return 0;
    while (isdigit((unsigned char)*p))
        p++;
    if (*p == '.') {
        if (!isdigit((unsigned char)*++p))
            return 0;
        while (isdigit((unsigned char)*p))
            p++;
    }
    return *p == '\0';
}

static void json_cell(FILE *out, xmlNodePtr cell, const Column *column)
{
    xmlNodePtr item = xmltree_first(cell, "item");
    if (item || (cell && xmlHasProp(cell, (const xmlChar *)"list"))) {
        fputc('[', out);
        for (int first = 1; item; item = xmltree_next(item, "item"), first = 0) {
            xmlChar *text = xmlNodeGetContent(item);
            fputs(first ? "" : ", ", out);
            json_string(out, text ? (const char *)text : "");
            xmlFree(text);
        }
        fputc(']', out);
        return;
    }
    xmlChar *text = cell ? xmlNodeGetContent(cell) : NULL;
    const char *s = text ? (const char *)text : "";
    if (*s == '\0')
        fputs("null", out);
    else if (column->type && strcmp(column->type, "number") == 0 && is_json_number(s))
        fputs(s, out);
    else
        json_string(out, s);
    xmlFree(text);
}

int opendata_json(xmlNodePtr table, unsigned char **bytes, size_t *len)
{
    size_t n_columns = 0;
    char *buf = NULL;
    size_t size = 0;
    int rc = -1;
    Column *columns = table_columns(table, &n_columns);
    FILE *out = columns ? open_memstream(&buf, &size) : NULL;
    if (!out)
        goto cleanup;
    rc = 0;
    fputs("[", out);
    int first_row = 1;
    for (xmlNodePtr row = xmltree_first(table, "row"); row; row = xmltree_next(row, "row")) {
        if (!row_cells_fit(row, n_columns)) {
            rc = -1;
            break;
        }
        fputs(first_row ? "\n  {" : ",\n  {", out);
        first_row = 0;
        xmlNodePtr cell = xmltree_first(row, "cell");
        for (size_t i = 0; i < n_columns; i++) {
            fputs(i ? ", " : "", out);
            json_string(out, columns[i].name);
            fputs(": ", out);
            json_cell(out, cell, &columns[i]);
            cell = xmltree_next(cell, "cell");
        }
        fputs("}", out);
    }
    fputs(first_row ? "]\n" : "\n]\n", out);
cleanup:
    columns_free(columns, n_columns);
    return memstream_finish(out, &buf, &size, rc, bytes, len);
}

/* ---- reading a spreadsheet -------------------------------------------------------------- */

typedef struct {
    char **fields;
    size_t n, cap;
    long row; /* 1-based record number in the file: what a spreadsheet calls the row */
} Record;

typedef struct {
    Record *records;
    size_t n, cap;
    Record current;
    long row;
    int oom;
} CsvData;

static void on_field(void *s, size_t len, void *data)
{
    CsvData *csv = data;
    Record *r = &csv->current;
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        char **fields = realloc(r->fields, cap * sizeof *fields);
        if (!fields) {
            csv->oom = 1;
            return;
        }
        r->fields = fields;
        r->cap = cap;
    }
    char *field = malloc(len + 1);
    if (!field) {
        csv->oom = 1;
        return;
    }
    memcpy(field, s ? s : "", len);
    field[len] = '\0';
    opendata_cell_restore(field);
    r->fields[r->n++] = field;
}

static void on_record(int terminator, void *data)
{
    (void)terminator;
    CsvData *csv = data;
    csv->row++;
    if (csv->n == csv->cap) {
        size_t cap = csv->cap ? csv->cap * 2 : 64;
        Record *records = realloc(csv->records, cap * sizeof *records);
        if (!records) {
            csv->oom = 1;
            return;
        }
        csv->records = records;
        csv->cap = cap;
    }
    csv->current.row = csv->row;
    csv->records[csv->n++] = csv->current;
    memset(&csv->current, 0, sizeof csv->current);
}

static void csv_data_free(CsvData *csv)
{
    for (size_t i = 0; i <= csv->n; i++) {
        Record *r = i < csv->n ? &csv->records[i] : &csv->current;
        for (size_t j = 0; j < r->n; j++)
            free(r->fields[j]);
        free(r->fields);
    }
    free(csv->records);
}

/* Reads the whole file into records. Returns 0, or -1 after a diagnostic. */
static int csv_read(const char *path, CsvData *csv)
{
    FILE *in = fopen(path, "rb");
    if (!in) {
        diag_environment("%s: cannot read the file", path);
        return -1;
    }
    struct csv_parser parser;
    int rc = csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_EMPTY_IS_NULL);
    if (rc != 0) {
        fclose(in);
        diag_environment("cannot start the CSV parser");
        return -1;
    }
    csv_set_delim(&parser, ';');
    unsigned char chunk[65536];
    size_t n;
    int first = 1;
    while (rc == 0 && (n = fread(chunk, 1, sizeof chunk, in)) > 0) {
        size_t skip = 0;
        if (first && n >= 3 && memcmp(chunk, "\xEF\xBB\xBF", 3) == 0)
            skip = 3;
        first = 0;
        if (csv_parse(&parser, chunk + skip, n - skip, on_field, on_record, csv) != n - skip)
            rc = -1;
    }
    if (rc == 0 && csv_fini(&parser, on_field, on_record, csv) != 0)
        rc = -1;
    if (rc != 0)
        diag_error(path, csv->row + 1, 0, "%s", csv_strerror(csv_error(&parser)));
    else if (ferror(in)) {
        diag_environment("%s: cannot read the file", path);
        rc = -1;
    } else if (csv->oom) {
        diag_environment("out of memory reading %s", path);
        rc = -1;
    }
    csv_free(&parser);
    fclose(in);
    return rc;
}

/* ---- from rows to trials ------------------------------------------------------------------ */

/* The columns of trials.csv that import reads; the others (names, labels) are derived from
 * these and the data, and are ignored. */
enum { C_NETWORK, C_TRIAL, C_TITLE, C_ROUND, C_ELEMENT, C_TEXT, C_CODES, C_MUNICIPALITIES,
       C_STATUS, C_START, N_IMPORT_COLUMNS };
static const char *const import_columns[N_IMPORT_COLUMNS] = {
    "netvaerk_id", "forsoeg_id", "forsoeg", "runde", "element_id", "tekst", "fritagelse_koder",
    "kommunekoder", "status_kode", "startdato"};
static const char *const status_kinds[] = {
    "applied", "clarification", "approved", "partially-approved", "expected", "rejected",
    "no-exemption-needed", "general-law-change", "withdrawn", NULL};

typedef struct {
    const char *path;
    int col[N_IMPORT_COLUMNS]; /* index in a record, -1 when absent */
    xmlDocPtr programme;
    xmlNodePtr network; /* in the programme */
    int errors;
} Import;

static const char *field(const Import *im, const Record *r, int column)
{
    int i = im->col[column];
    return (i >= 0 && (size_t)i < r->n && r->fields[i]) ? r->fields[i] : "";
}

static void cell_error(Import *im, const Record *r, int column, const char *fmt, const char *arg)
{
    char message[512];
    snprintf(message, sizeof message, _(fmt), arg); /* the author's language (i18n.h) */
    diag_error(im->path, r->row, im->col[column] + 1, "%s", message);
    im->errors++;
}

static int is_slug(const char *s)
{
    if (!islower((unsigned char)*s))
        return 0;
    for (; *s; s++)
        if (!islower((unsigned char)*s) && !isdigit((unsigned char)*s) && *s != '-')
            return 0;
    return 1;
}

static int is_iso_date(const char *s)
{
    int y, m, d;
    char rest;
    return strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &rest) == 3 && s[4] == '-' &&
           s[7] == '-' && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* Finds an element by name and attribute value among the descendants of node. */
static xmlNodePtr find_by_attr(xmlNodePtr node, const char *name, const char *attr,
                               const char *value)
{
    for (xmlNodePtr c = node ? node->children : NULL; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrEqual(c->name, (const xmlChar *)name)) {
            xmlChar *v = xmlGetNoNsProp(c, (const xmlChar *)attr);
            int match = v && strcmp((const char *)v, value) == 0;
            xmlFree(v);
            if (match)
                return c;
        }
        xmlNodePtr found = find_by_attr(c, name, attr, value);
        if (found)
            return found;
    }
    return NULL;
}

static int attr_equals(xmlNodePtr node, const char *attr, const char *value)
{
    xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)attr);
    int equal = (!v && !value) || (v && value && strcmp((const char *)v, value) == 0);
    xmlFree(v);
    return equal;
}

/* Consumes prefix from *p when it is there. */
static int take(const char **p, const char *prefix)
{
    size_t n = strlen(prefix);
    if (strncmp(*p, prefix, n) != 0)
        return 0;
    *p += n;
    return 1;
}

/* The text up to the next ',', " (", stop character or the end, as an attribute. */
static int take_value(const char **p, xmlNodePtr node, const char *attr, const char *stop)
{
    const char *s = *p;
    size_t n = 0;
    while (s[n] && s[n] != ',' && strncmp(s + n, " (", 2) != 0 && !(stop && strchr(stop, s[n])))
        n++;
    if (n == 0)
        return 0;
    char *value = strndup(s, n);
    xmlNewProp(node, (const xmlChar *)attr, (const xmlChar *)value);
    free(value);
    *p = s + n;
    return 1;
}

/* An exemption code ("LAB § 30 a, stk. 3, nr. 3", "LOUB §§ 9-12", "ANVL (visse dele)",
 * "BEK-MAGT § 3 (udvidelse)") as a new <exemption>; NULL when it cannot be read. The form is
 * the one opendata.xsl writes: the law's id, the provision as refs.xsl's provision-part, then
 * the extent and kind in parentheses. */
static xmlNodePtr parse_exemption(const char *code)
{
    const char *p = code;
    size_t n = 0;
    while (p[n] && p[n] != ' ')
        n++;
    if (n == 0 || !isupper((unsigned char)p[0]))
        return NULL;
    xmlNodePtr ex = xmlNewNode(NULL, (const xmlChar *)"exemption");
    char *law = strndup(p, n);
    xmlNewProp(ex, (const xmlChar *)"law", (const xmlChar *)law);
    free(law);
    p += n;
    int ok = 1;
    if (take(&p, " §§ "))
        ok = take_value(&p, ex, "paragraph", "-") && take(&p, "-") && take_value(&p, ex, "to", NULL);
    else if (take(&p, " § "))
        ok = take_value(&p, ex, "paragraph", NULL);
    else if (take(&p, " kapitel ")) {
        ok = take_value(&p, ex, "chapter", "-");
        if (ok && take(&p, "-"))
            ok = take_value(&p, ex, "chapter-to", NULL);
    }
    if (ok && take(&p, ", stk. ")) {
        ok = take_value(&p, ex, "stk", "-");
        if (ok && take(&p, "-"))
            ok = take_value(&p, ex, "stk-to", NULL);
    }
    if (ok && take(&p, ", nr. "))
        ok = take_value(&p, ex, "nr", NULL);
    if (ok && strncmp(p, ", ", 2) == 0 && isdigit((unsigned char)p[2])) {
        p += 2;
        ok = take_value(&p, ex, "pkt", ".") && take(&p, ". pkt.");
    }
    if (ok && take(&p, " (visse dele)"))
        xmlNewProp(ex, (const xmlChar *)"extent", (const xmlChar *)"parts");
    if (ok && take(&p, " (udvidelse)"))
        xmlNewProp(ex, (const xmlChar *)"kind", (const xmlChar *)"extension");
    else if (ok && take(&p, " (ny hjemmel)"))
        xmlNewProp(ex, (const xmlChar *)"kind", (const xmlChar *)"new-authority");
    if (!ok || *p) {
        xmlFreeNode(ex);
        return NULL;
    }
    return ex;
}

/* Do two exemptions name the same provision? (defaults: extent whole, kind exemption) */
static int same_exemption(xmlNodePtr a, xmlNodePtr b)
{
    static const char *const attrs[] = {"law", "chapter", "chapter-to", "paragraph", "to", "stk",
                                        "stk-to", "nr", "pkt", "extent", "kind"};
    /* The code names a chapter only when there is no §: a § with its chapter is the same § */
    int skip_chapter = xmlHasProp(a, (const xmlChar *)"paragraph") && xmlHasProp(b, (const xmlChar *)"paragraph");
    for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++) {
        if (skip_chapter && strncmp(attrs[i], "chapter", 7) == 0)
            continue;
        xmlChar *va = xmlGetNoNsProp(a, (const xmlChar *)attrs[i]);
        xmlChar *vb = xmlGetNoNsProp(b, (const xmlChar *)attrs[i]);
        const char *sa = (const char *)va, *sb = (const char *)vb;
        if ((sa && strcmp(sa, "whole") == 0) || (sa && strcmp(sa, "exemption") == 0))
            sa = NULL;
        if ((sb && strcmp(sb, "whole") == 0) || (sb && strcmp(sb, "exemption") == 0))
            sb = NULL;
        int equal = (!sa && !sb) || (sa && sb && strcmp(sa, sb) == 0);
        xmlFree(va);
        xmlFree(vb);
        if (!equal)
            return 0;
    }
    return 1;
}

/* Splits s at sep into a NULL-terminated array of trimmed, non-empty parts (malloc'ed). */
static char **split(const char *s, char sep, size_t *n)
{
    size_t cap = 1;
    for (const char *p = s; *p; p++)
        cap += *p == sep;
    char **parts = calloc(cap + 1, sizeof *parts);
    *n = 0;
    if (!parts)
        return NULL;
    const char *start = s;
    for (const char *p = s;; p++) {
        if (*p == sep || *p == '\0') {
            const char *a = start, *b = p;
            while (a < b && isspace((unsigned char)*a))
                a++;
            while (b > a && isspace((unsigned char)b[-1]))
                b--;
            if (b > a)
                parts[(*n)++] = strndup(a, (size_t)(b - a));
            if (*p == '\0')
                break;
            start = p + 1;
        }
    }
    return parts;
}

static void split_free(char **parts, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(parts[i]);
    free(parts);
}

/* Plain text of rich-text blocks, as opendata.xsl writes the "tekst" column: one line per p or
 * item (outside footnotes), each the normalised text of its own text nodes. */
static void plain_lines(xmlNodePtr node, xmlBufferPtr out);

static int in_footnote(xmlNodePtr node)
{
    for (; node; node = node->parent)
        if (xmltree_is(node, "footnote"))
            return 1;
    return 0;
}

static void own_text(xmlNodePtr node, xmlBufferPtr raw)
{
    for (xmlNodePtr c = node->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            xmlBufferCat(raw, c->content);
        else if (c->type == XML_ELEMENT_NODE && !xmltree_is(c, "footnote") && !xmltree_is(c, "p") &&
                 !xmltree_is(c, "item") && !xmltree_is(c, "list"))
            own_text(c, raw);
    }
}

static void plain_lines(xmlNodePtr node, xmlBufferPtr out)
{
    for (xmlNodePtr c = node->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || in_footnote(c))
            continue;
        if (xmltree_is(c, "p") || xmltree_is(c, "item")) {
            xmlBufferPtr raw = xmlBufferCreate();
            own_text(c, raw);
            /* normalize-space */
            const char *s = (const char *)xmlBufferContent(raw);
            int pending_space = 0, any = 0;
            if (xmlBufferLength(out) > 0)
                xmlBufferCCat(out, "\n");
            for (; *s; s++) {
                if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
                    pending_space = any;
                    continue;
                }
                if (pending_space)
                    xmlBufferCCat(out, " ");
                pending_space = 0;
                any = 1;
                xmlBufferAdd(out, (const xmlChar *)s, 1);
            }
            xmlBufferFree(raw);
        }
        plain_lines(c, out);
    }
}

static int same_plain_text(xmlNodePtr blocks, const char *text)
{
    xmlBufferPtr buf = xmlBufferCreate();
    plain_lines(blocks, buf);
    int equal = strcmp((const char *)xmlBufferContent(buf), text) == 0;
    xmlBufferFree(buf);
    return equal;
}

/* <text><p>line</p>…</text> from the cell's lines. */
static xmlNodePtr new_blocks(const char *name, const char *text)
{
    xmlNodePtr blocks = xmlNewNode(NULL, (const xmlChar *)name);
    size_t n;
    char **lines = split(text, '\n', &n);
    for (size_t i = 0; i < n; i++)
        xmlNewTextChild(blocks, NULL, (const xmlChar *)"p", (const xmlChar *)lines[i]);
    split_free(lines, n);
    return blocks;
}

/* Layout: an element that has element children and no text at all gets one child a line,
 * indented two spaces a level; nodes kept from the source file have their own layout. */
static void indent(xmlNodePtr node, int depth)
{
    int has_text = 0, has_elements = 0;
    for (xmlNodePtr c = node->children; c; c = c->next) {
        has_text |= c->type == XML_TEXT_NODE;
        has_elements |= c->type == XML_ELEMENT_NODE;
    }
    if (has_text || !has_elements)
        return;
    char pad[128];
    for (xmlNodePtr c = node->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE && c->type != XML_COMMENT_NODE)
            continue;
        indent(c, depth + 1);
        snprintf(pad, sizeof pad, "\n%*s", 2 * (depth + 1), "");
        xmlAddPrevSibling(c, xmlNewText((const xmlChar *)pad));
    }
    snprintf(pad, sizeof pad, "\n%*s", 2 * depth, "");
    xmlAddChild(node, xmlNewText((const xmlChar *)pad));
}

/* Inserts node before ref, repeating the whitespace that precedes ref so the layout holds. */
static void insert_before(xmlNodePtr ref, xmlNodePtr node)
{
    xmlNodePtr ws = ref->prev;
    xmlAddPrevSibling(ref, node);
    if (ws && xmlIsBlankNode(ws))
        xmlAddPrevSibling(ref, xmlNewText(ws->content));
}

/* Removes a node with the whitespace before it. */
static void remove_node(xmlNodePtr node)
{
    xmlNodePtr ws = node->prev;
    if (ws && ws->type == XML_TEXT_NODE && xmlIsBlankNode(ws)) {
        xmlUnlinkNode(ws);
        xmlFreeNode(ws);
    }
    xmlUnlinkNode(node);
    xmlFreeNode(node);
}

static int is_status_kind(const char *s)
{
    for (size_t i = 0; status_kinds[i]; i++)
        if (strcmp(status_kinds[i], s) == 0)
            return 1;
    return 0;
}

static xmlNodePtr last_child_element(xmlNodePtr parent, const char *name)
{
    xmlNodePtr last = NULL;
    for (xmlNodePtr c = xmltree_first(parent, name); c; c = xmltree_next(c, name))
        last = c;
    return last;
}

/* One element from a row, merged with the existing element (may be NULL). */
static xmlNodePtr build_element(Import *im, const Record *r, xmlNodePtr existing, const char *round)
{
    const char *id = field(im, r, C_ELEMENT);
    const char *text = field(im, r, C_TEXT);
    const char *kind = field(im, r, C_STATUS);
    const char *start = field(im, r, C_START);
    int errors = im->errors;
    if (*id && !is_slug(id))
        cell_error(im, r, C_ELEMENT, "\"%s\" is not an id (lower-case letters, digits, hyphens)", id);
    if (!*text)
        cell_error(im, r, C_TEXT, "%san element needs its text", "");
    if (!is_status_kind(kind))
        cell_error(im, r, C_STATUS, "unknown status \"%s\" (applied, clarification, approved, "
                                    "partially-approved, expected, rejected, no-exemption-needed, "
                                    "general-law-change, withdrawn)", kind);
    if (*start && !is_iso_date(start))
        cell_error(im, r, C_START, "\"%s\" is not a date (YYYY-MM-DD)", start);
    size_t n_codes;
    char **codes = split(field(im, r, C_CODES), ';', &n_codes);
    xmlNodePtr exemptions = xmlNewNode(NULL, (const xmlChar *)"exemptions");
    for (size_t i = 0; i < n_codes; i++) {
        xmlNodePtr ex = parse_exemption(codes[i]);
        xmlChar *law = ex ? xmlGetNoNsProp(ex, (const xmlChar *)"law") : NULL;
        if (!ex)
            cell_error(im, r, C_CODES, "cannot read the exemption \"%s\" (write it as "
                                       "\"LAB § 48, stk. 1\" with the law's id)", codes[i]);
        else if (!find_by_attr(xmlDocGetRootElement(im->programme), "law", "id", (const char *)law))
            cell_error(im, r, C_CODES, "no law has the id \"%s\" (see data/laws.xml)", (const char *)law);
        xmlFree(law);
        if (ex)
            xmlAddChild(exemptions, ex);
    }
    split_free(codes, n_codes);
    if (im->errors > errors) {
        xmlFreeNode(exemptions);
        return NULL;
    }

    xmlNodePtr element;
    if (existing) {
        element = existing; /* changed in place, so its comments and layout stay */
        if (*id)
            xmlSetProp(element, (const xmlChar *)"id", (const xmlChar *)id);
        else
            xmlUnsetProp(element, (const xmlChar *)"id");
    } else {
        element = xmlNewNode(NULL, (const xmlChar *)"element");
        if (*id)
            xmlNewProp(element, (const xmlChar *)"id", (const xmlChar *)id);
        xmlAddChild(element, xmlNewNode(NULL, (const xmlChar *)"text"));
        xmlNodePtr history = xmlNewChild(element, NULL, (const xmlChar *)"status-history", NULL);
        xmlNodePtr applied = xmlNewChild(history, NULL, (const xmlChar *)"status", NULL);
        xmlNewProp(applied, (const xmlChar *)"kind", (const xmlChar *)"applied");
        if (*round)
            xmlNewProp(applied, (const xmlChar *)"round", (const xmlChar *)round);
    }
    /* The text: kept while its plain text is unchanged (it may hold references, footnotes). */
    xmlNodePtr old_text = xmltree_first(element, "text");
    if (!same_plain_text(old_text, text)) {
        xmlNodePtr fresh = new_blocks("text", text);
        xmlReplaceNode(old_text, fresh);
        xmlFreeNode(old_text);
        if (existing)
            indent(fresh, 4); /* network, trials, trial, element, text */
    }
    /* Exemptions: kept while the spreadsheet names the same provisions in the same order. */
    int same = 1;
    xmlNodePtr old_ex = xmltree_first(element, "exemption");
    xmlNodePtr new_ex = exemptions->children;
    for (; old_ex && new_ex; old_ex = xmltree_next(old_ex, "exemption"), new_ex = new_ex->next)
        same &= same_exemption(old_ex, new_ex);
    if (!same || old_ex || new_ex) {
        while ((old_ex = xmltree_first(element, "exemption")))
            remove_node(old_ex);
        xmlNodePtr after_text = xmltree_first(element, "text")->next;
        while (after_text && after_text->type != XML_ELEMENT_NODE)
            after_text = after_text->next;
        while ((new_ex = exemptions->children)) {
            xmlUnlinkNode(new_ex);
            if (after_text)
                insert_before(after_text, new_ex);
            else
                xmlAddChild(element, new_ex);
        }
    }
    xmlFreeNode(exemptions);
    /* Status: a changed current status is appended to the history. */
    xmlNodePtr history = xmltree_first(element, "status-history");
    xmlNodePtr last = last_child_element(history, "status");
    if (!last || !attr_equals(last, "kind", kind) || !attr_equals(last, "start", *start ? start : NULL)) {
        xmlNodePtr status = xmlNewNode(NULL, (const xmlChar *)"status");
        xmlNewProp(status, (const xmlChar *)"kind", (const xmlChar *)kind);
        if (*start)
            xmlNewProp(status, (const xmlChar *)"start", (const xmlChar *)start);
        if (last && last->prev && xmlIsBlankNode(last->prev)) {
            xmlAddNextSibling(last, status);
            xmlAddPrevSibling(status, xmlNewText(last->prev->content));
        } else {
            xmlAddChild(history, status);
        }
    }
    return element;
}

/* Adds node as the last child of parent on a line of its own at depth. */
static void append_on_line(xmlNodePtr parent, xmlNodePtr node, int depth)
{
    char pad[128];
    snprintf(pad, sizeof pad, "\n%*s", 2 * depth, "");
    xmlNodePtr tail = parent->last;
    if (tail && tail->type == XML_TEXT_NODE && xmlIsBlankNode(tail)) {
        xmlAddPrevSibling(tail, xmlNewText((const xmlChar *)pad));
        xmlAddPrevSibling(tail, node);
    } else {
        xmlAddChild(parent, xmlNewText((const xmlChar *)pad));
        xmlAddChild(parent, node);
        snprintf(pad, sizeof pad, "\n%*s", 2 * (depth - 1), "");
        xmlAddChild(parent, xmlNewText((const xmlChar *)pad));
    }
}

/* The network's current members (members without a <left> record), in member order. */
static size_t current_members(xmlNodePtr network, const char **ids, size_t max)
{
    size_t n = 0;
    xmlNodePtr members = xmltree_first(network, "members");
    for (xmlNodePtr m = xmltree_first(members, "member"); m && n < max;
         m = xmltree_next(m, "member")) {
        xmlChar *ref = xmlGetNoNsProp(m, (const xmlChar *)"ref");
        if (ref && !find_by_attr(network, "left", "ref", (const char *)ref))
            ids[n++] = (const char *)xmlDictLookup(network->doc->dict, ref, -1);
        xmlFree(ref);
    }
    return n;
}

static int is_member(xmlNodePtr network, const char *id)
{
    return find_by_attr(xmltree_first(network, "members"), "member", "ref", id) != NULL;
}

/* normalize-space of the title's text, as opendata.xsl writes the "forsoeg" column. */
static int same_title(xmlNodePtr title, const char *text)
{
    if (!title)
        return 0;
    xmlChar *content = xmlNodeGetContent(title);
    xmlBufferPtr norm = xmlBufferCreate();
    int pending = 0, any = 0;
    for (const char *s = content ? (const char *)content : ""; *s; s++) {
        if (isspace((unsigned char)*s)) {
            pending = any;
            continue;
        }
        if (pending)
            xmlBufferCCat(norm, " ");
        pending = 0;
        any = 1;
        xmlBufferAdd(norm, (const xmlChar *)s, 1);
    }
    int equal = strcmp((const char *)xmlBufferContent(norm), text) == 0;
    xmlBufferFree(norm);
    xmlFree(content);
    return equal;
}

/* Makes the children of parent called name exactly nodes[0..n) in that order. Nodes already in
 * place stay untouched (with their comments and layout); a new node goes on its own line after
 * its predecessor; only when kept nodes changed order are they all moved. depth is the nodes'
 * indentation level. */
static void arrange(xmlNodePtr parent, const char *name, xmlNodePtr *nodes, size_t n, int depth)
{
    xmlNodePtr c, next;
    for (c = parent->children; c; c = next) {
        next = c->next;
        int wanted = 0;
        for (size_t i = 0; i < n && !wanted; i++)
            wanted = nodes[i] == c;
        if (xmltree_is(c, name) && !wanted)
            remove_node(c);
    }
    /* Are the nodes already in the tree in the wanted order? */
    size_t k = 0;
    int in_order = 1;
    for (c = xmltree_first(parent, name); c; c = xmltree_next(c, name)) {
        while (k < n && nodes[k]->parent != parent)
            k++;
        in_order &= k < n && nodes[k] == c;
        k++;
    }
    xmlNodePtr anchor = last_child_element(parent, name);
    anchor = anchor ? anchor->next : NULL;
    while (anchor && anchor->type != XML_ELEMENT_NODE)
        anchor = anchor->next;
    if (!in_order)
        for (size_t i = 0; i < n; i++)
            if (nodes[i]->parent == parent) {
                xmlNodePtr ws = nodes[i]->prev;
                if (ws && ws->type == XML_TEXT_NODE && xmlIsBlankNode(ws)) {
                    xmlUnlinkNode(ws);
                    xmlFreeNode(ws);
                }
                xmlUnlinkNode(nodes[i]);
            }
    for (size_t i = 0; i < n; i++) {
        if (nodes[i]->parent == parent)
            continue;
        if (i > 0 && nodes[i - 1]->parent == parent) {
            xmlNodePtr prev = nodes[i - 1];
            xmlAddNextSibling(prev, nodes[i]);
            if (prev->prev && prev->prev->type == XML_TEXT_NODE && xmlIsBlankNode(prev->prev))
                xmlAddPrevSibling(nodes[i], xmlNewText(prev->prev->content));
        } else if (anchor) {
            insert_before(anchor, nodes[i]);
        } else {
            xmlNodePtr first = NULL;
            for (size_t j = i + 1; j < n && !first; j++)
                if (nodes[j]->parent == parent)
                    first = nodes[j];
            if (first)
                insert_before(first, nodes[i]);
            else
                append_on_line(parent, nodes[i], depth);
        }
    }
}

static xmlNodePtr old_elements_match(xmlNodePtr node, xmlNodePtr *old, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (old[i] == node)
            return node;
    return NULL;
}

/* A trial from its rows (all with the same forsoeg_id), merged with the existing trial. */
static xmlNodePtr build_trial(Import *im, const Record **rows, size_t n_rows, xmlNodePtr existing)
{
    const Record *r = rows[0];
    const char *id = field(im, r, C_TRIAL);
    const char *title = field(im, r, C_TITLE);
    const char *round = field(im, r, C_ROUND);
    const char *codes_text = field(im, r, C_MUNICIPALITIES);
    int errors = im->errors;
    static const int per_trial[] = {C_TITLE, C_ROUND, C_MUNICIPALITIES};
    for (size_t i = 1; i < n_rows; i++)
        for (size_t k = 0; k < sizeof per_trial / sizeof per_trial[0]; k++)
            if (strcmp(field(im, rows[i], per_trial[k]), field(im, r, per_trial[k])) != 0)
                cell_error(im, rows[i], per_trial[k],
                           "differs from the first row of trial %s: a trial's title, round and "
                           "municipalities are the same on all its rows", id);
    if (!*title)
        cell_error(im, r, C_TITLE, "%sa trial needs its title", "");
    if (*round && !(strlen(round) == 1 && round[0] >= '1' && round[0] <= '3'))
        cell_error(im, r, C_ROUND, "\"%s\" is not a round (1, 2 or 3)", round);

    /* Municipalities by kommunekode; the network's current members are the default. */
    size_t n_codes;
    char **codes = split(codes_text, ',', &n_codes);
    const char *ids[128];
    size_t n_ids = 0;
    for (size_t i = 0; i < n_codes && n_ids < 128; i++) {
        xmlNodePtr m = find_by_attr(xmlDocGetRootElement(im->programme), "municipality", "code", codes[i]);
        xmlChar *mid = m ? xmlGetNoNsProp(m, (const xmlChar *)"id") : NULL;
        if (!m)
            cell_error(im, r, C_MUNICIPALITIES, "no municipality has the kommunekode \"%s\"", codes[i]);
        else if (!is_member(im->network, (const char *)mid))
            cell_error(im, r, C_MUNICIPALITIES, "municipality %s is not a member of the network", codes[i]);
        else
            ids[n_ids++] = (const char *)xmlDictLookup(im->programme->dict, mid, -1);
        xmlFree(mid);
    }
    split_free(codes, n_codes);
    const char *members[128];
    size_t n_members = current_members(im->network, members, 128);
    int default_members = n_ids == n_members;
    for (size_t i = 0; default_members && i < n_ids; i++)
        default_members = strcmp(ids[i], members[i]) == 0;

    xmlNodePtr *elements = calloc(n_rows, sizeof *elements);
    xmlNodePtr old_elements[256];
    size_t n_old = 0;
    for (xmlNodePtr e = xmltree_first(existing, "element"); e && n_old < 256;
         e = xmltree_next(e, "element"))
        old_elements[n_old++] = e;
    for (size_t i = 0; i < n_rows; i++) {
        const char *eid = field(im, rows[i], C_ELEMENT);
        xmlNodePtr match = NULL;
        if (*eid)
            match = find_by_attr(existing, "element", "id", eid);
        else if (i < n_old && !xmlHasProp(old_elements[i], (const xmlChar *)"id"))
            match = old_elements[i];
        elements[i] = build_element(im, rows[i], match, round);
    }
    if (im->errors > errors) {
        for (size_t i = 0; i < n_rows; i++)
            xmlFreeNode(elements[i]);
        free(elements);
        return NULL;
    }

    xmlNodePtr trial;
    if (existing) {
        trial = existing;
        xmlNodePtr old_title = xmltree_first(trial, "title");
        if (!same_title(old_title, title))
            xmlNodeSetContent(old_title, (const xmlChar *)title);
    } else {
        trial = xmlNewNode(NULL, (const xmlChar *)"trial");
        xmlNewProp(trial, (const xmlChar *)"id", (const xmlChar *)id);
        xmlNewTextChild(trial, NULL, (const xmlChar *)"title", (const xmlChar *)title);
    }
    if (*round)
        xmlSetProp(trial, (const xmlChar *)"round", (const xmlChar *)round);
    else
        xmlUnsetProp(trial, (const xmlChar *)"round");

    /* Participants: kept while they name the same municipalities, dropped for the default. */
    xmlNodePtr participants = xmltree_first(trial, "participants");
    int keep = participants != NULL && !default_members;
    size_t k = 0;
    for (xmlNodePtr ref = xmltree_first(participants, "municipality-ref"); keep && ref;
         ref = xmltree_next(ref, "municipality-ref"), k++)
        keep = k < n_ids && attr_equals(ref, "ref", ids[k]);
    keep = keep && k == n_ids;
    if (participants && !keep)
        remove_node(participants);
    if (!keep && !default_members) {
        participants = xmlNewNode(NULL, (const xmlChar *)"participants");
        for (size_t i = 0; i < n_ids; i++) {
            xmlNodePtr ref = xmlNewChild(participants, NULL, (const xmlChar *)"municipality-ref", NULL);
            xmlNewProp(ref, (const xmlChar *)"ref", (const xmlChar *)ids[i]);
        }
        xmlNodePtr first_element = xmltree_first(trial, "element");
        if (existing)
            indent(participants, 3);
        if (first_element)
            insert_before(first_element, participants);
        else
            xmlAddChild(trial, participants);
    }

    /* Elements: the spreadsheet's, in its order. */
    for (size_t i = 0; i < n_rows; i++)
        if (elements[i] != old_elements_match(elements[i], old_elements, n_old))
            indent(elements[i], 3);
    if (existing)
        arrange(trial, "element", elements, n_rows, 3);
    else
        for (size_t i = 0; i < n_rows; i++)
            xmlAddChild(trial, elements[i]);
    free(elements);
    if (!existing)
        indent(trial, 2);
    return trial;
}

int opendata_import_trials(const char *csv_path, const char *network_id, xmlDocPtr programme,
                           const char *network_file, const char *out_path)
{
    CsvData csv = {0};
    Import im = {.path = csv_path, .programme = programme};
    xmlDocPtr doc = NULL;
    const Record **rows = NULL;
    char **trial_ids = NULL;
    size_t n_trials = 0;
    xmlChar *bytes = NULL;
    int n_bytes = 0;
    int rc = -1;

    im.network = find_by_attr(xmlDocGetRootElement(programme), "network", "id", network_id);
    if (!im.network) {
        diag_environment("no network has the id \"%s\"", network_id);
        goto cleanup;
    }
    if (csv_read(csv_path, &csv) != 0)
        goto cleanup;
    if (csv.n == 0) {
        diag_error(csv_path, 1, 0, "the file is empty; it needs the header row of trials.csv");
        goto cleanup;
    }
    const Record *header = &csv.records[0];
    for (int c = 0; c < N_IMPORT_COLUMNS; c++) {
        im.col[c] = -1;
        for (size_t i = 0; i < header->n; i++)
            if (header->fields[i] && strcmp(header->fields[i], import_columns[c]) == 0)
                im.col[c] = (int)i;
        if (im.col[c] < 0 && c != C_NETWORK) {
            diag_error(csv_path, 1, 0, "no column \"%s\" (the columns are those of trials.csv)",
                       import_columns[c]);
            im.errors++;
        }
    }
    if (im.errors)
        goto cleanup;

    /* The network's rows, grouped by trial in the order trials first appear. */
    rows = calloc(csv.n, sizeof *rows);
    trial_ids = calloc(csv.n, sizeof *trial_ids);
    size_t n_rows = 0;
    for (size_t i = 1; i < csv.n; i++) {
        const Record *r = &csv.records[i];
        int empty = 1;
        for (size_t j = 0; j < r->n && empty; j++)
            empty = !r->fields[j] || !*r->fields[j];
        const char *network = field(&im, r, C_NETWORK);
        if (empty || (*network && strcmp(network, network_id) != 0))
            continue;
        const char *trial = field(&im, r, C_TRIAL);
        if (!is_slug(trial)) {
            cell_error(&im, r, C_TRIAL, "\"%s\" is not a trial id (lower-case letters, digits, hyphens)", trial);
            continue;
        }
        rows[n_rows++] = r;
        size_t t = 0;
        while (t < n_trials && strcmp(trial_ids[t], trial) != 0)
            t++;
        if (t == n_trials)
            trial_ids[n_trials++] = (char *)trial;
    }

    doc = load_document(network_file, 0);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root || !xmltree_is(root, "network") || !attr_equals(root, "id", network_id)) {
        if (doc)
            diag_error(network_file, 0, 0, "is not the file of network \"%s\"", network_id);
        goto cleanup;
    }
    xmlNodePtr old_trials = xmltree_first(root, "trials");
    xmlNodePtr *trials = calloc(n_trials ? n_trials : 1, sizeof *trials);
    const Record **group = calloc(n_rows ? n_rows : 1, sizeof *group);
    for (size_t t = 0; t < n_trials; t++) {
        size_t n_group = 0;
        for (size_t i = 0; i < n_rows; i++)
            if (strcmp(field(&im, rows[i], C_TRIAL), trial_ids[t]) == 0)
                group[n_group++] = rows[i];
        xmlNodePtr existing = find_by_attr(old_trials, "trial", "id", trial_ids[t]);
        trials[t] = build_trial(&im, group, n_group, existing);
    }
    free(group);
    if (im.errors) {
        for (size_t t = 0; t < n_trials; t++)
            if (trials[t] && !trials[t]->parent)
                xmlFreeNode(trials[t]);
        free(trials);
        goto cleanup;
    }
    if (n_trials == 0) {
        if (old_trials)
            remove_node(old_trials);
    } else if (old_trials) {
        arrange(old_trials, "trial", trials, n_trials, 2);
    } else {
        xmlNodePtr fresh = xmlNewNode(NULL, (const xmlChar *)"trials");
        for (size_t t = 0; t < n_trials; t++)
            append_on_line(fresh, trials[t], 2);
        xmlNodePtr rejections = xmltree_first(root, "rejections");
        if (rejections)
            insert_before(rejections, fresh);
        else
            append_on_line(root, fresh, 1);
    }
    free(trials);

    char *schema = home_path("schema/frisk.rng");
    int valid = schema && validate_document(doc, schema) == 0;
    free(schema);
    if (!valid)
        goto cleanup;
    xmlDocDumpMemoryEnc(doc, &bytes, &n_bytes, "UTF-8");
    if (!bytes)
        goto cleanup;
    if (out_path)
        rc = write_file_atomic(out_path, bytes, (size_t)n_bytes);
    else
        rc = fwrite(bytes, 1, (size_t)n_bytes, stdout) == (size_t)n_bytes && fflush(stdout) == 0 ? 0 : -1;
cleanup:
    xmlFree(bytes);
    xmlFreeDoc(doc);
    free(rows);
    free(trial_ids);
    csv_data_free(&csv);
    return rc;
}
