/* fo — the FO tree: the XSL-FO document the stylesheets produce, read into our own tree.
 *
 * Takes: a parsed FO document (libxml2). Gives: a tree of FoNode, one per formatting object
 * and text run, each carrying its specified properties already parsed and checked against
 * frisk's subset (docs/typesetter.md), with lookups that inherit as XSL says. Anything outside
 * the subset is reported file:line:col here, so the typesetter proper never sees it.
 *
 * Ownership: the tree, its nodes and strings live in one arena freed by fo_tree_free. Nodes
 * keep no pointer into the libxml2 document: the content of an instream-foreign-object is
 * copied into a document the tree owns, so the source document may be freed once the tree is
 * built (a large document's libxml2 tree then stays out of the typesetter's peak memory).
 */
#ifndef FRISK_FO_H
#define FRISK_FO_H

#include "arena.h"

#include <libxml/tree.h>
#include <stddef.h>
#include <stdint.h>

/* ---- objects ------------------------------------------------------------------------------ */

#define FO_OBJECTS(X)                                                                        \
    X(ROOT, "root") X(LAYOUT_MASTER_SET, "layout-master-set")                                \
    X(SIMPLE_PAGE_MASTER, "simple-page-master") X(REGION_BODY, "region-body")                \
    X(REGION_BEFORE, "region-before") X(REGION_AFTER, "region-after")                        \
    X(PAGE_SEQUENCE_MASTER, "page-sequence-master")                                          \
    X(REPEATABLE_PAGE_MASTER_ALTERNATIVES, "repeatable-page-master-alternatives")            \
    X(CONDITIONAL_PAGE_MASTER_REFERENCE, "conditional-page-master-reference")                \
    X(PAGE_SEQUENCE, "page-sequence") X(STATIC_CONTENT, "static-content") X(FLOW, "flow")    \
    X(BLOCK, "block") X(BLOCK_CONTAINER, "block-container") X(INLINE, "inline")              \
    X(WRAPPER, "wrapper") X(BASIC_LINK, "basic-link") X(PAGE_NUMBER, "page-number")          \
    X(PAGE_NUMBER_CITATION, "page-number-citation")                                          \
    X(PAGE_NUMBER_CITATION_LAST, "page-number-citation-last") X(LEADER, "leader")            \
    X(FOOTNOTE, "footnote") X(FOOTNOTE_BODY, "footnote-body") X(LIST_BLOCK, "list-block")    \
    X(LIST_ITEM, "list-item") X(LIST_ITEM_LABEL, "list-item-label")                          \
    X(LIST_ITEM_BODY, "list-item-body") X(TABLE, "table") X(TABLE_COLUMN, "table-column")    \
    X(TABLE_HEADER, "table-header") X(TABLE_BODY, "table-body") X(TABLE_ROW, "table-row")    \
    X(TABLE_CELL, "table-cell") X(EXTERNAL_GRAPHIC, "external-graphic")                      \
    X(INSTREAM_FOREIGN_OBJECT, "instream-foreign-object") X(MARKER, "marker")                \
    X(RETRIEVE_MARKER, "retrieve-marker") X(BOOKMARK_TREE, "bookmark-tree")                  \
    X(BOOKMARK, "bookmark") X(BOOKMARK_TITLE, "bookmark-title")                              \
    /* values (issue 20) */                                                                  \
    X(INLINE_CONTAINER, "inline-container")                                                 \
    /* pages (issue 20): page-master references and side regions */                         \
    X(SINGLE_PAGE_MASTER_REFERENCE, "single-page-master-reference")                          \
    X(REPEATABLE_PAGE_MASTER_REFERENCE, "repeatable-page-master-reference")                  \
    X(REGION_START, "region-start") X(REGION_END, "region-end")                              \
    /* blocks: floats (typeset_float.c) */                                                    \
    X(FLOAT, "float")                                                                         \
    /* tables area (issue 20): table footers, table markers, change bars */                  \
    X(TABLE_FOOTER, "table-footer") X(RETRIEVE_TABLE_MARKER, "retrieve-table-marker")          \
    X(CHANGE_BAR_BEGIN, "change-bar-begin") X(CHANGE_BAR_END, "change-bar-end")

