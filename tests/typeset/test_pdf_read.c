/* Unit tests of pdf_read (src/typeset/pdf_read.c): the reader pdf_finish uses on cairo's file.
 * A small PDF written here in the syntax cairo uses and in the corners ISO 32000-1 §7.3 allows
 * (strings with parentheses and escapes, hex and UTF-16 strings, ">>>>" without a space, an
 * indirect stream length, a compressed stream), and files cut short or wrong in their
 * cross-reference table, which must give an error with a place, never a crash. */
#include "typeset/pdf_read.h"

#include "harness.h"

#include <glib.h>
#include <stdlib.h>
#include <zlib.h>

/* A PDF of the given objects (object i+1 is objects[i]) with a correct xref and trailer. */
static GString *make_pdf(const char *const *objects, int n, const char *trailer_extra)
{
    GString *pdf = g_string_new("%PDF-1.5\n%\xb5\xed\xae\xfb\n");
    size_t *offsets = g_new0(size_t, (gsize)n + 1);
    for (int i = 0; i < n; i++) {
        offsets[i] = pdf->len;
        g_string_append_printf(pdf, "%d 0 obj\n", i + 1);
        g_string_append(pdf, objects[i]);
        g_string_append(pdf, "\nendobj\n");
    }
    size_t xref = pdf->len;
    g_string_append_printf(pdf, "xref\n0 %d\n0000000000 65535 f \n", n + 1);
    for (int i = 0; i < n; i++)
        g_string_append_printf(pdf, "%010zu 00000 n \n", offsets[i]);
    g_string_append_printf(pdf, "trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%zu\n%%%%EOF\n",
                           n + 1, trailer_extra, xref);
    g_free(offsets);
    return pdf;
}

static void test_values(void)
{
    const char *objects[] = {
        "<< /Type /Catalog /Pages 2 0 R /Odd (a (nested) \\) string\\n) /Hex <48656C6C6F>"
        " /Title <FEFF00E600F800E5> /Arr [ 1 -2 3.5 /N true null 4 0 R ] /Sub << /A << /B 1 >>>> >>",
        "<< /Type /Pages /Kids [ ] /Count 0 >>",
        "   42",
    };
    GString *pdf = make_pdf(objects, 3, "");
    PdfFile f;
    CHECK(pdf_file_open(&f, (const unsigned char *)pdf->str, pdf->len) == 0, "pdf_read: a well-formed file opens");
    CHECK(f.size == 4 && f.n_order == 3, "pdf_read: the xref gives 4 numbers, 3 in use");
    const PdfValue *cat = pdf_object(&f, 1);
    CHECK(cat && cat->kind == PDF_DICT && cat->n == 7, "pdf_read: the catalog is a dictionary of 7 entries");
    CHECK(pdf_is_name(&f, pdf_dict_get(&f, cat, "/Type"), "/Catalog"), "pdf_read: /Type is /Catalog");
    const PdfValue *pages = pdf_dict_get(&f, cat, "/Pages");
    CHECK(pages && pages->kind == PDF_REF && pages->num == 2, "pdf_read: \"2 0 R\" is a reference");
    char *odd = pdf_text(&f, pdf_dict_get(&f, cat, "/Odd"));
    CHECK_STR(odd, "a (nested) ) string\n", "pdf_read: a literal string with nesting and escapes");
    g_free(odd);
    char *hex = pdf_text(&f, pdf_dict_get(&f, cat, "/Hex"));
    CHECK_STR(hex, "Hello", "pdf_read: a hex string");
    g_free(hex);
    char *title = pdf_text(&f, pdf_dict_get(&f, cat, "/Title"));
    CHECK_STR(title, "æøå", "pdf_read: a UTF-16BE text string");
    g_free(title);
    const PdfValue *arr = pdf_dict_get(&f, cat, "/Arr");
    CHECK(arr && arr->kind == PDF_ARRAY && arr->n == 7, "pdf_read: an array of 7 items");
    CHECK(arr && arr->items[0].kind == PDF_INT && arr->items[1].num == -2 && arr->items[2].kind == PDF_REAL &&
              arr->items[4].kind == PDF_BOOL && arr->items[5].kind == PDF_NULL && arr->items[6].kind == PDF_REF,
          "pdf_read: integers, a negative one, a real, true, null and a reference");
    const PdfValue *sub = pdf_dict_get(&f, cat, "/Sub");
    const PdfValue *a = pdf_dict_get(&f, sub, "/A");
    CHECK(a && pdf_int(&f, pdf_dict_get(&f, a, "/B")) == 1, "pdf_read: \">>>>\" closes two dictionaries");
    CHECK(sub && memcmp(pdf->str + sub->start, "<< /A", 5) == 0 && pdf->str[sub->end - 1] == '>',
          "pdf_read: a value knows its own bytes");
    CHECK(pdf_object(&f, 3) && pdf_object(&f, 3)->num == 42, "pdf_read: an object that is a number");
    CHECK(pdf_object(&f, 7) == NULL && strstr(f.error, "object 7") != NULL,
          "pdf_read: a reference to a missing object is an error naming it");
    pdf_file_close(&f);
    g_string_free(pdf, TRUE);
}

