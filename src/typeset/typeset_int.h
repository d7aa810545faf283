/* typeset_int — the typesetter's internal side (as sqlite's btreeInt.h): shaped text, the
 * galley, and the area tree that render.c paints. Not for other stages.
 *
 * Three lifetimes: the FO tree (fo.h) lives during typeset_document only; the galley is rebuilt
 * on each pass in a per-pass arena; shaped text (the Layout's text_arena) and the area tree
 * live until render_pdf has painted them (layout_drop_area_tree), with the images and diagrams
 * they reference; the logical structure and the metadata (the Layout's arena) until layout_free.
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
    /* a reference area's own frame (issue 20): a turned page, region or block-container, an
     * absolute or floating area. The ops up to the matching OP_FRAME_END are in the frame whose
     * origin is (x, y) on the page, turned by line degrees (0, 90, 180, 270: counter-clockwise
     * on the page, as reference-orientation), cut to the rectangle 0, 0, w, h of the frame when
     * external is set, and moved width down it (display-align) */
    OP_FRAME_BEGIN, OP_FRAME_END,
    /* paint (issue 20): a background image in the padding rectangle x, y, w, h (its clip);
     * background says which image, how it repeats and where its first tile stands */
    OP_BACKGROUND,
} OpKind;

typedef struct {
    OpKind kind;
    int external;     /* OP_LINK: str is a URI */
    FoKeyword style;  /* OP_STROKE: solid, dotted, dashed, double */
    int line;         /* OP_TEXT: the line of text */
    int repeat;       /* OP_TEXT: a table header or footer painted again at a break: an artifact */
    double x, y, w, h;
    double width;     /* OP_STROKE line width; OP_DOTS pitch */
    uint32_t rgb;
    union {           /* a page holds thousands of ops: one pointer, by kind */
        const struct TextBlock *text; /* OP_TEXT: the paragraph */
        const struct InlineMark *graphic; /* OP_IMAGE: image, content size and offset */
        const Diagram *diagram;
        const char *str;
        const struct Background *background; /* OP_BACKGROUND */
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
    /* inline structure (typeset_struct.c): */
    GHashTable *struct_spans;     /* TextBlock* -> StructSpans: its inline elements' byte ranges */
    /* memory (issue 17): the shaped paragraphs and their lines, which only painting reads, in
     * an arena of their own, so that layout_drop_area_tree can free them before the PDF is
     * finished while the logical structure (layout->arena) lives on */
    FoArena *text_arena;
};

/* The inline elements of a paragraph (Link, Reference, Span), innermost first: the bytes
 * [start, end) of its text are the content of element node (an index into layout->structs). */
typedef struct {
    int n;
    struct {
        int start, end, node;
    } span[];
} StructSpans;

/* Where the pages of a document go as soon as they are final (typeset_file_to): pages(data,
 * layout) paints layout->pages[0 .. n_pages), the next run of the document's pages (a
 * page-sequence), which are freed when it returns; 0, or -1 after a diag message. */
typedef struct {
    int (*pages)(void *data, Layout *layout);
    void *data;
} PageSink;
/* typeset_document, handing each page-sequence to sink as soon as it is set when no page of
 * the document depends on a later one (no page-number citation, no page number in a flow);
 * otherwise all the pages stay in the Layout, as typeset_document leaves them. free_doc: the
 * document is freed once its FO tree is built, so that it is not held through the peak. */
Layout *typeset_document_to(xmlDocPtr fo_doc, const char *fo_file, int free_doc, const PageSink *sink);

/* render.c: a PDF painted a run of pages at a time (render_pdf is begin, pages, end). */
typedef struct PdfRun PdfRun;
/* NULL after a diag message (a bad frisk:creation-date). */
PdfRun *render_begin(Layout *layout, long long creation_time);
/* Paints layout->pages[0 .. n_pages) after the pages painted before; 0, or -1 (reported). */
int render_pages(PdfRun *run, Layout *layout);
/* The outline, cairo's file finished and made PDF/UA (pdf_finish), and the run freed; uses up
 * the layout's area tree as render_pdf does. */
int render_end(PdfRun *run, Layout *layout, unsigned char **pdf, size_t *pdf_len);
/* Frees a run that is not ended; NULL is a no-op. */
void render_abort(PdfRun *run);

/* Appends an op to a page (the op is copied). */
DrawOp *layout_add_op(Layout *layout, Page *page, const DrawOp *op);
/* memory (issue 17): frees what only painting reads (every page's ops, the shaped text and its
 * caches, images, diagrams), keeping the page sizes and labels, the metadata and the logical
 * structure; render_pdf calls it once cairo has written the pages. Safe to call twice. */
void layout_drop_area_tree(Layout *layout);

/* ---- shaped text ------------------------------------------------------------------------ */

typedef enum { INL_ANCHOR, INL_LINK, INL_FOOTNOTE, INL_LEADER, INL_IMAGE, INL_DIAGRAM,
               INL_CITATION,
               INL_CONTAINER, /* values (issue 20): an fo:inline-container's blocks */
               INL_FLOAT, /* blocks: an fo:float anchored here (node: the float) */
               /* inline structure (typeset_struct.c): */
               INL_STRUCT /* the text of an fo:inline or fo:basic-link (node), which may be
                             an element of its own: Link, a footnote call's Reference, a Span
                             with its /Lang */,
               INL_CHANGE_BAR /* node: a change-bar-begin or -end */
} InlineKind;

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
    int turn;               /* columns: INL_CONTAINER's reference-orientation (0, 90, 180, 270):
                             * its blocks are set in its frame so turned, w x h its box on the
                             * page */
    double unit;            /* inline2: INL_LEADER with use-content: one repeat's width (its
                             * content, in blocks[0], and space up to leader-pattern-width) */
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
    double flip_dx;               /* align: text-align inside/outside, set as on an odd page:
                                   * how far the line moves on an even one (its free space) */
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
    int has_dynamic;      /* holds what depends on where it is placed: page numbers, citations,
                           * retrieved markers (text_shape sets it afresh on every pass) */
    LineEl *els;
    int n_els;
    TextStyle *styles;
    int n_styles;
    int intrude_lines[2];  /* blocks: as LineSpec's, the lines beside side floats */
    double intrude_w[2];
    /* columns: the first node of its run of inline content (text_shape's cache key), and, for
     * the rest of a paragraph set again at another page's column width, the byte its lines
     * start at (0: all of it) */
    FoNode *first;
    int from_byte;
    struct TextBlock *other_width; /* text_shape's cache: the same paragraph set before (at
                                      another width, or with other text), most recent first */
    /* columns2: 1 + its loosest justified line (0: none), said when the page builder places
     * that line, so a paragraph is judged at the width it is placed at (lines_report_loose) */
    int loose_line;
    double loose_r;
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
    /* blocks: side floats the first lines run beside (typeset_float.c): so many lines lose so
     * much at the left [0] and at the right [1] */
    int intrude_lines[2];
    double intrude_w[2];
    int from_byte;        /* columns: set only the text from this byte, where a line began */
    double last_end_indent; /* last-line-end-indent: the last line's measure is this shorter */
    /* inline2 (issue 20): how lines stack (stacking_spec, typeset_inline2.c): K_MAX_HEIGHT or
     * K_LINE_HEIGHT (as FOP: the tallest inline areas and the owner's strut, with the owner's
     * half-leading around them) or K_FONT_HEIGHT (every line the owner's strut); shifts
     * (baseline-shift) left out with disregard_shifts. nominal_above/below: the owner's font's
     * ascent and descent, each with half the owner's leading (line-height less the font's),
     * measured by lines_set with owner_font. */
    FoKeyword stacking;
    int disregard_shifts;
    const PangoFontDescription *owner_font;
    double nominal_above, nominal_below, half_leading;
    /* align (issue 20): align (align_last) came from inside or outside, which follow the
     * page's parity: the lines are set as on an odd page and record their flip_dx */
    int by_parity, last_by_parity;
    int defer_loose;      /* columns2: a paragraph of a galley: its loose line is said when placed */
} LineSpec;