#define FO_ENUM_OBJECT(id, name) FO_##id,
typedef enum { FO_OBJECTS(FO_ENUM_OBJECT) FO_TEXT, FO_N_TYPES } FoType;
#undef FO_ENUM_OBJECT

/* "block" for FO_BLOCK, "#text" for FO_TEXT. */
const char *fo_type_name(FoType type);

/* ---- properties --------------------------------------------------------------------------- */

/* The canonical properties (shorthands and relative-side names are expanded into these when
 * parsed). Order matches the table in fo_props.c. */
typedef enum {
    P_FONT_FAMILY, P_FONT_SIZE, P_FONT_WEIGHT, P_FONT_STYLE, P_COLOR, P_LINE_HEIGHT,
    P_TEXT_ALIGN, P_TEXT_ALIGN_LAST, P_TEXT_INDENT, P_START_INDENT, P_END_INDENT,
    P_SPACE_BEFORE, P_SPACE_AFTER,
    P_MARGIN_TOP, P_MARGIN_BOTTOM, P_MARGIN_LEFT, P_MARGIN_RIGHT,
    P_PADDING_TOP, P_PADDING_BOTTOM, P_PADDING_LEFT, P_PADDING_RIGHT,
    P_BORDER_TOP_WIDTH, P_BORDER_BOTTOM_WIDTH, P_BORDER_LEFT_WIDTH, P_BORDER_RIGHT_WIDTH,
    P_BORDER_TOP_STYLE, P_BORDER_BOTTOM_STYLE, P_BORDER_LEFT_STYLE, P_BORDER_RIGHT_STYLE,
    P_BORDER_TOP_COLOR, P_BORDER_BOTTOM_COLOR, P_BORDER_LEFT_COLOR, P_BORDER_RIGHT_COLOR,
    P_BACKGROUND_COLOR, P_KEEP_WITH_NEXT, P_KEEP_WITH_PREVIOUS, P_KEEP_TOGETHER,
    P_BREAK_BEFORE, P_BREAK_AFTER, P_WIDOWS, P_ORPHANS, P_HYPHENATE, P_HYPHENATION_LADDER_COUNT,
    P_LANGUAGE, P_ID,
    P_COLUMN_WIDTH, P_COLUMN_NUMBER, P_NUMBER_COLUMNS_REPEATED, P_NUMBER_COLUMNS_SPANNED,
    P_NUMBER_ROWS_SPANNED, P_PROVISIONAL_DISTANCE_BETWEEN_STARTS,
    P_PROVISIONAL_LABEL_SEPARATION, P_BASELINE_SHIFT, P_WIDTH, P_HEIGHT, P_CONTENT_WIDTH,
    P_CONTENT_HEIGHT, P_SCALING, P_DISPLAY_ALIGN, P_TABLE_LAYOUT, P_BORDER_COLLAPSE,
    P_TABLE_OMIT_HEADER_AT_BREAK, P_LEADER_PATTERN, P_LEADER_LENGTH, P_RULE_THICKNESS,
    P_RULE_STYLE, P_INITIAL_PAGE_NUMBER, P_MASTER_REFERENCE, P_MASTER_NAME, P_FLOW_NAME,
    P_PAGE_WIDTH, P_PAGE_HEIGHT, P_EXTENT, P_PAGE_POSITION, P_ODD_OR_EVEN,
    P_BLANK_OR_NOT_BLANK, P_REF_ID, P_INTERNAL_DESTINATION, P_EXTERNAL_DESTINATION, P_SRC,
    P_CONTENT_TYPE, P_MARKER_CLASS_NAME, P_RETRIEVE_CLASS_NAME, P_RETRIEVE_POSITION,
    P_RETRIEVE_BOUNDARY, P_STARTING_STATE, P_SHOW_DESTINATION, P_TEXT_DECORATION,
    P_LINEFEED_TREATMENT, P_WHITE_SPACE_COLLAPSE, P_ROLE, P_REGION_NAME, P_COUNTRY,
    P_FOX_ALT_TEXT, P_FOX_HEADER, /* Apache FOP's extensions fox:alt-text, fox:header */
    /* values (issue 20): text drawing, fo:character, the multi-objects, and accepted ones */
    P_CHARACTER, P_DIRECTION, P_UNICODE_BIDI, P_LETTER_SPACING, P_WORD_SPACING,
    P_TEXT_TRANSFORM, P_FONT_VARIANT, P_FONT_STRETCH, P_FONT_SELECTION_STRATEGY, P_TEXT_SHADOW,
    P_VISIBILITY, P_SCORE_SPACES, P_HYPHENATION_CHARACTER, P_HYPHENATION_PUSH_CHARACTER_COUNT,
    P_HYPHENATION_REMAIN_CHARACTER_COUNT, P_WHITE_SPACE_TREATMENT, P_WRAP_OPTION,
    P_TEXT_ALTITUDE, P_TEXT_DEPTH, P_RELATIVE_ALIGN, P_ALIGNMENT_BASELINE, P_DOMINANT_BASELINE,
    P_ALIGNMENT_ADJUST, P_CASE_NAME, P_CASE_TITLE, P_SWITCH_TO,
    /* pages (issue 20): page numbering, masters, columns, orientation */
    P_FORMAT, P_GROUPING_SEPARATOR, P_GROUPING_SIZE, P_LETTER_VALUE, P_FORCE_PAGE_COUNT,
    P_MAXIMUM_REPEATS, P_COLUMN_COUNT, P_COLUMN_GAP, P_SPAN, P_PRECEDENCE,
    /* blocks: positioned, rotated and floating areas (typeset_float.c) */
    P_ABSOLUTE_POSITION, P_TOP, P_BOTTOM, P_LEFT, P_RIGHT, P_Z_INDEX, P_OVERFLOW,
    P_REFERENCE_ORIENTATION, P_WRITING_MODE, P_FLOAT, P_CLEAR,
    /* tables area (issue 20): table footers, table markers, change bars */
    P_TABLE_OMIT_FOOTER_AT_BREAK, P_RETRIEVE_POSITION_WITHIN_TABLE,
    P_RETRIEVE_BOUNDARY_WITHIN_TABLE, P_CHANGE_BAR_CLASS, P_CHANGE_BAR_COLOR,
    P_CHANGE_BAR_OFFSET, P_CHANGE_BAR_PLACEMENT, P_CHANGE_BAR_STYLE, P_CHANGE_BAR_WIDTH,
    /* compliance (issue 20): the dots' pitch of a leader */
    P_LEADER_PATTERN_WIDTH,
    /* accepted without effect, as FOP does: DocBook's table of contents writes it */
    P_LEADER_ALIGNMENT,
    /* the last line's own end indent (DocBook's TOC hangs its page numbers with it) */
    P_LAST_LINE_END_INDENT,
    /* inline2 (issue 20): line stacking, shifts in the line height, the script of the text */
    P_LINE_STACKING_STRATEGY, P_LINE_HEIGHT_SHIFT_ADJUSTMENT, P_SCRIPT,
    /* tables2 (issue 20): the separate border model, cells without rows, minimum/maximum sizes */
    P_BORDER_SEPARATION_IPD, P_BORDER_SEPARATION_BPD, P_STARTS_ROW, P_ENDS_ROW,
    P_MIN_HEIGHT, P_MAX_HEIGHT, P_MIN_WIDTH, P_MAX_WIDTH,
    /* paint (issue 20): background images (typeset_background.c) */
    P_BACKGROUND_IMAGE, P_BACKGROUND_REPEAT, P_BACKGROUND_POSITION_HORIZONTAL,
    P_BACKGROUND_POSITION_VERTICAL,
    P_N_PROPS
} FoPropId;

