/* Unit tests for schema_explain: the did-you-mean distance and the explanation of a small
 * invented grammar (not frisk's schema), so the messages are seen to come from whatever grammar
 * is given, never from a list written per element. */
#include "shared/diag.h"
#include "compiler/schema_explain.h"
#include "harness.h"

#include <libxml/parser.h>
#include <stdlib.h>
#include <unistd.h>

static void test_closest_name(void)
{
    const char *const names[] = {"title", "p", "list", "pull-quote"};
    CHECK_STR(schema_closest_name("titel", names, 4), "title", "closest: a transposition");
    CHECK_STR(schema_closest_name("Title", names, 4), "title", "closest: case only");
    CHECK_STR(schema_closest_name("pullquote", names, 4), "pull-quote", "closest: a missing hyphen");
    CHECK(schema_closest_name("colour", names, 4) == NULL, "closest: nothing near enough");
    CHECK(schema_closest_name("title", names, 4) == NULL, "closest: the name itself is no suggestion");
    const char *const values[] = {"theme", "effects", "trials"};
    CHECK_STR(schema_closest_name("efects", values, 3), "effects", "closest: a value");
}

static const char grammar[] =
    "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\""
    " datatypeLibrary=\"http://www.w3.org/2001/XMLSchema-datatypes\">"
    "<start><element name=\"box\">"
    "<attribute name=\"size\"><choice><value>small</value><value>large</value></choice></attribute>"
    "<optional><attribute name=\"when\"><data type=\"date\"/></attribute></optional>"
    "<element name=\"label\"><text/></element>"
    "<zeroOrMore><element name=\"item\"><empty/></element></zeroOrMore>"
    "</element></start></grammar>";

/* Explains doc_text against the grammar above; the diagnostics go to buf. */
static int explain(const char *doc_text, char *buf, size_t n)
{
    char rng_path[] = "/tmp/frisk-test-rng-XXXXXX";
    int fd = mkstemp(rng_path);
    if (fd < 0 || write(fd, grammar, sizeof grammar - 1) != (ssize_t)(sizeof grammar - 1))
        return -2;
    close(fd);
    xmlDocPtr doc = xmlReadMemory(doc_text, (int)strlen(doc_text), "box.xml", NULL, XML_PARSE_NONET);
    FILE *stream = fmemopen(buf, n, "w");
    diag_set_stream(stream);
    int reported = schema_explain(doc, rng_path);
    diag_set_stream(NULL);
    fclose(stream);
    xmlFreeDoc(doc);
    schema_explain_shutdown();
    unlink(rng_path);
    return reported;
}

static void test_explain(void)
{
    char out[2048];
    memset(out, 0, sizeof out);
    int n = explain("<box size=\"smal\"><labl>x</labl><item/></box>", out, sizeof out - 1);
    CHECK(n == 2, "explain: two mistakes, two reports");
    CHECK(strstr(out, "box.xml:1: error: <box> size=\"smal\" is not one of: small, large — did you mean small?") != NULL,
          "explain: a value, its choices and the one meant");
    CHECK(strstr(out, "<labl> is not allowed inside <box>; did you mean <label>?") != NULL,
          "explain: a misspelt element, the name meant");
    memset(out, 0, sizeof out);
    n = explain("<box size=\"large\" when=\"1.7.2017\"><item/></box>", out, sizeof out - 1);
    CHECK(strstr(out, "<box> when=\"1.7.2017\" is not a date YYYY-MM-DD") != NULL, "explain: a datatype in words");
    CHECK(strstr(out, "<box> needs <label> before <item>") != NULL, "explain: a missing element and where");
    CHECK(n == 2, "explain: no cascade after the missing element");
    memset(out, 0, sizeof out);
    n = explain("<box><label>x</label><item>text</item></box>", out, sizeof out - 1);
    CHECK(strstr(out, "<box> needs the attribute size (\"small\" or \"large\")") != NULL, "explain: a missing attribute");
    CHECK(strstr(out, "<item> must be empty") != NULL, "explain: text where none is allowed");
}

int main(void)
{
    test_closest_name();
    test_explain();
    xmlCleanupParser();
    return harness_exit();
}
