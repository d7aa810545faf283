/* hyphen — hyphenation by dictionary in any language with Debian patterns (hyphen-da, -en-us,
 * -de, ...), for the typesetter and the diagrams.
 *
 * Takes: UTF-8 text and its language. Gives: the same text with U+00AD (soft hyphen) at every
 * break point the language's patterns allow. Pango breaks lines only at spaces and soft hyphens
 * (drawing a visible hyphen there), so marking the points before layout is how frisk hyphenates.
 *
 * Ownership: the dictionaries are owned by this module from hyphen_init to hyphen_shutdown.
 * hyphen_insert_soft_hyphens returns a malloc'ed string the caller frees; it borrows its
 * arguments. Per-process state, no locking (frisk runs documents as processes).
 */
#ifndef FRISK_HYPHEN_H
#define FRISK_HYPHEN_H

/* Loads the libhyphen dictionary at dic_path (build/hyph_da_DK.dic, the default language's:
 * UTF-8, converted by tools/hyph-convert.sh, see the Makefile); the other languages' are read
 * from the same folder when first asked for, as hyph_<language>_<COUNTRY>.dic, else
 * hyph_<language>.dic, else the first hyph_<language>_*.dic. Loads once: later calls return 0
 * without reading again. Returns 0, or -1 after diag_environment when the file cannot be read. */
int hyphen_init(const char *dic_path);

/* 1 when a dictionary is loaded, else 0. */
int hyphen_available(void);

/* 1 when patterns for lang ("en", "en-US", "de_AT") are installed (loading them), else 0: no
 * language ("none", NULL), or a language without a hyphen-* package in tools/packages.txt. */
int hyphen_has_language(const char *lang);

/* Returns a newly malloc'ed copy of utf8_text with U+00AD inserted at the dictionary's break
 * points of every word when patterns for lang are installed (hyphen_has_language); for any
 * other language, a NULL lang, or before hyphen_init, a plain copy. NULL only on allocation failure.
 *
 * A word is a run of letters. These are left alone: words touching a digit ("3D", "1813a"),
 * words touching a soft hyphen (the author placed the breaks), acronyms (two or more capitals:
 * "VIVE", "VIVEs"), every letter of a whitespace-delimited token that looks like a URL or
 * e-mail address ("://", "www.", "@"), and words too short for the dictionary's
 * lefthyphenmin + righthyphenmin (2 + 2 in Danish, 2 + 3 in English). The parts of a
 * hard-hyphenated compound ("social-og") are hyphenated as separate words. Linear in the length of the text. */
char *hyphen_insert_soft_hyphens(const char *utf8_text, const char *lang);

/* Frees the dictionaries; hyphen_init may be called again afterwards. */
void hyphen_shutdown(void);

#endif