typedef enum { FV_UNSET, FV_LENGTH, FV_NUMBER, FV_KEYWORD, FV_COLOR, FV_STRING,
               FV_PROPORTIONAL, FV_LABEL_END, FV_BODY_START } FoValueKind;

/* Keywords a property may take; fo_keyword_name gives the spelling. */
#define FO_KEYWORDS(X)                                                                       \
    X(AUTO, "auto") X(NORMAL, "normal") X(BOLD, "bold") X(BOLDER, "bolder")                   \
    X(LIGHTER, "lighter") X(ITALIC, "italic") X(OBLIQUE, "oblique") X(START, "start")         \
    X(END, "end") X(LEFT, "left") X(RIGHT, "right") X(CENTER, "center")                       \
    X(JUSTIFY, "justify") X(INSIDE, "inside") X(OUTSIDE, "outside") X(RELATIVE, "relative")  \
    X(ALWAYS, "always") X(PAGE, "page") X(COLUMN, "column") X(ODD_PAGE, "odd-page")           \
    X(EVEN_PAGE, "even-page") X(TRUE, "true") X(FALSE, "false") X(NONE, "none")               \
    X(SOLID, "solid") X(DOTTED, "dotted") X(DASHED, "dashed") X(DOUBLE, "double")             \
    X(GROOVE, "groove") X(RIDGE, "ridge") X(INSET, "inset") X(OUTSET, "outset")               \
    X(HIDDEN, "hidden") X(THIN, "thin") X(MEDIUM, "medium") X(THICK, "thick")                 \
    X(DOTS, "dots") X(RULE, "rule") X(SPACE, "space") X(BEFORE, "before") X(AFTER, "after")   \
    X(SEPARATE, "separate") X(COLLAPSE, "collapse") X(FIXED, "fixed") X(FIRST, "first")       \
    X(REST, "rest") X(LAST, "last") X(ANY, "any") X(ODD, "odd") X(EVEN, "even")               \
    X(BLANK, "blank") X(NOT_BLANK, "not-blank") X(BASELINE, "baseline") X(SUPER, "super")     \
    X(SUB, "sub") X(UNIFORM, "uniform") X(NON_UNIFORM, "non-uniform")                         \
    X(SCALE_TO_FIT, "scale-to-fit") X(SCALE_DOWN_TO_FIT, "scale-down-to-fit")                 \
    X(SCALE_UP_TO_FIT, "scale-up-to-fit") X(AUTO_ODD, "auto-odd") X(AUTO_EVEN, "auto-even")   \
    X(FIRST_STARTING, "first-starting-within-page")                                          \
    X(FIRST_INCLUDING_CARRYOVER, "first-including-carryover")                                \
    X(LAST_STARTING, "last-starting-within-page") X(LAST_ENDING, "last-ending-within-page")   \
    X(PAGE_SEQUENCE, "page-sequence") X(DOCUMENT, "document") X(SHOW, "show")                 \
    X(HIDE, "hide") X(REPLACE, "replace") X(NEW, "new") X(UNDERLINE, "underline")             \
    X(LINE_THROUGH, "line-through") X(OVERLINE, "overline") X(PRESERVE, "preserve")           \
    X(TREAT_AS_SPACE, "treat-as-space") X(XX_SMALL, "xx-small") X(X_SMALL, "x-small")         \
    X(SMALL, "small") X(LARGE, "large") X(X_LARGE, "x-large") X(XX_LARGE, "xx-large")         \
    X(SMALLER, "smaller") X(LARGER, "larger") X(NO_LIMIT, "no-limit")                         \
    /* values (issue 20) */                                                                  \
    X(LTR, "ltr") X(RTL, "rtl") X(CAPITALIZE, "capitalize") X(UPPERCASE, "uppercase")         \
    X(LOWERCASE, "lowercase") X(SMALL_CAPS, "small-caps") X(VISIBLE, "visible")               \
    X(WRAP, "wrap") X(NO_WRAP, "no-wrap") X(IGNORE, "ignore")                                 \
    X(IGNORE_IF_BEFORE_LINEFEED, "ignore-if-before-linefeed")                                \
    X(IGNORE_IF_AFTER_LINEFEED, "ignore-if-after-linefeed")                                  \
    X(IGNORE_IF_SURROUNDING_LINEFEED, "ignore-if-surrounding-linefeed")                      \
    X(ULTRA_CONDENSED, "ultra-condensed") X(EXTRA_CONDENSED, "extra-condensed")               \
    X(CONDENSED, "condensed") X(SEMI_CONDENSED, "semi-condensed")                             \
    X(SEMI_EXPANDED, "semi-expanded") X(EXPANDED, "expanded")                                 \
    X(EXTRA_EXPANDED, "extra-expanded") X(ULTRA_EXPANDED, "ultra-expanded")                   \
    X(WIDER, "wider") X(NARROWER, "narrower")                                                 \
    /* pages (issue 20) */                                                                   \
    X(ALPHABETIC, "alphabetic") X(TRADITIONAL, "traditional") X(END_ON_EVEN, "end-on-even")   \
    X(END_ON_ODD, "end-on-odd") X(NO_FORCE, "no-force") X(ALL, "all") X(LR_TB, "lr-tb")       \
    X(RL_TB, "rl-tb") X(TB_RL, "tb-rl") X(TB_LR, "tb-lr") X(LR, "lr") X(RL, "rl") X(TB, "tb")  \
    /* blocks: absolute-position, overflow, writing-mode, float, clear */                     \
    X(ABSOLUTE, "absolute") X(SCROLL, "scroll")                                               \
    X(ERROR_IF_OVERFLOW, "error-if-overflow") X(REPEAT, "repeat")                             \
    X(BT_LR, "bt-lr") X(BT_RL, "bt-rl") X(LR_BT, "lr-bt") X(RL_BT, "rl-bt") X(BOTH, "both")   \
    /* tables area (issue 20): table markers, change bars */                                  \
    X(TM_FIRST_STARTING, "first-starting") X(TM_LAST_STARTING, "last-starting")                \
    X(TM_LAST_ENDING, "last-ending") X(TABLE, "table") X(TABLE_FRAGMENT, "table-fragment")     \
    X(ALTERNATE, "alternate")                                                                 \
    /* compliance (issue 20): linefeed-treatment */                                            \
    X(TREAT_AS_ZERO_WIDTH_SPACE, "treat-as-zero-width-space")                                \
    X(USE_FONT_METRICS, "use-font-metrics")                                                  \
    /* inline2 (issue 20): line stacking, leaders with content */                             \
    X(MAX_HEIGHT, "max-height") X(FONT_HEIGHT, "font-height") X(LINE_HEIGHT, "line-height")    \
    X(CONSIDER_SHIFTS, "consider-shifts") X(DISREGARD_SHIFTS, "disregard-shifts")              \
    X(USE_CONTENT, "use-content")                                                            \
    /* paint (issue 20): background-repeat, background-position-vertical */                   \
    X(REPEAT_X, "repeat-x") X(REPEAT_Y, "repeat-y") X(NO_REPEAT, "no-repeat")                 \
    X(TOP, "top") X(BOTTOM, "bottom")

