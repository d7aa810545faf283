/* pdf_read — the objects of the PDF cairo wrote, for pdf_finish.c (the contract is in
 * pdf_read.h). Takes the file's bytes; gives each object's place and its values parsed as
 * ISO 32000-1 §7.3 writes them, and streams inflated with zlib. Reads only what it is asked
 * for, so that the cost is that of the few objects pdf_finish changes, not of the whole file.
 */
#include "pdf_read.h"

#include "shared/diag.h"

#include <glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* nesting deeper than this is no file cairo writes (and would exhaust the stack) */
#define PDF_MAX_DEPTH 64

static int fail(PdfFile *f, size_t at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char what[120];
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    snprintf(f->error, sizeof f->error, "%s at byte %zu", what, at);
    return -1;
}

static int is_white(unsigned char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
}

static int is_delimiter(unsigned char c) { return strchr("()<>[]{}/%", c) != NULL; }

static size_t skip_white(const PdfFile *f, size_t i)
{
    while (i < f->n) {
        if (is_white(f->s[i])) {
            i++;
        } else if (f->s[i] == '%') {
            while (i < f->n && f->s[i] != '\n' && f->s[i] != '\r')
                i++;
        } else {
            break;
        }
    }
    return i;
}

/* A non-negative integer at *i (advanced past it), or -1. */
static long read_uint(const PdfFile *f, size_t *i)
{
    size_t j = *i;
    long v = 0;
    while (j < f->n && f->s[j] >= '0' && f->s[j] <= '9' && v < 100000000000L)
        v = v * 10 + (f->s[j++] - '0');
    if (j == *i)
        return -1;
    *i = j;
    return v;
}

static int has_word(const PdfFile *f, size_t i, const char *word)
{
    size_t len = strlen(word);
    return i + len <= f->n && memcmp(f->s + i, word, len) == 0 &&
           (i + len == f->n || is_white(f->s[i + len]) || is_delimiter(f->s[i + len]));
}

static int parse_value(PdfFile *f, size_t *i, PdfValue *v, int depth);

/* The items of an array or dictionary up to the closing bracket (close: "]" or ">>"). */
static int parse_items(PdfFile *f, size_t *i, PdfValue *v, const char *close, int depth)
{
    GArray *items = g_array_new(FALSE, FALSE, sizeof(PdfValue));
    size_t close_len = strlen(close);
    int rc = 0;
    for (;;) {
        *i = skip_white(f, *i);
        if (*i >= f->n) {
            rc = fail(f, *i, "unterminated %s", v->kind == PDF_DICT ? "dictionary" : "array");
            break;
        }
        if (*i + close_len <= f->n && memcmp(f->s + *i, close, close_len) == 0) {
            *i += close_len;
            break;
        }
        PdfValue item;
        if (parse_value(f, i, &item, depth + 1) != 0) {
            rc = -1;
            break;
        }
        if (v->kind == PDF_DICT && items->len % 2 == 0 && item.kind != PDF_NAME) {
            rc = fail(f, item.start, "a dictionary key that is no name");
            break;
        }
        g_array_append_val(items, item);
    }
    if (rc == 0 && v->kind == PDF_DICT && items->len % 2 != 0)
        rc = fail(f, *i, "a dictionary key without a value");
    if (rc == 0) {
        v->n = v->kind == PDF_DICT ? (int)items->len / 2 : (int)items->len;
        v->items = fo_arena_alloc(f->arena, items->len * sizeof(PdfValue) + 1);
        memcpy(v->items, items->data, items->len * sizeof(PdfValue));
    }
    g_array_free(items, TRUE);
    return rc;
}

