/* typeset_hyph — a paragraph's languages: hyphenation by the patterns of each text's language
 * and country (or xml:lang), and the language pango shapes and breaks it by.
 *
 * Takes: the FO node whose style a run of text has. Gives: the text with soft hyphens where
 * hyphenate="true" and patterns for its language are installed (shared/hyphen.c), and the
 * PangoLanguage of a node. A language without patterns is set without hyphenation and warned
 * about once per document, at the first object that asks for it.
 */
#include "typeset_int.h"

#include "shared/hyphen.h"

#include <stdlib.h>

char *hyph_text(TypesetContext *ctx, FoNode *style, const char *text)
{
    char lang[64];
    if (fo_keyword(style, P_HYPHENATE) != K_TRUE || !hyphen_available() ||
        !fo_lang(style, lang, sizeof lang))
        return NULL;
    if (!hyphen_has_language(lang)) {
        if (!ctx->hyph_warned)
            ctx->hyph_warned = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        if (g_hash_table_add(ctx->hyph_warned, g_strdup(lang)))
            fo_warning(ctx->tree, style,
                       "fo:%s: hyphenate=\"true\" but there are no hyphenation patterns for the "
                       "language \"%s\": its text is set without hyphenation (Debian's hyphen-* "
                       "packages hold the patterns; add one to tools/packages.txt and run make)",
                       fo_type_name(style->type), lang);
        return NULL;
    }
    return hyphen_insert_soft_hyphens(text, lang);
}

PangoLanguage *hyph_pango_language(const FoNode *node)
{
    char lang[64];
    return fo_lang(node, lang, sizeof lang) ? pango_language_from_string(lang) : NULL;
}
