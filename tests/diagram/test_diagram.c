/* Unit tests for diagram: parsing the vocabulary and its errors, layout geometry (positive
 * size, growth with content, no overlaps, inside the width), the description, SVG output
 * (well-formed, carries the texts, byte-identical across runs). Also renders the fixtures of
 * tests/diagram/ to tests/out/diagram-*.{pdf,png,svg} for a look. Run from the project root. */
#include "harness.h"

#include "shared/diag.h"
#include "shared/diagram.h"
#include "shared/fonts.h"
#include "shared/hyphen.h"

#include <cairo-pdf.h>
#include <libxml/parser.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static PangoContext *context;

/* fontconfig keeps 288 bytes of the in-memory configuration fonts_init parses until FcFini,
 * which cannot run while cairo and pango still cache fonts; that is fonts.c's to settle, so
 * LeakSanitizer is told to ignore allocations made inside libfontconfig. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) { return "leak:libfontconfig.so\n"; }

static xmlDocPtr read_doc(const char *text)
{
    return xmlReadMemory(text, (int)strlen(text), "inline.xml", NULL, XML_PARSE_NONET);
}

static Diagram *parse_text(const char *text, const char *file)
{
    xmlDocPtr doc = read_doc(text);
    if (!doc)
        return NULL;
    Diagram *d = diagram_parse(xmlDocGetRootElement(doc), file);
    xmlFreeDoc(doc);
    return d;
}

/* Parses text and returns the first diagnostic line it produced ("" when none). */
static void first_diagnostic(const char *text, char *msg, size_t n, Diagram **out)
{
    FILE *f = tmpfile();
    diag_set_stream(f);
    Diagram *d = parse_text(text, "fig.xml");
    diag_set_stream(NULL);
    rewind(f);
    msg[0] = '\0';
    if (!fgets(msg, (int)n, f))
        msg[0] = '\0';
    fclose(f);
    if (out)
        *out = d;
    else
        diagram_free(d);
}

static int overlaps(const double a[4], const double b[4])
{
    const double e = 1e-6;
    return a[0] + e < b[0] + b[2] && b[0] + e < a[0] + a[2] && a[1] + e < b[1] + b[3] &&
           b[1] + e < a[1] + a[3];
}

/* Every placed item is inside [0, width] × [0, height] and no two overlap. */
static void check_geometry(const Diagram *d, const char *what)
{
    double r[64][4];
    size_t n = 0;
    while (n < 64 && diagram_item_rect(d, n, r[n]) == 0)
        n++;
    int inside = n > 0, disjoint = 1;
    for (size_t i = 0; i < n; i++) {
        inside = inside && r[i][0] >= -1e-6 && r[i][1] >= -1e-6 && r[i][2] > 0 && r[i][3] > 0 &&
                 r[i][0] + r[i][2] <= diagram_width(d) + 1e-6 && r[i][1] + r[i][3] <= diagram_height(d) + 1e-6;
        for (size_t j = i + 1; j < n; j++)
            if (overlaps(r[i], r[j]))
                disjoint = 0;
    }
    char name[128];
    snprintf(name, sizeof name, "%s: %zu items inside the diagram", what, n);
    CHECK(inside, name);
    snprintf(name, sizeof name, "%s: no two items overlap", what);
    CHECK(disjoint, name);
}

