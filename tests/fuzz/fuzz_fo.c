/* fuzz_fo — libFuzzer harness for the typesetter: bytes → load (safe parser) → typeset (the
 * FO subset, pango) → render (cairo PDF, in memory). Runs from the project root (make fuzz),
 * with the bundled fonts and hyphenation patterns; diagnostics go to /dev/null. A crash,
 * leak, hang or sanitizer report is a bug: keep the input under
 * tests/robustness/fuzz-regressions/fo/. */
#include "shared/diag.h"
#include "shared/fonts.h"
#include "shared/hyphen.h"
#include "shared/load.h"
#include "typeset/typeset.h"

#include <libxml/parser.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    diag_route_libxml();
    load_init();
    load_allow_folder("tests/typeset");
    diag_set_stream(fopen("/dev/null", "w"));
    if (fonts_init("fonts") != 0 || hyphen_init("build/hyph_da_DK.dic") != 0) {
        fprintf(stderr, "fuzz_fo: run from the project root after make (fonts/, build/hyph_da_DK.dic)\n");
        exit(2);
    }
    /* robust: the dictionaries tests/fo's fixtures use, loaded here rather than by the first
     * input in their language: libhyphen takes seconds over hyphen-de's 78,000 patterns, and
     * what an input loads and keeps would look like its leak */
    hyphen_has_language("en-US");
    hyphen_has_language("de-DE");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    diag_reset_counts();
    xmlDocPtr doc = load_memory((const char *)data, (int)size, "tests/typeset/fuzz.fo");
    if (!doc)
        return 0;
    /* the way frisk render takes it: a document without page citations painted a
     * page-sequence at a time as it is set */
    unsigned char *pdf = NULL;
    size_t pdf_len = 0;
    typeset_render_document(doc, "tests/typeset/fuzz.fo", 1, 0, &pdf, &pdf_len);
    free(pdf);
    xmlFreeDoc(doc);
    return 0;
}