/* Breaks tb->text, styled by attrs (pango attributes: fonts, colours, line heights, shapes
 * for objects and leaders), into tb->lines. Leaders' InlineMarks get their set width. */
void lines_set(TypesetContext *ctx, TextBlock *tb, PangoAttrList *attrs, const LineSpec *spec);
/* x of byte index of tb->text within line l, from the line's start. */
double text_line_x(const TextBlock *tb, const TextLine *l, int index);
/* Paints line l of tb with the start of its baseline at (x, y). */
void text_line_paint(cairo_t *cr, const TextBlock *tb, int line, double x, double y);
/* text_line_paint, calling enter(data, byte) before the text from each byte index that
 * starts(data, byte) names: where an inline element's content begins or ends, so the painter
 * can change its marked content (render.c's tags) between the glyph runs. */
typedef struct {
    int (*starts)(void *data, int byte);
    void (*enter)(void *data, int byte);
    void *data;
} LineSegments;
void text_line_paint_segments(cairo_t *cr, const TextBlock *tb, int line, double x, double y,
                              const LineSegments *segments);
/* Frees the caches of lines_set kept in the layout. */
void lines_free_caches(Layout *layout);

/* Where an id landed in the previous pass: the printed numbers of its first and last page. */
typedef struct {
    int first_page, last_page;
    char first_label[48], last_label[48]; /* the same, as printed (the sequence's format) */
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
    const char *page_label;    /* its number as printed */
    GHashTable *page_markers;  /* class -> FoNode* marker, for retrieve-marker */
    const struct TableFrag *table_frag; /* while setting a table's header or footer on a page:
                                           its part there, for retrieve-table-marker */
    int citation_misses;       /* citations whose id was not placed yet */
    int citations;             /* citations shaped in this pass */
    GHashTable *shaped;        /* first FoNode of a paragraph -> TextBlock*, across passes */
    double max_object_height;  /* the tallest region-body: images and diagrams shrink to it */
    /* blocks (typeset_float.c): the reference area absolute block-containers are placed in
     * while a galley is built (the region's content rectangle, or an enclosing area's), and
     * the page, for fixed ones */
    double area_ref_w, area_ref_h, area_page_w, area_page_h;
    /* the side floats the paragraph being shaped begins beside: their widths (left, right)
     * and the height of text still to pass them (0: none) */
    double intrude_w[2], intrude_h[2];
    int in_area;               /* laying out the content of an area (typeset_float.c) */
    GHashTable *hyph_warned;   /* hyph: languages warned about for lack of patterns */
    struct ItemizeCache *itemize_cache; /* itemize: paragraphs' items kept (typeset_itemize.c) */
    /* columns (typeset_reflow.c): while the rest of a flow is built again at another page's
     * column width, the paragraphs (their first nodes) whose lines from a byte on are still
     * to be placed (reflow_resume_byte) */
    struct ReflowResume *resume; /* columns2: several at once (a row's cells, footnotes) */
    int n_resume, cap_resume;
    int reflowing;             /* setting a flow again so: paragraphs already placed are too */
    struct SB *struct_builder; /* typeset_struct.c, between struct_begin and struct_end */
    int defer_loose;           /* columns2: the galley shapes a paragraph it will place */
    double footnote_w;         /* columns2: while a flow is set, its region body's width, the
                                  footnote area's (0: footnotes are set at the galley's) */
    int retrieving;            /* sides2: setting a retrieved marker's blocks (not kept) */
} TypesetContext;


