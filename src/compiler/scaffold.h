/* scaffold — starting points a user fills in: `frisk new application NAME`, `frisk new memo`.
 *
 * Takes: a document kind, a name and the input folder. Gives: a new file copied from the
 * commented template input/templates/<kind>.xml (valid as it stands, so `frisk check` accepts
 * it at once), with the name as the document's id. Exists so that a municipality starts from
 * a file that already has every part the ministry requires, rather than from an empty page.
 */
#ifndef FRISK_SCAFFOLD_H
#define FRISK_SCAFFOLD_H

/* Writes INPUT/applications/NAME.xml from the application template (INPUT/templates/
 * application.xml, else the one in frisk's own folder) and prints its path. NAME must be an id
 * (a-z, 0-9, '-', starting with a letter: it becomes the file name and the application's id).
 * When INPUT has no programme.xml (a project folder of the user's own, not the checkout), frisk's
 * programme data (programme.xml, data/, networks/) is copied there first, so the application's
 * XInclude of ../programme.xml resolves and `frisk build` works at once.
 * Never overwrites: an existing file is an error and stays untouched. Returns 0, or -1 after a
 * diagnostic (bad name, no template, file exists, cannot write). */
int scaffold_new_application(const char *name, const char *input_dir);

/* Starts the next edition of a status memo: copies INPUT/memos/FROM.xml to NAME.xml and every
 * chapter file it includes from INPUT/memos/FROM/ to INPUT/memos/NAME/, as text (comments and
 * every source attribute kept), with the copy's includes pointing at the copied chapters, its
 * id NAME, status="draft", <date value="DATE"/> and <previous-edition date="FROM's date"
 * ref="FROM"/>. date may be NULL when NAME ends in the date (status-2018-09); it must be later
 * than FROM's. Never overwrites: when any file to write exists, nothing is written. Prints the
 * paths written. Returns 0, or -1 after a diagnostic. */
int scaffold_new_memo(const char *name, const char *from, const char *date, const char *input_dir);

#endif