static int parse_value(PdfFile *f, size_t *i, PdfValue *v, int depth)
{
    memset(v, 0, sizeof *v);
    *i = skip_white(f, *i);
    v->start = *i;
    if (depth > PDF_MAX_DEPTH)
        return fail(f, *i, "objects nested too deeply");
    if (*i >= f->n)
        return fail(f, *i, "a value missing");
    const unsigned char *s = f->s;
    unsigned char c = s[*i];
    if (c == '<' && *i + 1 < f->n && s[*i + 1] == '<') {
        v->kind = PDF_DICT;
        *i += 2;
        if (parse_items(f, i, v, ">>", depth) != 0)
            return -1;
    } else if (c == '[') {
        v->kind = PDF_ARRAY;
        (*i)++;
        if (parse_items(f, i, v, "]", depth) != 0)
            return -1;
    } else if (c == '(') {
        v->kind = PDF_STRING;
        int open = 0;
        for (; *i < f->n; (*i)++) {
            if (s[*i] == '\\')
                (*i)++;
            else if (s[*i] == '(')
                open++;
            else if (s[*i] == ')' && --open == 0)
                break;
        }
        if (*i >= f->n)
            return fail(f, v->start, "unterminated string");
        (*i)++;
    } else if (c == '<') {
        v->kind = PDF_STRING;
        while (*i < f->n && s[*i] != '>')
            (*i)++;
        if (*i >= f->n)
            return fail(f, v->start, "unterminated hex string");
        (*i)++;
    } else if (c == '/') {
        v->kind = PDF_NAME;
        (*i)++;
        while (*i < f->n && !is_white(s[*i]) && !is_delimiter(s[*i]))
            (*i)++;
    } else if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
        size_t j = *i;
        int negative = c == '-';
        if (c == '-' || c == '+')
            j++;
        long whole = read_uint(f, &j);
        v->kind = PDF_INT;
        if (j < f->n && s[j] == '.') {
            v->kind = PDF_REAL;
            j++;
            read_uint(f, &j);
        } else if (whole < 0) {
            return fail(f, *i, "a number missing its digits");
        }
        v->num = negative ? -whole : whole;
        *i = j;
        /* "N G R": a reference */
        if (v->kind == PDF_INT && !negative && c != '+') {
            size_t k = skip_white(f, j);
            long gen = read_uint(f, &k);
            if (gen >= 0) {
                k = skip_white(f, k);
                if (k < f->n && s[k] == 'R' && has_word(f, k, "R")) {
                    v->kind = PDF_REF;
                    *i = k + 1;
                }
            }
        }
    } else if (has_word(f, *i, "true") || has_word(f, *i, "false")) {
        v->kind = PDF_BOOL;
        *i += s[*i] == 't' ? 4 : 5;
    } else if (has_word(f, *i, "null")) {
        v->kind = PDF_NULL;
        *i += 4;
    } else {
        return fail(f, *i, "an unexpected '%c'", c);
    }
    v->end = *i;
    return 0;
}

/* ---- the cross-reference table ---------------------------------------------------------- */

static int cmp_offset(const void *a, const void *b, void *offsets)
{
    const size_t *off = offsets;
    size_t x = off[*(const int *)a], y = off[*(const int *)b];
    return (x > y) - (x < y);
}

int pdf_file_open(PdfFile *f, const unsigned char *s, size_t n)
{
    memset(f, 0, sizeof *f);
    f->s = s;
    f->n = n;
    f->arena = fo_arena_new();
    /* "startxref N %%EOF" within the last bytes */
    size_t tail = n > 64 ? n - 64 : 0;
    size_t at = 0;
    for (size_t i = n; i-- > tail;)
        if (i + 9 <= n && memcmp(s + i, "startxref", 9) == 0) {
            at = i + 9;
            break;
        }
    if (!at)
        return fail(f, n, "no startxref");
    at = skip_white(f, at);
    long xref = read_uint(f, &at);
    if (xref <= 0 || (size_t)xref >= n || !has_word(f, (size_t)xref, "xref"))
        return fail(f, at, "no cross-reference table where startxref points");
    f->xref_at = (size_t)xref;
    size_t i = skip_white(f, f->xref_at + 4);
    long first = read_uint(f, &i);
    i = skip_white(f, i);
    long count = read_uint(f, &i);
    if (first != 0 || count <= 0 || count > 100000000)
        return fail(f, i, "a cross-reference table of other than one section from object 0");
    f->size = (int)count;
    f->offset = calloc((size_t)count, sizeof *f->offset);
    f->end = calloc((size_t)count, sizeof *f->end);
    FRISK_ASSERT(f->offset != NULL && f->end != NULL);
    i = skip_white(f, i);
    for (long k = 0; k < count; k++, i += 20) {
        if (i + 20 > n || (s[i + 17] != 'n' && s[i + 17] != 'f'))
            return fail(f, i, "a cross-reference entry of other than 20 bytes");
        size_t j = i;
        long offset = read_uint(f, &j);
        if (s[i + 17] == 'n') {
            if (offset <= 0 || (size_t)offset >= f->xref_at)
                return fail(f, i, "object %ld outside the body", k);
            /* cairo lists numbers it reserved and never wrote at some other object's place:
             * only an entry whose place begins with its own number names an object */
            size_t at = (size_t)offset;
            if (read_uint(f, &at) == k)
                f->offset[k] = (size_t)offset;
        }
    }
    i = skip_white(f, i);
    if (!has_word(f, i, "trailer"))
        return fail(f, i, "no trailer after the cross-reference table");
    i += 7;
    if (parse_value(f, &i, &f->trailer, 0) != 0)
        return -1;
    if (f->trailer.kind != PDF_DICT)
        return fail(f, f->trailer.start, "a trailer that is no dictionary");

    /* each object runs to the next one in the file (cairo writes them one after another) */
    GArray *order = g_array_new(FALSE, FALSE, sizeof(int));
    for (int k = 0; k < f->size; k++)
        if (f->offset[k])
            g_array_append_val(order, k);
    g_array_sort_with_data(order, cmp_offset, f->offset);
    for (guint k = 0; k < order->len; k++) {
        int obj = g_array_index(order, int, k);
        f->end[obj] = k + 1 < order->len ? f->offset[g_array_index(order, int, k + 1)] : f->xref_at;
    }
    f->first_object = order->len ? f->offset[g_array_index(order, int, 0)] : f->xref_at;
    f->n_order = (int)order->len;
    f->order = (int *)g_array_free(order, FALSE);
    return 0;
}