/* Writes the laid-out diagram as PDF and PNG (at 2× for a sharp look) under tests/out/. */
static void render_files(const Diagram *d, const char *name)
{
    char path[256];
    double w = diagram_width(d) + 40, h = diagram_height(d) + 40;
    snprintf(path, sizeof path, "tests/out/diagram-%s.pdf", name);
    cairo_surface_t *pdf = cairo_pdf_surface_create(path, w, h);
    cairo_t *cr = cairo_create(pdf);
    diagram_paint(d, cr, 20, 20);
    cairo_destroy(cr);
    cairo_surface_finish(pdf);
    CHECK(cairo_surface_status(pdf) == CAIRO_STATUS_SUCCESS, "PDF written");
    cairo_surface_destroy(pdf);

    cairo_surface_t *png = cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)(w * 2), (int)(h * 2));
    cr = cairo_create(png);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, 2, 2);
    diagram_paint(d, cr, 20, 20);
    cairo_destroy(cr);
    snprintf(path, sizeof path, "tests/out/diagram-%s.png", name);
    CHECK(cairo_surface_write_to_png(png, path) == CAIRO_STATUS_SUCCESS, "PNG written");
    cairo_surface_destroy(png);
}

static Diagram *load_fixture(const char *path, double width)
{
    xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
    if (!doc)
        return NULL;
    Diagram *d = diagram_parse(xmlDocGetRootElement(doc), path);
    xmlFreeDoc(doc);
    if (d && diagram_layout(d, context, width) < 0) {
        diagram_free(d);
        d = NULL;
    }
    return d;
}

static void test_change_theory(void)
{
    Diagram *d = load_fixture("tests/diagram/change-theory.xml", 453);
    CHECK(d != NULL, "change theory with 4 columns parses and lays out");
    if (!d)
        return;
    CHECK(diagram_width(d) == 453, "width is the given width");
    CHECK(diagram_height(d) > 50 && diagram_height(d) < 600, "height positive and plausible");
    check_geometry(d, "change theory");
    /* Headings are the items at the top: 4 of them, same height, equal widths. */
    double rect[4], first[4];
    int n_headings = 0, aligned = 1;
    diagram_item_rect(d, 0, first);
    for (size_t i = 0; diagram_item_rect(d, i, rect) == 0; i++)
        if (rect[1] == first[1]) {
            n_headings++;
            aligned = aligned && rect[3] == first[3] && rect[2] == first[2];
        }
    CHECK(n_headings == 4 && aligned, "four column headings aligned");
    char *desc = diagram_describe(d);
    CHECK(desc && strstr(desc, "Programteori for forsøgets forventede virkningsmekanisme.") == desc,
          "description starts with the title");
    CHECK(desc && strstr(desc, "Aktiviteter: Etablering af en fælles") && strstr(desc, "Færre unødige indlæggelser"),
          "description lists headings and boxes");
    free(desc);
    render_files(d, "change-theory");
    diagram_free(d);
}

static double height_of(const char *text, double width)
{
    Diagram *d = parse_text(text, "inline.xml");
    double h = -1;
    if (d && diagram_layout(d, context, width) == 0)
        h = diagram_height(d);
    diagram_free(d);
    return h;
}

static void test_growth(void)
{
    const char *shorter = "<change-theory xmlns='urn:frisk:diagram'>"
                          "<column><heading>Aktiviteter</heading><box>Akutfunktion</box></column>"
                          "<column><heading>Resultater</heading><box>Færre indlæggelser</box></column>"
                          "</change-theory>";
    const char *longer = "<change-theory xmlns='urn:frisk:diagram'>"
                         "<column><heading>Aktiviteter</heading><box>Etablering af en fælles tværkommunal "
                         "akutfunktion med adgang til læger efter kl. 16 og sygeplejersker, der visiterer "
                         "sygeplejeydelser uanset bopælskommune</box></column>"
                         "<column><heading>Resultater</heading><box>Færre indlæggelser</box></column>"
                         "</change-theory>";
    double a = height_of(shorter, 300), b = height_of(longer, 300), c = height_of(longer, 450);
    CHECK(a > 0 && b > a, "more text makes the diagram taller");
    CHECK(c > 0 && c < b, "more width makes it shorter");
}

