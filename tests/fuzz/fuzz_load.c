/* fuzz_load — libFuzzer harness for the first three stages: bytes → load (safe parser) →
 * validate (RELAX NG) → check (semantic rules). Runs from the project root (make fuzz), so
 * schema/frisk.rng is found; diagnostics go to /dev/null. A crash, leak, hang or sanitizer
 * report is a bug: keep the input under tests/robustness/fuzz-regressions/load/. */
#include "compiler/check.h"
#include "shared/diag.h"
#include "shared/load.h"
#include "compiler/validate.h"

#include <libxml/parser.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    diag_route_libxml();
    load_init();
    load_allow_folder("schema");
    diag_set_stream(fopen("/dev/null", "w"));
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    diag_reset_counts();
    xmlDocPtr doc = load_memory((const char *)data, (int)size, "fuzz.xml");
    if (doc && validate_document(doc, "schema/frisk.rng") == 0)
        check_document(doc);
    xmlFreeDoc(doc);
    return 0;
}
