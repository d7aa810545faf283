/* color — CSS/XSL colour values as 0xRRGGBB, for the formatter's properties and the diagrams.
 *
 * Takes: a colour as an author writes it. Gives: its RGB, or a refusal the caller reports in
 * its own terms. One parser, so that a colour means the same in an FO property and a diagram.
 */
#include "color.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *skip_space(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    return s;
}

static const struct { const char *name; uint32_t rgb; } colour_names[] = {
    {"black", 0x000000}, {"silver", 0xc0c0c0}, {"gray", 0x808080}, {"grey", 0x808080},
    {"white", 0xffffff}, {"maroon", 0x800000}, {"red", 0xff0000}, {"purple", 0x800080},
    {"fuchsia", 0xff00ff}, {"green", 0x008000}, {"lime", 0x00ff00}, {"olive", 0x808000},
    {"yellow", 0xffff00}, {"navy", 0x000080}, {"blue", 0x0000ff}, {"teal", 0x008080},
    {"aqua", 0x00ffff}, {"orange", 0xffa500}, {"darkgray", 0xa9a9a9}, {"darkgrey", 0xa9a9a9},
    {"lightgray", 0xd3d3d3}, {"lightgrey", 0xd3d3d3}, {"darkblue", 0x00008b},
    {"darkred", 0x8b0000}, {"darkgreen", 0x006400}, {"lightblue", 0xadd8e6},
    {"whitesmoke", 0xf5f5f5}, {"gainsboro", 0xdcdcdc}, {"dimgray", 0x696969},
    {"dimgrey", 0x696969}, {"steelblue", 0x4682b4}, {"brown", 0xa52a2a},
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

int color_parse(const char *text, uint32_t *rgb)
{
    if (!text)
        return -1;
    const char *s = skip_space(text);
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n'))
        n--;
    if (n > 0 && s[0] == '#') {
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
    if (n > 4 && strncmp(s, "rgb(", 4) == 0 && s[n - 1] == ')') {
        int c[3];
        char tail;
        char buf[64];
        if (n >= sizeof buf)
            return -1;
        memcpy(buf, s, n);
        buf[n] = '\0';
        if (sscanf(buf, "rgb(%d ,%d ,%d %c", &c[0], &c[1], &c[2], &tail) != 4 || tail != ')')
            return -1;
        for (int i = 0; i < 3; i++)
            if (c[i] < 0 || c[i] > 255)
                return -1;
        *rgb = (uint32_t)c[0] << 16 | (uint32_t)c[1] << 8 | (uint32_t)c[2];
        return 0;
    }
    for (size_t i = 0; i < sizeof colour_names / sizeof colour_names[0]; i++)
        if (strlen(colour_names[i].name) == n && strncasecmp(colour_names[i].name, s, n) == 0) {
            *rgb = colour_names[i].rgb;
            return 0;
        }
    return -1;
}
