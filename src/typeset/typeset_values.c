/* typeset_values — the text-drawing properties FOP supports that pango can do: letter-spacing,
 * word-spacing, text-transform, font-variant="small-caps", font-stretch, visibility,
 * wrap-option="no-wrap" and the direction of an fo:bidi-override.
 *
 * Takes: the FO node whose style a run of text takes. Gives: the font description's variant
 * and stretch, pango attributes for the run, the run's text transformed, and the Unicode
 * controls that make pango's bidi algorithm reverse an override. typeset_text.c calls these;
 * a document that sets none of these properties gets nothing from here (same bytes out).
 */
#include "typeset_int.h"
#include "typeset_values.h"

#include <math.h>
#include <string.h>

void values_font(PangoFontDescription *fd, const FoNode *node)
{
    if (fo_keyword(node, P_FONT_VARIANT) == K_SMALL_CAPS)
        pango_font_description_set_variant(fd, PANGO_VARIANT_SMALL_CAPS);
    static const struct { FoKeyword k; PangoStretch s; } stretches[] = {
        {K_ULTRA_CONDENSED, PANGO_STRETCH_ULTRA_CONDENSED},
        {K_EXTRA_CONDENSED, PANGO_STRETCH_EXTRA_CONDENSED},
        {K_CONDENSED, PANGO_STRETCH_CONDENSED}, {K_NARROWER, PANGO_STRETCH_SEMI_CONDENSED},
        {K_SEMI_CONDENSED, PANGO_STRETCH_SEMI_CONDENSED},
        {K_SEMI_EXPANDED, PANGO_STRETCH_SEMI_EXPANDED}, {K_WIDER, PANGO_STRETCH_SEMI_EXPANDED},
        {K_EXPANDED, PANGO_STRETCH_EXPANDED}, {K_EXTRA_EXPANDED, PANGO_STRETCH_EXTRA_EXPANDED},
        {K_ULTRA_EXPANDED, PANGO_STRETCH_ULTRA_EXPANDED},
    };
    FoKeyword stretch = fo_keyword(node, P_FONT_STRETCH);
    for (size_t i = 0; i < sizeof stretches / sizeof stretches[0]; i++)
        if (stretches[i].k == stretch)
            pango_font_description_set_stretch(fd, stretches[i].s);
}

static void add_range(PangoAttrList *attrs, PangoAttribute *a, int start, int end)
{
    a->start_index = (guint)start;
    a->end_index = (guint)end;
    pango_attr_list_insert(attrs, a);
}

/* A spacing property in pango units, or 0 for normal (em against the specifying node). */
static int spacing(const FoNode *node, FoPropId id)
{
    return (int)lround(fo_length(node, id, 0, 0) * PANGO_SCALE);
}

void values_style(PangoAttrList *attrs, const FoNode *node, const char *text, int start, int end)
{
    int letters = spacing(node, P_LETTER_SPACING), words = spacing(node, P_WORD_SPACING);
    if (letters != 0)
        add_range(attrs, pango_attr_letter_spacing_new(letters), start, end);
    /* pango has no word spacing: the letter spacing of each space is the same thing */
    if (words != 0)
        for (int i = start; i < end; i++)
            if (text[i] == ' ' || (text[i] == '\xc2' && text[i + 1] == '\xa0'))
                add_range(attrs, pango_attr_letter_spacing_new(letters + words), i,
                          i + (text[i] == ' ' ? 1 : 2));
    /* hidden text keeps its place and is not drawn, as XSL says */
    if (fo_keyword(node, P_VISIBILITY) != K_VISIBLE)
        add_range(attrs, pango_attr_foreground_alpha_new(1), start, end);
}

GString *values_transform(const FoNode *node, const char *s, size_t n)
{
    FoKeyword transform = fo_keyword(node, P_TEXT_TRANSFORM);
    int no_wrap = fo_keyword(node, P_WRAP_OPTION) == K_NO_WRAP;
    if ((transform == K_NONE || transform == K_NONE_SET) && !no_wrap)
        return NULL;
    GString *out = g_string_sized_new(n + 8);
    int word_start = 1;
    for (const char *p = s; p < s + n; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (transform == K_UPPERCASE || (transform == K_CAPITALIZE && word_start))
            c = g_unichar_toupper(c);
        else if (transform == K_LOWERCASE)
            c = g_unichar_tolower(c);
        word_start = !g_unichar_isalnum(c) && c != '\'' && c != 0x2019;
        if (no_wrap && c == ' ')
            c = 0x00a0; /* a no-break space: the line breaks nowhere */
        g_string_append_unichar(out, c);
    }
    return out;
}

const char *values_bidi_open(const FoNode *node)
{
    const FoValue *bidi = fo_get(node, P_UNICODE_BIDI, NULL);
    const FoValue *dir = fo_get(node, P_DIRECTION, NULL);
    if (!bidi || !dir || bidi->kind != FV_STRING || !bidi->str)
        return NULL;
    int rtl = fo_keyword(node, P_DIRECTION) == K_RTL;
    if (strcmp(bidi->str, "bidi-override") == 0)
        return rtl ? "\xe2\x80\xae" : "\xe2\x80\xad"; /* RLO, LRO */
    if (strcmp(bidi->str, "embed") == 0)
        return rtl ? "\xe2\x80\xab" : "\xe2\x80\xaa"; /* RLE, LRE */
    return NULL;
}

double values_object_descent(const FoNode *node, double h, double font_size)
{
    const FoValue *v = fo_get(node, P_ALIGNMENT_BASELINE, NULL);
    const char *a = v && v->kind == FV_STRING && v->str ? v->str : "";
    if (strcmp(a, "before-edge") == 0 || strcmp(a, "text-before-edge") == 0 ||
        strcmp(a, "hanging") == 0)
        return h - 0.8 * font_size; /* its top level with the text's top */
    if (strcmp(a, "middle") == 0 || strcmp(a, "central") == 0 || strcmp(a, "mathematical") == 0)
        return h / 2 - 0.25 * font_size; /* its middle on the middle of the lower case */
    if (strcmp(a, "after-edge") == 0 || strcmp(a, "text-after-edge") == 0 ||
        strcmp(a, "ideographic") == 0)
        return 0.2 * font_size; /* its bottom level with the text's bottom */
    return 0;
}
