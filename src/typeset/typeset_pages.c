/* typeset_pages — the page-level pieces of XSL that are functions of their own: how a
 * page-sequence prints its page numbers (format, grouping-separator, grouping-size,
 * letter-value, as XSLT's xsl:number), writing-mode="rl-tb" as a mirror of a region's ops, and
 * the located refusals of what the page properties allow but frisk does not do (turned side
 * regions and containers, other writing modes, misplaced spans).
 *
 * Takes: FO nodes, a page number, a page's ops. Gives: folios ("iii", "A", "01", "- 7 -") that
 * fo:page-number, the citations and the PDF page labels share; mirrored ops; diagnostics.
 */
#include "typeset_int.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Is the byte at s the start of an alphanumeric character (ASCII letters and digits; any
 * non-ASCII character counts as alphanumeric, as XSLT's Unicode categories mostly would)? */
static int is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static void append(char *buf, size_t size, const char *s, size_t n)
{
    size_t len = strlen(buf);
    if (len + 1 >= size)
        return;
    if (n > size - 1 - len)
        n = size - 1 - len;
    memcpy(buf + len, s, n);
    buf[len + n] = '\0';
}

static void roman(int n, int upper, char *out, size_t size)
{
    static const struct { int value; const char *lower, *upper; } digits[] = {
        {1000, "m", "M"}, {900, "cm", "CM"}, {500, "d", "D"}, {400, "cd", "CD"},
        {100, "c", "C"}, {90, "xc", "XC"}, {50, "l", "L"}, {40, "xl", "XL"},
        {10, "x", "X"}, {9, "ix", "IX"}, {5, "v", "V"}, {4, "iv", "IV"}, {1, "i", "I"},
    };
    out[0] = '\0';
    for (size_t i = 0; i < sizeof digits / sizeof digits[0]; i++)
        for (; n >= digits[i].value; n -= digits[i].value)
            append(out, size, upper ? digits[i].upper : digits[i].lower,
                   strlen(upper ? digits[i].upper : digits[i].lower));
}

/* a b … z aa ab …: bijective base 26 */
static void alphabetic(int n, char first, char *out, size_t size)
{
    char rev[32];
    int k = 0;
    while (n > 0 && k < (int)sizeof rev) {
        n--;
        rev[k++] = (char)(first + n % 26);
        n /= 26;
    }
    size_t len = 0;
    while (k > 0 && len + 1 < size)
        out[len++] = rev[--k];
    out[len] = '\0';
}

/* Decimal, padded with zeros to width and grouped from the right. */
static void decimal(int n, int width, const char *sep, int group, char *out, size_t size)
{
    char digits[32];
    snprintf(digits, sizeof digits, "%d", n < 0 ? -n : n);
    int nd = (int)strlen(digits);
    out[0] = '\0';
    if (n < 0)
        append(out, size, "-", 1);
    for (int i = 0; i < width - nd; i++)
        append(out, size, "0", 1);
    for (int i = 0; i < nd; i++) {
        int left = nd - i; /* digits from here to the end, padding counted above */
        if (i > 0 && sep && *sep && group > 0 && left % group == 0)
            append(out, size, sep, strlen(sep));
        append(out, size, &digits[i], 1);
    }
}

void page_number_format(const FoNode *seq, int number, char *buf, size_t size)
{
    const char *format = seq ? fo_string(seq, P_FORMAT) : NULL;
    if (!format || !*format)
        format = "1";
    /* prefix: the punctuation before the first alphanumeric token; token: that token;
     * suffix: the punctuation after the last one (XSLT 1.0 §7.7.1, one number) */
    const char *t0 = format;
    while (*t0 && !is_alnum((unsigned char)*t0))
        t0++;
    const char *t1 = t0;
    while (*t1 && is_alnum((unsigned char)*t1))
        t1++;
    const char *last_end = t1;
    for (const char *p = t1; *p; p++)
        if (is_alnum((unsigned char)*p))
            last_end = p + 1;
    buf[0] = '\0';
    append(buf, size, format, (size_t)(t0 - format));
    char num[96];
    size_t tlen = (size_t)(t1 - t0);
    FoKeyword letter = seq ? fo_keyword(seq, P_LETTER_VALUE) : K_AUTO;
    const char *sep = seq ? fo_string(seq, P_GROUPING_SEPARATOR) : NULL;
    int group = seq ? (int)fo_number(seq, P_GROUPING_SIZE, 0) : 0;
    if (tlen == 1 && (*t0 == 'i' || *t0 == 'I') && letter != K_ALPHABETIC && number > 0 &&
        number < 5000) {
        roman(number, *t0 == 'I', num, sizeof num);
    } else if (tlen == 1 && ((*t0 >= 'a' && *t0 <= 'z') || (*t0 >= 'A' && *t0 <= 'Z')) &&
               number > 0) {
        alphabetic(number, *t0 >= 'a' ? 'a' : 'A', num, sizeof num);
    } else {
        /* "1", "01", "001": the token's length is the least width; other tokens are decimal */
        int width = 1;
        if (tlen > 1 && t0[tlen - 1] == '1' && strspn(t0, "0") == tlen - 1)
            width = (int)tlen;
        decimal(number, width, sep, group, num, sizeof num);
    }
    append(buf, size, num, strlen(num));
    if (*t0)
        append(buf, size, last_end, strlen(last_end));
}

