/* focus — which files `frisk check FILE` speaks about.
 *
 * Takes: a loaded document (XInclude resolved). Gives: a diag focus on the files that are the
 * document's own — the file itself, the parts it includes outside the programme, and, for an
 * application, its network's file — so warnings about other files are counted in one line at
 * the end instead of shown (errors are shown wherever they are: they stop the document).
 * Exists because a memo or an application includes the whole programme: without it, checking
 * one application printed every other network's warnings.
 *
 * Ownership: focus_begin returns an owned Focus (or NULL when the document is itself programme
 * data and everything is shown); focus_end prints the summary, removes the focus and frees it.
 */
#ifndef FRISK_FOCUS_H
#define FRISK_FOCUS_H

#include <libxml/tree.h>

typedef struct Focus Focus;

Focus *focus_begin(xmlDocPtr doc);
void focus_end(Focus *focus);

#endif
