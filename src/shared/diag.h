/* diag — the one channel through which every problem a user can cause leaves frisk.
 *
 * Takes: a severity, a source location and a message. Gives: one line on the diagnostic
 * stream in gcc's form, "file:line:col: error: message", and counts, so that a stage can
 * report every problem of a file and the caller can stop between stages (sqlite's nErr).
 * libxml2, RELAX NG and libxslt errors are routed here too (diag_route_libxml), so nothing
 * reaches the user without a location.
 *
 * Ownership: every function borrows its string arguments; nothing is retained. The module
 * keeps per-process state (counts and the output stream); frisk runs documents in parallel
 * as separate processes, never threads, so that state needs no locking.
 */
#ifndef FRISK_DIAG_H
#define FRISK_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagSeverity;

/* Exit statuses of the command line (DESIGN.md). */
enum { EXIT_OK = 0, EXIT_INVALID_INPUT = 1, EXIT_USAGE = 2 };

/* Formats one diagnostic into buf (always NUL-terminated when n > 0) and returns the
 * length the full line would have, like snprintf. A missing file prints as "frisk";
 * line 0 omits line and column; col 0 omits the column. Pure: used by diag_report and
 * by the unit tests. */
size_t diag_format(char *buf, size_t n, DiagSeverity severity, const char *file, long line,
                   long col, const char *message);

/* Reports one problem at file:line:col and counts it. */
void diag_report(DiagSeverity severity, const char *file, long line, long col,
                 const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void diag_vreport(DiagSeverity severity, const char *file, long line, long col,
                  const char *fmt, va_list ap);

#define diag_error(file, line, col, ...) diag_report(DIAG_ERROR, file, line, col, __VA_ARGS__)
#define diag_warning(file, line, col, ...) diag_report(DIAG_WARNING, file, line, col, __VA_ARGS__)

/* An environment problem that is not the input's fault (missing stylesheet folder, unwritable
 * output): printed as "frisk: error: message", counted separately, leads to exit 2. */
void diag_environment(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Narrows the warnings printed to the files in_focus accepts (`frisk check FILE` shows FILE's
 * own problems): a warning about another file is counted, as always, and counted as hidden, but
 * not printed. Errors are always printed: wherever they are, they stop the document. NULL shows
 * everything again and forgets the hidden count. */
typedef int (*DiagFocus)(const char *file, void *data);
void diag_set_focus(DiagFocus in_focus, void *data);
/* How many warnings the focus has hidden. */
int diag_hidden_warnings(void);

int diag_error_count(void);
int diag_warning_count(void);
int diag_environment_count(void);
/* Forgets the counts (each document of a build is judged on its own). */
void diag_reset_counts(void);
/* The exit status the counts call for: 2 after an environment problem, else 1 after an error,
 * else 0 (warnings do not fail a run). */
int diag_exit_status(void);
/* Where diagnostics go; stderr unless set (tests capture them). NULL restores stderr. */
void diag_set_stream(FILE *stream);

/* A run says each thing once: a line already printed in this process is counted but not
 * printed again (a warning about the programme is found once per document that includes it).
 * With show 0, warnings are counted but not printed (`frisk build` gives their number in its
 * summary; `frisk check` lists them). */
void diag_set_show_warnings(int show);
/* The distinct warnings of the run so far, printed or not. */
int diag_distinct_warning_count(void);
/* A line a job process printed (its diagnostics, captured): said here, once, as if reported
 * here; counted as a warning or error by the word after its location. */
void diag_relay(const char *line);
/* Forgets what was said (frees the memory of it); call at shut-down. */
void diag_forget(void);

/* Installs handlers so that libxml2's and libxslt's own error messages arrive here with
 * their file and line instead of on stderr bare. Call once at start-up. */
void diag_route_libxml(void);

/* libxml2 gives validity errors a node but no column; the resolver (load.c, which knows the
 * source files) finds the column of the node's start tag. Returns 0 when it cannot. */
struct _xmlNode;
typedef long (*DiagColumnResolver)(const char *file, long line, struct _xmlNode *node);
void diag_set_column_resolver(DiagColumnResolver resolver);

/* The file a node came from: after XInclude, libxml2 records it as xml:base on the included
 * element, so the node's base URI names the original file. malloc'ed, or NULL. */
char *diag_node_file(struct _xmlNode *node);
/* Reports a problem at a node's file, line and start-tag column. */
void diag_node_report(DiagSeverity severity, struct _xmlNode *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Mutes node: later reports at it are dropped. The schema stage mutes an element it reported
 * and repaired (a wrong attribute removed), so a rule does not report the same mistake again
 * ("has no start" after "start=\"1.7.2017\" is not a date"). Uses the node's _private. */
void diag_node_mute(struct _xmlNode *node);
#define diag_node_error(node, ...) diag_node_report(DIAG_ERROR, node, __VA_ARGS__)
#define diag_node_warning(node, ...) diag_node_report(DIAG_WARNING, node, __VA_ARGS__)

/* A broken internal invariant is a bug in frisk, not in the input: print where and abort. */
#define FRISK_ASSERT(cond)                                                                 \
    ((cond) ? (void)0 : diag_internal_failure(__FILE__, __LINE__, #cond))
_Noreturn void diag_internal_failure(const char *file, int line, const char *what);

#endif
