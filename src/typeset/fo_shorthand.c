/* fo_shorthand — the shorthands of property values that FO written for FOP uses: white-space,
 * font, vertical-align and xml:space, expanded into the properties they stand for.
 *
 * Takes: a shorthand's name and text, and the object it is on. Gives: calls of set(id, text)
 * for each property it sets (fo_tree.c parses each as if written), so that a shorthand means
 * exactly what its expansion would; 0, or -1 when the text is not a value of the shorthand.
 * XSL 1.1 §7.31 and §7.16 give the expansions; vertical-align follows FOP's mapping.
 * compliance (issue 20): the CSS page-break-before/-after/-inside and position, as FOP takes them.
 * tables2 (issue 20): border-separation and border-spacing onto border-separation's components.
 * paint (issue 20): background-position, onto background-position-horizontal and -vertical.
 */
#include "fo_shorthand.h"

#include <stdio.h>
#include <string.h>

static int one_of(const char *text, const char *const *words)
{
    for (; *words; words++)
        if (strcmp(text, *words) == 0)
            return 1;
    return 0;
}

/* white-space: normal | pre | nowrap (XSL 7.31.21, as CSS 2 defines it). */
static int white_space(const char *v, FoShorthandSet set, void *ctx)
{
    int pre = strcmp(v, "pre") == 0, nowrap = strcmp(v, "nowrap") == 0;
    if (!pre && !nowrap && strcmp(v, "normal") != 0)
        return -1;
    if (set(ctx, P_LINEFEED_TREATMENT, pre ? "preserve" : "treat-as-space") != 0 ||
        set(ctx, P_WHITE_SPACE_COLLAPSE, pre ? "false" : "true") != 0 ||
        set(ctx, P_WHITE_SPACE_TREATMENT, pre ? "preserve" : "ignore-if-surrounding-linefeed") != 0)
        return -1;
    return set(ctx, P_WRAP_OPTION, pre || nowrap ? "no-wrap" : "wrap");
}

/* xml:space="preserve" keeps the text's spaces and line ends (XSL 7.16.13's mapping). */
static int xml_space(const char *v, FoShorthandSet set, void *ctx)
{
    if (strcmp(v, "default") == 0)
        return 0;
    if (strcmp(v, "preserve") != 0)
        return -1;
    if (set(ctx, P_LINEFEED_TREATMENT, "preserve") != 0 ||
        set(ctx, P_WHITE_SPACE_COLLAPSE, "false") != 0)
        return -1;
    return set(ctx, P_WHITE_SPACE_TREATMENT, "preserve");
}

/* vertical-align, the CSS property FOP maps onto XSL's: on a table cell (and a block container)
 * it is display-align; on inline content, a shift of the baseline, or an alignment of the
 * object's edges that frisk accepts (alignment-baseline) without moving it. */
static int vertical_align(FoType type, const char *v, FoShorthandSet set, void *ctx)
{
    static const char *const edges[] = {"top", "text-top", "middle", "bottom", "text-bottom", NULL};
    if (type == FO_TABLE_CELL || type == FO_BLOCK_CONTAINER) {
        const char *align = strcmp(v, "top") == 0 || strcmp(v, "text-top") == 0 ? "before"
                            : strcmp(v, "middle") == 0                          ? "center"
                            : strcmp(v, "bottom") == 0 || strcmp(v, "text-bottom") == 0 ? "after"
                            : strcmp(v, "baseline") == 0                        ? "auto"
                                                                                : NULL;
        return align ? set(ctx, P_DISPLAY_ALIGN, align) : -1;
    }
    if (one_of(v, edges)) {
        const char *edge = strcmp(v, "top") == 0 ? "before-edge"
                           : strcmp(v, "text-top") == 0 ? "text-before-edge"
                           : strcmp(v, "middle") == 0 ? "middle"
                           : strcmp(v, "bottom") == 0 ? "after-edge" : "text-after-edge";
        if (set(ctx, P_BASELINE_SHIFT, "baseline") != 0)
            return -1;
        return set(ctx, P_ALIGNMENT_BASELINE, edge);
    }
    /* baseline, sub, super, a length or a percentage: all a baseline-shift */
    if (set(ctx, P_ALIGNMENT_BASELINE, "baseline") != 0)
        return -1;
    return set(ctx, P_BASELINE_SHIFT, v);
}

