/* i18n — binding frisk's message catalogues (see i18n.h). */
#include "i18n.h"

#include <locale.h>

void i18n_init(const char *locale_dir)
{
    /* LC_MESSAGES only: LC_NUMERIC would change how printf writes numbers into PDF and SVG. */
    setlocale(LC_MESSAGES, "");
    if (locale_dir)
        bindtextdomain(FRISK_TEXT_DOMAIN, locale_dir);
    bind_textdomain_codeset(FRISK_TEXT_DOMAIN, "UTF-8");
}