/* ---- the galley ------------------------------------------------------------------------- */

typedef enum {
    IT_LINE, IT_ROWS,                  /* content: a page may break before them */
    IT_SPACE,                          /* discarded at a break */
    IT_PAD,                            /* border + padding of a block (trailing: its bottom) */
    IT_BLOCK_START, IT_BLOCK_END,      /* a block's decoration opens / closes */
    IT_ANCHOR, IT_MARKER, IT_BREAK,
    IT_AREA,                           /* blocks: an area out of the flow (absolute, fixed,
                                        * a float) anchored here; takes no height */
    IT_CHANGE_BAR,                     /* marker: a change-bar-begin or -end between blocks */
} ItemKind;

typedef struct {
    double x, width;              /* border box */
    double bw[4];                 /* top, bottom, left, right */
    FoKeyword bs[4];
    uint32_t bc[4];
    int has_bg;
    uint32_t bg;
    int edge_set;                 /* a collapsed table: each border's centre line lies edge[s]
                                   * inside its side of the box (half the widest outer border) */
    double edge[4];
    const char *id;               /* for page-number-citation-last */
    const char *tag;              /* structure tag of its text: P, H1.. */
    /* blocks: a block-container is the reference area of the absolute containers inside it:
     * its content rectangle (x, width; top inset below the border box's top; height, or 0
     * for as far as the region goes) */
    int ref_area;
    double ref_x, ref_w, ref_top, ref_h;
    const struct Background *background; /* paint: its background-image, or NULL */
    /* sides2: a table or boxed block narrowed beside float="inside|outside" side floats: on a
     * page where they stand at their other side (area_side_flipped(flip_with)) it and all it
     * holds move flip_dx across, the room the floats leave there (set at the same width) */
    const struct Area *flip_with;
    double flip_dx;
} Deco;