static void test_links(void)
{
    const char *text = "<change-theory xmlns='urn:frisk:diagram' font-size='9pt' heading-fill='#333'>"
                       "<column><heading>A</heading><box id='a'>Aktivitet</box><box id='b'>Anden</box></column>"
                       "<column><heading>B</heading><box id='c'>Resultat</box></column>"
                       "<link from='a' to='c'/><link from='b' to='c'/>"
                       "</change-theory>";
    Diagram *d = parse_text(text, "inline.xml");
    CHECK(d && diagram_layout(d, context, 300) == 0, "explicit links parse and lay out");
    char *desc = d ? diagram_describe(d) : NULL;
    CHECK(desc && strstr(desc, "Pil fra »Aktivitet« til »Resultat«"), "links described");
    free(desc);
    diagram_free(d);
}

static void test_errors(void)
{
    char msg[512];
    first_diagnostic("<change-theory xmlns='urn:frisk:diagram'>\n"
                     "<column><heading>A</heading><box>x</box></column>\n"
                     "<column><heading>B</heading><bx>y</bx></column>\n"
                     "</change-theory>", msg, sizeof msg, NULL);
    CHECK(strstr(msg, "fig.xml:3: error:") && strstr(msg, "unknown element <bx>"),
          "unknown element: file:line and name");
    first_diagnostic("<change-theory xmlns='urn:frisk:diagram' colour='red'>\n"
                     "<column><heading>A</heading><box>x</box></column>\n"
                     "<column><heading>B</heading><box>y</box></column>\n"
                     "</change-theory>", msg, sizeof msg, NULL);
    CHECK(strstr(msg, "fig.xml:1: error:") && strstr(msg, "unknown attribute 'colour'"),
          "unknown attribute named");
    first_diagnostic("<change-theory xmlns='urn:frisk:diagram'>\n"
                     "<column><heading>A</heading><box fill='#12345'>x</box></column>\n"
                     "<column><heading>B</heading><box>y</box></column>\n"
                     "</change-theory>", msg, sizeof msg, NULL);
    CHECK(strstr(msg, "fig.xml:2:") && strstr(msg, "bad colour '#12345'"), "bad colour");
    first_diagnostic("<change-theory xmlns='urn:frisk:diagram'>\n"
                     "<column><heading>A</heading><box>x</box></column>\n"
                     "</change-theory>", msg, sizeof msg, NULL);
    CHECK(strstr(msg, "2 to 5 columns"), "one column is too few");
    first_diagnostic("<change-theory xmlns='urn:frisk:diagram'>\n"
                     "<column><heading>A</heading><box id='a'>x</box></column>\n"
                     "<column><heading>B</heading><box>y</box></column>\n"
                     "<link from='a' to='nowhere'/></change-theory>", msg, sizeof msg, NULL);
    CHECK(strstr(msg, "fig.xml:4:") && strstr(msg, "'nowhere'"), "link to a missing box");
    first_diagnostic("<bar-chart xmlns='urn:frisk:diagram' mode='piled'>\n"
                     "<series id='a'>A</series>\n"
                     "<category><label>K</label><value series='b'>1,5</value></category>\n"
                     "</bar-chart>", msg, sizeof msg, NULL);
    CHECK(strstr(msg, "fig.xml:1:") && strstr(msg, "'piled'"), "bad mode");
    first_diagnostic("<bar-chart xmlns='urn:frisk:diagram'>\n"
                     "<series id='a' pattern='stripes'>A</series>\n"
                     "<category><label>K</label><value series='a'>1</value></category>\n"
                     "</bar-chart>", msg, sizeof msg, NULL);
    CHECK(strstr(msg, "fig.xml:2:") && strstr(msg, "bad pattern 'stripes'"), "bad pattern, located");
    first_diagnostic("<pie-chart xmlns='urn:frisk:diagram'/>", msg, sizeof msg, NULL);
    CHECK(strstr(msg, "unknown diagram <pie-chart>"), "unknown root");
    Diagram *d = NULL;
    first_diagnostic("<change-theory xmlns='urn:frisk:diagram' xml:lang='da'>\n"
                     "<column><heading>A</heading><box>x</box></column>\n"
                     "<column><heading>B</heading><box>y</box></column>\n"
                     "</change-theory>", msg, sizeof msg, &d);
    CHECK(d && !msg[0], "namespaced attributes (xml:lang) allowed");
    FILE *f = tmpfile();
    diag_set_stream(f);
    CHECK(d && diagram_layout(d, context, 40) == -1, "too narrow a width is an error");
    diag_set_stream(NULL);
    fclose(f);
    diagram_free(d);
}

