/* typeset_lines — a paragraph broken into lines: frisk's own line breaker over shaped words.
 *
 * Takes: a paragraph's text and its pango attributes (typeset_text.c). Gives: TextLines made
 * of elements (boxes of glyphs, glue, penalties) that say what to paint where.
 *
 * pango itemizes the text (fonts, fallback, attributes) and finds the break opportunities
 * (UAX #14); pango (harfbuzz) shapes each word once per font and the shaped word is kept for the
 * whole document, so a word that comes back costs a hash lookup instead of a shaping. A word is
 * shaped whole, without its soft hyphens, and cut at them afterwards, so kerning inside it stays.
 * The breaks are chosen over the whole paragraph, as TeX does (Knuth and Plass, "Breaking
 * paragraphs into lines", 1981): first without hyphenation (pretolerance), then with it
 * (tolerance), and last with breaks allowed anywhere in a word too wide for the measure, so
 * that no line ever runs out of the text block.
 *
 * Limits: text is set left to right (no bidi reordering of right-to-left runs).
 */
#include "typeset_int.h"

#include "shared/diag.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* TeX's values (plain.tex), in badness and demerits */
#define PRETOLERANCE 100
#define TOLERANCE 200
#define LINE_PENALTY 10
#define HYPHEN_PENALTY 50     /* a break at a soft hyphen, or after an explicit one */
#define DOUBLE_HYPHEN_DEMERITS 10000 /* TeX's \\doublehyphendemerits: two hyphens in a row */
#define FINAL_HYPHEN_DEMERITS 5000   /* TeX's \\finalhyphendemerits: a hyphen above the last line */
#define LADDER_DEMERITS 1e30  /* a hyphen beyond the ladder limit: only when nothing else is possible */
#define MAX_LADDER 8          /* a longer ladder limit is no limit */
#define EMERGENCY_PENALTY 5000 /* a break inside a word too wide for the measure */
#define INF_BAD 10000
#define FORCED (-1e9)          /* a penalty that forces a break */
#define RAGGED_STRETCH_EM 2.0  /* ragged lines may end this much short at no cost (TeX's 2em) */
#define MAX_SPACE_STRETCH 2.0  /* a justified space set wider than 1 + this times its stretch
                                * (half a space), i.e. over twice its width, is reported */

/* ---- fonts and shaped words, kept for the document --------------------------------------- */

typedef struct {
    PangoFont *font;                 /* a reference */
    cairo_scaled_font_t *scaled;     /* pango's, for painting */
    double size, ascent, descent;
    double cap_height;               /* inline2: where FOP draws overline and line-through */
    PangoGlyph space_glyph, hyphen_glyph;
    double space_width, hyphen_width;
} FontInfo;

typedef struct {
    PangoGlyph glyph;
    int width, x_offset, y_offset;   /* pango units */
    int cluster;                     /* byte offset into the word's text */
} WordGlyph;

/* A shaped word, in one allocation with its glyphs and text: the document keeps thousands. */
typedef struct {
    PangoFont *font;
    PangoLanguage *language;
    int level;
    char *text;                      /* the word without soft hyphens */
    size_t len;
    double width;
    int n_glyphs;
    WordGlyph *glyphs;
} Word;

static guint word_hash(gconstpointer p)
{
    const Word *w = p;
    guint h = 5381;
    for (size_t i = 0; i < w->len; i++)
        h = h * 33 + (unsigned char)w->text[i];
    return h ^ (guint)(uintptr_t)w->font ^ (guint)w->level;
}

static gboolean word_equal(gconstpointer a, gconstpointer b)
{
    const Word *x = a, *y = b;
    return x->font == y->font && x->language == y->language && x->level == y->level &&
           x->len == y->len && memcmp(x->text, y->text, x->len) == 0;
}

static void word_free(gpointer p)
{
    Word *w = p;
    g_object_unref(w->font);
    free(w);
}

static void font_info_free(gpointer p)
{
    FontInfo *fi = p;
    g_object_unref(fi->font);
    free(fi);
}

/* The shaped word text[0, len) in the item's font: from the cache, or shaped now. */
static const Word *shape_word(Layout *layout, const PangoAnalysis *analysis, const char *text, size_t len)
{
    if (!layout->words)
        layout->words = g_hash_table_new_full(word_hash, word_equal, word_free, NULL);
    Word key = {.font = analysis->font, .language = analysis->language, .level = analysis->level,
                .text = (char *)text, .len = len};
    Word *w = g_hash_table_lookup(layout->words, &key);
    if (w)
        return w;
    PangoGlyphString *gs = pango_glyph_string_new();
    pango_shape_with_flags(text, (int)len, text, (int)len, analysis, gs, PANGO_SHAPE_NONE);
    size_t n = (size_t)gs->num_glyphs;
    w = malloc(sizeof *w + sizeof(WordGlyph) * n + len + 1);
    FRISK_ASSERT(w != NULL);
    *w = key;
    w->n_glyphs = (int)n;
    w->glyphs = (WordGlyph *)(void *)(w + 1);
    w->text = (char *)(w->glyphs + n);
    memcpy(w->text, text, len);
    w->text[len] = '\0';
    long width = 0;
    for (size_t i = 0; i < n; i++) {
        const PangoGlyphInfo *gi = &gs->glyphs[i];
        w->glyphs[i] = (WordGlyph){gi->glyph, gi->geometry.width, gi->geometry.x_offset,
                                   gi->geometry.y_offset, gs->log_clusters[i]};
        width += gi->geometry.width;
    }
    w->width = width / (double)PANGO_SCALE;
    pango_glyph_string_free(gs);
    g_object_ref(w->font);
    g_hash_table_add(layout->words, w);
    return w;
}

static const FontInfo *font_info(Layout *layout, const PangoAnalysis *analysis)
{
    if (!layout->fonts)
        layout->fonts = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, font_info_free);
    FontInfo *fi = g_hash_table_lookup(layout->fonts, analysis->font);
    if (fi)
        return fi;
    fi = calloc(1, sizeof *fi);
    FRISK_ASSERT(fi != NULL);
    fi->font = g_object_ref(analysis->font);
    fi->scaled = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(fi->font));
    PangoFontDescription *desc = pango_font_describe(fi->font);
    fi->size = pango_font_description_get_size(desc) / (double)PANGO_SCALE;
    pango_font_description_free(desc);
    PangoFontMetrics *m = pango_font_get_metrics(fi->font, analysis->language);
    fi->ascent = pango_font_metrics_get_ascent(m) / (double)PANGO_SCALE;
    fi->descent = pango_font_metrics_get_descent(m) / (double)PANGO_SCALE;
    pango_font_metrics_unref(m);
    cairo_text_extents_t cap;
    cairo_scaled_font_text_extents(fi->scaled, "H", &cap);
    fi->cap_height = cap.y_bearing < 0 ? -cap.y_bearing : 0.7 * fi->ascent;
    PangoAnalysis plain = *analysis;
    plain.extra_attrs = NULL;
    const Word *space = shape_word(layout, &plain, " ", 1);
    const Word *hyphen = shape_word(layout, &plain, "-", 1);
    fi->space_glyph = space->n_glyphs ? space->glyphs[0].glyph : PANGO_GLYPH_EMPTY;
    fi->space_width = space->width;
    fi->hyphen_glyph = hyphen->n_glyphs ? hyphen->glyphs[0].glyph : PANGO_GLYPH_EMPTY;
    fi->hyphen_width = hyphen->width;
    g_hash_table_insert(layout->fonts, analysis->font, fi);
    return fi;
}