typedef struct Item Item;
typedef struct RowGroup RowGroup;
typedef struct Area Area;

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
    const Area *area;         /* IT_AREA; IT_LINE without text: a rotated block-container,
                               * placed whole as one line of its height (typeset_float.c) */
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
    /* tables2: the separate border model's half border-separation above and below the cell's
     * border box (in inset_top and inset_bottom too; a continued part begins below it) */
    double gap;
    double min_h;             /* tables2: the cell's own minimum height (height, min-height) */
    int col, span;            /* align: the first of the table's columns it stands in, and how many */
} Cell;

typedef struct {
    RowGroup **header;
    int n_header;
    int omit_header;
    const char *tag;
    RowGroup **footer;        /* fo:table-footer: at the table's end, and repeated at the foot */
    int n_footer;             /* of each page it breaks across (unless omit_footer) */
    int omit_footer;
    FoNode *header_node, *footer_node;
    int has_markers;          /* its header or footer holds fo:retrieve-table-marker */
    const struct TableRebuild *rebuild; /* what galley_table_section needs (typeset_galley.c) */
    struct AlignAxes *align_axes; /* align: where its columns' text-align strings stand */
} Table;

struct RowGroup {
    Table *table;             /* NULL for list items */
    int is_header;
    int is_footer;
    FoNode *first_row;        /* its first fo:table-row (a table's), for its markers */
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
    FoNode *node;             /* columns2: its footnote-body, to set it again at another width */
    /* sides2: the byte of its citation in the citing line's text, and the change bars open
     * there when that line was placed (their begins): its lines are in their change region */
    int cited_at;
    FoNode **text_bars;
    int n_text_bars;
} Footnote;

/* ---- between the typesetter's files ------------------------------------------------------ */

/* Change bars (typeset_change_bars.c): the bars open while the page builder places a flow. */
#define CHANGE_BARS_MAX 16
typedef struct {
    FoNode *begin;            /* its change-bar-begin: the bar's properties */
    const char *cls;
    int page, op;             /* the page index and op of its last stroke, to extend it */
} ActiveBar;
typedef struct {
    ActiveBar bars[CHANGE_BARS_MAX];
    int n;
    int suspended;            /* no bars (kept for callers that pause them) */
    /* sides: the column the lines are placed in (the region body's, a column of it, the
     * footnote area, a static region): x, width, its index and the count of columns */
    double col_x, col_w;
    int column, columns;
} ChangeBars;
/* 1 when a change-bar-begin/-end marks a place in a paragraph's text, 0 when between blocks. */
int change_bar_is_inline(const FoNode *node);
void change_bars_begin(ChangeBars *cb, FoNode *begin);
void change_bars_end(ChangeBars *cb, const FoNode *end);
/* Draws (or extends) the stroke of every open bar beside a line from top to bottom, placed
 * beside the column cb->col_x..col_x + col_w of the page. */
void change_bars_line(ChangeBars *cb, Layout *layout, Page *page, int page_index, int page_number,
                      double top, double bottom);
/* sides: the column the lines placed next stand in (column of columns, counted from 0). */
void change_bars_column(ChangeBars *cb, double col_x, double col_w, int column, int columns);
/* sides2: closes the bar that begin opened (whatever else of its class is open). */
void change_bars_drop(ChangeBars *cb, const FoNode *begin);

/* fo:retrieve-table-marker (typeset_table_markers.c): the part of table t placed on a page,
 * items [a, b) of the page galley g (carried: items[a] began on an earlier page; split:
 * items[b] is placed in part), and the marker a retrieve-table-marker retrieves from it. */
typedef struct TableFrag TableFrag;
TableFrag *table_frag_new(const Galley *g, int a, int b, int carried, int split, const Table *t);
void table_frag_free(TableFrag *f);
FoNode *table_frag_marker(const TableFrag *f, const char *cls, FoKeyword position, FoKeyword boundary);
/* The row groups of t's header (footer: its footer) set again with ctx->table_frag's markers.
 * Returns their number and *groups (in the pass arena). */
int galley_table_section(TypesetContext *ctx, const Table *t, int footer, RowGroup ***groups);

/* sides2 (typeset_retrieve.c): fo:retrieve-marker and fo:retrieve-table-marker. retrieve_check
 * says (located) one that stands where it may not or has no class, and returns 0 then;
 * retrieve_marker is the fo:marker it retrieves on this page (ctx->page_markers) or from this
 * part of the table (ctx->table_frag), or NULL. */
