/* i18n — frisk speaks the author's language: Danish with a Danish locale (LANG=da_DK.UTF-8),
 * English otherwise, through gettext (po/da.po, compiled by `make` into build/locale and
 * installed into PREFIX/share/locale).
 *
 * Only the messages are translated (LC_MESSAGES): numbers, dates and sorting in the documents
 * come from the stylesheets, never from the C locale, so output bytes do not depend on the
 * user's locale. Diagnostics are translated in one place, diag.c, which looks up each message
 * format before formatting it; other user-facing text is marked _("…") where it is printed.
 */
#ifndef FRISK_I18N_H
#define FRISK_I18N_H

#include <libintl.h>

#define FRISK_TEXT_DOMAIN "frisk"
/* A translated message (the English text is the key and the fallback). */
#define _(text) dgettext(FRISK_TEXT_DOMAIN, text)
/* The singular or plural form of a message for the number n, in the author's language. */
#define ngettext_frisk(singular, plural, n) dngettext(FRISK_TEXT_DOMAIN, singular, plural, n)
/* Marks text for translation where it is defined; _() translates it where it is used. */
#define N_(text) (text)

/* Reads the user's LC_MESSAGES from the environment and binds frisk's catalogues in
 * locale_dir (NULL: the system's). Always UTF-8, whatever the terminal's LC_CTYPE. */
void i18n_init(const char *locale_dir);

#endif