/* inline2 (issue 20): text-decoration is a set of values (underline overline, no-underline...),
 * kept as these bits in its value's number (the value is a string: its text as written). A
 * no-* value is its line's bit shifted by FO_DECO_CANCEL; none clears all. */
enum { FO_DECO_UNDERLINE = 1, FO_DECO_OVERLINE = 2, FO_DECO_LINE_THROUGH = 4, FO_DECO_BLINK = 8,
       FO_DECO_CANCEL = 4, FO_DECO_NONE = 256 };

#define FO_ENUM_KEYWORD(id, name) K_##id,
typedef enum { K_NONE_SET = 0, FO_KEYWORDS(FO_ENUM_KEYWORD) K_N_KEYWORDS } FoKeyword;
#undef FO_ENUM_KEYWORD

const char *fo_keyword_name(FoKeyword keyword);

/* A parsed value. Lengths keep their absolute, em and percentage parts apart, because em
 * resolves against the font size of the object that specified it and % against a reference
 * length only the layout knows; the length is pt + em * font-size + pct/100 * reference. */
typedef struct {
    FoValueKind kind;
    FoKeyword keyword;  /* FV_KEYWORD */
    double pt, em, pct; /* FV_LENGTH */
    double number;      /* FV_NUMBER, FV_PROPORTIONAL (the factor) */
    uint32_t rgb;       /* FV_COLOR: 0xRRGGBB */
    const char *str;    /* FV_STRING (arena) */
} FoValue;