int retrieve_check(TypesetContext *ctx, FoNode *node);
FoNode *retrieve_marker(const TypesetContext *ctx, const FoNode *node);
/* 1 when a marker holds block-level content: where it is retrieved between blocks, the galley
 * sets it as blocks, with their own spaces, borders, padding, indents and alignment. */
int retrieve_holds_blocks(const FoNode *marker);
/* Hangs marker under the retrieve node while its content is set, so that it inherits from
 * there (XSL 1.1 §6.13.6); returns its home for retrieve_unhang, or NULL (a located error)
 * when it is being set already (a marker that retrieves itself). */
FoNode *retrieve_hang(TypesetContext *ctx, FoNode *node, FoNode *marker);
void retrieve_unhang(FoNode *marker, FoNode *home);

/* tables2 (typeset_limits.c): min-height, max-height, min-width and max-width as FOP reads
 * them. The minimum across (block: down), or -1; extent held between the limits (FOP's
 * constrainExtent); a graphic's intrinsic size held between them where its content scales to
 * fit (FOP's constrain). Percentages of base (avail across, max_h down). */
double limits_minimum(const FoNode *node, int block, double base);
double limits_clamp(const FoNode *node, int block, double extent, double base);
void limits_intrinsic(const FoNode *node, double avail, double max_h, double *iw, double *ih);

/* Builds layout->structs from the FO tree once the pages are final, and maps every painted
 * paragraph, image and diagram of the pages to its element (typeset_struct.c). */
void struct_build(TypesetContext *ctx);
/* The same in steps (typeset.c's page-sequence at a time): struct_begin; struct_add for each
 * of fo:root's children once it is set (its elements; layout->structs is then up to date);
 * struct_map_pages for the pages in layout->pages; struct_end. */
void struct_begin(TypesetContext *ctx);
void struct_add(TypesetContext *ctx, FoNode *child);
void struct_map_pages(TypesetContext *ctx);
void struct_end(TypesetContext *ctx);

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
/* The same for parent's children from first up to (not including) stop (NULL: the last): a
 * part of a flow, between blocks that span the columns (issue 20). */
void galley_build_range(TypesetContext *ctx, FoNode *parent, FoNode *first, FoNode *stop, Geom g,
                        Galley *out);
/* Heights of the rows of a group from the given state of its cells (start: first item not yet
 * placed; begun: the cell's top inset is already placed; first_h: when >= 0, what remains of the
 * item at start, a row group split on an earlier page; NULL for a group not started). Fills
 * row_h (n_rows entries) and returns the total. */
double galley_group_measure(const RowGroup *group, const int *start, const unsigned char *begun,
                            const double *first_h, double *row_h);
/* Height of what remains of a cell's content from start (leading spaces dropped once begun;
 * first_h >= 0 stands for the height of the item at start). */
double galley_cell_rest(const Cell *cell, int start, int begun, double first_h);

/* ---- pages (issue 20; typeset_pages.c) ------------------------------------------------------ */

/* The folio of page `number` in page-sequence seq as its format, grouping-separator,
 * grouping-size and letter-value say ("iii", "A", "01"); seq NULL: decimal. */
void page_number_format(const FoNode *seq, int number, char *buf, size_t size);
/* Says (located) each use under node of what the page properties allow but frisk does not do:
 * rotated areas, writing modes other than lr-tb (and rl-tb at the page level), span="all"
 * elsewhere than on a block of a flow when a master has columns (columns: the most
 * column-count of any region-body). */
void pages_check(TypesetContext *ctx, FoNode *node, int columns);
/* writing-mode="rl-tb": the ops [from, n_ops) of a page, set left to right in the region from x
 * left, width wide, mirrored in it, so that start is on the right: lines, blocks, table
 * columns, list labels and the region's columns change sides; each line keeps its own text. */
void pages_mirror(Page *page, int from, double left, double width);
/* ---- blocks: positioned, rotated and floating areas (typeset_float.c) ------------------- */

typedef enum {
    AREA_ABSOLUTE,     /* absolute-position="absolute": in its reference area (the region) */
    AREA_FIXED,        /* absolute-position="fixed": on the page */
    AREA_ROTATED,      /* in the flow, turned by reference-orientation */
    AREA_FLOAT_BEFORE, /* float="before": at the top of the region body */
    AREA_FLOAT_SIDE,   /* float="start|end|left|right|…": at the side of the flow */
} AreaKind;

