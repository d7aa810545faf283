/* fonts — confines font lookup to the project's fonts/ folder.
 *
 * Takes: the fonts folder. Gives: a fontconfig configuration that knows only the fonts there,
 * with the generic and common family names (serif, sans-serif, monospace, Helvetica, Arial,
 * Times, Courier) aliased to the bundled families, and a pango font map built on it. Output
 * must never depend on what else is installed on the machine, so nothing else is consulted.
 *
 * Ownership: the font map is owned by this module and lives until fonts_shutdown().
 */
#ifndef FRISK_FONTS_H
#define FRISK_FONTS_H

#include <pango/pango.h>

/* Loads the configuration for fonts_dir. Returns 0, or -1 after a diag_environment message
 * when the folder holds no usable font. Idempotent for the same folder. */
int fonts_init(const char *fonts_dir);
/* The pango font map to create contexts from (borrowed); NULL before fonts_init. */
PangoFontMap *fonts_font_map(void);
void fonts_shutdown(void);

#endif
