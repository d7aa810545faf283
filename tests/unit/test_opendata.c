/* Unit tests of opendata.c: CSV quoting and BOM, formula neutralisation (and its undoing on
 * import), JSON escaping, list cells and number columns. */
#include "harness.h"
#include "compiler/opendata.h"

#include <libxml/parser.h>
#include <stdlib.h>

static xmlDocPtr table_doc(const char *xml)
{
    return xmlReadMemory(xml, (int)strlen(xml), "table.xml", "UTF-8", XML_PARSE_NONET);
}

static char *as_csv(const char *xml)
{
    xmlDocPtr doc = table_doc(xml);
    unsigned char *bytes = NULL;
    size_t len = 0;
    int rc = doc ? opendata_csv(xmlDocGetRootElement(doc), &bytes, &len) : -1;
    xmlFreeDoc(doc);
    if (rc != 0)
        return NULL;
    char *s = malloc(len + 1);
    memcpy(s, bytes, len);
    s[len] = '\0';
    free(bytes);
    return s;
}

static char *as_json(const char *xml)
{
    xmlDocPtr doc = table_doc(xml);
    unsigned char *bytes = NULL;
    size_t len = 0;
    int rc = doc ? opendata_json(xmlDocGetRootElement(doc), &bytes, &len) : -1;
    xmlFreeDoc(doc);
    if (rc != 0)
        return NULL;
    char *s = malloc(len + 1);
    memcpy(s, bytes, len);
    s[len] = '\0';
    free(bytes);
    return s;
}

static void test_neutralise(void)
{
    static const char *const cases[][2] = {
        {"=SUM(A1:A2)", "'=SUM(A1:A2)"}, {"+45 1234", "'+45 1234"}, {"-1", "'-1"},
        {"@cmd", "'@cmd"}, {"\tx", "'\tx"}, {"\rx", "'\rx"}, {"LAB § 48", "LAB § 48"},
        {"", ""}, {"a=b", "a=b"}, {"'=already", "'=already"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = opendata_cell_neutralise(cases[i][0]);
        char name[64];
        snprintf(name, sizeof name, "neutralise case %zu", i);
        CHECK_STR(got, cases[i][1], name);
        opendata_cell_restore(got);
        /* restore undoes the guard, except where the text itself began with the apostrophe */
        if (i != 9)
            CHECK_STR(got, cases[i][0], "restore undoes neutralise");
        free(got);
    }
    char plain[] = "'plain";
    opendata_cell_restore(plain);
    CHECK_STR(plain, "'plain", "restore keeps an apostrophe before ordinary text");
}

static void test_csv(void)
{
    char *csv = as_csv("<table><column name=\"a\"/><column name=\"b\" separator=\", \"/>"
                       "<row><cell>say \"hi\"; ok</cell><cell><item>x</item><item>y</item></cell></row>"
                       "<row><cell>=1+1</cell><cell>line\nbreak</cell></row>"
                       "<row><cell>æøå</cell></row></table>");
    CHECK(csv != NULL, "CSV is written");
    if (!csv)
        return;
    CHECK(strncmp(csv, "\xEF\xBB\xBF", 3) == 0, "CSV starts with a UTF-8 BOM");
    CHECK_STR(csv + 3,
              "\"a\";\"b\"\r\n"
              "\"say \"\"hi\"\"; ok\";\"x, y\"\r\n"
              "\"'=1+1\";\"line\nbreak\"\r\n"
              "\"æøå\";\"\"\r\n",
              "CSV: quoted fields, doubled quotes, ';', CRLF, list joined, formula guarded, short row padded");
    free(csv);
    CHECK(as_csv("<table><column name=\"a\"/><row><cell>1</cell><cell>2</cell></row></table>") == NULL,
          "a row with more cells than columns is refused");
    CHECK(as_csv("<table/>") == NULL, "a table without columns is refused");
}

static void test_json(void)
{
    char *json = as_json("<table><column name=\"n\" type=\"number\"/><column name=\"s\"/>"
                         "<column name=\"l\"/>"
                         "<row><cell>12</cell><cell>a \"q\" \\ \t \xE2\x80\xA8 ø</cell><cell list=\"list\"/></row>"
                         "<row><cell>x1</cell><cell/><cell><item>a</item><item>b</item></cell></row></table>");
    CHECK_STR(json,
              "[\n"
              "  {\"n\": 12, \"s\": \"a \\\"q\\\" \\\\ \\t \\u2028 ø\", \"l\": []},\n"
              "  {\"n\": \"x1\", \"s\": null, \"l\": [\"a\", \"b\"]}\n"
              "]\n",
              "JSON: numbers, escapes (quote, backslash, tab, U+2028), null, lists");
    free(json);
    char *empty = as_json("<table><column name=\"a\"/></table>");
    CHECK_STR(empty, "[]\n", "JSON of a table without rows is []");
    free(empty);
}

int main(void)
{
    test_neutralise();
    test_csv();
    test_json();
    xmlCleanupParser();
    return harness_exit();
}