void lines_free_caches(Layout *layout)
{
    if (layout->words)
        g_hash_table_destroy(layout->words);
    if (layout->fonts)
        g_hash_table_destroy(layout->fonts);
    layout->words = layout->fonts = NULL;
}

/* ---- the paragraph as boxes, glue and penalties ------------------------------------------ */

struct TextStyle {
    const FontInfo *font;
    uint32_t fg, bg;
    unsigned has_bg : 1, underline : 1, strike : 1, overline : 1;
    uint32_t under_rgb, over_rgb, strike_rgb; /* inline2: each line's colour */
    double rise;
    double line_height;           /* 0: the font's own */
    int object;                   /* a shape: objects and leaders */
    double obj_width, obj_above, obj_below;
    double letter_spacing;        /* pt after each glyph (letter-spacing; a space's also
                                   * carries word-spacing: typeset_values.c) */
    int hidden;                   /* visibility="hidden": takes its place, is not painted */
};

typedef enum { EL_BOX, EL_GLUE, EL_PENALTY } ElKind;

/* What the breaker weighs: one per word part, space and break opportunity. */
typedef struct {
    unsigned kind : 2;
    unsigned flagged : 1;         /* penalty: a hyphen is set when the line breaks here */
    unsigned emergency : 1;       /* penalty: only in the last pass (inside a too-wide word) */
    unsigned hyphen_end : 1;      /* a line broken here ends in a hyphen (set, or the text's own) */
    unsigned breakable : 1;       /* glue: a line may break here */
    unsigned order : 2;           /* glue: 0 finite stretch, 1 fil (paragraph end), 2 fill (leader) */
    unsigned unpainted : 1;       /* glue: not painted as a space (a justified last line's fil) */
    int style;                    /* index into tb->styles */
    int start, end;               /* bytes of tb->text */
    const Word *word;             /* box of text: glyphs [g0, g1) of word */
    int g0, g1;
    float width, stretch, shrink;
    float penalty;
    float set;                    /* the width as set, once the lines are known */
} Element;

/* What the painter needs of a line, kept for the document: one per word (the parts of a word
 * that did not break rejoin) and space, so it is small (floats are plenty for widths). */
struct LineEl {
    unsigned kind : 2;
    unsigned order : 2;           /* glue: 2 for a leader */
    int style;
    int start, end;               /* bytes of tb->text */
    const Word *word;             /* box of text: glyphs [g0, g1) of word */
    int g0, g1;
    float set;                    /* the width as set */
};

typedef struct {
    TypesetContext *ctx;
    TextBlock *tb;
    const LineSpec *spec;
    GArray *els;                  /* Element */
    GArray *styles;               /* TextStyle */
    const PangoLogAttr *log;
    double min_width;             /* the narrowest line of the paragraph */
} Builder;

static void push(Builder *b, Element el)
{
    g_array_append_val(b->els, el);
}

static Element *last_el(Builder *b)
{
    return b->els->len ? &g_array_index(b->els, Element, b->els->len - 1) : NULL;
}

static uint32_t rgb_of(const PangoColor *c)
{
    return (uint32_t)(c->red >> 8) << 16 | (uint32_t)(c->green >> 8) << 8 | (uint32_t)(c->blue >> 8);
}

static int add_style(Builder *b, PangoItem *item)
{
    TextStyle st = {.font = font_info(b->ctx->layout, &item->analysis)};
    for (GSList *l = item->analysis.extra_attrs; l; l = l->next) {
        PangoAttribute *a = l->data;
        switch (a->klass->type) {
        case PANGO_ATTR_FOREGROUND: st.fg = rgb_of(&((PangoAttrColor *)a)->color); break;
        case PANGO_ATTR_BACKGROUND:
            st.bg = rgb_of(&((PangoAttrColor *)a)->color);
            st.has_bg = 1;
            break;
        case PANGO_ATTR_UNDERLINE: st.underline = ((PangoAttrInt *)a)->value != PANGO_UNDERLINE_NONE; break;
        case PANGO_ATTR_STRIKETHROUGH: st.strike = ((PangoAttrInt *)a)->value != 0; break;
        case PANGO_ATTR_OVERLINE: st.overline = ((PangoAttrInt *)a)->value != PANGO_OVERLINE_NONE; break;
        case PANGO_ATTR_UNDERLINE_COLOR: st.under_rgb = rgb_of(&((PangoAttrColor *)a)->color); break;
        case PANGO_ATTR_OVERLINE_COLOR: st.over_rgb = rgb_of(&((PangoAttrColor *)a)->color); break;
        case PANGO_ATTR_STRIKETHROUGH_COLOR: st.strike_rgb = rgb_of(&((PangoAttrColor *)a)->color); break;
        case PANGO_ATTR_RISE: st.rise = ((PangoAttrInt *)a)->value / (double)PANGO_SCALE; break;
        case PANGO_ATTR_LETTER_SPACING:
            st.letter_spacing = ((PangoAttrInt *)a)->value / (double)PANGO_SCALE;
            break;
        case PANGO_ATTR_FOREGROUND_ALPHA: st.hidden = ((PangoAttrInt *)a)->value < 0x100; break;
        case PANGO_ATTR_ABSOLUTE_LINE_HEIGHT:
            st.line_height = ((PangoAttrInt *)a)->value / (double)PANGO_SCALE;
            break;
        case PANGO_ATTR_SHAPE: {
            const PangoRectangle *r = &((PangoAttrShape *)a)->logical_rect;
            st.object = 1;
            st.obj_width = r->width / (double)PANGO_SCALE;
            st.obj_above = -r->y / (double)PANGO_SCALE;
            st.obj_below = (r->height + r->y) / (double)PANGO_SCALE;
            break;
        }
        default: break;
        }
    }
    g_array_append_val(b->styles, st);
    return (int)b->styles->len - 1;
}