/* font: [style || variant || weight]? size[/line-height]? family, or a system font name
 * (caption, menu...: refused, frisk knows no system fonts). What it does not name it resets. */
static int font(const char *v, FoShorthandSet set, void *ctx)
{
    static const char *const styles[] = {"italic", "oblique", NULL};
    static const char *const variants[] = {"small-caps", NULL};
    static const char *const weights[] = {"bold", "bolder", "lighter", "100", "200", "300", "400",
                                          "500", "600", "700", "800", "900", NULL};
    char buf[512];
    snprintf(buf, sizeof buf, "%s", v);
    const char *style = "normal", *variant = "normal", *weight = "normal";
    char *p = buf;
    char *word = NULL;
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            p++;
        word = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
            p++;
        if (!*word)
            return -1; /* no size and family */
        char saved = *p;
        *p = '\0';
        if (one_of(word, styles))
            style = word;
        else if (one_of(word, variants))
            variant = word;
        else if (one_of(word, weights))
            weight = word;
        else if (strcmp(word, "normal") != 0) {
            *p = saved;
            break;
        }
        if (saved)
            p++;
    }
    /* word: the size, possibly "/line-height"; then the family list */
    char *end = word;
    while (*end && *end != ' ' && *end != '\t' && *end != '\n' && *end != '\r')
        end++;
    if (!*end)
        return -1;
    *end = '\0';
    const char *family = end + 1;
    while (*family == ' ' || *family == '\t' || *family == '\n' || *family == '\r')
        family++;
    char *slash = strchr(word, '/');
    const char *height = "normal";
    if (slash) {
        *slash = '\0';
        height = slash + 1;
    }
    if (!*family)
        return -1;
    if (set(ctx, P_FONT_STYLE, style) != 0 || set(ctx, P_FONT_VARIANT, variant) != 0 ||
        set(ctx, P_FONT_WEIGHT, weight) != 0 || set(ctx, P_FONT_SIZE, word) != 0 ||
        set(ctx, P_LINE_HEIGHT, height) != 0)
        return -1;
    return set(ctx, P_FONT_FAMILY, family);
}

/* page-break-before | page-break-after: auto | always | avoid | left | right (XSL 7.31.16-17):
 * a break before/after and the keep with the previous/next object. */
static int page_break(const char *v, FoPropId brk, FoPropId keep, FoShorthandSet set, void *ctx)
{
    const char *b = strcmp(v, "always") == 0 ? "page"
                    : strcmp(v, "left") == 0  ? "even-page"
                    : strcmp(v, "right") == 0 ? "odd-page"
                    : strcmp(v, "auto") == 0 || strcmp(v, "avoid") == 0 ? "auto" : NULL;
    if (!b || set(ctx, brk, b) != 0)
        return -1;
    return set(ctx, keep, strcmp(v, "avoid") == 0 ? "always" : "auto");
}

/* position: static | relative | absolute | fixed (XSL 7.31.20), onto absolute-position, whose
 * "relative" is frisk's relative placement (docs/typesetter.md). */
static int position(const char *v, FoShorthandSet set, void *ctx)
{
    static const char *const values[] = {"relative", "absolute", "fixed", NULL};
    if (strcmp(v, "static") == 0)
        return set(ctx, P_ABSOLUTE_POSITION, "auto");
    return one_of(v, values) ? set(ctx, P_ABSOLUTE_POSITION, v) : -1;
}

