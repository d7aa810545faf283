/* opendata — the data as spreadsheets and JSON, and trial spreadsheets back into the data.
 *
 * Takes: a neutral table that a stylesheet (stylesheets/common/opendata.xsl) builds, so that the
 * columns are defined beside the other presentation decisions and this C code stays generic:
 *
 *   <table name="trials">
 *     <column name="forsoeg_id" [type="number"] [separator="; "]>description</column> …
 *     <row><cell>akut-akutfunktioner</cell><cell><item>SUL § 138</item>…</cell> …</row> …
 *   </table>
 *
 * A cell holding <item>s is a list: joined by its column's separator in CSV, an array in JSON.
 * Gives: CSV as Danish Excel reads it (UTF-8 with BOM, ';', CRLF, every field quoted by libcsv's
 * csv_fwrite, cells that would start a formula neutralised with a leading apostrophe), or JSON
 * (an array of objects, keys in column order). And the reverse for trials: a spreadsheet with
 * the columns of trials.csv becomes the <trials> of a network file.
 *
 * Ownership: byte buffers returned through out-parameters are malloc'ed and owned by the caller;
 * every other argument is borrowed. Functions return 0, or -1 after reporting through diag.
 */
#ifndef FRISK_OPENDATA_H
#define FRISK_OPENDATA_H

#include <libxml/tree.h>
#include <stddef.h>

/* The table as CSV bytes. Reports (at the table's node) a row with more cells than columns. */
int opendata_csv(xmlNodePtr table, unsigned char **bytes, size_t *len);

/* The table as a JSON array of objects: an empty cell is null, a number column a JSON number,
 * a list cell an array of strings. */
int opendata_json(xmlNodePtr table, unsigned char **bytes, size_t *len);

/* A cell's text as written to CSV: a text starting with = + - @, a tab or a carriage return
 * gets a leading apostrophe, so a spreadsheet shows it as text and never runs it as a formula.
 * Returns a malloc'ed string. opendata_cell_restore undoes it (for import): in place. */
char *opendata_cell_neutralise(const char *text);
void opendata_cell_restore(char *text);

/* Reads csv_path (the columns of trials.csv; rows of other networks are skipped) and writes
 * to out_path (stdout when NULL) the network file of network_id with its <trials> replaced by
 * the spreadsheet's. programme is the loaded, checked programme (for municipality codes and the
 * network's members); network_file is the network's own source file, whose comments, layout
 * and other content are kept. What a spreadsheet cannot hold (rich text, purpose, evaluation,
 * status history) is kept from the existing element with the same id while the spreadsheet's
 * values for it are unchanged. Problems are reported as csv_path:ROW:COL. */
int opendata_import_trials(const char *csv_path, const char *network_id, xmlDocPtr programme,
                           const char *network_file, const char *out_path);

#endif