/* A reference area laid out on its own: its content is a galley in the area's frame (x from 0
 * at its content edge, y from 0 at its top, before any turn), placed whole, never split. */
struct Area {
    AreaKind kind;
    FoNode *node;           /* the block-container or the float */
    Galley content;
    double ipd, bpd;        /* its content rectangle in its own frame */
    double content_h;       /* height of what its content uses (display-align, overflow) */
    double outer_w, outer_h; /* its border box on the page (after the turn) */
    double inset[4];        /* border + padding: top, bottom, left, right (on the page) */
    Deco deco;              /* its border and background, for a border box at 0, 0 */
    int rotation;           /* 0, 90, 180, 270 */
    FoKeyword overflow, display_align;
    double pos[4];          /* top, bottom, left, right, when has_pos[i] */
    int has_pos[4];
    double x;               /* AREA_ROTATED, AREA_FLOAT_SIDE: border box x (absolute) */
    int at_right;           /* AREA_FLOAT_SIDE: it stands at the right of the flow */
    double shift_x, shift_y; /* absolute-position="relative": drawn moved by this much */
    /* sides: float="inside|outside" is set as on an odd page, in the room span_x, span_w;
     * on an even page it stands at the other side (area_side_flipped) */
    int by_parity;
    double span_x, span_w;
};

/* The frame an area is drawn in: where its border box stands on the page, and the OP_FRAME_BEGIN
 * that turns its content frame into place. */
typedef struct {
    double bx, by;          /* border box top left on the page */
    DrawOp push;            /* OP_FRAME_BEGIN for the content */
} AreaFrame;

/* 1 when a block-container is an area of its own (absolute, fixed, turned) rather than a
 * block in the flow. Reports unsupported values (writing-mode, reference-orientation). */
int area_is_special(TypesetContext *ctx, FoNode *node);
/* An area for a block-container that area_is_special, or an fo:float, anchored at g (the
 * content edge and measure where it stands): its kind, position and the inline-progression
 * dimension its content is laid out at (its block-progression one when given). NULL after an
 * error. The caller (the galley) lays out the content into a->content at x 0, ipd wide, then
 * calls area_end, which takes its height from it. */
Area *area_begin(TypesetContext *ctx, FoNode *node, Geom g);
void area_end(TypesetContext *ctx, Area *a);
/* Where an out-of-flow or in-flow area is drawn: ref is the reference area (x, y, w, h: the
 * region's content rectangle, or an enclosing area's), page_w/page_h the page, x, y the
 * anchor's position in the flow. */
void area_frame(const Area *a, const double ref[4], double page_w, double page_h, double x,
                double y, AreaFrame *out);
/* Reports error-if-overflow for an area whose content is taller than it (once per node). */
void area_check_overflow(TypesetContext *ctx, const Area *a);
/* sides: 1 when a side float set as on an odd page (inside/outside) stands at the other side
 * on the page numbered page_number; area_flipped_x is then its border box x there. */
int area_side_flipped(const Area *a, int page_number);
double area_flipped_x(const Area *a);
/* A block-container in the flow with a height: 1 when its content, items [from, g->n) of g,
 * leaves some of it free, with the free height to pad above it (display-align center, after)
 * and below it. Reports error-if-overflow. */
int area_free_height(TypesetContext *ctx, const FoNode *node, const Galley *g, int from,
                     double ref_w, double *above, double *below);
/* The side floats the paragraph of owner begins beside (ctx->intrude_*), as lines of the
 * paragraph's line height that lose their width (spec->intrude_*). */
void area_intrusion(const TypesetContext *ctx, FoNode *owner, LineSpec *spec);
/* A block-container in the flow becomes the reference area of the absolute containers in it:
 * deco gets its content rectangle (x, width, the top inset) and ctx its size while its content
 * is built. */
void area_reference(TypesetContext *ctx, const FoNode *node, Deco *deco, double x, double w,
                    double top);
/* writing-mode="rl-tb" (or "rl") governs node: start is on the right. */
int area_right_to_left(const FoNode *node);
/* text-align as the line breaker takes it (start, end, center, justify) for the writing mode
 * of owner: start and end swap right to left. */
FoKeyword area_line_alignment(const FoNode *owner, FoKeyword text_align);

/* ---- hyph: languages (typeset_hyph.c) ------------------------------------------------------ */

