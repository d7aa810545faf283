/* typeset_int — the typesetter's internal side (as sqlite's btreeInt.h): shaped text, the
 * galley, and the area tree that render.c paints. Not for other stages.
 *
 * Three lifetimes: the FO tree (fo.h) lives during typeset_document only; the galley is rebuilt
 * on each pass in a per-pass arena; shaped text and the area tree live in the Layout's arena
 * and are freed by layout_free, with the pango layouts, images and diagrams they reference.
 */
#ifndef FRISK_TYPESET_INT_H
#define FRISK_TYPESET_INT_H

#include "fo.h"
#include "image.h"
#include "pdf_finish.h"
#include "shared/diagram.h"

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#define TYPESET_MAX_PASSES 5

/* The public header's opaque type (typeset.h), defined below; the files that implement the
 * public functions include typeset.h themselves, so this header sits below it. */
typedef struct Layout Layout;

/* ---- the area tree ---------------------------------------------------------------------- */

typedef enum {
    OP_TEXT,      /* a line of a paragraph: x, y = start of its baseline */
    OP_RECT,      /* filled rectangle: x, y, w, h, rgb */
    OP_DOTS,      /* a row of h x h squares from x, y, one each width, as far as x + w fits */
    OP_STROKE,    /* a line from (x, y) to (x + w, y + h): width, rgb, style */
    OP_IMAGE,     /* external graphic: its viewport x, y, w, h; the graphic's mark says the rest */
    OP_DIAGRAM,   /* diagram painted at x, y */
    OP_LINK,      /* link area x, y, w, h to str (dest name, or URI when external) */
    OP_DEST,      /* destination str at x, y */
    OP_TAG_BEGIN, /* structure tag str */
    OP_TAG_END,
} OpKind;

typedef struct {
    OpKind kind;
    int external;     /* OP_LINK: str is a URI */
    FoKeyword style;  /* OP_STROKE: solid, dotted, dashed, double */
    int line;         /* OP_TEXT: the line of text */
    double x, y, w, h;
    double width;     /* OP_STROKE line width; OP_DOTS pitch */
    uint32_t rgb;
    union {           /* a page holds thousands of ops: one pointer, by kind */
        const struct TextBlock *text; /* OP_TEXT: the paragraph */
        const struct InlineMark *graphic; /* OP_IMAGE: image, content size and offset */
        const Diagram *diagram;
        const char *str;
    };
} DrawOp;

typedef struct {
    double width, height;
    const char *label; /* the page number as printed */
    DrawOp *ops;
    int n_ops, cap_ops;
} Page;

typedef struct {
    const char *title;
    const char *dest; /* internal destination, or NULL */
    const char *uri;  /* external destination, or NULL */
    int parent;       /* index of the parent bookmark, -1 at top level */
    int open;
} Bookmark;

struct Layout {
    FoArena *arena;
    Page *pages;
    int n_pages, cap_pages;
    Bookmark *bookmarks;
    int n_bookmarks;
    const char *title, *author, *subject, *keywords, *creation_date, *file;
    const char *lang;             /* the document's language (BCP 47: "da-DK"), or NULL */
    int untagged;                 /* layout_set_tagged(layout, 0): no structure tags */
    FinishNode *structs;          /* the logical structure (typeset_struct.c); [0] the Document */
    int n_structs;
    GHashTable *struct_of;        /* TextBlock*, image surface or Diagram* -> its element's
                                     index + 1; absent: an artifact (static content) */
    GHashTable *fonts;            /* PangoFont* -> FontInfo* (typeset_lines.c) */
    GHashTable *words;            /* shaped words, for the whole document (typeset_lines.c) */
    ImageCache *images;           /* each distinct image once (image.h) */
    GPtrArray *diagrams;          /* Diagram* */
};

/* Appends an op to a page (the op is copied). */
DrawOp *layout_add_op(Layout *layout, Page *page, const DrawOp *op);

/* ---- shaped text ------------------------------------------------------------------------ */

typedef enum { INL_ANCHOR, INL_LINK, INL_FOOTNOTE, INL_LEADER, INL_IMAGE, INL_DIAGRAM,
               INL_CITATION,
               INL_CONTAINER /* values (issue 20): an fo:inline-container's blocks */ } InlineKind;

