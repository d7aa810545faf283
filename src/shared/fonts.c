/* fonts — a fontconfig configuration that sees only fonts/ (see fonts.h).
 *
 * The configuration is built in memory rather than read from a file so that it can name the
 * fonts folder wherever the project was cloned, and so that no cache is written. */
#include "fonts.h"

#include "diag.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FcConfig *font_config;
static PangoFontMap *font_map;

/* Generic and common names → bundled families, as fontconfig's own aliases do. */
static const char *const family_aliases[][2] = {
    {"serif", "Noto Serif"},        {"Times", "Noto Serif"},
    {"Times New Roman", "Noto Serif"}, {"sans-serif", "Noto Sans"},
    {"sans", "Noto Sans"},          {"Helvetica", "Noto Sans"},
    {"Arial", "Noto Sans"},         {"monospace", "Noto Sans Mono"},
    {"Courier", "Noto Sans Mono"},  {"Courier New", "Noto Sans Mono"},
};

/* fonts_dir must be absolute: fontconfig warns about (and may misread) relative <dir>s. Its
 * scan cache goes to fonts_dir/.cache, beside the fonts it describes, so that fontconfig has
 * a writable cache folder and never touches the user's. */
static char *config_text(const char *fonts_dir)
{
    size_t cap = 4096 + 2 * strlen(fonts_dir);
    char *text = malloc(cap);
    if (!text)
        return NULL;
    size_t len = (size_t)snprintf(text, cap,
                                  "<?xml version=\"1.0\"?>\n<fontconfig>\n<dir>%s</dir>\n"
                                  "<cachedir>%s/.cache</cachedir>\n",
                                  fonts_dir, fonts_dir);
    for (size_t i = 0; i < sizeof family_aliases / sizeof family_aliases[0]; i++)
        len += (size_t)snprintf(text + len, cap - len,
                                "<alias binding=\"same\"><family>%s</family>"
                                "<prefer><family>%s</family></prefer></alias>\n",
                                family_aliases[i][0], family_aliases[i][1]);
    snprintf(text + len, cap - len, "</fontconfig>\n");
    return text;
}

int fonts_init(const char *fonts_dir)
{
    if (font_map)
        return 0;
    char *absolute = realpath(fonts_dir, NULL);
    char *text = absolute ? config_text(absolute) : NULL;
    free(absolute);
    FcConfig *config = FcConfigCreate();
    int ok = text && config &&
             FcConfigParseAndLoadFromMemory(config, (const FcChar8 *)text, FcTrue) &&
             FcConfigBuildFonts(config);
    free(text);
    if (ok) {
        FcFontSet *set = FcConfigGetFonts(config, FcSetSystem);
        ok = set && set->nfont > 0;
    }
    if (!ok) {
        if (config)
            FcConfigDestroy(config);
        diag_environment("no usable fonts in %s (run `make` to copy them from the Debian font packages)",
                         fonts_dir);
        return -1;
    }
    font_config = config;
    /* Made current too, so that nothing (cairo's own pattern substitution included) ever
     * loads the machine's font configuration behind our back. */
    FcConfigSetCurrent(font_config);
    font_map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(font_map), font_config);
    /* ... and made pango's default, so that a library drawing text through pango (librsvg, for
     * an SVG image's text) uses these fonts too, and no second font map of its own */
    pango_cairo_font_map_set_default(PANGO_CAIRO_FONT_MAP(font_map));
    return 0;
}

PangoFontMap *fonts_font_map(void) { return font_map; }

void fonts_shutdown(void)
{
    if (font_map) {
        /* pango 1.50 takes a reference on the configuration but does not give it back when
         * the font map is finalised; handing it NULL makes it release the one it holds. */
        pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(font_map), NULL);
        pango_cairo_font_map_set_default(NULL);
        g_object_unref(font_map);
        font_map = NULL;
    }
    if (font_config) {
        FcConfigDestroy(font_config);
        font_config = NULL;
    }
}