static void test_streams(void)
{
    const char *content = "BT /F1 12 Tf (Hello) Tj ET\n";
    uLongf packed_len = compressBound(strlen(content));
    unsigned char *packed = malloc(packed_len);
    compress2(packed, &packed_len, (const unsigned char *)content, strlen(content), 6);
    GString *stream = g_string_new("<< /Length 3 0 R /Filter /FlateDecode >>\nstream\n");
    g_string_append_len(stream, (const char *)packed, (gssize)packed_len);
    g_string_append(stream, "\nendstream");
    char length[32];
    snprintf(length, sizeof length, "%lu", (unsigned long)packed_len);
    const char *objects[] = {"<< /Type /Catalog >>", stream->str, length,
                             "<< /Length 5 >>\nstream\nabcde\nendstream"};
    /* the stream holds binary bytes: build the file by hand so that they are kept */
    GString *pdf = g_string_new("%PDF-1.5\n");
    size_t offsets[4];
    for (int i = 0; i < 4; i++) {
        offsets[i] = pdf->len;
        g_string_append_printf(pdf, "%d 0 obj\n", i + 1);
        if (i == 1)
            g_string_append_len(pdf, stream->str, (gssize)stream->len);
        else
            g_string_append(pdf, objects[i]);
        g_string_append(pdf, "\nendobj\n");
    }
    size_t xref = pdf->len;
    g_string_append(pdf, "xref\n0 5\n0000000000 65535 f \n");
    for (int i = 0; i < 4; i++)
        g_string_append_printf(pdf, "%010zu 00000 n \n", offsets[i]);
    g_string_append_printf(pdf, "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n", xref);
    PdfFile f;
    CHECK(pdf_file_open(&f, (const unsigned char *)pdf->str, pdf->len) == 0, "pdf_read: a file with streams opens");
    unsigned char *data = NULL;
    size_t len = 0;
    CHECK(pdf_stream_data(&f, 2, &data, &len) == 0 && len == strlen(content) && memcmp(data, content, len) == 0,
          "pdf_read: a FlateDecode stream with an indirect /Length comes back as written");
    free(data);
    CHECK(pdf_stream_length_object(&f, 2) == 3, "pdf_read: the object holding a stream's /Length");
    CHECK(pdf_stream_data(&f, 4, &data, &len) == 0 && len == 5 && memcmp(data, "abcde", 5) == 0,
          "pdf_read: an uncompressed stream");
    free(data);
    CHECK(pdf_stream_data(&f, 1, &data, &len) != 0 && strstr(f.error, "no stream"),
          "pdf_read: a dictionary taken for a stream is an error");
    pdf_file_close(&f);
    g_string_free(pdf, TRUE);
    g_string_free(stream, TRUE);
    free(packed);
}

static void test_broken(void)
{
    const char *objects[] = {"<< /Type /Catalog /Broken (unterminated >>"};
    GString *pdf = make_pdf(objects, 1, "");
    PdfFile f;
    CHECK(pdf_file_open(&f, (const unsigned char *)pdf->str, pdf->len) == 0, "pdf_read: a file with a broken object opens");
    CHECK(pdf_object(&f, 1) == NULL && strstr(f.error, "unterminated") && strstr(f.error, "at byte"),
          "pdf_read: an unterminated string is an error with its byte");
    pdf_file_close(&f);
    /* every cut of the file is an error or a file, never a crash (ASan runs this too) */
    size_t startxref = (size_t)(strstr(pdf->str, "startxref") - pdf->str);
    int opened_early = 0, silent = 0;
    for (size_t cut = 0; cut < pdf->len; cut++) {
        if (pdf_file_open(&f, (const unsigned char *)pdf->str, cut) == 0)
            opened_early += cut < startxref + 12; /* before the xref's offset is whole */
        else
            silent += f.error[0] == 0;
        pdf_file_close(&f);
    }
    CHECK(opened_early == 0 && silent == 0, "pdf_read: a file cut short is refused with a reason");
    g_string_free(pdf, TRUE);
    /* an xref entry pointing past the body */
    GString *bad = make_pdf((const char *[]){"<< >>"}, 1, "");
    char *entry = strstr(bad->str, " 00000 n");
    memcpy(entry - 10, "0099999999", 10);
    CHECK(pdf_file_open(&f, (const unsigned char *)bad->str, bad->len) != 0 && strstr(f.error, "outside the body"),
          "pdf_read: an xref entry outside the body is refused");
    pdf_file_close(&f);
    g_string_free(bad, TRUE);
    /* cairo lists numbers it reserved and never wrote at another object's place: not objects */
    GString *reserved = make_pdf((const char *[]){"<< /Type /Catalog >>", "<< >>"}, 2, "");
    char *second = strstr(reserved->str, "0000000000 65535 f \n") + 20;
    memcpy(second + 20, second, 10); /* object 2's entry takes object 1's place */
    CHECK(pdf_file_open(&f, (const unsigned char *)reserved->str, reserved->len) == 0 &&
              f.offset[1] != 0 && f.offset[2] == 0 && f.n_order == 1,
          "pdf_read: an xref entry at another object's place is a number without an object");
    pdf_file_close(&f);
    g_string_free(reserved, TRUE);
}

int main(void)
{
    test_values();
    test_streams();
    test_broken();
    return harness_exit();
}