/* text with soft hyphens at its language's break points when style says hyphenate="true"
 * (malloc'ed); NULL to set it as it is: no hyphenation asked, no language, or no patterns for
 * it (warned once per language). */
char *hyph_text(TypesetContext *ctx, FoNode *style, const char *text);
/* The language of node (language and country, or xml:lang) for pango, or NULL for none. */
PangoLanguage *hyph_pango_language(const FoNode *node);

/* ---- itemize: a paragraph's items and break attributes, once (typeset_itemize.c) ------------ */

typedef struct ItemizeCache ItemizeCache;
typedef struct {
    GList *items;       /* pango_itemize's PangoItems, read only */
    PangoLogAttr *log;  /* pango_get_log_attrs's, one per character and one past the end */
    char *text;         /* kept: the text and a copy of its attributes, the cache's key */
    GSList *attrs;
} ParagraphAnalysis;
/* The items and break attributes of text (len bytes, n_chars characters) under attrs in
 * ctx->pango: the cache's, valid until itemize_cache_free, or (*owned set) made for this call
 * alone, for itemize_paragraph_done. */
const ParagraphAnalysis *itemize_paragraph(TypesetContext *ctx, const char *text, int len,
                                           int n_chars, PangoAttrList *attrs,
                                           ParagraphAnalysis **owned);
void itemize_paragraph_done(ParagraphAnalysis *owned);
void itemize_cache_free(TypesetContext *ctx);
/* ---- columns: a flow set again at another page's column width (typeset_reflow.c) ------------ */

/* A part of a flow: a run of its blocks set in the columns, or of blocks that span them. A flow
 * on pages of one column is one part. */
typedef struct {
    Galley g;
    int span;
} FlowPart;

/* columns2: the pieces of parts (a paragraph, or another item), counted once. */
typedef struct FlowIndex FlowIndex;
FlowIndex *reflow_index(TypesetContext *ctx, const FlowPart *parts, int n_parts);
/* The piece of the flow that the first item not yet placed, from item pos of parts[part] on,
 * belongs to, counted from the flow's start (ix: the index of parts): reflow_find finds it in
 * the flow set again (its own index). When that item is a line past its paragraph's start,
 * adds a resume byte for the paragraph (reflow_resume_byte), so that the flow set again holds
 * only the paragraph's remaining words (XSL leaves it open; FOP sets them again so). */
int reflow_resume(TypesetContext *ctx, const FlowIndex *ix, const FlowPart *parts, int n_parts,
                  int part, int pos);
/* Where piece `piece` of the flow starts in parts: *part and *pos (the end when it has none). */
void reflow_find(const FlowIndex *ix, const FlowPart *parts, int n_parts, int piece, int *part,
                 int *pos);

/* ---- paint: background images and 3-D borders (typeset_background.c) -------------------- */

/* A background-image as placed: the shared image, background-repeat (K_REPEAT, K_REPEAT_X,
 * K_REPEAT_Y, K_NO_REPEAT), and its position across [0] and down [1]: at_pt from the padding
 * rectangle's edge plus at_pct percent of the room the image leaves. */
typedef struct Background {
    const Image *image;
    FoKeyword repeat;
    double at_pt[2], at_pct[2];
} Background;

/* The image a URI names (url(...) or plain, file: or a path, relative to the FO file), read
 * under load.h's guard and decoded once per document; NULL after a located error that begins
 * "what 'src'" (what: "external-graphic", "background-image"). */
const Image *typeset_image_load(TypesetContext *ctx, const FoNode *node, const char *what,
                                const char *src);
/* node's background-image, or NULL (none, or a located error for an image that cannot be
 * read). */
const Background *background_of(TypesetContext *ctx, const FoNode *node);
/* Says (located) a background-image on an object frisk draws no background image for. */
void background_check(TypesetContext *ctx, const FoNode *node);
/* A region's background-color and -image on page, in its rectangle x, y, w, h. */
void background_region(TypesetContext *ctx, Page *page, const FoNode *region, double x,
                       double y, double w, double h);
/* Fills op (an OP_BACKGROUND) with the padding rectangle of decoration d, whose border box
 * stands x, w across and y0 to y1 down; top, bottom: whether its border there is drawn (not a
 * part cut by a page break). */
void background_place(DrawOp *op, const Deco *d, double x, double y0, double w, double y1,
                      int top, int bottom);
