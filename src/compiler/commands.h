/* commands — check, render, export-csv and import-csv (commands.c); `build` is jobs.h and `new`
 * is scaffold.h. Each takes the operands main.c parsed (borrowed) and returns the exit status. */
#ifndef FRISK_COMMANDS_H
#define FRISK_COMMANDS_H

/* Loads, validates and checks each file; every problem is printed. */
int commands_check(char **files, int n);
/* Typesets the FO file at fo_path and writes pdf_path (only when there was no error): tagged
 * PDF/UA-1 and PDF/A-2a, or with tagged 0 (--no-tags) without the structure tree. */
int commands_render(const char *fo_path, const char *pdf_path, int tagged);
/* Writes the open data of input's programme.xml (stylesheets/common/opendata.xsl) into
 * output_dir. */
int commands_export_csv(const char *input, const char *output_dir);
/* Reads the trials of csv_path and writes the network file of network to out_path (stdout when
 * NULL). */
int commands_import_csv(const char *csv_path, const char *network, const char *input,
                        const char *out_path);

#endif
