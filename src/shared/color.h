/* color — one parser for colour values (see color.c); pure, no state. */
#ifndef FRISK_COLOR_H
#define FRISK_COLOR_H

#include <stdint.h>

/* Parses a colour: #rgb, #rrggbb, a CSS/SVG colour keyword (any case), rgb(r,g,b) with numbers
 * or percentages, rgb-icc(r,g,b,profile,...) as its sRGB fallback, FOP's cmyk(c,m,y,k), or
 * system-color(name) with a CSS 2 system colour (fixed for print) or a colour keyword.
 * Returns 0 with *rgb set to 0xRRGGBB, or -1. "transparent" is not a colour here (the caller
 * handles it). */
int color_parse(const char *text, uint32_t *rgb);

#endif