static void test_bar_chart(void)
{
    Diagram *d = load_fixture("tests/diagram/bar-chart.xml", 453);
    CHECK(d != NULL, "stacked bar chart parses and lays out");
    if (!d)
        return;
    CHECK(diagram_height(d) > 100, "bar chart height positive");
    check_geometry(d, "stacked bar chart");
    char *desc = diagram_describe(d);
    CHECK(desc && strstr(desc, "Nytænkning af beskæftigelsesindsatsen: Godkendt 14, Forventes vedtaget 2"),
          "bar chart described with its values");
    free(desc);
    render_files(d, "bar-chart");
    diagram_free(d);

    const char *grouped = "<bar-chart xmlns='urn:frisk:diagram' mode='grouped' orientation='horizontal' unit='%'>"
                          "<title>Andel</title><axis-label>Procent af borgerne</axis-label>"
                          "<series id='a'>2016</series><series id='b' fill='#ED7D31'>2017</series>"
                          "<category><label>Nordsjælland</label><value series='a'>12345.5</value>"
                          "<value series='b'>8000</value></category>"
                          "<category><label>Vestjylland og det øvrige land</label><value series='a'>300.25</value>"
                          "<value series='b'>9999.75</value></category></bar-chart>";
    d = parse_text(grouped, "inline.xml");
    CHECK(d && diagram_layout(d, context, 400) == 0, "grouped horizontal bar chart lays out");
    if (d) {
        check_geometry(d, "grouped bar chart");
        desc = diagram_describe(d);
        CHECK(desc && strstr(desc, "2016 12.345,50\xC2\xA0%"), "Danish number format in description");
        free(desc);
        render_files(d, "grouped-horizontal");
    }
    diagram_free(d);
    d = parse_text("<bar-chart xmlns='urn:frisk:diagram' mode='grouped'>"
                   "<series id='a'>Godkendt</series><series id='b'>Afslag</series>"
                   "<category><label>Børn</label><value series='a'>1500</value><value series='b'>250</value></category>"
                   "<category><label>Beskæftigelse</label><value series='a'>2750</value><value series='b'>1200</value></category>"
                   "<category><label>Akut</label><value series='a'>800</value></category></bar-chart>", "inline.xml");
    CHECK(d && diagram_layout(d, context, 300) == 0, "grouped vertical bar chart lays out");
    if (d) {
        check_geometry(d, "grouped vertical bar chart");
        render_files(d, "grouped-vertical");
    }
    diagram_free(d);
}

/* A series' pattern draws a hatching over its bars and its legend swatch: the same chart with
 * a pattern renders more drawing than without, and the plain one is unchanged by the feature. */
static size_t svg_length_with_pattern(const char *pattern)
{
    char xml[512];
    snprintf(xml, sizeof xml,
             "<bar-chart xmlns='urn:frisk:diagram' mode='stacked' orientation='horizontal'>"
             "<series id='a' fill='#358000'>A</series><series id='b' fill='#0059b3' pattern='%s'>B</series>"
             "<category><label>K</label><value series='a'>3</value><value series='b'>4</value></category>"
             "</bar-chart>", pattern);
    xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "pattern.xml", NULL, XML_PARSE_NONET);
    char *svg = NULL;
    size_t n = 0;
    int rc = doc ? diagram_render_svg(xmlDocGetRootElement(doc), "pattern.xml", 300, &svg, &n) : -1;
    free(svg);
    xmlFreeDoc(doc);
    return rc == 0 ? n : 0;
}

