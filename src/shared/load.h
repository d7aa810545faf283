/* load — the first stage: a file on disk becomes one libxml2 tree.
 *
 * Takes: a path. Gives: a parsed document with XInclude resolved, every node keeping its
 * line (and, through xml:base, its original file) so later stages can say file:line:col.
 * Exists because input is untrusted: parsing is done with safe options per call — no network,
 * no DTD loading, no entity substitution, libxml2's depth and amplification limits on — a
 * document with a DOCTYPE is refused, and every file the parser, XInclude or a stylesheet's
 * document() opens must lie inside the folders registered with load_allow_folder.
 *
 * Ownership: load_document returns an owned xmlDoc (xmlFreeDoc) or NULL after diagnostics.
 */
#ifndef FRISK_LOAD_H
#define FRISK_LOAD_H

#include <libxml/tree.h>

/* Installs the file-access guard and the column resolver. Call once before any parsing. */
void load_init(void);
/* Allows reading files under folder (resolved to its real path). Returns 0, or -1 when the
 * folder does not exist. Nothing is readable until a folder is allowed. */
int load_allow_folder(const char *folder);
/* 1 when path (a filesystem path, not a URI) lies inside an allowed folder, else 0. The
 * transform stage asks this for every file a stylesheet's document() would read. */
int load_path_is_allowed(const char *path);
/* Forgets the allowed folders and the cached source text. */
void load_shutdown(void);

/* Parses path; with xinclude set, resolves XInclude. Reports every problem found (malformed
 * XML, a DOCTYPE, an include outside the allowed folders) and returns NULL on any error. */
xmlDocPtr load_document(const char *path, int xinclude);

/* Parses an in-memory buffer with the same safe options (used for FO produced by a stylesheet
 * when it must be re-read, and by the tests). name is used in diagnostics. */
xmlDocPtr load_memory(const char *data, int len, const char *name);

/* Column of the node's start tag on its line in its source file, 1-based; 0 if not found. */
long load_node_column(const char *file, long line, xmlNodePtr node);
/* The name of an element as its start tag writes it ("fo:block"), into out. */
void load_tag_name(xmlNodePtr node, char *out, size_t size);
/* The same for a start tag named name ("fo:block") on that line, without the parsed node. */
long load_tag_column(const char *file, long line, const char *name);
/* The same for an element whose start tag may be written over several lines: libxml2 gives an
 * element the line its start tag ends on, so the tag is looked for on *line and up to 20 lines
 * above it; *line becomes the line it begins on. 0 (and *line unchanged) when not found. */
long load_tag_start(const char *file, long *line, const char *name);

/* Where the attribute name is written in the start tag found at file:line:col (start tags may
 * run over several lines): *attr_line and *attr_col, 1-based. Returns 1, or 0 when not found. */
int load_attribute_location(const char *file, long line, long col, const char *name, long *attr_line,
                            long *attr_col);

/* The whole file as a NUL-terminated malloc'ed string, or NULL (errno set). A plain read: the
 * caller decides whether the path is one frisk may read (load_path_is_allowed). */
char *load_read_text(const char *path);

#endif