/* Parses a length ("12pt", "-3.5mm", "1.2em", "50%", "0", "10px"; px is 1/96 in) into *out.
 * Returns 0, or -1 when text is not a length (out untouched). Pure: used by the tests. */
int fo_parse_length(const char *text, FoValue *out);

/* Property table access for the tree builder and the tests: the id of a canonical property
 * name or -1; its name; and its value parser (0, or -1 when text is not a value of it). */
int fo_prop_lookup(const char *name);
const char *fo_prop_name(FoPropId id);
int fo_prop_parse(FoPropId id, const char *text, FoArena *arena, FoValue *out);
/* Checks that v, the result of an expression or of "inherit" (fo_expr.h), is a value of property
 * id, making a number a length in points where a length goes. 0, or -1 when it is not. */
int fo_prop_accept(FoPropId id, FoValue *v);

/* ---- the tree ----------------------------------------------------------------------------- */

typedef struct FoProp {
    struct FoProp *next;
    FoPropId id;
    FoValue value;
} FoProp;

enum { FO_WARNED_INDENT = 1, FO_WARNED_TALL_LINE = 2, FO_WARNED_NESTED_ROW = 4,
       FO_WARNED_STRETCH = 8, FO_WARNED_ROLE = 16 };

typedef struct FoNode {
    FoType type;
    struct FoNode *parent, *first, *last, *next;
    const char *tag;  /* the start tag's name as written ("fo:block"), to find its column */
    xmlNodePtr foreign; /* FO_INSTREAM_FOREIGN_OBJECT: a copy of the source element (the tree's) */
    long line;
    FoProp *props;    /* specified properties, parsed */
    const char *text; /* FO_TEXT: UTF-8, as in the source */
    size_t text_len;
    double font_size; /* computed font size in pt, 0 until fo_font_size computes it */
    void *cache;      /* the typesetter's per-node data (shaped text), owned by the typesetter */
    int serial;       /* document order, 0-based */
    unsigned warned;  /* FO_WARNED_* bits: what the typesetter said about this node already (it
                         runs several passes, and each thing is said once) */
} FoNode;