/* Paints an OP_BACKGROUND (render.c). */
void background_paint(cairo_t *cr, const DrawOp *op);
/* A border side (side 0-3: top, bottom, left, right) or a rule (-1) from (x, y) to (x + w,
 * y + h), width wide, in groove, ridge, inset or outset: its strokes added to page in two
 * tones of rgb, returning 1; 0 for any other style (the caller strokes it). */
int border_stroke_3d(Layout *layout, Page *page, int side, double x, double y, double w, double h,
                     double width, uint32_t rgb, FoKeyword style);

/* ---- align: text-align with a string, inside and outside (typeset_align.c) ---------------- */

typedef struct AlignAxes AlignAxes;

/* text-align="<string>" (XSL 1.1 §7.16.9, CSS 2 §17.5.4): moves the lines of t's cells whose
 * text-align is a string (header, the body groups body[0 .. n_body), footer) so that in each
 * column the string's first occurrence in every such line stands on one axis, and a line
 * without it ends there. The lines were set flush start; only their Item.x changes. Keeps the
 * axes in t->align_axes (pass arena) for align_section. */
void align_table(TypesetContext *ctx, Table *t, RowGroup **body, int n_body);
/* The same for a header or footer of t set again (galley_table_section), on t's axes. */
void align_section(const Table *t, RowGroup **groups, int n);
/* text-align and text-align-last as the line breaker takes them for owner (start, end,
 * center, justify), with spec->by_parity and last_by_parity set for inside and outside. */
void align_line_spec(const FoNode *owner, LineSpec *spec);
/* How far line l moves across on the page numbered page_number: its flip_dx on an even page. */
double align_page_dx(const TextLine *l, int page_number);
/* ---- columns2: what crosses a change of column width (typeset_reflow.c) --------------------- */

/* Where a row group stands between pages: per cell, the first item not yet placed, whether the
 * cell has begun, and, when that item is a row group itself split on an earlier page (a table in
 * a table cell, a list in a list item), its own cursor and the height of its part. */
typedef struct Cursor {
    int *start;
    unsigned char *begun;
    struct Cursor **inner;
    double *inner_h;
} Cursor;
/* A cursor for group g, in the pass arena (its contents unset). */
Cursor reflow_cursor_new(TypesetContext *ctx, const RowGroup *g);

/* A paragraph (its first node) whose lines from byte on are to be set: text_shape sets only
 * them. reflow_resume_byte: the byte for first, or 0; reflow_resume_clear forgets them all. */
typedef struct ReflowResume {
    const FoNode *first;
    int byte;
} ReflowResume;
int reflow_resume_byte(const TypesetContext *ctx, const FoNode *first);
void reflow_resume_clear(TypesetContext *ctx);

/* The piece (reflow_resume's counting) of the first item of g not placed, from pos on; a line
 * past its paragraph's start adds a resume byte for the paragraph. reflow_galley_find: where
 * piece `piece` starts in g set again (g->n when it has none). */
int reflow_galley_piece(TypesetContext *ctx, const Galley *g, int pos);
int reflow_galley_find(TypesetContext *ctx, const Galley *g, int piece);

/* A row group broken across pages of different column widths: the pieces each cell of g goes on
 * from (cursor cur), resume bytes added for cells' paragraphs broken between lines; after the
 * flow is set again, the cursor of the same place in the group set again (0 when the group set
 * again does not have the same cells and items: the caller refuses it, located). */
typedef struct CursorPieces CursorPieces;
CursorPieces *reflow_cursor_pieces(TypesetContext *ctx, const RowGroup *g, const Cursor *cur);
int reflow_cursor_find(TypesetContext *ctx, const RowGroup *g, const CursorPieces *cp, Cursor *out);

/* A footnote body set at the measure of flow (the footnote area: the region body's width). */
Footnote *galley_footnote(TypesetContext *ctx, FoNode *body, Geom flow);
/* A flow galley kept for its width (a flow whose width alternates): the paragraph whose items
 * begin at `at` goes on from the byte reflow_resume added for it. Its remaining words are set
 * and take the last of its items' places (footnotes set at notes' width). Returns where they
 * begin, or -1 when that cannot be done (floats in or beside it, more lines than it had): the
 * flow is then set again. */
int galley_splice_rest(TypesetContext *ctx, Galley *g, int at, Geom notes);
/* Says tb's loose line (lines_set found it, tb->loose_line) once it is placed. */
void lines_report_loose(TypesetContext *ctx, const TextBlock *tb);

#endif
