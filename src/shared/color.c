/* color — CSS/XSL colour values as 0xRRGGBB, for the formatter's properties and the diagrams.
 *
 * Takes: a colour as an author writes it: #rgb, #rrggbb, one of the 147 CSS/SVG colour keywords
 * (any case), rgb() with numbers or percentages, rgb-icc() (its sRGB fallback), FOP's cmyk() or
 * system-color() (fixed print colours for the CSS 2 system colours).
 * Gives: its RGB, or a refusal the caller reports in its own terms. One parser, so that a colour
 * means the same in an FO property and a diagram.
 */
#include "color.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *skip_space(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    return s;
}

/* The CSS 3 / SVG 1.1 colour keywords, sorted for bsearch (grey and gray spellings both). */
static const struct ColourName { const char *name; uint32_t rgb; } colour_names[] = {
    {"aliceblue", 0xf0f8ff}, {"antiquewhite", 0xfaebd7}, {"aqua", 0x00ffff},
    {"aquamarine", 0x7fffd4}, {"azure", 0xf0ffff}, {"beige", 0xf5f5dc}, {"bisque", 0xffe4c4},
    {"black", 0x000000}, {"blanchedalmond", 0xffebcd}, {"blue", 0x0000ff},
    {"blueviolet", 0x8a2be2}, {"brown", 0xa52a2a}, {"burlywood", 0xdeb887},
    {"cadetblue", 0x5f9ea0}, {"chartreuse", 0x7fff00}, {"chocolate", 0xd2691e},
    {"coral", 0xff7f50}, {"cornflowerblue", 0x6495ed}, {"cornsilk", 0xfff8dc},
    {"crimson", 0xdc143c}, {"cyan", 0x00ffff}, {"darkblue", 0x00008b}, {"darkcyan", 0x008b8b},
    {"darkgoldenrod", 0xb8860b}, {"darkgray", 0xa9a9a9}, {"darkgreen", 0x006400},
    {"darkgrey", 0xa9a9a9}, {"darkkhaki", 0xbdb76b}, {"darkmagenta", 0x8b008b},
    {"darkolivegreen", 0x556b2f}, {"darkorange", 0xff8c00}, {"darkorchid", 0x9932cc},
    {"darkred", 0x8b0000}, {"darksalmon", 0xe9967a}, {"darkseagreen", 0x8fbc8f},
    {"darkslateblue", 0x483d8b}, {"darkslategray", 0x2f4f4f}, {"darkslategrey", 0x2f4f4f},
    {"darkturquoise", 0x00ced1}, {"darkviolet", 0x9400d3}, {"deeppink", 0xff1493},
    {"deepskyblue", 0x00bfff}, {"dimgray", 0x696969}, {"dimgrey", 0x696969},
    {"dodgerblue", 0x1e90ff}, {"firebrick", 0xb22222}, {"floralwhite", 0xfffaf0},
    {"forestgreen", 0x228b22}, {"fuchsia", 0xff00ff}, {"gainsboro", 0xdcdcdc},
    {"ghostwhite", 0xf8f8ff}, {"gold", 0xffd700}, {"goldenrod", 0xdaa520}, {"gray", 0x808080},
    {"green", 0x008000}, {"greenyellow", 0xadff2f}, {"grey", 0x808080}, {"honeydew", 0xf0fff0},
    {"hotpink", 0xff69b4}, {"indianred", 0xcd5c5c}, {"indigo", 0x4b0082}, {"ivory", 0xfffff0},
    {"khaki", 0xf0e68c}, {"lavender", 0xe6e6fa}, {"lavenderblush", 0xfff0f5},
    {"lawngreen", 0x7cfc00}, {"lemonchiffon", 0xfffacd}, {"lightblue", 0xadd8e6},
    {"lightcoral", 0xf08080}, {"lightcyan", 0xe0ffff}, {"lightgoldenrodyellow", 0xfafad2},
    {"lightgray", 0xd3d3d3}, {"lightgreen", 0x90ee90}, {"lightgrey", 0xd3d3d3},
    {"lightpink", 0xffb6c1}, {"lightsalmon", 0xffa07a}, {"lightseagreen", 0x20b2aa},
    {"lightskyblue", 0x87cefa}, {"lightslategray", 0x778899}, {"lightslategrey", 0x778899},
    {"lightsteelblue", 0xb0c4de}, {"lightyellow", 0xffffe0}, {"lime", 0x00ff00},
    {"limegreen", 0x32cd32}, {"linen", 0xfaf0e6}, {"magenta", 0xff00ff}, {"maroon", 0x800000},
    {"mediumaquamarine", 0x66cdaa}, {"mediumblue", 0x0000cd}, {"mediumorchid", 0xba55d3},
    {"mediumpurple", 0x9370db}, {"mediumseagreen", 0x3cb371}, {"mediumslateblue", 0x7b68ee},
    {"mediumspringgreen", 0x00fa9a}, {"mediumturquoise", 0x48d1cc}, {"mediumvioletred", 0xc71585},
    {"midnightblue", 0x191970}, {"mintcream", 0xf5fffa}, {"mistyrose", 0xffe4e1},
    {"moccasin", 0xffe4b5}, {"navajowhite", 0xffdead}, {"navy", 0x000080}, {"oldlace", 0xfdf5e6},
    {"olive", 0x808000}, {"olivedrab", 0x6b8e23}, {"orange", 0xffa500}, {"orangered", 0xff4500},
    {"orchid", 0xda70d6}, {"palegoldenrod", 0xeee8aa}, {"palegreen", 0x98fb98},
    {"paleturquoise", 0xafeeee}, {"palevioletred", 0xdb7093}, {"papayawhip", 0xffefd5},
    {"peachpuff", 0xffdab9}, {"peru", 0xcd853f}, {"pink", 0xffc0cb}, {"plum", 0xdda0dd},
    {"powderblue", 0xb0e0e6}, {"purple", 0x800080}, {"red", 0xff0000}, {"rosybrown", 0xbc8f8f},
    {"royalblue", 0x4169e1}, {"saddlebrown", 0x8b4513}, {"salmon", 0xfa8072},
    {"sandybrown", 0xf4a460}, {"seagreen", 0x2e8b57}, {"seashell", 0xfff5ee}, {"sienna", 0xa0522d},
    {"silver", 0xc0c0c0}, {"skyblue", 0x87ceeb}, {"slateblue", 0x6a5acd}, {"slategray", 0x708090},
    {"slategrey", 0x708090}, {"snow", 0xfffafa}, {"springgreen", 0x00ff7f},
    {"steelblue", 0x4682b4}, {"tan", 0xd2b48c}, {"teal", 0x008080}, {"thistle", 0xd8bfd8},
    {"tomato", 0xff6347}, {"turquoise", 0x40e0d0}, {"violet", 0xee82ee}, {"wheat", 0xf5deb3},
    {"white", 0xffffff}, {"whitesmoke", 0xf5f5f5}, {"yellow", 0xffff00}, {"yellowgreen", 0x9acd32},
};

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int parse_hex(const char *s, size_t n, uint32_t *rgb)
{
    uint32_t v = 0;
    for (size_t i = 1; i < n; i++) {
        int d = hex_digit(s[i]);
        if (d < 0)
            return -1;
        v = v << 4 | (uint32_t)d;
    }
    if (n == 4) {
        uint32_t r = v >> 8 & 0xf, g = v >> 4 & 0xf, b = v & 0xf;
        *rgb = (r * 17) << 16 | (g * 17) << 8 | (b * 17);
        return 0;
    }
    if (n == 7) {
        *rgb = v;
        return 0;
    }
    return -1;
}

