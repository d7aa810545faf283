/* pdf_read — reads the PDF cairo has just written, object by object, for pdf_finish.c (private to
 * src/typeset/).
 *
 * Takes: the bytes of a whole PDF with a classic cross-reference table (what cairo 1.16 writes;
 * no object streams, no incremental updates). Gives: where each object's bytes are, any object
 * parsed into values that remember their own bytes (so that what is not changed is copied as
 * it is), and a stream's data with FlateDecode undone (zlib).
 * Why not libqpdf: pdf_finish reads the catalog, the pages, their links and cairo's structure
 * tree, and copies every other object as it is; a library's object model of the whole file
 * (qpdf's) cost a quarter of the typesetter's time and memory that grew with the page count
 * (issue 17).
 */
#ifndef FRISK_PDF_READ_H
#define FRISK_PDF_READ_H

#include "arena.h"

#include <stddef.h>

typedef enum {
    PDF_NULL, PDF_BOOL, PDF_INT, PDF_REAL, PDF_REF, PDF_NAME, PDF_STRING, PDF_ARRAY, PDF_DICT
} PdfKind;

typedef struct PdfValue PdfValue;
struct PdfValue {
    PdfKind kind;
    size_t start, end;    /* its bytes in the file: [start, end) */
    long num;             /* PDF_INT: the number; PDF_REF: the object number */
    int n;                /* PDF_ARRAY: its items; PDF_DICT: its entries */
    PdfValue *items;      /* PDF_ARRAY: n values; PDF_DICT: 2n, each key (a name) then its value */
};

typedef struct {
    const unsigned char *s;
    size_t n;
    int size;             /* the trailer's /Size: object numbers are 0 .. size-1 */
    size_t *offset;       /* per object number: where "N G obj" begins; 0 for a free one */
    size_t *end;          /* per object number: where its bytes end (the next object or xref) */
    int *order;           /* the object numbers in use, in the order of their bytes */
    int n_order;
    size_t first_object;  /* where the body begins: the header is everything before */
    size_t xref_at;
    PdfValue trailer;
    FoArena *arena;       /* the parsed values */
    char error[160];      /* what was not as expected, and where: set when a call fails */
} PdfFile;

/* Reads the cross-reference table and trailer of s[0..n). 0, or -1 with f->error set. */
int pdf_file_open(PdfFile *f, const unsigned char *s, size_t n);
void pdf_file_close(PdfFile *f);

/* Object num parsed (the value after "num gen obj"; a stream's dictionary), or NULL with
 * f->error set. Parsed afresh on every call: each object is read once by its caller. */
const PdfValue *pdf_object(PdfFile *f, long num);

/* The value of key ("/Type") in dict, or NULL. A reference is not followed. */
const PdfValue *pdf_dict_get(const PdfFile *f, const PdfValue *dict, const char *key);
/* Whether v is the name ("/Link"). */
int pdf_is_name(const PdfFile *f, const PdfValue *v, const char *name);
/* v's integer: itself, or the object it refers to (an indirect /Length). -1 if neither. */
long pdf_int(PdfFile *f, const PdfValue *v);

/* The data of stream object num, decoded (FlateDecode or none) into a malloc'ed buffer (*data,
 * *len). 0, or -1 with f->error set. */
int pdf_stream_data(PdfFile *f, long num, unsigned char **data, size_t *len);
/* The object number of a stream's /Length when it is indirect (cairo writes it after the
 * stream), else 0. */
long pdf_stream_length_object(PdfFile *f, long num);

/* A text string (literal or hex; PDFDocEncoding taken as Latin-1, or UTF-16BE after its BOM) as
 * UTF-8, g_malloc'ed; NULL if v is no string. */
char *pdf_text(const PdfFile *f, const PdfValue *v);

#endif