static const TextStyle *style_at(Builder *b, int i)
{
    return &g_array_index(b->styles, TextStyle, i);
}

static int is_shy(const char *s)
{
    return (unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xad;
}

/* A break opportunity between two boxes, at byte pos, when the text allows one there. */
static void push_break(Builder *b, int style, int pos, int allowed, int after_shy, int after_hyphen)
{
    Element *prev = last_el(b);
    if (!prev || prev->kind != EL_BOX || !allowed)
        return;
    Element pen = {.kind = EL_PENALTY, .style = style, .start = pos, .end = pos};
    pen.hyphen_end = after_shy || after_hyphen;
    if (after_shy) {
        pen.flagged = 1;
        pen.penalty = HYPHEN_PENALTY;
        pen.width = style_at(b, prev->style)->font->hyphen_width;
    } else {
        pen.penalty = after_hyphen ? HYPHEN_PENALTY : 0;
    }
    push(b, pen);
}

/* The word text[ws, we) (chars from ci) of one item: shaped whole without its soft hyphens,
 * then cut into boxes at its break opportunities, where a cluster starts. */
static void add_word(Builder *b, PangoItem *item, int style, int ws, int we, int ci)
{
    const char *text = b->tb->text;
    int n = we - ws;
    /* a word's scratch on the stack unless it is a long one: most words are, and three heap
     * blocks per word were a tenth of breaking a mail merge's lines */
    enum { WORD_ON_STACK = 96 };
    char plain_stack[WORD_ON_STACK + 1];
    int map_stack[WORD_ON_STACK + 1];
    unsigned char cut_stack[WORD_ON_STACK + 1];
    int on_stack = n <= WORD_ON_STACK;
    char *plain = on_stack ? plain_stack : g_malloc((size_t)n + 1);
    int *map = on_stack ? map_stack : g_malloc(sizeof(int) * (size_t)(n + 1));
    /* cut[k] = 1 + kind when a break may come before plain byte k (1 plain, 2 after a soft
     * hyphen, 3 after an explicit hyphen) */
    unsigned char *cut = on_stack ? cut_stack : g_malloc((size_t)n + 1);
    memset(cut, 0, (size_t)n + 1);
    int len = 0, c = ci, shy_before = 0;
    for (int i = ws; i < we; c++) {
        int step = (int)(g_utf8_next_char(text + i) - (text + i));
        if (i > ws && b->log[c].is_line_break)
            cut[len] = (unsigned char)(shy_before ? 2 : text[i - 1] == '-' ? 3 : 1);
        if (is_shy(text + i)) {
            shy_before = 1;
        } else {
            shy_before = 0;
            for (int k = 0; k < step; k++) {
                map[len] = i + k;
                plain[len++] = text[i + k];
            }
        }
        i += step;
    }
    map[len] = we;
    if (len == 0) /* nothing but soft hyphens: no box, and a break before it is pushed already */
        goto done;
    const Word *w = shape_word(b->ctx->layout, &item->analysis, plain, (size_t)len);
    int ltr = item->analysis.level % 2 == 0;
    const WordGlyph *gs = w ? w->glyphs : NULL;
    int n_glyphs = w ? w->n_glyphs : 0;
    /* a break anywhere in the word only when a piece of it between its own break points is
     * wider than the measure: a word that fits once hyphenated is hyphenated instead */
    double widest = 0, piece = 0;
    for (int g = 0; g < n_glyphs; g++) {
        if (g > 0 && gs[g].cluster != gs[g - 1].cluster && cut[gs[g].cluster]) {
            widest = fmax(widest, piece);
            piece = 0;
        }
        piece += gs[g].width;
    }
    widest = fmax(widest, piece) / PANGO_SCALE;
    int emergency = w && widest > b->min_width && !b->spec->no_wrap;
    int g0 = 0;
    double acc = 0;
    for (int g = 0; g <= n_glyphs; g++) {
        int at_end = g == n_glyphs;
        int cl = at_end ? len : gs[g].cluster;
        int cut_here = !at_end && g > 0 && ltr && cl != gs[g - 1].cluster &&
                       (cut[cl] || emergency);
        if (!at_end && !cut_here) {
            acc += gs[g].width + style_at(b, style)->letter_spacing * PANGO_SCALE;
            continue;
        }
        if (g > g0) {
            int bs = gs[g0].cluster, be = cl;
            Element box = {.kind = EL_BOX, .style = style, .start = map[bs],
                          .end = be > 0 ? map[be - 1] + 1 : map[0], .word = w, .g0 = g0, .g1 = g,
                          .width = (float)(acc / PANGO_SCALE)};
            push(b, box);
        }
        if (at_end)
            break;
        if (cut[cl]) {
            push_break(b, style, map[cl], 1, cut[cl] == 2, cut[cl] == 3);
        } else {
            Element pen = {.kind = EL_PENALTY, .emergency = 1, .style = style, .start = map[cl],
                          .end = map[cl], .penalty = EMERGENCY_PENALTY};
            push(b, pen);
        }
        g0 = g;
        acc = gs[g].width + style_at(b, style)->letter_spacing * PANGO_SCALE;
    }
done:
    if (!on_stack) {
        g_free(plain);
        g_free(cut);
        g_free(map);
    }
}

static InlineMark *mark_at(TextBlock *tb, int pos, InlineKind kind)
{
    for (InlineMark *m = tb->marks; m; m = m->next)
        if (m->kind == kind && m->start == pos)
            return m;
    return NULL;
}

static void add_item(Builder *b, PangoItem *item, int ci)
{
    const char *text = b->tb->text;
    int style = add_style(b, item);
    const TextStyle *st = style_at(b, style);
    int justify = b->spec->align == K_JUSTIFY;
    int end = item->offset + item->length;
    for (int i = item->offset; i < end;) {
        int step = (int)(g_utf8_next_char(text + i) - (text + i));
        if (st->object) { /* an image, a diagram or a leader: one per character */
            InlineMark *leader = mark_at(b->tb, i, INL_LEADER);
            if (leader) { /* glue that takes the line's free space (unless its length is
                           * given); no break before or after */
                Element glue = {.kind = EL_GLUE, .order = 2, .style = style, .start = i,
                               .end = i + step, .width = (float)leader->w,
                               .stretch = leader->fixed ? 0 : 1};
                push(b, glue);
            } else {
                push_break(b, style, i, b->log[ci].is_line_break, 0, 0);
                Element box = {.kind = EL_BOX, .style = style, .start = i, .end = i + step,
                              .width = st->obj_width};
                push(b, box);
            }
            i += step;
            ci++;
            continue;
        }
        if (text[i] == '\n') { /* a preserved linefeed: the line ends here, short */
            Element fil = {.kind = EL_GLUE, .order = 1, .style = style, .start = i, .end = i, .stretch = 1};
            Element brk = {.kind = EL_PENALTY, .style = style, .start = i, .end = i + 1, .penalty = FORCED};
            push(b, fil);
            push(b, brk);
            i++;
            ci++;
            continue;
        }
        if (text[i] == ' ') {
            double w = st->font->space_width + st->letter_spacing;
            Element glue = {.kind = EL_GLUE, .style = style, .start = i, .end = i + 1, .width = w,
                           .stretch = justify ? w / 2 : 0, .shrink = justify ? w / 3 : 0};
            Element *prev = last_el(b);
            glue.breakable = prev && prev->kind == EL_BOX && b->log[ci + 1].is_line_break;
            /* "børne- og": a line broken after the word ends in its hyphen */
            glue.hyphen_end = prev && prev->kind == EL_BOX && prev->end > 0 && text[prev->end - 1] == '-';
            push(b, glue);
            i++;
            ci++;
            continue;
        }
        int ws = i, wc = ci;
        while (i < end && text[i] != ' ' && text[i] != '\n') {
            i = (int)(g_utf8_next_char(text + i) - text);
            ci++;
        }
        int after_shy = ws >= 2 && is_shy(text + ws - 2);
        push_break(b, style, ws, b->log[wc].is_line_break, after_shy, ws >= 1 && text[ws - 1] == '-');
        add_word(b, item, style, ws, i, wc);
    }
}

/* ---- choosing the breaks (Knuth and Plass) ------------------------------------------------ */

typedef struct {
    int el;              /* the break: index of its element (-1: the paragraph's start) */
    int line;            /* lines before it */
    int prev;            /* node of the previous break */
    int run;             /* hyphenated line ends in a row, up to and including this break */
    double demerits;
} Node;

typedef struct {
    double w, y, z, fil, fill; /* sums over the elements before an index */
} Sums;

static double line_measure(const LineSpec *spec, int line)
{
    double w = line == 0 ? spec->width - spec->indent : spec->width;
    for (int s = 0; s < 2; s++) /* beside a side float (typeset_float.c) */
        if (line < spec->intrude_lines[s])
            w -= spec->intrude_w[s];
    return w;
}

static int is_forced(const Element *e)
{
    return e->kind == EL_PENALTY && e->penalty <= FORCED;
}

/* The measure of line `line` if it ends at brk: the last line of a paragraph (and a line
 * before a linefeed, as for text-align-last) has last-line-end-indent taken off, which the
 * breaker weighs when it chooses the break, so a longer last line never overruns it. */
static double break_measure(const LineSpec *spec, int line, const Element *brk)
{
    return line_measure(spec, line) - (is_forced(brk) ? spec->last_end_indent : 0);
}

/* First element of a line after a break at el: the spaces and penalties after it are
 * discarded, a fil (the end of a line that ends at a linefeed) is not. */
static int line_start(const Element *els, int n, int el)
{
    int i = el + 1;
    while (i < n && (els[i].kind == EL_PENALTY || (els[i].kind == EL_GLUE && els[i].order == 0)) &&
           !is_forced(&els[i]))
        i++;
    return i;
}

static int is_break(const Element *e, int pass)
{
    if (e->kind == EL_GLUE)
        return e->breakable;
    if (e->kind != EL_PENALTY)
        return 0;
    if (e->emergency)
        return pass == 2;
    if (e->flagged)
        return pass > 0;
    return 1;
}

/* The adjustment ratio of a line from s to the break at el, or -INFINITY when it cannot fit. */
static double ratio_of(const Element *els, const Sums *sums, int s, int el, double measure,
                       double ragged)
{
    double w = sums[el].w - sums[s].w, y = sums[el].y - sums[s].y, z = sums[el].z - sums[s].z;
    double fil = sums[el].fil - sums[s].fil + sums[el].fill - sums[s].fill;
    if (els[el].kind == EL_PENALTY)
        w += els[el].width;
    if (w < measure - 1e-6) {
        if (fil > 0)
            return 0;
        /* a justified line without a space cannot stretch: it is judged as a ragged one */
        y += y > 0 ? 0 : ragged;
        return y > 0 ? (measure - w) / y : INFINITY;
    }
    if (w > measure + 1e-6)
        return z > 0 ? (measure - w) / z : -INFINITY;
    return 0;
}

/* TeX's badness, 100 r^3, capped at INF_BAD in the first passes. The last pass does not cap
 * it: there all lines are allowed, and one very loose line must cost more than a few loose
 * ones (with the cap, a paragraph would rather put all its looseness in one line). */
static double badness(double r, int capped)
{
    double b = isinf(r) ? 1e12 : 100 * fabs(r) * r * r;
    return capped && b > INF_BAD ? INF_BAD : b;
}

/* One pass over the paragraph; fills breaks (element indexes, ending with the last) and
 * returns their number, or 0 when no set of breaks stays within the tolerance. */
static int break_pass(const Element *els, int n, const Sums *sums, const LineSpec *spec, double ragged,
                      int pass, int from_el, int **breaks)
{
    double tolerance = pass == 0 ? PRETOLERANCE : pass == 1 ? TOLERANCE : INFINITY;
    GArray *nodes = g_array_new(FALSE, FALSE, sizeof(Node));
    GArray *active = g_array_new(FALSE, FALSE, sizeof(int));
    Node start = {.el = from_el, .prev = -1};
    g_array_append_val(nodes, start);
    int zero = 0;
    g_array_append_val(active, zero);
    int result = 0;
    /* one node per break and length of the hyphen run that ends there, so that the ladder
     * limit prunes only what it must (a single node per break would keep the cheapest path
     * even when its hyphens rule out every good continuation) */
    int limit = spec->ladder_limit >= 1 && spec->ladder_limit <= MAX_LADDER ? spec->ladder_limit : 0;
    int states = limit ? limit + 1 : 2;
    for (int b = from_el + 1; b < n; b++) {
        const Element *e = &els[b];
        if (!is_break(e, pass))
            continue;
        int forced = is_forced(e);
        int hyphen = !forced && e->hyphen_end;
        int best[MAX_LADDER + 1], best_line[MAX_LADDER + 1];
        double best_d[MAX_LADDER + 1];
        for (int k = 0; k < states; k++) {
            best[k] = -1;
            best_d[k] = INFINITY;
        }
        int fallback = -1;
        double fallback_d = INFINITY;
        for (guint k = 0; k < active->len;) {
            int ai = g_array_index(active, int, k);
            Node a = g_array_index(nodes, Node, ai);
            int s = line_start(els, n, a.el);
            double r = ratio_of(els, sums, s, b, break_measure(spec, a.line, &els[b]), ragged);
            double bad = badness(r, pass < 2);
            int run = hyphen ? a.run + 1 : 0;
            int allowed = !limit || run <= limit || pass == 2;
            if (r >= -1 && bad <= tolerance && allowed) {
                double d = LINE_PENALTY + bad;
                d *= d;
                if (!forced)
                    d += e->kind == EL_PENALTY ? e->penalty * e->penalty : 0;
                if (a.run > 0 && hyphen)
                    d += DOUBLE_HYPHEN_DEMERITS;
                if (a.run > 0 && forced && b == n - 1)
                    d += FINAL_HYPHEN_DEMERITS;
                if (limit && run > limit) { /* only in the last pass, and only when it must */
                    d += LADDER_DEMERITS;
                    run = limit;
                }
                d += a.demerits;
                int state = run < states ? run : states - 1;
                if (d < best_d[state]) {
                    best_d[state] = d;
                    best[state] = ai;
                    best_line[state] = a.line + 1;
                }
            }
            if (r < -1 || forced) {
                if (a.demerits < fallback_d) {
                    fallback_d = a.demerits;
                    fallback = ai;
                }
                g_array_remove_index(active, k);
                continue;
            }
            k++;
        }
        /* the last pass never gives up: an overfull line beats no paragraph (the emergency
         * breaks make one rare) */
        int any = 0;
        for (int k = 0; k < states; k++)
            any |= best[k] >= 0;
        if (!any && active->len == 0 && fallback >= 0 && pass == 2) {
            int state = hyphen ? 1 : 0;
            best[state] = fallback;
            best_d[state] = fallback_d + (LINE_PENALTY + INF_BAD) * (LINE_PENALTY + INF_BAD);
            best_line[state] = g_array_index(nodes, Node, fallback).line + 1;
        }
        for (int k = 0; k < states; k++) {
            if (best[k] < 0)
                continue;
            Node node = {.el = b, .line = best_line[k], .prev = best[k], .demerits = best_d[k],
                         .run = k};
            g_array_append_val(nodes, node);
            int ni = (int)nodes->len - 1;
            g_array_append_val(active, ni);
        }
        if (active->len == 0)
            break;
    }
    /* the paragraph ends with a forced break: the best node there */
    int last = -1;
    double last_d = INFINITY;
    for (guint k = 0; k < active->len; k++) {
        int ai = g_array_index(active, int, k);
        const Node *a = &g_array_index(nodes, Node, ai);
        if (a->el == n - 1 && a->demerits < last_d) {
            last_d = a->demerits;
            last = ai;
        }
    }
    if (last >= 0) {
        for (int i = last; i > 0; i = g_array_index(nodes, Node, i).prev)
            result++;
        *breaks = malloc(sizeof(int) * (size_t)result);
        FRISK_ASSERT(*breaks != NULL);
        int k = result;
        for (int i = last; i > 0; i = g_array_index(nodes, Node, i).prev)
            (*breaks)[--k] = g_array_index(nodes, Node, i).el;
    }
    g_array_free(nodes, TRUE);
    g_array_free(active, TRUE);
    return result;
}

/* ---- the lines ------------------------------------------------------------------------------ */

/* How far an inline area reaches above and below the baseline, with the owner's half-leading
 * around it (inline2: line-stacking-strategy max-height as FOP sets it; its own line-height on
 * an inline is not used, as in FOP), its shift counted unless disregarded. */
static void style_extent(const TextStyle *st, const LineSpec *spec, double *above, double *below)
{
    double rise = spec->disregard_shifts ? 0 : st->rise;
    if (st->object) {
        *above = st->obj_above + spec->half_leading;
        *below = st->obj_below + spec->half_leading;
        return;
    }
    *above = st->font->ascent + spec->half_leading + rise;
    *below = st->font->descent + spec->half_leading - rise;
}

/* inline2: the owner's strut (its font's ascent and descent, each with half its leading), from
 * its font's metrics as its runs have them, so that a line of its own text stands as tall as
 * its line-height. */
static void owner_strut(TypesetContext *ctx, LineSpec *spec)
{
    PangoAnalysis analysis = {.font = pango_context_load_font(ctx->pango, spec->owner_font)};
    FRISK_ASSERT(analysis.font != NULL); /* fonts_init made sure there are fonts */
    const FontInfo *fi = font_info(ctx->layout, &analysis);
    g_object_unref(analysis.font);
    /* in pango units, as style_range hands the runs their line height: the same text sets the
     * same, to the last bit */
    double line_height = lround(spec->line_height * PANGO_SCALE) / (double)PANGO_SCALE;
    spec->half_leading = (line_height - (fi->ascent + fi->descent)) / 2;
    spec->nominal_above = fi->ascent + spec->half_leading;
    spec->nominal_below = fi->descent + spec->half_leading;
}

/* Sets line l from element s to the break at b; returns how far its spaces were stretched
 * (the adjustment ratio; 0 when they were not). */
static double make_line(TextBlock *tb, Element *els, GArray *out, TextLine *l, int s, int b,
                        int index, const Sums *sums, const LineSpec *spec)
{
    Element *brk = &els[b];
    int last = is_forced(brk); /* text-align-last: before a linefeed too */
    double measure = break_measure(spec, index, brk);
    double r = s < b ? ratio_of(els, sums, s, b, measure, 0) : 0;
    double natural = sums[b].w - sums[s].w;
    double free_space = measure - natural - (brk->kind == EL_PENALTY && brk->flagged ? brk->width : 0);
    double fill = sums[b].fill - sums[s].fill, fil = sums[b].fil - sums[s].fil;
    FoKeyword align = last ? spec->align_last : spec->align;
    /* text-align-last="justify": the breaker saw the last line end in fil like any other
     * paragraph (so it is not broken early); here its spaces take the free space instead, by
     * their stretch, or by their width when the other lines are not justified (no stretch) */
    double last_y = 0, last_w = 0;
    int justify_last = last && align == K_JUSTIFY && fill <= 0 && free_space > 0;
    for (int i = s; justify_last && i < b; i++)
        if (els[i].kind == EL_GLUE && els[i].order == 0) {
            last_y += els[i].stretch;
            last_w += els[i].width;
        }
    justify_last &= last_w > 0;
    double width = 0, above = 0, below = 0, stretched = 0;
    int any = 0;
    for (int i = s; i < b; i++) {
        Element *e = &els[i];
        e->set = e->width;
        if (e->kind == EL_GLUE) {
            if (justify_last) {
                if (e->order == 0)
                    e->set += free_space * (last_y > 0 ? e->stretch / last_y : e->width / last_w);
            } else if (e->order == 2 && free_space > 0 && fill > 0)
                e->set += free_space * e->stretch / fill;
            else if (e->order == 1 && free_space > 0 && fill <= 0 && fil > 0 && align == K_JUSTIFY)
                e->set += free_space * e->stretch / fil;
            else if (e->order == 0 && r < 0) /* a line that had to shrink does, aligned or not */
                e->set += (r < -1 ? -1 : r) * e->shrink;
            else if (e->order == 0 && align == K_JUSTIFY && fill <= 0 && fil <= 0 && isfinite(r)) {
                e->set += (r > 1e3 ? 1e3 : r) * e->stretch;
                stretched = r;
            }
            if (e->order == 2) {
                InlineMark *leader = mark_at(tb, e->start, INL_LEADER);
                if (leader)
                    leader->w = e->set;
            }
        }
        if (e->kind == EL_PENALTY)
            e->set = 0;
        width += e->set;
        if (e->kind == EL_BOX || e->kind == EL_GLUE) {
            double a, d;
            style_extent(&tb->styles[e->style], spec, &a, &d);
            if (!any || a > above)
                above = a;
            if (!any || d > below)
                below = d;
            any = 1;
        }
    }
    l->hyphen = brk->kind == EL_PENALTY && brk->flagged;
    l->hyphen_end = brk->hyphen_end && !last;
    if (l->hyphen)
        width += brk->width;
    if (!any) /* an empty line (two linefeeds): the height of its text's style */
        style_extent(&tb->styles[brk->style], spec, &above, &below);
    /* inline2: the owner's strut holds every line open (max-height); font-height stacks the
     * lines by it alone, whatever they hold */
    if (spec->stacking == K_FONT_HEIGHT || above < spec->nominal_above)
        above = spec->nominal_above;
    if (spec->stacking == K_FONT_HEIGHT || below < spec->nominal_below)
        below = spec->nominal_below;
    /* what the line paints: its boxes and glue, a word's parts joined again */
    l->el0 = (int)out->len;
    for (int i = s; i < b; i++) {
        const Element *e = &els[i];
        if (e->kind == EL_PENALTY || e->unpainted)
            continue;
        LineEl *prev = out->len > (guint)l->el0 ? &g_array_index(out, LineEl, out->len - 1) : NULL;
        if (prev && e->kind == EL_BOX && prev->kind == EL_BOX && e->word && prev->word == e->word &&
            prev->g1 == e->g0 && prev->style == e->style) {
            prev->g1 = e->g1;
            prev->end = e->end;
            prev->set += e->set;
            continue;
        }
        LineEl pe = {.kind = e->kind, .order = e->order, .style = e->style, .start = e->start,
                     .end = e->end, .word = e->word, .g0 = e->g0, .g1 = e->g1, .set = e->set};
        g_array_append_val(out, pe);
    }
    l->el1 = (int)out->len;
    l->width = width;
    l->baseline = above;
    l->height = above + below;
    double offset = index == 0 ? spec->indent : 0;
    if (index < spec->intrude_lines[0]) /* to the right of a side float at the left */
        offset += spec->intrude_w[0];
    double room = measure - width;
    if (align == K_END)
        offset += room;
    else if (align == K_CENTER)
        offset += room / 2;
    l->x = offset;
    /* align: inside or outside, set as on an odd page; on an even one the line goes to the
     * other side of its measure */
    if (last ? spec->last_by_parity : spec->by_parity)
        l->flip_dx = align == K_END ? -room : align == K_START ? room : 0;
    return stretched;
}

/* A justified line without hyphenation whose spaces had to stretch past MAX_SPACE_STRETCH: said
 * once per block (the paragraph is set again on later passes), with the line's first words, so
 * that the author can find it. (With hyphenation the breaker has done what it can.) */
static void report_loose(TypesetContext *ctx, const TextBlock *tb, int line, double r)
{
    FoNode *owner = tb->owner;
    if (!owner || ctx->in_static || (owner->warned & FO_WARNED_STRETCH))
        return;
    owner->warned |= FO_WARNED_STRETCH;
    const TextLine *l = &tb->lines[line];
    char words[64];
    size_t n = 0;
    for (int i = l->start; i < l->start + l->length && n + 4 < sizeof words; i++) {
        if (n == 0 && tb->text[i] == ' ')
            continue;
        if (n + 8 >= sizeof words && (tb->text[i] & 0xc0) != 0x80)
            break; /* whole characters only */
        words[n++] = tb->text[i];
    }
    words[n] = '\0';
    fo_warning(ctx->tree, owner,
               "fo:%s: justified without hyphenation, line %d (\"%s...\") has its spaces stretched "
               "to %.1f times their width; hyphenate=\"true\" with a language, or "
               "text-align=\"start\", would set it tighter",
               fo_type_name(owner->type), line + 1, words, 1 + r / 2);
}

void lines_report_loose(TypesetContext *ctx, const TextBlock *tb)
{
    if (tb->loose_line)
        report_loose(ctx, tb, tb->loose_line - 1, tb->loose_r);
}

void lines_set(TypesetContext *ctx, TextBlock *tb, PangoAttrList *attrs, const LineSpec *spec)
{
    const char *text = tb->text;
    int len = (int)strlen(text);
    int n_chars = (int)g_utf8_strlen(text, len);
    Builder b = {.ctx = ctx, .tb = tb, .spec = spec,
                 .els = g_array_new(FALSE, FALSE, sizeof(Element)),
                 .styles = g_array_new(FALSE, FALSE, sizeof(TextStyle))};
    b.min_width = spec->indent > 0 ? spec->width - spec->indent : spec->width;
    if (spec->intrude_lines[0] || spec->intrude_lines[1])
        b.min_width = fmin(b.min_width, spec->width - spec->intrude_w[0] - spec->intrude_w[1]);
    ParagraphAnalysis *owned;
    const ParagraphAnalysis *pa = itemize_paragraph(ctx, text, len, n_chars, attrs, &owned);
    b.log = pa->log;
    int ci = 0;
    for (GList *l = pa->items; l; l = l->next) {
        PangoItem *item = l->data;
        add_item(&b, item, ci);
        ci += item->num_chars;
    }
    /* the paragraph's end: fil glue (make_line gives a justified last line's free space to its
     * spaces instead) and a forced break */
    int style = b.styles->len ? (int)b.styles->len - 1 : -1;
    if (style < 0) { /* no text at all: the owner's font gives the empty line its height */
        PangoAnalysis analysis = {.font = pango_context_load_font(ctx->pango, spec->base_font)};
        FRISK_ASSERT(analysis.font != NULL); /* fonts_init made sure there are fonts */
        TextStyle st = {.font = font_info(ctx->layout, &analysis), .line_height = spec->line_height};
        g_object_unref(analysis.font);
        g_array_append_val(b.styles, st);
        style = 0;
    }
    Element fil = {.kind = EL_GLUE, .order = 1, .style = style, .start = len, .end = len, .stretch = 1,
                   .unpainted = spec->align_last == K_JUSTIFY};
    push(&b, fil);
    Element end = {.kind = EL_PENALTY, .style = style, .start = len, .end = len, .penalty = FORCED};
    push(&b, end);
    itemize_paragraph_done(owned);

    FoArena *arena = ctx->layout->text_arena;
    tb->n_styles = (int)b.styles->len;
    tb->styles = fo_arena_alloc(arena, sizeof(TextStyle) * b.styles->len);
    memcpy(tb->styles, b.styles->data, sizeof(TextStyle) * b.styles->len);
    g_array_free(b.styles, TRUE);

    int n = (int)b.els->len;
    Element *els = (Element *)(void *)b.els->data;
    Sums *sums = g_new0(Sums, n + 1);
    for (int i = 0; i < n; i++) {
        sums[i + 1] = sums[i];
        if (els[i].kind == EL_PENALTY)
            continue;
        sums[i + 1].w += els[i].width;
        if (els[i].kind == EL_GLUE) {
            if (els[i].order == 1)
                sums[i + 1].fil += els[i].stretch;
            else if (els[i].order == 2)
                sums[i + 1].fill += els[i].stretch;
            else {
                sums[i + 1].y += els[i].stretch;
                sums[i + 1].z += els[i].shrink;
            }
        }
    }
    /* ragged text stretches at the line's end, not in its spaces */
    double em = tb->styles[0].font->size;
    /* justified text: a line without a space cannot stretch, and its shortfall shows against
     * the lines around it, so it is judged as a ragged line with half the room */
    double ragged = (spec->align == K_JUSTIFY ? RAGGED_STRETCH_EM / 2 : RAGGED_STRETCH_EM) * em;
    int has_hyphens = 0;
    for (int i = 0; i < n; i++)
        has_hyphens |= els[i].kind == EL_PENALTY && els[i].flagged;
    int from_el = -1; /* columns: the rest of a paragraph starts after the break at from_el */
    if (spec->from_byte > 0) {
        int i = 0;
        while (i < n - 1 && els[i].start < spec->from_byte)
            i++;
        from_el = els[i].kind == EL_BOX ? i - 1 : i;
    }
    int *breaks = NULL, n_breaks = 0;
    for (int pass = has_hyphens ? 0 : 1; pass < 3 && n_breaks == 0; pass++)
        n_breaks = break_pass(els, n, sums, spec, ragged, pass, from_el, &breaks);
    FRISK_ASSERT(n_breaks > 0);

    tb->n_lines = n_breaks;
    tb->lines = fo_arena_alloc(arena, sizeof(TextLine) * (size_t)n_breaks);
    GArray *out = g_array_sized_new(FALSE, FALSE, sizeof(LineEl), (guint)n / 2 + 1);
    int s = from_el < 0 ? 0 : line_start(els, n, from_el), byte = spec->from_byte, loosest = -1;
    double top = 0, loosest_r = MAX_SPACE_STRETCH;
    LineSpec stacked = *spec;
    owner_strut(ctx, &stacked); /* inline2 */
    spec = &stacked;
    for (int i = 0; i < n_breaks; i++) {
        TextLine *l = &tb->lines[i];
        double r = make_line(tb, els, out, l, s, breaks[i], i, sums, spec);
        if (r > loosest_r) {
            loosest_r = r;
            loosest = i;
        }
        l->top = top;
        top += l->height;
        l->start = byte;
        int lend = i == n_breaks - 1 ? len : els[breaks[i]].start;
        l->length = lend - byte;
        byte = lend;
        s = line_start(els, n, breaks[i]);
    }
    /* columns2: a paragraph of a galley is said when its loose line is placed (the page
     * builder calls lines_report_loose), so that it is judged at the width it is placed at */
    tb->loose_line = loosest >= 0 && !has_hyphens ? loosest + 1 : 0;
    tb->loose_r = loosest_r;
    if (tb->loose_line && !spec->defer_loose && (!ctx->reflowing || spec->from_byte > 0))
        report_loose(ctx, tb, loosest, loosest_r);
    tb->n_els = (int)out->len;
    tb->els = fo_arena_alloc(arena, sizeof(LineEl) * (out->len + 1));
    memcpy(tb->els, out->data, sizeof(LineEl) * out->len);
    g_array_free(out, TRUE);
    g_array_free(b.els, TRUE);
    free(breaks);
    g_free(sums);
}

/* ---- reading and painting the lines ----------------------------------------------------------- */

/* The byte of tb->text where the cluster at byte cl of a box's word begins: the word was
 * shaped without soft hyphens, the text has them. */
static int byte_of_cluster(const TextBlock *tb, const LineEl *e, int cl)
{
    int byte = e->start;
    for (int plain = e->word->glyphs[e->g0].cluster; plain < cl && tb->text[byte];) {
        if (is_shy(tb->text + byte)) {
            byte += 2;
        } else {
            byte++;
            plain++;
        }
    }
    return byte;
}

double text_line_x(const TextBlock *tb, const TextLine *l, int index)
{
    double x = 0;
    for (int i = l->el0; i < l->el1; i++) {
        const LineEl *e = &tb->els[i];
        if (index < e->end && e->kind == EL_BOX && e->word) {
            if (index <= e->start)
                return x;
            const WordGlyph *gs = e->word->glyphs;
            for (int g = e->g0; g < e->g1; g++) {
                if (byte_of_cluster(tb, e, gs[g].cluster) >= index)
                    return x;
                x += gs[g].width / (double)PANGO_SCALE + tb->styles[e->style].letter_spacing;
            }
            return x;
        }
        if (index <= e->start)
            return x;
        x += e->set;
    }
    return x;
}

/* A run of glyphs in one style, as cairo_show_text_glyphs takes it. Plain arrays that grow
 * by doubling: a line's run grows a glyph at a time, and GArray's and GString's appends cost
 * more than the glyph itself (a third of painting a line). */
typedef struct {
    cairo_glyph_t *glyphs;
    cairo_text_cluster_t *clusters;
    char *utf8;
    int n_glyphs, n_clusters, utf8_len;
    int glyphs_cap, clusters_cap, utf8_cap;
} Run;

/* p with room for need elements of size bytes (its capacity in *cap). */
static void *run_room(void *p, int *cap, int need, size_t size)
{
    if (need <= *cap)
        return p;
    int c = *cap ? *cap : 64;
    while (c < need)
        c *= 2;
    p = realloc(p, size * (size_t)c);
    FRISK_ASSERT(p != NULL);
    *cap = c;
    return p;
}

static void add_glyph(Run *run, PangoGlyph glyph, double x, double y, const char *text, int bytes, int new_cluster)
{
    if (new_cluster) {
        run->clusters = run_room(run->clusters, &run->clusters_cap, run->n_clusters + 1,
                                 sizeof *run->clusters);
        run->clusters[run->n_clusters++] = (cairo_text_cluster_t){.num_bytes = bytes, .num_glyphs = 0};
        run->utf8 = run_room(run->utf8, &run->utf8_cap, run->utf8_len + bytes, 1);
        memcpy(run->utf8 + run->utf8_len, text, (size_t)bytes);
        run->utf8_len += bytes;
    }
    if (glyph == PANGO_GLYPH_EMPTY)
        return;
    if (glyph & PANGO_GLYPH_UNKNOWN_FLAG)
        glyph = 0; /* no font has it: the .notdef box */
    run->glyphs = run_room(run->glyphs, &run->glyphs_cap, run->n_glyphs + 1, sizeof *run->glyphs);
    run->glyphs[run->n_glyphs++] = (cairo_glyph_t){.index = glyph, .x = x, .y = y};
    run->clusters[run->n_clusters - 1].num_glyphs++;
}

static void decoration_line(cairo_t *cr, double x0, double x1, double centre, double thick,
                            uint32_t rgb)
{
    cairo_set_source_rgb(cr, (rgb >> 16 & 0xff) / 255.0, (rgb >> 8 & 0xff) / 255.0,
                         (rgb & 0xff) / 255.0);
    cairo_rectangle(cr, x0, centre - thick / 2, x1 - x0, thick);
    cairo_fill(cr);
}

static void flush_run(cairo_t *cr, Run *run, const TextStyle *st, double x0, double x1, double base)
{
    if (!st || run->n_clusters == 0 || st->hidden)
        goto reset;
    const FontInfo *fi = st->font;
    if (st->has_bg) {
        cairo_set_source_rgb(cr, (st->bg >> 16 & 0xff) / 255.0, (st->bg >> 8 & 0xff) / 255.0,
                             (st->bg & 0xff) / 255.0);
        cairo_rectangle(cr, x0, base - st->rise - fi->ascent, x1 - x0, fi->ascent + fi->descent);
        cairo_fill(cr);
    }
    cairo_set_source_rgb(cr, (st->fg >> 16 & 0xff) / 255.0, (st->fg >> 8 & 0xff) / 255.0,
                         (st->fg & 0xff) / 255.0);
    if (run->n_glyphs > 0) {
        cairo_set_scaled_font(cr, fi->scaled);
        cairo_show_text_glyphs(cr, run->utf8, run->utf8_len, run->glyphs, run->n_glyphs,
                               run->clusters, run->n_clusters, 0);
    }
    /* inline2: the lines where FOP draws them, each as thick as an eighth of the descent:
     * underline half the descent below the baseline, overline 1.1 and line-through 0.45 of the
     * cap height above it; each in its own colour (typeset_inline2.c) */
    double thick = fi->descent / 8, y = base - st->rise;
    if (st->underline)
        decoration_line(cr, x0, x1, y + fi->descent / 2, thick, st->under_rgb);
    if (st->overline)
        decoration_line(cr, x0, x1, y - 1.1 * fi->cap_height, thick, st->over_rgb);
    if (st->strike)
        decoration_line(cr, x0, x1, y - 0.45 * fi->cap_height, thick, st->strike_rgb);
reset:
    run->n_glyphs = run->n_clusters = run->utf8_len = 0;
}

void text_line_paint(cairo_t *cr, const TextBlock *tb, int line, double x, double y)
{
    text_line_paint_segments(cr, tb, line, x, y, NULL);
}

void text_line_paint_segments(cairo_t *cr, const TextBlock *tb, int line, double x, double y,
                              const LineSegments *segments)
{
    const TextLine *l = &tb->lines[line];
    Run run = {0};
    const TextStyle *cur = NULL;
    double pen = x, run_x = x;
    for (int i = l->el0; i < l->el1; i++) {
        const LineEl *e = &tb->els[i];
        const TextStyle *st = &tb->styles[e->style];
        if (e->kind == EL_PENALTY)
            continue;
        int leader = e->kind == EL_GLUE && e->order == 2;
        int segment = segments && (i == l->el0 || segments->starts(segments->data, e->start));
        if (segment) { /* what was painted so far is the previous segment's */
            flush_run(cr, &run, cur, run_x, pen, y);
            run_x = pen;
            segments->enter(segments->data, e->start);
        }
        if (st != cur || st->object || leader) {
            flush_run(cr, &run, cur, run_x, pen, y);
            cur = st->object || leader ? NULL : st;
            run_x = pen;
        }
        if (cur && e->kind == EL_GLUE) {
            add_glyph(&run, st->font->space_glyph, pen, y - st->rise, " ", 1, 1);
        } else if (cur && e->word) {
            const WordGlyph *gs = e->word->glyphs;
            const char *wt = e->word->text;
            double gx = pen;
            int rtl = e->word->level % 2;
            for (int g = e->g0; g < e->g1; g++) {
                int cl = gs[g].cluster;
                int first = g == e->g0 || cl != gs[g - 1].cluster;
                /* the cluster's bytes run to the next cluster in the text: the next glyph's in
                 * a left-to-right word, the nearest higher one in a right-to-left word (its
                 * glyphs come in visual order) */
                int next = (int)e->word->len;
                for (int h = rtl ? 0 : g + 1; h < e->word->n_glyphs; h++) {
                    if (gs[h].cluster > cl && gs[h].cluster < next)
                        next = gs[h].cluster;
                    if (!rtl && gs[h].cluster != cl)
                        break;
                }
                const WordGlyph *geo = &gs[g];
                add_glyph(&run, geo->glyph, gx + geo->x_offset / (double)PANGO_SCALE,
                          y - st->rise + geo->y_offset / (double)PANGO_SCALE, wt + cl, next - cl, first);
                gx += geo->width / (double)PANGO_SCALE + st->letter_spacing;
            }
        }
        pen += e->set;
    }
    if (l->hyphen && cur) {
        add_glyph(&run, cur->font->hyphen_glyph, pen, y - cur->rise, "\xc2\xad", 2, 1);
        pen += cur->font->hyphen_width;
    }
    flush_run(cr, &run, cur, run_x, pen, y);
    free(run.glyphs);
    free(run.clusters);
    free(run.utf8);
}