void pdf_file_close(PdfFile *f)
{
    free(f->offset);
    free(f->end);
    g_free(f->order);
    f->order = NULL;
    if (f->arena)
        fo_arena_free(f->arena);
    f->offset = f->end = NULL;
    f->arena = NULL;
}

/* ---- objects ------------------------------------------------------------------------------ */

/* Where object num's value begins (past "num gen obj"), or 0 with f->error set. */
static size_t object_body(PdfFile *f, long num)
{
    if (num <= 0 || num >= f->size || !f->offset[num]) {
        fail(f, f->xref_at, "a reference to object %ld, which the file does not have", num);
        return 0;
    }
    size_t i = f->offset[num];
    long got = read_uint(f, &i);
    i = skip_white(f, i);
    long gen = read_uint(f, &i);
    i = skip_white(f, i);
    if (got != num || gen < 0 || !has_word(f, i, "obj")) {
        fail(f, f->offset[num], "no object %ld where the cross-reference table points", num);
        return 0;
    }
    return i + 3;
}

const PdfValue *pdf_object(PdfFile *f, long num)
{
    size_t i = object_body(f, num);
    if (!i)
        return NULL;
    PdfValue *v = fo_arena_alloc(f->arena, sizeof *v);
    if (parse_value(f, &i, v, 0) != 0)
        return NULL;
    return v;
}

static int name_is(const PdfFile *f, const PdfValue *v, const char *name)
{
    size_t len = strlen(name);
    return v->kind == PDF_NAME && v->end - v->start == len && memcmp(f->s + v->start, name, len) == 0;
}

const PdfValue *pdf_dict_get(const PdfFile *f, const PdfValue *dict, const char *key)
{
    if (!dict || dict->kind != PDF_DICT)
        return NULL;
    for (int k = 0; k < dict->n; k++)
        if (name_is(f, &dict->items[2 * k], key))
            return &dict->items[2 * k + 1];
    return NULL;
}

int pdf_is_name(const PdfFile *f, const PdfValue *v, const char *name)
{
    return v && name_is(f, v, name);
}

long pdf_int(PdfFile *f, const PdfValue *v)
{
    if (v && v->kind == PDF_REF)
        v = pdf_object(f, v->num);
    return v && v->kind == PDF_INT ? v->num : -1;
}

/* ---- streams ------------------------------------------------------------------------------ */

long pdf_stream_length_object(PdfFile *f, long num)
{
    const PdfValue *dict = pdf_object(f, num);
    const PdfValue *length = pdf_dict_get(f, dict, "/Length");
    return length && length->kind == PDF_REF ? length->num : 0;
}

static int inflate_all(PdfFile *f, const unsigned char *in, size_t in_len, size_t at,
                       unsigned char **data, size_t *len)
{
    z_stream z = {0};
    if (inflateInit(&z) != Z_OK)
        return fail(f, at, "zlib cannot start");
    size_t cap = in_len * 4 + 1024, used = 0;
    unsigned char *out = malloc(cap);
    FRISK_ASSERT(out != NULL);
    z.next_in = (unsigned char *)in;
    z.avail_in = (uInt)in_len;
    int zrc;
    do {
        if (used == cap) {
            cap *= 2;
            out = realloc(out, cap);
            FRISK_ASSERT(out != NULL);
        }
        z.next_out = out + used;
        z.avail_out = (uInt)(cap - used);
        zrc = inflate(&z, Z_NO_FLUSH);
        used = cap - z.avail_out;
    } while (zrc == Z_OK);
    inflateEnd(&z);
    if (zrc != Z_STREAM_END) {
        free(out);
        return fail(f, at, "a compressed stream zlib cannot read");
    }
    *data = out;
    *len = used;
    return 0;
}