/* Something at a byte range of a paragraph that the page builder or painter must know. */
typedef struct InlineMark {
    struct InlineMark *next;
    InlineKind kind;
    int start, end;         /* byte range in the layout text */
    const char *name;       /* anchor id, link target, citation key */
    int external;           /* INL_LINK */
    FoNode *node;           /* INL_FOOTNOTE: the footnote-body; INL_LEADER: the leader;
                             * INL_IMAGE: the external-graphic */
    FoKeyword pattern;      /* INL_LEADER */
    double thickness;       /* INL_LEADER rule thickness */
    int fixed;              /* INL_LEADER: leader-length given, so it does not stretch */
    uint32_t rgb;           /* INL_LEADER colour */
    double w, h;            /* INL_IMAGE viewport/INL_DIAGRAM size; INL_LEADER width */
    const Image *image;     /* INL_IMAGE (owned by the Layout's image cache) */
    double content_x, content_y, content_w, content_h; /* INL_IMAGE: the image in its viewport */
    Diagram *diagram;       /* INL_DIAGRAM (owned by the Layout) */
    struct TextBlock **blocks; /* INL_CONTAINER: its blocks' paragraphs, top to bottom */
    int n_blocks;
    double descent;         /* INL_CONTAINER, INL_IMAGE, INL_DIAGRAM: how far it reaches below
                             * the baseline (alignment-baseline, vertical-align) */
} InlineMark;

typedef struct {
    int el0, el1;                 /* its elements (typeset_lines.c) */
    int hyphen;                   /* broken at a hyphenation point: a hyphen ends it */
    int hyphen_end;               /* ends in a hyphen, set or the text's own ("børne-"), and the
                                   * word goes on in the next line */
    double top, height, baseline; /* within the paragraph; baseline from the line's top */
    double x;                     /* offset of the line's start from the content edge */
    double width;                 /* as set (justified, leaders filled) */
    int start, length;            /* bytes */
} TextLine;

typedef struct LineEl LineEl;       /* a box, glue or penalty of a paragraph */
typedef struct TextStyle TextStyle; /* font, colour and decoration of a run of text */

typedef struct TextBlock {
    FoNode *owner;        /* the block (or other holder) of the text, to locate diagnostics */
    char *text;           /* the paragraph's text, with the dictionary's soft hyphens */
    double width;         /* the width it was set at */
    TextLine *lines;
    int n_lines;
    InlineMark *marks;
    int has_dynamic;      /* holds page-number citations */
    LineEl *els;
    int n_els;
    TextStyle *styles;
    int n_styles;
} TextBlock;

typedef struct TypesetContext TypesetContext;

/* How a paragraph is set (typeset_text.c asks typeset_lines.c). */
typedef struct {
    double width;         /* the measure */
    double indent;        /* text-indent of the first line (negative: it starts further out) */
    FoKeyword align, align_last; /* K_START, K_END, K_CENTER or K_JUSTIFY */
    PangoFontDescription *base_font; /* the owner's font and line height, for a paragraph */
    double line_height;              /* without text (only anchors); base_font NULL otherwise */
    int ladder_limit;     /* most hyphenated line ends in a row (hyphenation-ladder-count); 0: any */
    int no_wrap;          /* wrap-option="no-wrap": a line too long runs over, as in FOP */
} LineSpec;

/* Breaks tb->text, styled by attrs (pango attributes: fonts, colours, line heights, shapes
 * for objects and leaders), into tb->lines. Leaders' InlineMarks get their set width. */
void lines_set(TypesetContext *ctx, TextBlock *tb, PangoAttrList *attrs, const LineSpec *spec);
/* x of byte index of tb->text within line l, from the line's start. */
double text_line_x(const TextBlock *tb, const TextLine *l, int index);
/* Paints line l of tb with the start of its baseline at (x, y). */
void text_line_paint(cairo_t *cr, const TextBlock *tb, int line, double x, double y);
/* Frees the caches of lines_set kept in the layout. */
void lines_free_caches(Layout *layout);

/* Where an id landed in the previous pass: the printed numbers of its first and last page. */
typedef struct {
    int first_page, last_page;
} IdPlace;

/* What the galley builder needs while shaping: the tree, the pango context, the ids placed by
 * the previous pass (for citation text) and, while setting static content, the current page. */
typedef struct TypesetContext {
    FoTree *tree;
    Layout *layout;
    PangoContext *pango;
    FoArena *pass_arena;       /* galley items of the current pass */
    GPtrArray *pass_blocks;    /* heap blocks freed with the pass: galleys' item arrays */
    GHashTable *ids;           /* id -> IdPlace*, from the previous pass (or NULL) */
    GHashTable *id_nodes;      /* id -> FoNode*, every id in the flows */
    int errors;
    int in_static;             /* shaping static content for one page */
    int page_number;           /* the page static content is set for */
    GHashTable *page_markers;  /* class -> FoNode* marker, for retrieve-marker */
    int citation_misses;       /* citations whose id was not placed yet */
    int citations;             /* citations shaped in this pass */
    GHashTable *shaped;        /* first FoNode of a paragraph -> TextBlock*, across passes */
    double max_object_height;  /* the tallest region-body: images and diagrams shrink to it */
} TypesetContext;


