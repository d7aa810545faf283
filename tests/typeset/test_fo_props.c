/* Unit tests for the FO property parsers (src/typeset/fo_props.c): lengths with every unit, colours,
 * keyword and shorthand values as the table parses them. */
#include "shared/color.h"
#include "typeset/fo.h"
#include "typeset/fo_shorthand.h"
#include "harness.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static int near(double a, double b) { return fabs(a - b) < 1e-6; }

static void test_lengths(void)
{
    FoValue v;
    CHECK(fo_parse_length("12pt", &v) == 0 && near(v.pt, 12), "12pt");
    CHECK(fo_parse_length("25.4mm", &v) == 0 && near(v.pt, 72), "25.4mm is 72pt");
    CHECK(fo_parse_length("2.54cm", &v) == 0 && near(v.pt, 72), "2.54cm is 72pt");
    CHECK(fo_parse_length("1in", &v) == 0 && near(v.pt, 72), "1in is 72pt");
    CHECK(fo_parse_length("1pc", &v) == 0 && near(v.pt, 12), "1pc is 12pt");
    CHECK(fo_parse_length("96px", &v) == 0 && near(v.pt, 72), "96px is 72pt");
    CHECK(fo_parse_length("1.5em", &v) == 0 && near(v.em, 1.5) && near(v.pt, 0), "1.5em kept as em");
    CHECK(fo_parse_length("50%", &v) == 0 && near(v.pct, 50), "50% kept as percent");
    CHECK(fo_parse_length("-3pt", &v) == 0 && near(v.pt, -3), "negative length");
    CHECK(fo_parse_length("  6pt ", &v) == 0 && near(v.pt, 6), "surrounding space");
    CHECK(fo_parse_length("0", &v) == 0 && near(v.pt, 0), "0 needs no unit");
    CHECK(fo_parse_length("12", &v) != 0, "a non-zero number needs a unit");
    CHECK(fo_parse_length("12 pt", &v) != 0, "no space before the unit");
    CHECK(fo_parse_length("12furlongs", &v) != 0, "unknown unit");
    CHECK(fo_parse_length("pt", &v) != 0, "unit without number");
    CHECK(fo_parse_length("inf", &v) != 0, "inf is not a length");
    CHECK(fo_parse_length("0x10pt", &v) != 0, "hex is not a length");
    CHECK(fo_parse_length("", &v) != 0, "empty");
    CHECK(fo_parse_length(NULL, &v) != 0, "NULL");
}

static void test_colours(void)
{
    uint32_t c = 0;
    CHECK(color_parse("#1f4e79", &c) == 0 && c == 0x1f4e79, "#rrggbb");
    CHECK(color_parse("#FFF", &c) == 0 && c == 0xffffff, "#rgb expands");
    CHECK(color_parse("#a1b", &c) == 0 && c == 0xaa11bb, "#rgb digits doubled");
    CHECK(color_parse("black", &c) == 0 && c == 0, "name black");
    CHECK(color_parse("Navy", &c) == 0 && c == 0x000080, "names ignore case");
    CHECK(color_parse("grey", &c) == 0 && c == 0x808080, "grey spelling");
    CHECK(color_parse("rgb(31, 78, 121)", &c) == 0 && c == 0x1f4e79, "rgb()");
    CHECK(color_parse("rgb(300,0,0)", &c) != 0, "rgb() out of range");
    CHECK(color_parse("#12345", &c) != 0, "five hex digits");
    CHECK(color_parse("#gggggg", &c) != 0, "not hex");
    CHECK(color_parse("notacolour", &c) != 0, "unknown name");
    CHECK(color_parse("pink", &c) == 0 && c == 0xffc0cb, "CSS keyword pink");
    CHECK(color_parse("LightGreen", &c) == 0 && c == 0x90ee90, "CSS keyword lightgreen, any case");
    CHECK(color_parse("aliceblue", &c) == 0 && c == 0xf0f8ff, "first keyword");
    CHECK(color_parse("yellowgreen", &c) == 0 && c == 0x9acd32, "last keyword");
    CHECK(color_parse("green", &c) == 0 && c == 0x008000, "CSS green, not X11's");
    CHECK(color_parse("rgb(100%, 0%, 50%)", &c) == 0 && c == 0xff0080, "rgb() in percentages");
    CHECK(color_parse("RGB(0,0,255)", &c) == 0 && c == 0x0000ff, "rgb() any case");
    CHECK(color_parse("rgb(1,2)", &c) != 0, "rgb() needs three");
    CHECK(color_parse("rgb(1,2,3) x", &c) != 0, "nothing after rgb()");
    CHECK(color_parse("rgb-icc(255, 0, 0, #CMYK, 0, 1, 1, 0)", &c) == 0 && c == 0xff0000,
          "rgb-icc() falls back to its sRGB part");
    CHECK(color_parse("rgb-icc(0, 128, 0, myprofile, 0.5, 0.2)", &c) == 0 && c == 0x008000,
          "rgb-icc() with a named profile");
    CHECK(color_parse("rgb-icc(0, 128)", &c) != 0, "rgb-icc() needs the triple and a profile");
    CHECK(color_parse("cmyk(0, 0, 0, 1)", &c) == 0 && c == 0, "FOP's cmyk(): black");
    CHECK(color_parse("cmyk(0, 1, 1, 0)", &c) == 0 && c == 0xff0000, "FOP's cmyk(): red");
    /* inline2: system-color(), fixed print colours */
    CHECK(color_parse("system-color(ButtonText)", &c) == 0 && c == 0, "system-color(ButtonText)");
    CHECK(color_parse("system-color(highlight)", &c) == 0 && c == 0xb5d5ff, "system colours any case");
    CHECK(color_parse("system-color( 'GrayText' )", &c) == 0 && c == 0x6d6d6d, "a quoted name");
    CHECK(color_parse("system-color(red)", &c) == 0 && c == 0xff0000, "a keyword, as in FOP");
    CHECK(color_parse("system-color(NoSuchColour)", &c) != 0, "an unknown system colour");
    CHECK(color_parse("system-color()", &c) != 0, "system-color() needs a name");
}

