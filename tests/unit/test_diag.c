/* Unit tests for diag: the gcc-style line format and the counting. */
#include "shared/diag.h"
#include "harness.h"

#include <stdlib.h>

static void test_format(void)
{
    char buf[256];
    diag_format(buf, sizeof buf, DIAG_ERROR, "input/a.xml", 12, 7, "unexpected element");
    CHECK_STR(buf, "input/a.xml:12:7: error: unexpected element", "format with line and column");
    diag_format(buf, sizeof buf, DIAG_WARNING, "a.xml", 3, 0, "stated figure differs");
    CHECK_STR(buf, "a.xml:3: warning: stated figure differs", "format without column");
    diag_format(buf, sizeof buf, DIAG_ERROR, NULL, 0, 0, "no input");
    CHECK_STR(buf, "frisk: error: no input", "format without location");
    size_t need = diag_format(buf, 8, DIAG_ERROR, "file.xml", 1, 1, "long message");
    CHECK(need == strlen("file.xml:1:1: error: long message"), "format reports the full length");
    CHECK(strlen(buf) == 7, "format truncates to the buffer");
    diag_format(buf, sizeof buf, DIAG_ERROR, "æøå.xml", 1, 2, "”citat” på dansk");
    CHECK_STR(buf, "æøå.xml:1:2: error: ”citat” på dansk", "format keeps UTF-8 intact");
}

static void test_counting(void)
{
    FILE *sink = tmpfile();
    diag_set_stream(sink);
    diag_reset_counts();
    diag_error("x.xml", 1, 1, "first %d", 1);
    diag_error("x.xml", 2, 1, "second");
    diag_warning("x.xml", 3, 1, "a warning");
    CHECK(diag_error_count() == 2, "errors are counted");
    CHECK(diag_warning_count() == 1, "warnings are counted apart");
    rewind(sink);
    char line[256] = "";
    CHECK(fgets(line, sizeof line, sink) && strcmp(line, "x.xml:1:1: error: first 1\n") == 0,
          "report prints one formatted line");
    fseek(sink, 0, SEEK_END);
    diag_report(DIAG_ERROR, "x.xml", 4, 1, "message with trailing newline\n");
    fseek(sink, 0, SEEK_SET);
    int lines = 0;
    while (fgets(line, sizeof line, sink))
        lines++;
    CHECK(lines == 4, "a trailing newline does not make an empty line");
    diag_reset_counts();
    CHECK(diag_error_count() == 0 && diag_warning_count() == 0, "reset forgets the counts");
    diag_set_stream(NULL);
    fclose(sink);
}

int main(void)
{
    test_format();
    test_counting();
    return harness_exit();
}