/* The value node itself specifies for id (not inherited), or NULL. */
static const FoValue *own(const FoNode *node, FoPropId id)
{
    for (const FoProp *p = node->props; p; p = p->next)
        if (p->id == id)
            return &p->value;
    return NULL;
}

void pages_check(TypesetContext *ctx, FoNode *node, int columns)
{
    for (; node; node = node->next) {
        const FoValue *ro = own(node, P_REFERENCE_ORIENTATION);
        if (ro && (ro->kind != FV_NUMBER || fmod(ro->number, 90.0) != 0.0))
            typeset_error(ctx, node, "fo:%s: reference-orientation must be 0, 90, 180, 270, -90, "
                          "-180 or -270", fo_type_name(node->type));
        else if (ro && fmod(ro->number, 360.0) != 0.0 && node->type != FO_SIMPLE_PAGE_MASTER &&
                 node->type != FO_REGION_BODY && node->type != FO_REGION_BEFORE &&
                 node->type != FO_REGION_AFTER && node->type != FO_REGION_START &&
                 node->type != FO_REGION_END && node->type != FO_BLOCK_CONTAINER &&
                 node->type != FO_INLINE_CONTAINER)
            typeset_error(ctx, node, "fo:%s: reference-orientation=\"%g\" (a rotated area) is "
                          "not supported by frisk yet here; only on fo:simple-page-master, its "
                          "regions, fo:block-container and fo:inline-container", fo_type_name(node->type),
                          ro->number);
        const FoValue *wm = own(node, P_WRITING_MODE);
        int page_level = node->type == FO_SIMPLE_PAGE_MASTER || node->type == FO_PAGE_SEQUENCE ||
                         node->type == FO_REGION_BODY ||
                         node->type == FO_REGION_BEFORE || node->type == FO_REGION_AFTER ||
                         node->type == FO_REGION_START || node->type == FO_REGION_END;
        /* below the page level, writing-mode is area_is_special's (typeset_float.c) */
        if (page_level && wm && wm->kind == FV_KEYWORD && wm->keyword != K_LR_TB &&
            wm->keyword != K_LR && wm->keyword != K_RL_TB && wm->keyword != K_RL)
            typeset_error(ctx, node, "fo:%s: writing-mode=\"%s\" is not supported by frisk yet; "
                          "lr-tb and rl-tb",
                          fo_type_name(node->type), fo_keyword_name(wm->keyword));
        const FoValue *span = own(node, P_SPAN);
        if (span && span->kind == FV_KEYWORD && span->keyword == K_ALL && columns > 1 &&
            !(node->parent && node->parent->type == FO_FLOW &&
              (node->type == FO_BLOCK || node->type == FO_BLOCK_CONTAINER)))
            typeset_error(ctx, node, "fo:%s: span=\"all\" applies to an fo:block or "
                          "fo:block-container that is a child of fo:flow (XSL 7.21.4)",
                          fo_type_name(node->type));
        const FoValue *cc = own(node, P_COLUMN_COUNT);
        if (cc && cc->kind == FV_NUMBER && cc->number > 1 && node->type != FO_REGION_BODY)
            typeset_error(ctx, node, "fo:%s: column-count applies to fo:region-body only",
                          fo_type_name(node->type));
        background_check(ctx, node); /* paint: where a background-image is drawn */
        pages_check(ctx, node->first, columns);
    }
}

void pages_mirror(Page *page, int from, double left, double width)
{
    double axis = 2 * left + width;
    for (int i = from; i < page->n_ops; i++) {
        DrawOp *op = &page->ops[i];
        switch (op->kind) {
        case OP_TEXT: /* the line keeps its own order: only its box moves */
            op->x = axis - op->x - op->text->lines[op->line].width;
            break;
        case OP_RECT: case OP_DOTS: case OP_STROKE: case OP_IMAGE: case OP_DIAGRAM: case OP_LINK:
        case OP_BACKGROUND:
            op->x = axis - op->x - op->w;
            break;
        case OP_DEST:
            op->x = axis - op->x;
            break;
        default:
            break;
        }
    }
}