/* ---- the galley ------------------------------------------------------------------------- */

typedef enum {
    IT_LINE, IT_ROWS,                  /* content: a page may break before them */
    IT_SPACE,                          /* discarded at a break */
    IT_PAD,                            /* border + padding of a block (trailing: its bottom) */
    IT_BLOCK_START, IT_BLOCK_END,      /* a block's decoration opens / closes */
    IT_ANCHOR, IT_MARKER, IT_BREAK,
} ItemKind;

typedef struct {
    double x, width;              /* border box */
    double bw[4];                 /* top, bottom, left, right */
    FoKeyword bs[4];
    uint32_t bc[4];
    int has_bg;
    uint32_t bg;
    const char *id;               /* for page-number-citation-last */
    const char *tag;              /* structure tag of its text: P, H1.. */
} Deco;

typedef struct Item Item;
typedef struct RowGroup RowGroup;

struct Item {
    ItemKind kind;
    unsigned keep_before : 1; /* no page break right before this content item */
    unsigned trailing : 1;    /* IT_PAD below a block's content */
    double height;
    double x;                 /* IT_LINE: content edge */
    TextBlock *text;          /* IT_LINE */
    int line;
    const Deco *deco;         /* IT_BLOCK_START / IT_BLOCK_END / IT_LINE (tag) */
    RowGroup *rows;           /* IT_ROWS */
    const char *name;         /* IT_ANCHOR id; IT_MARKER class */
    FoNode *marker;           /* IT_MARKER */
    FoKeyword brk;            /* IT_BREAK */
    struct Footnote *footnotes; /* IT_LINE / IT_ROWS: bodies it cites */
};

typedef struct {
    Item *items;              /* in ctx->pass_blocks[block] (copies of a galley share it) */
    int n, cap, block;
} Galley;

typedef struct {
    double x, width;          /* border box */
    int row, rowspan;         /* row index within the group */
    Galley content;
    double inset_top, inset_bottom;
    Deco deco;
    FoKeyword display_align;
} Cell;

typedef struct {
    RowGroup **header;
    int n_header;
    int omit_header;
    const char *tag;
} Table;

struct RowGroup {
    Table *table;             /* NULL for list items */
    int is_header;
    int n_rows;
    double *min_height;       /* per row */
    Cell *cells;
    int n_cells;
    int keep_together;
};

/* A footnote body set as a galley, hung on the line (or row group) that cites it. */
typedef struct Footnote {
    struct Footnote *next;
    Galley body;
    double height;
} Footnote;

/* ---- between the typesetter's files ------------------------------------------------------ */

/* Builds layout->structs from the FO tree once the pages are final, and maps every painted
 * paragraph, image and diagram of the pages to its element (typeset_struct.c). */
void struct_build(TypesetContext *ctx);

/* Geometry of a block context: the reference area (absolute x, width) and the indents of the
 * content edge from its sides. */
typedef struct {
    double ref_x, ref_w;
    double start, end;
} Geom;

/* Reports an error located at node (fo_error) and counts it: the typesetting then fails. */
void typeset_error(TypesetContext *ctx, const FoNode *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Shapes the paragraph made of the inline-level nodes [first, stop) under owner (a block or
 * anything that holds text), at width. Reuses the shaping of the previous pass when its text is
 * unchanged. Returns NULL when the run has no text and nothing inline (only white space). */
TextBlock *text_shape(TypesetContext *ctx, FoNode *owner, FoNode *first, FoNode *stop,
                      double width, int first_in_owner);
/* 1 when node takes part in a paragraph rather than starting a block of its own. */
int text_is_inline(const FoNode *node);

/* Appends the items of the block-level content of parent (the flow, a block, a cell...) at g. */
void galley_build(TypesetContext *ctx, FoNode *parent, Geom g, Galley *out);
/* Heights of the rows of a group from the given state of its cells (start: first item not yet
 * placed; begun: the cell's top inset is already placed; first_h: when >= 0, what remains of the
 * item at start, a row group split on an earlier page; NULL for a group not started). Fills
 * row_h (n_rows entries) and returns the total. */
double galley_group_measure(const RowGroup *group, const int *start, const unsigned char *begun,
                            const double *first_h, double *row_h);
/* Height of what remains of a cell's content from start (leading spaces dropped once begun;
 * first_h >= 0 stands for the height of the item at start). */
double galley_cell_rest(const Cell *cell, int start, int begun, double first_h);

#endif