/* Reads one argument of a colour function: a number, or a percentage of full (255 for rgb,
 * 1 for cmyk). *s moves past it and the comma after it (none after the last one). */
static int colour_argument(const char **s, double full, int last, double *out)
{
    const char *p = skip_space(*s);
    char *end;
    double v = strtod(p, &end);
    if (end == p || !isfinite(v))
        return -1;
    p = end;
    if (*p == '%') {
        v = v * full / 100.0;
        p++;
    }
    p = skip_space(p);
    if (last ? *p != ')' : *p != ',')
        return -1;
    *s = p + 1;
    *out = v;
    return 0;
}

static uint32_t channel(double v)
{
    if (v < 0)
        v = 0;
    if (v > 255)
        v = 255;
    return (uint32_t)lround(v);
}

/* rgb(r, g, b) and rgb-icc(r, g, b, profile, values...): the sRGB triple, which is what
 * rgb-icc falls back to without the profile (frisk writes sRGB only). */
static int parse_rgb(const char *s, size_t n, int icc, uint32_t *rgb)
{
    const char *p = s + (icc ? 8 : 4);
    double c[3];
    for (int i = 0; i < 3; i++) {
        /* rgb-icc's triple is followed by the profile: read the third as if it were last */
        if (i == 2 && icc) {
            const char *q = skip_space(p);
            char *end;
            c[2] = strtod(q, &end);
            if (end == q || !isfinite(c[2]) || *skip_space(end) != ',')
                return -1;
            break;
        }
        if (colour_argument(&p, 255.0, i == 2, &c[i]) != 0)
            return -1;
    }
    if (!icc && *skip_space(p) != '\0')
        return -1;
    if (icc && s[n - 1] != ')')
        return -1;
    for (int i = 0; i < 3; i++)
        if (c[i] < 0 || c[i] > 255)
            return -1;
    *rgb = channel(c[0]) << 16 | channel(c[1]) << 8 | channel(c[2]);
    return 0;
}