static void test_patterns(void)
{
    size_t plain = svg_length_with_pattern("none");
    CHECK(plain > 0, "a chart with pattern='none' renders");
    const char *patterns[] = {"diagonal", "back-diagonal", "cross", "dots", "horizontal", "vertical"};
    for (size_t i = 0; i < sizeof patterns / sizeof patterns[0]; i++) {
        size_t n = svg_length_with_pattern(patterns[i]);
        char name[64];
        snprintf(name, sizeof name, "pattern '%s' draws a hatching", patterns[i]);
        CHECK(n > plain + 200, name);
    }
}

static void test_svg(void)
{
    xmlDocPtr doc = xmlReadFile("tests/diagram/change-theory.xml", NULL, XML_PARSE_NONET);
    char *a = NULL, *b = NULL;
    size_t na = 0, nb = 0;
    int ra = diagram_render_svg(xmlDocGetRootElement(doc), "change-theory.xml", 453, &a, &na);
    int rb = diagram_render_svg(xmlDocGetRootElement(doc), "change-theory.xml", 453, &b, &nb);
    xmlFreeDoc(doc);
    CHECK(ra == 0 && rb == 0 && a && b, "SVG rendered twice");
    CHECK(a && b && na == nb && memcmp(a, b, na) == 0, "two SVG renders byte-identical");
    CHECK(a && strlen(a) == na, "SVG length matches");
    xmlDocPtr svg = a ? xmlReadMemory(a, (int)na, "out.svg", NULL, XML_PARSE_NONET) : NULL;
    CHECK(svg != NULL, "SVG is well-formed XML");
    xmlNodePtr root = svg ? xmlDocGetRootElement(svg) : NULL;
    CHECK(root && strcmp((const char *)root->name, "svg") == 0, "root element is svg");
    xmlChar *width = root ? xmlGetProp(root, (const xmlChar *)"width") : NULL;
    CHECK(width && strstr((const char *)width, "pt"), "SVG units are pt");
    xmlFree(width);
    CHECK(a && strstr(a, "<title>Programteori for forsøgets forventede virkningsmekanisme</title>"),
          "SVG has the title");
    CHECK(a && strstr(a, "Færre unødige indlæggelser") && strstr(a, "Høj brugertilfredshed"),
          "SVG carries the box texts (desc)");
    CHECK(a && !strstr(a, "id=\"glyph") && strstr(a, "id=\"d"), "SVG ids prefixed");
    xmlFreeDoc(svg);
    if (a) {
        FILE *f = fopen("tests/out/diagram-change-theory.svg", "wb");
        if (f) {
            fwrite(a, 1, na, f);
            fclose(f);
        }
    }
    free(a);
    free(b);
    char *c = NULL;
    size_t nc = 0;
    FILE *f = tmpfile();
    diag_set_stream(f);
    doc = read_doc("<chart xmlns='urn:frisk:diagram'/>");
    CHECK(diagram_render_svg(xmlDocGetRootElement(doc), "x.xml", 300, &c, &nc) == -1 && !c,
          "SVG of a bad diagram: -1 and no buffer");
    xmlFreeDoc(doc);
    diag_set_stream(NULL);
    fclose(f);
}

int main(void)
{
    mkdir("tests/out", 0777);
    if (fonts_init("fonts") < 0) {
        printf("not ok - fonts/ is usable (run make)\n");
        return 1;
    }
    hyphen_init("build/hyph_da_DK.dic");
    context = pango_font_map_create_context(fonts_font_map());
    test_change_theory();
    test_growth();
    test_links();
    test_errors();
    test_bar_chart();
    test_patterns();
    test_svg();
    g_object_unref(context);
    hyphen_shutdown();
    fonts_shutdown();
    xmlCleanupParser();
    return harness_exit();
}