/* tables2: border-separation and its CSS form border-spacing: one length for both directions,
 * or two, the inline-progression (horizontal) one first (XSL 7.26.2, 7.31.4). */
static int separation(const char *v, FoShorthandSet set, void *ctx)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s", v);
    char *second = strpbrk(buf, " \t\n\r");
    if (second) {
        *second++ = '\0';
        second += strspn(second, " \t\n\r");
        if (!*second || strpbrk(second, " \t\n\r"))
            return -1;
    }
    if (set(ctx, P_BORDER_SEPARATION_IPD, buf) != 0)
        return -1;
    return set(ctx, P_BORDER_SEPARATION_BPD, second ? second : buf);
}

/* background-position (XSL 7.31.3, CSS 2): one or two of a length, a percentage or a keyword.
 * Two lengths or percentages are horizontal then vertical; keywords may come in either order
 * ("top left"); a single value leaves the other direction at center. */
static int background_position(const char *v, FoShorthandSet set, void *ctx)
{
    static const char *const across[] = {"left", "right", NULL}, *const down[] = {"top", "bottom", NULL};
    char first[128] = "", second[128] = "", rest[8] = "";
    int n = sscanf(v, "%127s %127s %7s", first, second, rest);
    if (n < 1 || n > 2)
        return -1;
    const char *h = first, *vert = n == 2 ? second : "center";
    if (n == 1 && one_of(first, down))
        h = "center", vert = first;
    else if (n == 2 && (one_of(first, down) || one_of(second, across)))
        h = second, vert = first;
    if (one_of(h, down) || one_of(vert, across))
        return -1;
    if (set(ctx, P_BACKGROUND_POSITION_HORIZONTAL, h) != 0)
        return -1;
    return set(ctx, P_BACKGROUND_POSITION_VERTICAL, vert);
}

int fo_shorthand(FoType type, const char *name, const char *value, FoShorthandSet set, void *ctx)
{
    char v[512];
    const char *s = value;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    snprintf(v, sizeof v, "%s", s);
    size_t n = strlen(v);
    while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t' || v[n - 1] == '\n' || v[n - 1] == '\r'))
        v[--n] = '\0';
    if (strcmp(name, "white-space") == 0)
        return white_space(v, set, ctx);
    if (strcmp(name, "xml:space") == 0)
        return xml_space(v, set, ctx);
    if (strcmp(name, "vertical-align") == 0)
        return vertical_align(type, v, set, ctx);
    if (strcmp(name, "font") == 0)
        return font(v, set, ctx);
    if (strcmp(name, "page-break-before") == 0)
        return page_break(v, P_BREAK_BEFORE, P_KEEP_WITH_PREVIOUS, set, ctx);
    if (strcmp(name, "page-break-after") == 0)
        return page_break(v, P_BREAK_AFTER, P_KEEP_WITH_NEXT, set, ctx);
    if (strcmp(name, "page-break-inside") == 0) {
        if (strcmp(v, "auto") != 0 && strcmp(v, "avoid") != 0)
            return -1;
        return set(ctx, P_KEEP_TOGETHER, v[1] == 'v' ? "always" : "auto");
    }
    if (strcmp(name, "position") == 0)
        return position(v, set, ctx);
    if (strcmp(name, "border-separation") == 0 || strcmp(name, "border-spacing") == 0)
        return separation(v, set, ctx);
    if (strcmp(name, "background-position") == 0)
        return background_position(v, set, ctx);
    return -1;
}

int fo_is_shorthand(const char *name)
{
    return strcmp(name, "white-space") == 0 || strcmp(name, "vertical-align") == 0 ||
           strcmp(name, "font") == 0 || strcmp(name, "page-break-before") == 0 ||
           strcmp(name, "page-break-after") == 0 || strcmp(name, "page-break-inside") == 0 ||
           strcmp(name, "position") == 0 || strcmp(name, "border-separation") == 0 ||
           strcmp(name, "border-spacing") == 0 || strcmp(name, "background-position") == 0;
}