int pdf_stream_data(PdfFile *f, long num, unsigned char **data, size_t *len)
{
    *data = NULL;
    *len = 0;
    size_t i = object_body(f, num);
    if (!i)
        return -1;
    PdfValue dict;
    if (parse_value(f, &i, &dict, 0) != 0)
        return -1;
    if (dict.kind != PDF_DICT)
        return fail(f, dict.start, "object %ld is no stream", num);
    i = skip_white(f, i);
    if (!has_word(f, i, "stream"))
        return fail(f, i, "object %ld is no stream", num);
    i += 6;
    if (i < f->n && f->s[i] == '\r')
        i++;
    if (i < f->n && f->s[i] == '\n')
        i++;
    long length = pdf_int(f, pdf_dict_get(f, &dict, "/Length"));
    if (length < 0 || i + (size_t)length > f->end[num])
        return fail(f, i, "stream %ld without a /Length within it", num);
    const PdfValue *filter = pdf_dict_get(f, &dict, "/Filter");
    if (filter && filter->kind == PDF_ARRAY && filter->n == 1)
        filter = &filter->items[0];
    if (!filter) {
        *data = malloc((size_t)length + 1);
        FRISK_ASSERT(*data != NULL);
        memcpy(*data, f->s + i, (size_t)length);
        *len = (size_t)length;
        return 0;
    }
    if (!pdf_is_name(f, filter, "/FlateDecode") || pdf_dict_get(f, &dict, "/DecodeParms"))
        return fail(f, filter->start, "stream %ld with a filter other than FlateDecode", num);
    return inflate_all(f, f->s + i, (size_t)length, i, data, len);
}

/* ---- strings ------------------------------------------------------------------------------ */

/* The bytes a string stands for (§7.3.4: escapes, octal codes, line continuations). */
static GByteArray *string_bytes(const PdfFile *f, const PdfValue *v)
{
    GByteArray *b = g_byte_array_new();
    const unsigned char *s = f->s;
    if (s[v->start] == '<') {
        int high = -1;
        for (size_t i = v->start + 1; i + 1 < v->end; i++) {
            int d = g_ascii_xdigit_value((gchar)s[i]);
            if (d < 0)
                continue;
            if (high < 0) {
                high = d;
            } else {
                guint8 byte = (guint8)(high * 16 + d);
                g_byte_array_append(b, &byte, 1);
                high = -1;
            }
        }
        if (high >= 0) {
            guint8 byte = (guint8)(high * 16);
            g_byte_array_append(b, &byte, 1);
        }
        return b;
    }
    for (size_t i = v->start + 1; i + 1 < v->end; i++) {
        guint8 c = s[i];
        if (c == '\\' && i + 2 < v->end) {
            c = s[++i];
            static const char escapes[] = "n\nr\rt\tb\bf\f";
            const char *e = c ? strchr(escapes, c) : NULL;
            if (c >= '0' && c <= '7') {
                int code = 0;
                for (int k = 0; k < 3 && i + 1 < v->end && s[i] >= '0' && s[i] <= '7'; k++)
                    code = code * 8 + (s[i++] - '0');
                i--;
                c = (guint8)code;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 2 < v->end && s[i + 1] == '\n')
                    i++;
                continue;
            } else if (e && (e - escapes) % 2 == 0) {
                c = (guint8)e[1];
            }
        }
        g_byte_array_append(b, &c, 1);
    }
    return b;
}

char *pdf_text(const PdfFile *f, const PdfValue *v)
{
    if (!v || v->kind != PDF_STRING)
        return NULL;
    GByteArray *b = string_bytes(f, v);
    char *text;
    if (b->len >= 2 && b->data[0] == 0xfe && b->data[1] == 0xff) {
        gunichar2 *units = g_new(gunichar2, b->len / 2);
        for (guint i = 2; i + 1 < b->len; i += 2)
            units[i / 2 - 1] = (gunichar2)(b->data[i] << 8 | b->data[i + 1]);
        text = g_utf16_to_utf8(units, (glong)(b->len / 2 - 1), NULL, NULL, NULL);
        g_free(units);
    } else {
        text = g_convert((const char *)b->data, (gssize)b->len, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
    }
    g_byte_array_free(b, TRUE);
    return text;
}