static void test_table_parsers(void)
{
    FoValue v;
    CHECK(fo_prop_lookup("font-size") == P_FONT_SIZE, "lookup by name");
    CHECK(fo_prop_lookup("font-size-adjust") < 0, "outside the subset");
    CHECK(fo_prop_parse(P_COLUMN_WIDTH, "proportional-column-width(3)", NULL, &v) == 0 &&
              v.kind == FV_PROPORTIONAL && near(v.number, 3), "proportional-column-width()");
    CHECK(fo_prop_parse(P_COLUMN_WIDTH, "proportional-column-width(x)", NULL, &v) != 0,
          "proportional-column-width() needs a number");
    CHECK(fo_prop_parse(P_END_INDENT, "label-end()", NULL, &v) == 0 && v.kind == FV_LABEL_END,
          "label-end()");
    CHECK(fo_prop_parse(P_START_INDENT, "body-start()", NULL, &v) == 0 && v.kind == FV_BODY_START,
          "body-start()");
    CHECK(fo_prop_parse(P_KEEP_WITH_NEXT, "always", NULL, &v) == 0 && v.keyword == K_ALWAYS, "keep always");
    /* inline2: text-decoration as a set, script as an ISO 15924 code */
    CHECK(fo_prop_parse(P_TEXT_DECORATION, "underline overline", NULL, &v) == 0 &&
              (unsigned)v.number == (FO_DECO_UNDERLINE | FO_DECO_OVERLINE), "two decorations");
    CHECK(fo_prop_parse(P_TEXT_DECORATION, "no-underline line-through", NULL, &v) == 0 &&
              (unsigned)v.number == (FO_DECO_UNDERLINE << FO_DECO_CANCEL | FO_DECO_LINE_THROUGH),
          "a cancelled and a set decoration");
    CHECK(fo_prop_parse(P_TEXT_DECORATION, "none", NULL, &v) == 0 && (unsigned)v.number == FO_DECO_NONE,
          "none");
    CHECK(fo_prop_parse(P_TEXT_DECORATION, "underline no-underline", NULL, &v) != 0, "a line twice");
    CHECK(fo_prop_parse(P_TEXT_DECORATION, "none underline", NULL, &v) != 0, "none with others");
    CHECK(fo_prop_parse(P_TEXT_DECORATION, "wavy", NULL, &v) != 0, "not a decoration");
    CHECK(fo_prop_parse(P_SCRIPT, "Latn", NULL, &v) == 0 && fo_prop_parse(P_SCRIPT, "arab", NULL, &v) == 0,
          "ISO 15924 codes, any case");
    CHECK(fo_prop_parse(P_SCRIPT, "auto", NULL, &v) == 0 && v.keyword == K_AUTO, "script auto");
    CHECK(fo_prop_parse(P_SCRIPT, "Xyzq", NULL, &v) != 0 && fo_prop_parse(P_SCRIPT, "Latin", NULL, &v) != 0,
          "an unknown script code");
    CHECK(fo_prop_parse(P_KEEP_TOGETHER, "5", NULL, &v) == 0 && v.kind == FV_NUMBER, "keep integer");
    CHECK(fo_prop_parse(P_KEEP_TOGETHER, "sometimes", NULL, &v) != 0, "bad keep");
    CHECK(fo_prop_parse(P_FONT_WEIGHT, "bold", NULL, &v) == 0 && near(v.number, 700), "bold is 700");
    CHECK(fo_prop_parse(P_FONT_WEIGHT, "450", NULL, &v) != 0, "weights are hundreds");
    CHECK(fo_prop_parse(P_LINE_HEIGHT, "1.2", NULL, &v) == 0 && v.kind == FV_NUMBER, "line-height number");
    CHECK(fo_prop_parse(P_LINE_HEIGHT, "14pt", NULL, &v) == 0 && v.kind == FV_LENGTH, "line-height length");
    CHECK(fo_prop_parse(P_BORDER_TOP_WIDTH, "thin", NULL, &v) == 0 && near(v.pt, 0.5), "thin is 0.5pt");
    CHECK(fo_prop_parse(P_TEXT_ALIGN, "justify", NULL, &v) == 0 && v.keyword == K_JUSTIFY, "keyword");
    CHECK(fo_prop_parse(P_TEXT_ALIGN, "middle", NULL, &v) != 0, "unknown keyword");
    /* align: one character for table cells to align on, bare (as DocBook writes it) or quoted */
    FoArena *arena = fo_arena_new();
    CHECK(fo_prop_parse(P_TEXT_ALIGN, ",", arena, &v) == 0 && v.kind == FV_STRING && strcmp(v.str, ",") == 0,
          "text-align on a comma");
    CHECK(fo_prop_parse(P_TEXT_ALIGN, " '.' ", arena, &v) == 0 && v.kind == FV_STRING && strcmp(v.str, ".") == 0,
          "a quoted point, its quotes dropped");
    CHECK(fo_prop_parse(P_TEXT_ALIGN, "\"\xc2\xb7\"", arena, &v) == 0 && strcmp(v.str, "\xc2\xb7") == 0,
          "a character of two bytes");
    CHECK(fo_prop_parse(P_TEXT_ALIGN, "kr", arena, &v) != 0 && fo_prop_parse(P_TEXT_ALIGN, "'kr'", arena, &v) != 0 &&
          fo_prop_parse(P_TEXT_ALIGN, "''", arena, &v) != 0, "one character only");
    CHECK(fo_prop_parse(P_TEXT_ALIGN_LAST, ",", arena, &v) != 0, "text-align-last takes no string");
    fo_arena_free(arena);
    CHECK(fo_prop_parse(P_BACKGROUND_COLOR, "transparent", NULL, &v) == 0 && v.kind == FV_KEYWORD,
          "transparent");
    CHECK(fo_prop_parse(P_WIDOWS, "0", NULL, &v) == 0 && v.kind == FV_NUMBER && near(v.number, 0),
          "widows=\"0\" is no constraint, as in FOP");
    CHECK(fo_prop_parse(P_ORPHANS, "-1", NULL, &v) != 0, "orphans not negative");
    CHECK(fo_prop_parse(P_NUMBER_COLUMNS_SPANNED, "0", NULL, &v) != 0, "a span is at least 1");
    CHECK(fo_prop_parse(P_BASELINE_SHIFT, "super", NULL, &v) == 0 && v.keyword == K_SUPER, "super");
}

