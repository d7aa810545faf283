/* fo_props — FO properties as a table: name, inherited?, initial value, parser.
 *
 * Takes: attribute text. Gives: checked FoValues, and the lookups that inherit them along the
 * FO tree (fo.h). One row per property instead of one accessor per property (STYLE.md), so the
 * subset is this table and adding a property is adding a row.
 */
#include "fo.h"

#include "shared/color.h"
#include "shared/diag.h"

#include <glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- names -------------------------------------------------------------------------------- */

#define FO_NAME_OBJECT(id, name) name,
static const char *const object_names[] = {FO_OBJECTS(FO_NAME_OBJECT) "#text"};
#undef FO_NAME_OBJECT

const char *fo_type_name(FoType type)
{
    return type < FO_N_TYPES ? object_names[type] : "?";
}

#define FO_NAME_KEYWORD(id, name) name,
static const char *const keyword_names[] = {"", FO_KEYWORDS(FO_NAME_KEYWORD)};
#undef FO_NAME_KEYWORD

const char *fo_keyword_name(FoKeyword keyword)
{
    return keyword < K_N_KEYWORDS ? keyword_names[keyword] : "?";
}

static FoKeyword keyword_lookup(const char *text)
{
    for (int k = 1; k < K_N_KEYWORDS; k++)
        if (strcmp(keyword_names[k], text) == 0)
            return (FoKeyword)k;
    return K_NONE_SET;
}

/* ---- the property table ------------------------------------------------------------------- */

typedef enum {
    PK_LENGTH,       /* length, or one of the keywords */
    PK_BORDER_WIDTH, /* length or thin/medium/thick */
    PK_COLOR,        /* colour or transparent */
    PK_KEYWORD,      /* one of the keywords */
    PK_NUMBER,       /* number or one of the keywords */
    PK_INTEGER,      /* positive integer */
    PK_STRING,       /* any text */
    PK_KEEP,         /* auto | always | integer */
    PK_LINE_HEIGHT,  /* normal | number | length */
    PK_FONT_SIZE,    /* length | size keywords */
    PK_FONT_WEIGHT,  /* normal | bold | bolder | lighter | 100..900 */
    PK_COLUMN_WIDTH, /* length | proportional-column-width(N) */
    PK_INDENT,       /* length | label-end() | body-start() */
    PK_BASELINE,     /* baseline | sub | super | length */
    PK_URI,          /* url(...) or a bare URI */
    PK_COUNT,        /* integer >= 0 (widows, orphans: 0 is no constraint, as in FOP) */
    PK_ACCEPTED,     /* one of the keywords, or a length: accepted, kept as text, not used */
    PK_CHAR,         /* exactly one character */
    /* inline2 (issue 20) */
    PK_DECORATION,   /* none | a set of underline, overline, line-through, blink and no-* */
    PK_SCRIPT,       /* auto | none | an ISO 15924 script code glib knows (Latn, Arab...) */
    /* align (issue 20) */
    PK_ALIGN,        /* one of the keywords, or one character (bare or quoted) to align on */
} ParseKind;

typedef struct {
    const char *name;
    FoPropId id;
    int inherited;
    const char *initial;
    ParseKind kind;
    const char *keywords; /* "a|b|c" */
} PropDef;