typedef struct {
    FoArena *arena;
    FoNode *root;
    const char *file;
    xmlDocPtr foreign;  /* holds the copies of instream-foreign-object elements, or NULL */
    int node_count;
    /* document metadata from foreign attributes on fo:root (urn:frisk:fo), or NULL */
    const char *title, *author, *subject, *keywords, *creation_date;
} FoTree;

#define FO_NS "http://www.w3.org/1999/XSL/Format"
#define FRISK_FO_NS "urn:frisk:fo"
#define FOX_NS "http://xmlgraphics.apache.org/fop/extensions"

/* Reads doc into an FoTree, reporting every object, property or value outside the subset as
 * file:line:col: error. Returns NULL when there was any error (or doc has no fo:root). */
FoTree *fo_tree_build(xmlDocPtr doc, const char *file);
void fo_tree_free(FoTree *tree);
/* tables2: moves the fo:table-cell objects written directly in a table section (no
 * fo:table-row) under rows of their own, formed by starts-row, ends-row and the columns
 * (fo_rows.c). Returns the count of errors reported (a cell that fits in no row). */
int fo_rows_form(FoTree *tree, FoNode *section);

/* Reports an error located at node (file of the tree, the node's line and column). */
void fo_error(const FoTree *tree, const FoNode *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Reports a warning located at node, as fo_error does. */
void fo_warning(const FoTree *tree, const FoNode *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The value of property id for node: the specified value, else for an inherited property the
 * parent's, else NULL (the initial value applies: see fo_initial). *from, when not NULL, gets the
 * node that specified it. Borrowed from the tree. */
const FoValue *fo_get(const FoNode *node, FoPropId id, const FoNode **from);
/* fo_get, falling back to the table's initial value; never NULL. */
const FoValue *fo_value(const FoNode *node, FoPropId id, const FoNode **from);

/* Computed font size in pt (inherits; em and % relative to the parent's; keywords). */
double fo_font_size(FoNode *node);
/* A length property resolved to pt: em against the font size of the node that specified it,
 * % against reference. Keywords and unset give fallback. */
double fo_length(const FoNode *node, FoPropId id, double reference, double fallback);
/* The keyword of an enumerated property (its initial when unset); K_NONE_SET for non-keywords. */
FoKeyword fo_keyword(const FoNode *node, FoPropId id);
/* A string property (inherited if the property inherits), or NULL. */
const char *fo_string(const FoNode *node, FoPropId id);
/* A number property (widows, orphans, spans...), or fallback when unset or not a number. */
double fo_number(const FoNode *node, FoPropId id, double fallback);
/* The language of node as BCP 47 ("da-DK"): language (or xml:lang) with country; 1 and buf
 * set, or 0 when it has none ("none"). */
int fo_lang(const FoNode *node, char *buf, size_t size);
/* 1 and *rgb set when a colour property is a colour (not transparent/unset). */
int fo_color(const FoNode *node, FoPropId id, uint32_t *rgb);

#endif