/* paint: the background-position shorthand, recorded as "horizontal|vertical". */
static int record_position(void *ctx, FoPropId id, const char *text)
{
    char *out = ctx;
    if (id == P_BACKGROUND_POSITION_HORIZONTAL)
        snprintf(out, 64, "%s|", text);
    else if (id == P_BACKGROUND_POSITION_VERTICAL)
        strncat(out, text, 63 - strlen(out));
    return 0;
}

static void test_background_position(void)
{
    static const char *const cases[][2] = {
        {"center", "center|center"}, {"top", "center|top"}, {"right", "right|center"},
        {"25% 75%", "25%|75%"}, {"20pt 5pt", "20pt|5pt"}, {"bottom right", "right|bottom"},
        {"left top", "left|top"}, {"center left", "left|center"}, {"10pt top", "10pt|top"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char got[64] = "", name[96];
        snprintf(name, sizeof name, "background-position '%s' is %s", cases[i][0], cases[i][1]);
        CHECK(fo_shorthand(FO_BLOCK, "background-position", cases[i][0], record_position, got) == 0 &&
              strcmp(got, cases[i][1]) == 0, name);
    }
    static const char *const bad[] = {"left right", "top bottom", "1pt 2pt 3pt", ""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char got[64] = "", name[96];
        snprintf(name, sizeof name, "background-position '%s' is refused", bad[i]);
        CHECK(fo_shorthand(FO_BLOCK, "background-position", bad[i], record_position, got) != 0,
              name);
    }
    CHECK(fo_is_shorthand("background-position"), "background-position is a shorthand");
}

int main(void)
{
    test_lengths();
    test_colours();
    test_table_parsers();
    test_background_position();
    return harness_exit();
}
