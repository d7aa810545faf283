/* pdf_finish — makes cairo's PDF a PDF/UA-1 and PDF/A-2a file: the one place that edits the
 * PDF after cairo wrote it (private to src/typeset/; render.c is its only caller).
 *
 * Takes: the bytes cairo 1.16 wrote (its structure tree, marked content with MCIDs, links) and
 * what cairo cannot write: the document's language and metadata, and for each structure tag
 * render.c began, in the order it began them, the role, alternative text, language, id and
 * flags that tag stands for. Gives: new PDF bytes with /MarkInfo, /Lang, /ViewerPreferences
 * /DisplayDocTitle, XMP metadata (dc:title, pdfaid part 2 conformance A, pdfuaid part 1), an sRGB
 * output intent (the ICC profile of Debian's icc-profiles-free, built in), the structure tree
 * completed (roles, /Alt, /Lang, /ID, /Scope, L around LI, THead/TBody, artifacts taken out of
 * the tree and their content marked /Artifact, content outside any tag marked /Artifact, link
 * annotations with /Contents and /StructParent, /Tabs /S) and a trailer /ID computed from the
 * content (qpdf's deterministic ID), so the same input still gives the same bytes.
 *
 * Why a pass over the finished file: cairo 1.16 (Debian 12) writes structure tags and links
 * but no /Lang, artifacts, attributes, /Alt, XMP or output intent; libqpdf (qpdf-c.h) reads
 * and writes the object tree so that none of it is written by hand.
 */
#ifndef FRISK_PDF_FINISH_H
#define FRISK_PDF_FINISH_H

#include <stddef.h>

enum {
    FINISH_ARTIFACT = 1,   /* not content: taken out of the tree, its content marked /Artifact */
    FINISH_CONTINUES = 2,  /* goes on the element of the same role before it (a table, a
                              paragraph or a row cut by a page break): merged into it */
    FINISH_HEADER_ROW = 4, /* TR of a table-header: goes into THead, its cells are TH */
    FINISH_ROW_HEADER = 8, /* TH that heads its row (/Scope /Row) */
};

/* What one structure tag render.c began stands for. */
typedef struct {
    const char *role;     /* structure type written (standard, or custom: RoleMap to std) */
    const char *std;      /* the standard type cairo was given (role maps to it) */
    const char *alt;      /* /Alt, or NULL */
    const char *lang;     /* /Lang, or NULL */
    const char *id;       /* /ID (a footnote's Note), or NULL */
    const char *contents; /* a Link: the text of the link, for the annotation's /Contents */
    unsigned flags;       /* FINISH_* */
} FinishTag;

typedef struct {
    const char *title, *author, *subject, *keywords;
    const char *date;     /* ISO 8601 UTC (YYYY-MM-DDTHH:MM:SSZ), as cairo got it */
    const char *lang;     /* the document's language (BCP 47), or NULL */
    int tagged;           /* 0: the tags were left out on request; only metadata is added */
    const FinishTag *tags;
    int n_tags;
} PdfFinish;

/* Rewrites the PDF in[0..in_len) as the header says into *out (malloc'ed, caller frees).
 * file names the document in diagnostics. Returns 0, or -1 after a diag message. */
int pdf_finish(const unsigned char *in, size_t in_len, const PdfFinish *finish, const char *file,
               unsigned char **out, size_t *out_len);

#endif