/* cmyk(c, m, y, k), Apache FOP's extension function: components 0..1 (or percentages),
 * converted naively to sRGB as FOP does when it has no profile. */
static int parse_cmyk(const char *s, uint32_t *rgb)
{
    const char *p = s + 5;
    double c[4];
    for (int i = 0; i < 4; i++)
        if (colour_argument(&p, 1.0, i == 3, &c[i]) != 0 || c[i] < 0 || c[i] > 1)
            return -1;
    if (*skip_space(p) != '\0')
        return -1;
    double k = 1.0 - c[3];
    *rgb = channel(255.0 * (1.0 - c[0]) * k) << 16 | channel(255.0 * (1.0 - c[1]) * k) << 8 |
           channel(255.0 * (1.0 - c[2]) * k);
    return 0;
}

/* inline2 (issue 20): system-color(name), XSL 1.1 §5.10.2. The CSS 2 system colours name a
 * screen's; on paper they are fixed, as CSS Color 4 §6.2 maps them to its system colours in a
 * light scheme: Canvas white, CanvasText black, ButtonFace #efefef, ButtonBorder #767676,
 * GrayText #6d6d6d, Highlight #b5d5ff. */
static const struct ColourName system_colours[] = {
    {"ActiveBorder", 0x767676}, {"ActiveCaption", 0xffffff}, {"AppWorkspace", 0xffffff},
    {"Background", 0xffffff}, {"ButtonFace", 0xefefef}, {"ButtonHighlight", 0xefefef},
    {"ButtonShadow", 0xefefef}, {"ButtonText", 0x000000}, {"CaptionText", 0x000000},
    {"GrayText", 0x6d6d6d}, {"Highlight", 0xb5d5ff}, {"HighlightText", 0x000000},
    {"InactiveBorder", 0x767676}, {"InactiveCaption", 0xffffff},
    {"InactiveCaptionText", 0x6d6d6d}, {"InfoBackground", 0xffffff}, {"InfoText", 0x000000},
    {"Menu", 0xffffff}, {"MenuText", 0x000000}, {"Scrollbar", 0xffffff},
    {"ThreeDDarkShadow", 0x767676}, {"ThreeDFace", 0xefefef}, {"ThreeDHighlight", 0x767676},
    {"ThreeDLightShadow", 0x767676}, {"ThreeDShadow", 0x767676}, {"Window", 0xffffff},
    {"WindowFrame", 0x767676}, {"WindowText", 0x000000},
};

static int lookup_keyword(const char *name, uint32_t *rgb);

/* system-color(name): a system colour above (any case), or, as in FOP, a colour keyword. */
static int parse_system(const char *s, size_t n, uint32_t *rgb)
{
    if (s[n - 1] != ')')
        return -1;
    char name[64];
    const char *p = skip_space(s + 13);
    size_t len = (size_t)(s + n - 1 - p);
    while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
        len--;
    if (len >= 2 && (p[0] == '\'' || p[0] == '"') && p[len - 1] == p[0]) {
        p++;
        len -= 2;
    }
    if (len == 0 || len >= sizeof name)
        return -1;
    memcpy(name, p, len);
    name[len] = '\0';
    for (size_t i = 0; i < sizeof system_colours / sizeof system_colours[0]; i++)
        if (strcasecmp(name, system_colours[i].name) == 0) {
            *rgb = system_colours[i].rgb;
            return 0;
        }
    return lookup_keyword(name, rgb);
}

static int compare_name(const void *key, const void *entry)
{
    return strcasecmp(key, ((const struct ColourName *)entry)->name);
}

int color_parse(const char *text, uint32_t *rgb)
{
    if (!text)
        return -1;
    const char *s = skip_space(text);
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    char buf[256];
    if (n == 0 || n >= sizeof buf)
        return -1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    if (buf[0] == '#')
        return parse_hex(buf, n, rgb);
    if (strncasecmp(buf, "rgb(", 4) == 0)
        return parse_rgb(buf, n, 0, rgb);
    if (strncasecmp(buf, "rgb-icc(", 8) == 0)
        return parse_rgb(buf, n, 1, rgb);
    if (strncasecmp(buf, "cmyk(", 5) == 0)
        return parse_cmyk(buf, rgb);
    if (strncasecmp(buf, "system-color(", 13) == 0)
        return parse_system(buf, n, rgb);
    return lookup_keyword(buf, rgb);
}

static int lookup_keyword(const char *name, uint32_t *rgb)
{
    const struct ColourName *hit = bsearch(name, colour_names, sizeof colour_names / sizeof colour_names[0],
                                           sizeof colour_names[0], compare_name);
    if (!hit)
        return -1;
    *rgb = hit->rgb;
    return 0;
}
