/* fo_shorthand — white-space, font, vertical-align, xml:space, page-break-*, position and
 * background-position expanded (see fo_shorthand.c). */
#ifndef FRISK_FO_SHORTHAND_H
#define FRISK_FO_SHORTHAND_H

#include "fo.h"

/* Sets property id from text as if the author had written it; 0, or -1 when it is invalid
 * (the setter reports that itself). */
typedef int (*FoShorthandSet)(void *ctx, FoPropId id, const char *text);

/* Is name (no namespace) one of the shorthands fo_shorthand expands? */
int fo_is_shorthand(const char *name);

/* Expands shorthand name ("white-space", "font", "vertical-align", "xml:space") on an object of
 * type with value through set. 0, or -1 when value is not a value of it (and set was not
 * asked to set anything that failed: the caller reports the shorthand as written). */
int fo_shorthand(FoType type, const char *name, const char *value, FoShorthandSet set, void *ctx);

#endif
