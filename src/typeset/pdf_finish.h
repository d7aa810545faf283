/* pdf_finish — makes cairo's PDF a PDF/UA-1 and PDF/A-2a file: the one place that edits the
 * PDF after cairo wrote it (private to src/typeset/; render.c is its only caller).
 *
 * Takes: the bytes cairo 1.16 wrote (marked content with MCIDs, link annotations, cairo's own
 * structure tree) and what cairo cannot write: the document's language and metadata, the
 * logical structure (roles, alternative texts, languages, ids; typeset_struct.c) and, for each
 * tag render.c began, in the order it began them, the element whose content or link it holds.
 * Content render.c left outside any tag is an artifact (running heads, folios, rules, leaders,
 * backgrounds, borders, a table header repeated after a page break).
 * Gives: new PDF bytes with /MarkInfo, /Lang, /ViewerPreferences /DisplayDocTitle, XMP
 * (dc:title, pdfaid part 2 conformance A, pdfuaid part 1), an sRGB output intent (the ICC
 * profile of Debian's icc-profiles-free, built in), the structure tree rebuilt from the logical
 * structure (/RoleMap, /Alt, /Lang, /ID, /Scope; each element's marked content in painting
 * order), everything outside marked content marked /Artifact, link annotations in Link elements
 * with /Contents and /StructParent, /Tabs /S, and a trailer /ID computed from the content (the
 * MD5 of the bytes before it), so the same input still gives the same bytes.
 *
 * Why a pass over the finished file: cairo 1.16 (Debian 12) writes structure tags and links
 * but no /Lang, artifacts, attributes, /Alt, XMP or output intent. The pass copies cairo's
 * objects byte for byte and writes only the objects it changes or adds (pdf_read.c reads the
 * few it needs): a library's object model of the whole file (libqpdf, until issue 17) cost a
 * quarter of the typesetter's time and memory that grew with the page count.
 */
#ifndef FRISK_PDF_FINISH_H
#define FRISK_PDF_FINISH_H

#include <stddef.h>

enum {
    FINISH_SCOPE_COLUMN = 1, /* TH heading its column (a table-header's cell): /Scope /Column */
    FINISH_SCOPE_ROW = 2,    /* TH heading its row: /Scope /Row */
    FINISH_IN_HEADER = 4,    /* inside a table-header: for render.c, which marks the header
                                painted again after a page break as an artifact */
};

/* An element of the logical structure (the typesetter builds them from the FO tree). */
typedef struct {
    int parent;           /* index of the parent element; -1 for the root (the Document) */
    const char *role;     /* structure type written: standard, or custom (RoleMap role -> std) */
    const char *std;      /* the standard type role stands for */
    const char *alt;      /* /Alt, or NULL */
    const char *lang;     /* /Lang where it differs from its parent's, or NULL */
    const char *id;       /* /ID (a footnote's Note), or NULL */
    unsigned flags;       /* FINISH_* */
    long line;            /* robust: the FO object's line and start tag ("fo:block"), so that */
    const char *tag;      /* a failure of the PDF writer names it (render.c); 0/NULL: none */
    int ref;              /* a footnote call's Reference: its Note's index + 1 (/Ref), or 0 */
} FinishNode;

/* One tag render.c began with cairo, in the order it began them (cairo's structure tree holds
 * them in this order, each with its marked content or its link annotation). */
typedef struct {
    int node;             /* the FinishNode whose content this is */
    const char *link;     /* NULL for content; for a link (cairo's Link element with its
                             annotation), the link's text: the annotation's /Contents */
} FinishTag;

typedef struct {
    const char *title, *author, *subject, *keywords;
    const char *date;     /* ISO 8601 UTC (YYYY-MM-DDTHH:MM:SSZ), as cairo got it */
    const char *lang;     /* the document's language (BCP 47), or NULL */
    int tagged;           /* 0: the tags were left out on request; only metadata is added */
    const FinishNode *nodes; /* the logical structure, parents before children */
    int n_nodes;
    const FinishTag *tags;
    int n_tags;
    long line, col;       /* robust: where a failure of the whole document is reported (fo:root) */
} PdfFinish;

/* Rewrites the PDF in[0..in_len) as the header says into *out (malloc'ed, caller frees).
 * file names the document in diagnostics. Returns 0, or -1 after a diag message. */
int pdf_finish(const unsigned char *in, size_t in_len, const PdfFinish *finish, const char *file,
               unsigned char **out, size_t *out_len);

#endif