#define SIDES(name, kind, initial, kw)                                                       \
    {name "-top", P_##kind##_TOP, 0, initial, PK_LENGTH, kw},                                \
    {name "-bottom", P_##kind##_BOTTOM, 0, initial, PK_LENGTH, kw},                          \
    {name "-left", P_##kind##_LEFT, 0, initial, PK_LENGTH, kw},                              \
    {name "-right", P_##kind##_RIGHT, 0, initial, PK_LENGTH, kw}
#define BORDER_STYLES "none|hidden|solid|dotted|dashed|double|groove|ridge|inset|outset"

static const PropDef props[P_N_PROPS] = {
    {"font-family", P_FONT_FAMILY, 1, "serif", PK_STRING, NULL},
    {"font-size", P_FONT_SIZE, 1, "12pt", PK_FONT_SIZE,
     "xx-small|x-small|small|medium|large|x-large|xx-large|smaller|larger"},
    {"font-weight", P_FONT_WEIGHT, 1, "normal", PK_FONT_WEIGHT, NULL},
    {"font-style", P_FONT_STYLE, 1, "normal", PK_KEYWORD, "normal|italic|oblique"},
    {"color", P_COLOR, 1, "black", PK_COLOR, NULL},
    {"line-height", P_LINE_HEIGHT, 1, "normal", PK_LINE_HEIGHT, "normal"},
    {"text-align", P_TEXT_ALIGN, 1, "start", PK_ALIGN,
     "start|end|left|right|center|justify|inside|outside"},
    {"text-align-last", P_TEXT_ALIGN_LAST, 1, "relative", PK_KEYWORD,
     "relative|start|end|left|right|center|justify|inside|outside"},
    {"text-indent", P_TEXT_INDENT, 1, "0pt", PK_LENGTH, NULL},
    {"start-indent", P_START_INDENT, 1, "0pt", PK_INDENT, NULL},
    {"end-indent", P_END_INDENT, 1, "0pt", PK_INDENT, NULL},
    {"space-before", P_SPACE_BEFORE, 0, "0pt", PK_LENGTH, NULL},
    {"space-after", P_SPACE_AFTER, 0, "0pt", PK_LENGTH, NULL},
    SIDES("margin", MARGIN, "0pt", "auto"),
    SIDES("padding", PADDING, "0pt", NULL),
    {"border-top-width", P_BORDER_TOP_WIDTH, 0, "medium", PK_BORDER_WIDTH, "thin|medium|thick"},
    {"border-bottom-width", P_BORDER_BOTTOM_WIDTH, 0, "medium", PK_BORDER_WIDTH, "thin|medium|thick"},
    {"border-left-width", P_BORDER_LEFT_WIDTH, 0, "medium", PK_BORDER_WIDTH, "thin|medium|thick"},
    {"border-right-width", P_BORDER_RIGHT_WIDTH, 0, "medium", PK_BORDER_WIDTH, "thin|medium|thick"},
    {"border-top-style", P_BORDER_TOP_STYLE, 0, "none", PK_KEYWORD, BORDER_STYLES},
    {"border-bottom-style", P_BORDER_BOTTOM_STYLE, 0, "none", PK_KEYWORD, BORDER_STYLES},
    {"border-left-style", P_BORDER_LEFT_STYLE, 0, "none", PK_KEYWORD, BORDER_STYLES},
    {"border-right-style", P_BORDER_RIGHT_STYLE, 0, "none", PK_KEYWORD, BORDER_STYLES},
    {"border-top-color", P_BORDER_TOP_COLOR, 0, "black", PK_COLOR, NULL},
    {"border-bottom-color", P_BORDER_BOTTOM_COLOR, 0, "black", PK_COLOR, NULL},
    {"border-left-color", P_BORDER_LEFT_COLOR, 0, "black", PK_COLOR, NULL},
    {"border-right-color", P_BORDER_RIGHT_COLOR, 0, "black", PK_COLOR, NULL},
    {"background-color", P_BACKGROUND_COLOR, 0, "transparent", PK_COLOR, NULL},
    {"keep-with-next", P_KEEP_WITH_NEXT, 0, "auto", PK_KEEP, NULL},
    {"keep-with-previous", P_KEEP_WITH_PREVIOUS, 0, "auto", PK_KEEP, NULL},
    {"keep-together", P_KEEP_TOGETHER, 1, "auto", PK_KEEP, NULL},
    {"break-before", P_BREAK_BEFORE, 0, "auto", PK_KEYWORD, "auto|column|page|even-page|odd-page"},
    {"break-after", P_BREAK_AFTER, 0, "auto", PK_KEYWORD, "auto|column|page|even-page|odd-page"},
    {"widows", P_WIDOWS, 1, "2", PK_COUNT, NULL},
    {"orphans", P_ORPHANS, 1, "2", PK_COUNT, NULL},
    {"hyphenate", P_HYPHENATE, 1, "false", PK_KEYWORD, "true|false"},
    /* XSL's initial value is no-limit; frisk's is 2, as typographers ask (docs/typesetter.md) */
    {"hyphenation-ladder-count", P_HYPHENATION_LADDER_COUNT, 1, "2", PK_INTEGER, "no-limit"},
    {"language", P_LANGUAGE, 1, "none", PK_STRING, NULL},
    {"id", P_ID, 0, NULL, PK_STRING, NULL},
    {"column-width", P_COLUMN_WIDTH, 0, "auto", PK_COLUMN_WIDTH, "auto"},
    {"column-number", P_COLUMN_NUMBER, 0, NULL, PK_INTEGER, NULL},
    {"number-columns-repeated", P_NUMBER_COLUMNS_REPEATED, 0, "1", PK_INTEGER, NULL},
    {"number-columns-spanned", P_NUMBER_COLUMNS_SPANNED, 0, "1", PK_INTEGER, NULL},
    {"number-rows-spanned", P_NUMBER_ROWS_SPANNED, 0, "1", PK_INTEGER, NULL},
    {"provisional-distance-between-starts", P_PROVISIONAL_DISTANCE_BETWEEN_STARTS, 1, "24pt",
     PK_LENGTH, NULL},
    {"provisional-label-separation", P_PROVISIONAL_LABEL_SEPARATION, 1, "6pt", PK_LENGTH, NULL},
    {"baseline-shift", P_BASELINE_SHIFT, 0, "baseline", PK_BASELINE, "baseline|sub|super"},
    {"width", P_WIDTH, 0, "auto", PK_LENGTH, "auto"},
    {"height", P_HEIGHT, 0, "auto", PK_LENGTH, "auto"},
    {"content-width", P_CONTENT_WIDTH, 0, "auto", PK_LENGTH,
     "auto|scale-to-fit|scale-down-to-fit|scale-up-to-fit"},
    {"content-height", P_CONTENT_HEIGHT, 0, "auto", PK_LENGTH,
     "auto|scale-to-fit|scale-down-to-fit|scale-up-to-fit"},
    {"scaling", P_SCALING, 0, "uniform", PK_KEYWORD, "uniform|non-uniform"},
    {"display-align", P_DISPLAY_ALIGN, 1, "auto", PK_KEYWORD, "auto|before|center|after"},
    {"table-layout", P_TABLE_LAYOUT, 0, "auto", PK_KEYWORD, "auto|fixed"},
    {"border-collapse", P_BORDER_COLLAPSE, 1, "collapse", PK_KEYWORD, "collapse|separate"},
    {"table-omit-header-at-break", P_TABLE_OMIT_HEADER_AT_BREAK, 0, "false", PK_KEYWORD,
     "true|false"},
    {"leader-pattern", P_LEADER_PATTERN, 1, "space", PK_KEYWORD, "space|rule|dots|use-content"},
    {"leader-length", P_LEADER_LENGTH, 1, "12pt", PK_LENGTH, NULL},
    {"rule-thickness", P_RULE_THICKNESS, 1, "1pt", PK_LENGTH, NULL},
    {"rule-style", P_RULE_STYLE, 1, "solid", PK_KEYWORD,
     "none|solid|dotted|dashed|double|groove|ridge"},
    {"initial-page-number", P_INITIAL_PAGE_NUMBER, 0, "auto", PK_NUMBER, "auto|auto-odd|auto-even"},
    {"master-reference", P_MASTER_REFERENCE, 0, NULL, PK_STRING, NULL},
    {"master-name", P_MASTER_NAME, 0, NULL, PK_STRING, NULL},
    {"flow-name", P_FLOW_NAME, 0, NULL, PK_STRING, NULL},
    {"page-width", P_PAGE_WIDTH, 0, "210mm", PK_LENGTH, NULL},
    {"page-height", P_PAGE_HEIGHT, 0, "297mm", PK_LENGTH, NULL},
    {"extent", P_EXTENT, 0, "0pt", PK_LENGTH, NULL},
    {"page-position", P_PAGE_POSITION, 0, "any", PK_KEYWORD, "first|last|rest|any"},
    {"odd-or-even", P_ODD_OR_EVEN, 0, "any", PK_KEYWORD, "odd|even|any"},
    {"blank-or-not-blank", P_BLANK_OR_NOT_BLANK, 0, "any", PK_KEYWORD, "blank|not-blank|any"},
    {"ref-id", P_REF_ID, 0, NULL, PK_STRING, NULL},
    {"internal-destination", P_INTERNAL_DESTINATION, 0, NULL, PK_STRING, NULL},
    {"external-destination", P_EXTERNAL_DESTINATION, 0, NULL, PK_URI, NULL},
    {"src", P_SRC, 0, NULL, PK_URI, NULL},
    {"content-type", P_CONTENT_TYPE, 0, NULL, PK_STRING, NULL},
    {"marker-class-name", P_MARKER_CLASS_NAME, 0, NULL, PK_STRING, NULL},
    {"retrieve-class-name", P_RETRIEVE_CLASS_NAME, 0, NULL, PK_STRING, NULL},
    {"retrieve-position", P_RETRIEVE_POSITION, 0, "first-starting-within-page", PK_KEYWORD,
     "first-starting-within-page|first-including-carryover|last-starting-within-page|"
     "last-ending-within-page"},
    {"retrieve-boundary", P_RETRIEVE_BOUNDARY, 0, "page-sequence", PK_KEYWORD,
     "page|page-sequence|document"},
    {"starting-state", P_STARTING_STATE, 0, "show", PK_KEYWORD, "show|hide"},
    {"show-destination", P_SHOW_DESTINATION, 0, "replace", PK_KEYWORD, "replace|new"},
    {"text-decoration", P_TEXT_DECORATION, 0, "none", PK_DECORATION, NULL},
    {"linefeed-treatment", P_LINEFEED_TREATMENT, 1, "treat-as-space", PK_KEYWORD,
     "treat-as-space|preserve|ignore|treat-as-zero-width-space"},
    {"white-space-collapse", P_WHITE_SPACE_COLLAPSE, 1, "true", PK_KEYWORD, "true|false"},
    {"role", P_ROLE, 0, NULL, PK_STRING, NULL},
    {"region-name", P_REGION_NAME, 0, NULL, PK_STRING, NULL},
    {"country", P_COUNTRY, 1, "none", PK_STRING, NULL},
    /* set only from the fox namespace (fo_tree.c): an attribute name has no colon */
    {"fox:alt-text", P_FOX_ALT_TEXT, 0, NULL, PK_STRING, NULL},
    {"fox:header", P_FOX_HEADER, 0, "false", PK_KEYWORD, "true|false"},
    /* values (issue 20) */
    {"character", P_CHARACTER, 0, NULL, PK_CHAR, NULL},
    {"direction", P_DIRECTION, 1, "ltr", PK_KEYWORD, "ltr|rtl"},
    {"unicode-bidi", P_UNICODE_BIDI, 0, "normal", PK_ACCEPTED, "normal|embed|bidi-override"},
    {"letter-spacing", P_LETTER_SPACING, 1, "normal", PK_LENGTH, "normal"},
    {"word-spacing", P_WORD_SPACING, 1, "normal", PK_LENGTH, "normal"},
    {"text-transform", P_TEXT_TRANSFORM, 1, "none", PK_KEYWORD,
     "none|capitalize|uppercase|lowercase"},
    {"font-variant", P_FONT_VARIANT, 1, "normal", PK_KEYWORD, "normal|small-caps"},
    {"font-stretch", P_FONT_STRETCH, 1, "normal", PK_KEYWORD,
     "normal|wider|narrower|ultra-condensed|extra-condensed|condensed|semi-condensed|"
     "semi-expanded|expanded|extra-expanded|ultra-expanded"},
    {"font-selection-strategy", P_FONT_SELECTION_STRATEGY, 1, "auto", PK_ACCEPTED,
     "auto|character-by-character"},
    {"text-shadow", P_TEXT_SHADOW, 0, "none", PK_STRING, NULL}, /* accepted; FOP ignores it */
    {"visibility", P_VISIBILITY, 1, "visible", PK_KEYWORD, "visible|hidden|collapse"},
    {"score-spaces", P_SCORE_SPACES, 1, "true", PK_KEYWORD, "true|false"},
    {"hyphenation-character", P_HYPHENATION_CHARACTER, 1, "-", PK_CHAR, NULL},
    {"hyphenation-push-character-count", P_HYPHENATION_PUSH_CHARACTER_COUNT, 1, "2", PK_INTEGER,
     NULL},
    {"hyphenation-remain-character-count", P_HYPHENATION_REMAIN_CHARACTER_COUNT, 1, "2",
     PK_INTEGER, NULL},
    {"white-space-treatment", P_WHITE_SPACE_TREATMENT, 1, "ignore-if-surrounding-linefeed",
     PK_KEYWORD, "ignore|preserve|ignore-if-before-linefeed|ignore-if-after-linefeed|"
     "ignore-if-surrounding-linefeed"},
    {"wrap-option", P_WRAP_OPTION, 1, "wrap", PK_KEYWORD, "wrap|no-wrap"},
    {"text-altitude", P_TEXT_ALTITUDE, 0, "use-font-metrics", PK_ACCEPTED, "use-font-metrics"},
    {"text-depth", P_TEXT_DEPTH, 0, "use-font-metrics", PK_ACCEPTED, "use-font-metrics"},
    {"relative-align", P_RELATIVE_ALIGN, 1, "before", PK_ACCEPTED, "before|baseline"},
    {"alignment-baseline", P_ALIGNMENT_BASELINE, 0, "auto", PK_ACCEPTED,
     "auto|baseline|before-edge|text-before-edge|middle|central|after-edge|text-after-edge|"
     "ideographic|alphabetic|hanging|mathematical"},
    {"dominant-baseline", P_DOMINANT_BASELINE, 0, "auto", PK_ACCEPTED,
     "auto|use-script|no-change|reset-size|ideographic|alphabetic|hanging|mathematical|"
     "central|middle|text-after-edge|text-before-edge"},
    {"alignment-adjust", P_ALIGNMENT_ADJUST, 0, "auto", PK_ACCEPTED,
     "auto|baseline|before-edge|text-before-edge|middle|central|after-edge|text-after-edge|"
     "ideographic|alphabetic|hanging|mathematical"},
    {"case-name", P_CASE_NAME, 0, NULL, PK_STRING, NULL},
    {"case-title", P_CASE_TITLE, 0, NULL, PK_STRING, NULL},
    {"switch-to", P_SWITCH_TO, 0, "xsl-any", PK_STRING, NULL},
    /* pages (issue 20): page numbering, masters, columns, orientation (typeset_pages.c) */
    {"format", P_FORMAT, 0, "1", PK_STRING, NULL},
    {"grouping-separator", P_GROUPING_SEPARATOR, 0, NULL, PK_STRING, NULL},
    {"grouping-size", P_GROUPING_SIZE, 0, NULL, PK_INTEGER, NULL},
    {"letter-value", P_LETTER_VALUE, 0, "auto", PK_KEYWORD, "auto|alphabetic|traditional"},
    {"force-page-count", P_FORCE_PAGE_COUNT, 0, "auto", PK_KEYWORD,
     "auto|even|odd|end-on-even|end-on-odd|no-force"},
    {"maximum-repeats", P_MAXIMUM_REPEATS, 0, "no-limit", PK_NUMBER, "no-limit"},
    {"column-count", P_COLUMN_COUNT, 0, "1", PK_INTEGER, NULL},
    {"column-gap", P_COLUMN_GAP, 0, "12pt", PK_LENGTH, NULL},
    {"span", P_SPAN, 0, "none", PK_KEYWORD, "none|all"},
    {"precedence", P_PRECEDENCE, 0, "false", PK_KEYWORD, "true|false"},
    /* blocks: positioned, rotated and floating areas (typeset_float.c) */
    {"absolute-position", P_ABSOLUTE_POSITION, 0, "auto", PK_KEYWORD,
     "auto|absolute|fixed|relative"},
    {"top", P_TOP, 0, "auto", PK_LENGTH, "auto"},
    {"bottom", P_BOTTOM, 0, "auto", PK_LENGTH, "auto"},
    {"left", P_LEFT, 0, "auto", PK_LENGTH, "auto"},
    {"right", P_RIGHT, 0, "auto", PK_LENGTH, "auto"},
    {"z-index", P_Z_INDEX, 0, "auto", PK_NUMBER, "auto"},
    {"overflow", P_OVERFLOW, 0, "auto", PK_KEYWORD,
     "visible|hidden|scroll|error-if-overflow|repeat|auto"},
    /* XSL inherits it, but frisk rotates only the object that states it (see typeset_float.c) */
    {"reference-orientation", P_REFERENCE_ORIENTATION, 0, "0", PK_NUMBER, NULL},
    {"writing-mode", P_WRITING_MODE, 1, "lr-tb", PK_KEYWORD,
     "lr-tb|rl-tb|tb-rl|tb-lr|bt-lr|bt-rl|lr-bt|rl-bt|lr|rl|tb"},
    {"float", P_FLOAT, 0, "none", PK_KEYWORD, "before|start|end|left|right|inside|outside|none"},
    {"clear", P_CLEAR, 0, "none", PK_KEYWORD, "start|end|left|right|inside|outside|both|none"},
    /* tables area (issue 20): table footers, table markers, change bars */
    {"table-omit-footer-at-break", P_TABLE_OMIT_FOOTER_AT_BREAK, 0, "false", PK_KEYWORD,
     "true|false"},
    {"retrieve-position-within-table", P_RETRIEVE_POSITION_WITHIN_TABLE, 0, "first-starting",
     PK_KEYWORD, "first-starting|first-including-carryover|last-starting|last-ending"},
    {"retrieve-boundary-within-table", P_RETRIEVE_BOUNDARY_WITHIN_TABLE, 0, "table", PK_KEYWORD,
     "table|table-fragment|page"},
    {"change-bar-class", P_CHANGE_BAR_CLASS, 0, NULL, PK_STRING, NULL},
    /* XSL's initials: the colour is the text's (unset here), the style none */
    {"change-bar-color", P_CHANGE_BAR_COLOR, 1, NULL, PK_COLOR, NULL},
    {"change-bar-offset", P_CHANGE_BAR_OFFSET, 1, "6pt", PK_LENGTH, NULL},
    {"change-bar-placement", P_CHANGE_BAR_PLACEMENT, 1, "start", PK_KEYWORD,
     "start|end|left|right|inside|outside|alternate"},
    {"change-bar-style", P_CHANGE_BAR_STYLE, 1, "none", PK_KEYWORD, BORDER_STYLES},
    {"change-bar-width", P_CHANGE_BAR_WIDTH, 1, "6pt", PK_BORDER_WIDTH, "thin|medium|thick"},
    /* compliance (issue 20): the distance from one leader dot to the next */
    {"leader-pattern-width", P_LEADER_PATTERN_WIDTH, 1, "use-font-metrics", PK_LENGTH,
     "use-font-metrics"},
    /* DocBook's TOC writes leader-alignment="reference-area" on its dot leaders; FOP ignores it,
     * and frisk's dots already stand on one grid from the reference area's start, so they line
     * up from line to line as the property asks */
    {"leader-alignment", P_LEADER_ALIGNMENT, 1, "none", PK_ACCEPTED, "none|reference-area|page"},
    /* added to the end-indent of a paragraph's last line and of a line ending in a linefeed */
    {"last-line-end-indent", P_LAST_LINE_END_INDENT, 1, "0pt", PK_LENGTH, NULL},
    /* inline2 (issue 20): how lines stack (typeset_lines.c); the script is accepted and left
     * to pango, which finds each run's script from its characters */
    {"line-stacking-strategy", P_LINE_STACKING_STRATEGY, 1, "max-height", PK_KEYWORD,
     "line-height|font-height|max-height"},
    {"line-height-shift-adjustment", P_LINE_HEIGHT_SHIFT_ADJUSTMENT, 1, "consider-shifts",
     PK_KEYWORD, "consider-shifts|disregard-shifts"},
    {"script", P_SCRIPT, 1, "auto", PK_SCRIPT, "auto|none"},
    /* tables2 (issue 20): border-separation's two components (the shorthands border-separation
     * and border-spacing set both: fo_shorthand.c), the row grouping of cells written without
     * fo:table-row (fo_rows.c), and the limits of a size: min-height is also
     * block-progression-dimension.minimum, and so on (fo_tree.c's progression_alias) */
    {"border-separation.inline-progression-direction", P_BORDER_SEPARATION_IPD, 1, "0pt",
     PK_LENGTH, NULL},
    {"border-separation.block-progression-direction", P_BORDER_SEPARATION_BPD, 1, "0pt",
     PK_LENGTH, NULL},
    {"starts-row", P_STARTS_ROW, 0, "false", PK_KEYWORD, "true|false"},
    {"ends-row", P_ENDS_ROW, 0, "false", PK_KEYWORD, "true|false"},
    {"min-height", P_MIN_HEIGHT, 0, "auto", PK_LENGTH, "auto"},
    {"max-height", P_MAX_HEIGHT, 0, "auto", PK_LENGTH, "auto|none"},
    {"min-width", P_MIN_WIDTH, 0, "auto", PK_LENGTH, "auto"},
    {"max-width", P_MAX_WIDTH, 0, "auto", PK_LENGTH, "auto|none"},
    /* paint (issue 20): background images, placed in the padding rectangle (XSL 7.8.3-7.8.6);
     * a position is a length from its start/top edge, or a percentage (or keyword) of the room
     * the image leaves, as CSS 2 has it */
    {"background-image", P_BACKGROUND_IMAGE, 0, "none", PK_URI, "none"},
    {"background-repeat", P_BACKGROUND_REPEAT, 0, "repeat", PK_KEYWORD,
     "repeat|repeat-x|repeat-y|no-repeat"},
    {"background-position-horizontal", P_BACKGROUND_POSITION_HORIZONTAL, 0, "0%", PK_LENGTH,
     "left|center|right"},
    {"background-position-vertical", P_BACKGROUND_POSITION_VERTICAL, 0, "0%", PK_LENGTH,
     "top|center|bottom"},
};

static FoValue initial_values[P_N_PROPS];
static int initial_ready;

/* ---- value parsers ------------------------------------------------------------------------ */

static const char *skip_space(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    return s;
}

int fo_parse_length(const char *text, FoValue *out)
{
    static const struct { const char *unit; double pt; } units[] = {
        {"pt", 1.0}, {"mm", 72.0 / 25.4}, {"cm", 72.0 / 2.54}, {"in", 72.0},
        {"pc", 12.0}, {"px", 0.75},
    };
    if (!text)
        return -1;
    const char *s = skip_space(text);
    char *end;
    double v = strtod(s, &end);
    if (end == s || !isfinite(v) || fabs(v) > 1e6)
        return -1;
    /* strtod accepts "inf", "0x1p3" and the like: insist on a plain decimal */
    for (const char *p = s; p < end; p++)
        if (!(*p == '-' || *p == '+' || *p == '.' || (*p >= '0' && *p <= '9')))
            return -1;
    const char *unit = end;
    const char *tail = unit;
    while (*tail && *tail != ' ' && *tail != '\t' && *tail != '\n' && *tail != '\r')
        tail++;
    if (*skip_space(tail))
        return -1;
    size_t ulen = (size_t)(tail - unit);
    FoValue value = {.kind = FV_LENGTH};
    if (ulen == 0) {
        if (v != 0.0)
            return -1; /* only 0 may go without a unit */
    } else if (ulen == 1 && unit[0] == '%') {
        value.pct = v;
    } else if (ulen == 2 && strncmp(unit, "em", 2) == 0) {
        value.em = v;
    } else {
        size_t i;
        for (i = 0; i < sizeof units / sizeof units[0]; i++)
            if (ulen == 2 && strncmp(unit, units[i].unit, 2) == 0)
                break;
        if (i == sizeof units / sizeof units[0])
            return -1;
        value.pt = v * units[i].pt;
    }
    *out = value;
    return 0;
}

/* Is text one of the '|'-separated words of list (which need not be FO_KEYWORDS)? */
static int listed(const char *list, const char *text)
{
    size_t n = strlen(text);
    for (const char *p = list; p && *p;) {
        const char *bar = strchr(p, '|');
        size_t len = bar ? (size_t)(bar - p) : strlen(p);
        if (len == n && strncmp(p, text, n) == 0)
            return 1;
        p = bar ? bar + 1 : NULL;
    }
    return 0;
}

/* Is text one of the '|'-separated keywords? */
static FoKeyword keyword_in(const char *list, const char *text)
{
    return listed(list, text) ? keyword_lookup(text) : K_NONE_SET;
}

static int parse_number(const char *text, double *out)
{
    const char *s = skip_space(text);
    char *end;
    double v = strtod(s, &end);
    if (end == s || !isfinite(v) || *skip_space(end))
        return -1;
    for (const char *p = s; p < end; p++)
        if (!(*p == '-' || *p == '+' || *p == '.' || (*p >= '0' && *p <= '9')))
            return -1;
    *out = v;
    return 0;
}

/* A trimmed copy of text in buf (a property value is short; longer ones are strings). */
static const char *trimmed(const char *text, char *buf, size_t size)
{
    const char *s = skip_space(text);
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    if (n >= size)
        n = size - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return buf;
}

/* inline2: the bits (FO_DECO_*) of a text-decoration: none, or each line at most once, set or
 * cancelled ("underline no-overline"). 0, or -1 when text is not such a value. */
static int parse_decoration(const char *text, unsigned *bits)
{
    static const char *const lines[] = {"underline", "overline", "line-through", "blink"};
    if (strcmp(text, "none") == 0) {
        *bits = FO_DECO_NONE;
        return 0;
    }
    unsigned set = 0;
    for (const char *s = skip_space(text); *s; s = skip_space(s)) {
        size_t n = strcspn(s, " \t\n\r");
        int cancel = n > 3 && strncmp(s, "no-", 3) == 0;
        const char *word = cancel ? s + 3 : s;
        size_t len = cancel ? n - 3 : n;
        unsigned i = 0;
        while (i < 4 && !(strlen(lines[i]) == len && strncmp(lines[i], word, len) == 0))
            i++;
        unsigned line = 1u << i, both = line | line << FO_DECO_CANCEL;
        if (i == 4 || (set & both))
            return -1; /* not a decoration, or the same line named twice */
        set |= cancel ? line << FO_DECO_CANCEL : line;
        s += n;
    }
    if (!set)
        return -1;
    *bits = set;
    return 0;
}

/* inline2: an ISO 15924 code ("Latn", any case) of a script glib knows. */
static int known_script(const char *text)
{
    if (strlen(text) != 4)
        return 0;
    guint32 tag = 0;
    for (int i = 0; i < 4; i++) {
        char c = text[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return 0;
        c = (char)(i == 0 ? g_ascii_toupper(c) : g_ascii_tolower(c)); /* written "Latn" */
        tag = tag << 8 | (guint32)(unsigned char)c;
    }
    return g_unicode_script_from_iso15924(tag) != G_UNICODE_SCRIPT_UNKNOWN;
}

/* Is text exactly one character, however many bytes its UTF-8 takes? */
static int one_character(const char *text)
{
    return *text && g_utf8_validate(text, -1, NULL) && !*g_utf8_next_char(text);
}

/* Parses text for def into *out. Returns 0, or -1 when it is not a value of the property. */
static int parse_value(const PropDef *def, const char *text, FoArena *arena, FoValue *out)
{
    char buf[256];
    const char *t = trimmed(text, buf, sizeof buf);
    FoValue v = {0};
    FoKeyword k = keyword_in(def->keywords, t);
    if (k != K_NONE_SET) {
        v.kind = FV_KEYWORD;
        v.keyword = k;
        if (def->kind == PK_BORDER_WIDTH) {
            v.kind = FV_LENGTH;
            v.pt = k == K_THIN ? 0.5 : k == K_THICK ? 2.0 : 1.0;
        }
        *out = v;
        return 0;
    }
    switch (def->kind) {
    case PK_LENGTH:
    case PK_BORDER_WIDTH:
        if (fo_parse_length(t, &v) != 0)
            return -1;
        break;
    case PK_INDENT:
        if (strcmp(t, "label-end()") == 0)
            v.kind = FV_LABEL_END;
        else if (strcmp(t, "body-start()") == 0)
            v.kind = FV_BODY_START;
        else if (fo_parse_length(t, &v) != 0)
            return -1;
        break;
    case PK_BASELINE:
        if (fo_parse_length(t, &v) != 0)
            return -1;
        break;
    case PK_FONT_SIZE:
        if (fo_parse_length(t, &v) != 0 || v.pt < 0 || v.em < 0 || v.pct < 0)
            return -1;
        break;
    case PK_COLOR:
        if (strcmp(t, "transparent") == 0) {
            v.kind = FV_KEYWORD;
            v.keyword = K_NONE;
        } else if (color_parse(t, &v.rgb) == 0) {
            v.kind = FV_COLOR;
        } else {
            return -1;
        }
        break;
    case PK_KEYWORD:
        return -1; /* not one of the keywords */
    case PK_NUMBER:
        if (parse_number(t, &v.number) != 0)
            return -1;
        v.kind = FV_NUMBER;
        break;
    case PK_INTEGER:
        if (parse_number(t, &v.number) != 0 || v.number < 1 || v.number != floor(v.number) ||
            v.number > 100000)
            return -1;
        v.kind = FV_NUMBER;
        break;
    case PK_COUNT:
        if (parse_number(t, &v.number) != 0 || v.number < 0 || v.number != floor(v.number) ||
            v.number > 100000)
            return -1;
        v.kind = FV_NUMBER;
        break;
    case PK_ACCEPTED:
        if (!listed(def->keywords, t) && fo_parse_length(t, &v) != 0)
            return -1;
        v = (FoValue){.kind = FV_STRING, .str = arena ? fo_arena_strndup(arena, t, strlen(t)) : NULL};
        break;
    case PK_DECORATION: {
        unsigned bits;
        if (parse_decoration(t, &bits) != 0)
            return -1;
        v = (FoValue){.kind = FV_STRING, .number = bits,
                      .str = arena ? fo_arena_strndup(arena, t, strlen(t)) : NULL};
        break;
    }
    case PK_SCRIPT:
        if (!known_script(t))
            return -1;
        v = (FoValue){.kind = FV_STRING, .str = arena ? fo_arena_strndup(arena, t, strlen(t)) : NULL};
        break;
    case PK_CHAR:
        /* one character, however many bytes its UTF-8 takes */
        if (!one_character(t))
            return -1;
        v = (FoValue){.kind = FV_STRING, .str = arena ? fo_arena_strndup(arena, t, strlen(t)) : NULL};
        break;
    case PK_ALIGN: { /* align: text-align="," as DocBook writes it, or quoted: "','" */
        size_t n = strlen(t);
        if (n >= 3 && (t[0] == '\'' || t[0] == '"') && t[n - 1] == t[0]) {
            buf[n - 1] = '\0';
            t++;
        }
        if (!one_character(t))
            return -1;
        v = (FoValue){.kind = FV_STRING, .str = arena ? fo_arena_strndup(arena, t, strlen(t)) : NULL};
        break;
    }
    case PK_KEEP:
        if (strcmp(t, "always") == 0 || strcmp(t, "auto") == 0) {
            v.kind = FV_KEYWORD;
            v.keyword = t[1] == 'l' ? K_ALWAYS : K_AUTO;
        } else if (parse_number(t, &v.number) == 0 && v.number == floor(v.number)) {
            v.kind = FV_NUMBER;
        } else {
            return -1;
        }
        break;
    case PK_LINE_HEIGHT:
        if (parse_number(t, &v.number) == 0) {
            if (v.number < 0)
                return -1;
            v.kind = FV_NUMBER;
        } else if (fo_parse_length(t, &v) != 0) {
            return -1;
        }
        break;
    case PK_FONT_WEIGHT:
        if (strcmp(t, "normal") == 0)
            v.number = 400;
        else if (strcmp(t, "bold") == 0)
            v.number = 700;
        else if (strcmp(t, "bolder") == 0 || strcmp(t, "lighter") == 0) {
            v.kind = FV_KEYWORD;
            v.keyword = t[0] == 'b' ? K_BOLDER : K_LIGHTER;
            *out = v;
            return 0;
        } else if (parse_number(t, &v.number) != 0 || v.number < 100 || v.number > 900 ||
                   fmod(v.number, 100) != 0)
            return -1;
        v.kind = FV_NUMBER;
        break;
    case PK_COLUMN_WIDTH:
        if (strncmp(t, "proportional-column-width(", 26) == 0 && t[strlen(t) - 1] == ')') {
            char num[64];
            size_t n = strlen(t) - 27;
            if (n >= sizeof num)
                return -1;
            memcpy(num, t + 26, n);
            num[n] = '\0';
            if (parse_number(num, &v.number) != 0 || v.number <= 0)
                return -1;
            v.kind = FV_PROPORTIONAL;
        } else if (fo_parse_length(t, &v) != 0 || v.pt < 0 || v.pct < 0) {
            return -1;
        }
        break;
    case PK_URI:
    case PK_STRING: {
        const char *s = skip_space(text);
        size_t n = strlen(s);
        while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n'))
            n--;
        if (def->kind == PK_URI && n > 5 && strncmp(s, "url(", 4) == 0 && s[n - 1] == ')') {
            s += 4;
            n -= 5;
            if (n >= 2 && (s[0] == '\'' || s[0] == '"') && s[n - 1] == s[0]) {
                s++;
                n -= 2;
            }
        }
        if (n == 0 && def->id != P_LANGUAGE)
            return -1;
        v.kind = FV_STRING;
        v.str = arena ? fo_arena_strndup(arena, s, n) : NULL;
        break;
    }
    }
    *out = v;
    return 0;
}

static void init_initials(void)
{
    if (initial_ready)
        return;
    for (int i = 0; i < P_N_PROPS; i++) {
        FRISK_ASSERT(props[i].id == (FoPropId)i);
        initial_values[i].kind = FV_UNSET;
        if (props[i].initial && props[i].kind != PK_STRING &&
            parse_value(&props[i], props[i].initial, NULL, &initial_values[i]) != 0)
            FRISK_ASSERT(!"initial value parses");
        if (props[i].kind == PK_STRING && props[i].initial) {
            initial_values[i].kind = FV_STRING;
            initial_values[i].str = props[i].initial;
        }
    }
    initial_ready = 1;
}

/* ---- setting properties from attributes (used by fo_tree.c) ------------------------------- */

int fo_prop_lookup(const char *name)
{
    for (int i = 0; i < P_N_PROPS; i++)
        if (strcmp(props[i].name, name) == 0)
            return i;
    return -1;
}

const char *fo_prop_name(FoPropId id) { return id < P_N_PROPS ? props[id].name : "?"; }

int fo_prop_parse(FoPropId id, const char *text, FoArena *arena, FoValue *out)
{
    init_initials();
    return parse_value(&props[id], text, arena, out);
}

int fo_prop_accept(FoPropId id, FoValue *v)
{
    const PropDef *def = &props[id];
    FoValue in = *v;
    int length = in.kind == FV_LENGTH;
    /* a number where a length goes is in points: FOP reads it as pixels at its default source
     * resolution of 72 dpi, which is points */
    if (in.kind == FV_NUMBER &&
        (def->kind == PK_LENGTH || def->kind == PK_BORDER_WIDTH || def->kind == PK_INDENT ||
         def->kind == PK_BASELINE || def->kind == PK_FONT_SIZE || def->kind == PK_COLUMN_WIDTH)) {
        in = (FoValue){.kind = FV_LENGTH, .pt = in.number};
        length = 1;
    }
    switch (def->kind) {
    case PK_LENGTH: case PK_BORDER_WIDTH: case PK_BASELINE:
        if (!length && !(in.kind == FV_KEYWORD && keyword_in(def->keywords, fo_keyword_name(in.keyword))))
            return -1;
        break;
    case PK_INDENT:
        if (!length && in.kind != FV_LABEL_END && in.kind != FV_BODY_START)
            return -1;
        break;
    case PK_FONT_SIZE:
        if (!length || in.pt < 0 || in.em < 0 || in.pct < 0)
            return -1;
        break;
    case PK_COLUMN_WIDTH:
        if (!(length && in.pt >= 0 && in.pct >= 0) && in.kind != FV_PROPORTIONAL)
            return -1;
        break;
    case PK_LINE_HEIGHT:
        if (!length && !(in.kind == FV_NUMBER && in.number >= 0) &&
            !(in.kind == FV_KEYWORD && in.keyword == K_NORMAL))
            return -1;
        break;
    case PK_NUMBER: case PK_INTEGER: case PK_COUNT: case PK_KEEP: case PK_FONT_WEIGHT: {
        if (in.kind == FV_KEYWORD && keyword_in(def->keywords, fo_keyword_name(in.keyword)))
            break;
        if (def->kind == PK_KEEP && in.kind == FV_KEYWORD &&
            (in.keyword == K_AUTO || in.keyword == K_ALWAYS))
            break;
        if (in.kind != FV_NUMBER)
            return -1;
        double x = in.number;
        if ((def->kind != PK_NUMBER && x != floor(x)) || (def->kind == PK_INTEGER && x < 1) ||
            (def->kind == PK_COUNT && x < 0) ||
            (def->kind == PK_FONT_WEIGHT && (x < 100 || x > 900 || fmod(x, 100) != 0)))
            return -1;
        break;
    }
    case PK_COLOR:
        if (in.kind != FV_COLOR && !(in.kind == FV_KEYWORD && in.keyword == K_NONE))
            return -1;
        break;
    case PK_KEYWORD:
        if (in.kind != FV_KEYWORD || !keyword_in(def->keywords, fo_keyword_name(in.keyword)))
            return -1;
        break;
    case PK_ALIGN: /* align: a keyword, or an expression's string of one character */
        if (in.kind == FV_STRING ? !in.str || !one_character(in.str)
                                 : in.kind != FV_KEYWORD || !keyword_in(def->keywords, fo_keyword_name(in.keyword)))
            return -1;
        break;
    case PK_STRING: case PK_URI: case PK_ACCEPTED: case PK_CHAR:
        if (in.kind != FV_STRING)
            return -1;
        break;
    case PK_DECORATION: { /* an inherited value keeps its bits; other text is read again */
        unsigned bits;
        const char *text = in.kind == FV_KEYWORD ? fo_keyword_name(in.keyword)
                           : in.kind == FV_STRING ? in.str : NULL;
        if (in.kind == FV_STRING && !in.str)
            break; /* the initial none */
        if (!text || parse_decoration(text, &bits) != 0)
            return -1;
        in = (FoValue){.kind = FV_STRING, .str = in.kind == FV_STRING ? in.str : fo_keyword_name(in.keyword),
                       .number = bits};
        break;
    }
    case PK_SCRIPT:
        if (in.kind == FV_KEYWORD && (in.keyword == K_AUTO || in.keyword == K_NONE))
            break;
        if (in.kind != FV_STRING || !in.str || !known_script(in.str))
            return -1;
        break;
    }
    *v = in;
    return 0;
}

/* ---- lookups ------------------------------------------------------------------------------ */

static const FoValue *specified(const FoNode *node, FoPropId id)
{
    for (const FoProp *p = node->props; p; p = p->next)
        if (p->id == id)
            return &p->value;
    return NULL;
}

const FoValue *fo_get(const FoNode *node, FoPropId id, const FoNode **from)
{
    int inherited = props[id].inherited;
    for (const FoNode *n = node; n; n = inherited ? n->parent : NULL) {
        const FoValue *v = specified(n, id);
        if (v) {
            if (from)
                *from = n;
            return v;
        }
    }
    return NULL;
}

const FoValue *fo_value(const FoNode *node, FoPropId id, const FoNode **from)
{
    const FoValue *v = fo_get(node, id, from);
    if (v)
        return v;
    init_initials();
    if (from)
        *from = node;
    return &initial_values[id];
}

static double size_keyword(FoKeyword k, double parent)
{
    switch (k) {
    case K_XX_SMALL: return 7;
    case K_X_SMALL: return 8;
    case K_SMALL: return 10;
    case K_LARGE: return 14;
    case K_X_LARGE: return 18;
    case K_XX_LARGE: return 24;
    case K_SMALLER: return parent / 1.2;
    case K_LARGER: return parent * 1.2;
    default: return 12;
    }
}

double fo_font_size(FoNode *node)
{
    if (!node)
        return 12.0;
    if (node->font_size > 0)
        return node->font_size;
    const FoValue *v = specified(node, P_FONT_SIZE);
    double parent = node->parent ? fo_font_size(node->parent) : 12.0;
    double size = parent;
    if (v && v->kind == FV_LENGTH)
        size = v->pt + v->em * parent + v->pct * parent / 100.0;
    else if (v && v->kind == FV_KEYWORD)
        size = size_keyword(v->keyword, parent);
    if (size <= 0.1)
        size = 0.1;
    node->font_size = size;
    return size;
}

double fo_length(const FoNode *node, FoPropId id, double reference, double fallback)
{
    const FoNode *from = node;
    const FoValue *v = fo_value(node, id, &from);
    if (v->kind != FV_LENGTH)
        return fallback;
    double em = v->em != 0.0 ? v->em * fo_font_size((FoNode *)from) : 0.0;
    return v->pt + em + v->pct * reference / 100.0;
}

FoKeyword fo_keyword(const FoNode *node, FoPropId id)
{
    const FoValue *v = fo_value(node, id, NULL);
    return v->kind == FV_KEYWORD ? v->keyword : K_NONE_SET;
}

const char *fo_string(const FoNode *node, FoPropId id)
{
    const FoValue *v = fo_value(node, id, NULL);
    return v->kind == FV_STRING ? v->str : NULL;
}

double fo_number(const FoNode *node, FoPropId id, double fallback)
{
    const FoValue *v = fo_value(node, id, NULL);
    return v->kind == FV_NUMBER ? v->number : fallback;
}

int fo_color(const FoNode *node, FoPropId id, uint32_t *rgb)
{
    const FoValue *v = fo_value(node, id, NULL);
    if (v->kind != FV_COLOR)
        return 0;
    *rgb = v->rgb;
    return 1;
}

int fo_lang(const FoNode *node, char *buf, size_t size)
{
    const char *lang = fo_string(node, P_LANGUAGE), *country = fo_string(node, P_COUNTRY);
    if (!lang || !*lang || strcmp(lang, "none") == 0 || strlen(lang) >= size)
        return 0;
    if (country && *country && strcmp(country, "none") != 0 && !strchr(lang, '-'))
        snprintf(buf, size, "%s-%s", lang, country);
    else
        snprintf(buf, size, "%s", lang);
    return 1;
}
