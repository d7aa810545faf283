/* home — where frisk finds its own resources: stylesheets/, schema/, fonts/ and the
 * converted hyphenation patterns (build/hyph_da_DK.dic).
 *
 * The resource folder is $FRISK_HOME when set, else the folder holding the running executable
 * (`make` builds ./frisk in the project), else PREFIX/share/frisk beside PREFIX/bin/frisk
 * (`make install`), else the current folder. */
#ifndef FRISK_HOME_H
#define FRISK_HOME_H

/* Finds the folder (once; later calls return at once) and binds frisk's message catalogues
 * there (i18n.h), so that everything after it speaks the user's language. Returns 0, or -1
 * after diag_environment when no folder with stylesheets/ and schema/ is found. */
int home_init(const char *argv0);
/* The same without a diagnostic: for --help and --version, which work without the folder. */
int home_find(const char *argv0);
/* A path under the project folder, e.g. home_path("schema/frisk.rng"); malloc'ed. */
char *home_path(const char *relative);
void home_shutdown(void);

#endif
