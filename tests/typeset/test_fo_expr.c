/* Unit tests for the XSL expression language in property values (src/typeset/fo_expr.c):
 * arithmetic, units kept as pt + em + %, the functions that need no FO tree, and the refusals
 * with their reasons. The tree functions (from-parent() and the like) are checked on rendered
 * FO in tests/fo/checks/values.sh. */
#include "typeset/fo.h"
#include "typeset/fo_expr.h"
#include "harness.h"

#include <math.h>

static int near(double a, double b) { return fabs(a - b) < 1e-6; }

/* Evaluates text for property prop without a tree; 0 on success. */
static int eval(const char *text, FoPropId prop, FoValue *v)
{
    const char *why = NULL;
    return fo_expr_eval(text, NULL, prop, v, &why);
}

static void test_arithmetic(void)
{
    FoValue v;
    CHECK(eval("4.5 * 14.4pt", P_START_INDENT, &v) == 0 && v.kind == FV_LENGTH && near(v.pt, 64.8),
          "4.5 * 14.4pt");
    CHECK(eval("5in - (2 * 1.2em)", P_START_INDENT, &v) == 0 && near(v.pt, 360) && near(v.em, -2.4),
          "5in - (2 * 1.2em) keeps its em apart");
    CHECK(eval("10% + 6pt", P_START_INDENT, &v) == 0 && near(v.pct, 10) && near(v.pt, 6),
          "a percentage stays a percentage in a sum");
    CHECK(eval("-(3pt + 1pt)", P_START_INDENT, &v) == 0 && near(v.pt, -4), "unary minus");
    CHECK(eval("1in div 2", P_START_INDENT, &v) == 0 && near(v.pt, 36), "div by a number");
    CHECK(eval("2in div 1in", P_LINE_HEIGHT, &v) == 0 && v.kind == FV_NUMBER && near(v.number, 2),
          "length div length is a number");
    CHECK(eval("7 mod 3", P_WIDOWS, &v) == 0 && near(v.number, 1), "mod");
    CHECK(eval("1 + 2 * 3", P_WIDOWS, &v) == 0 && near(v.number, 7), "* before +");
    CHECK(eval("(1 + 2) * 3", P_WIDOWS, &v) == 0 && near(v.number, 9), "parentheses");
    CHECK(eval("5in-2pt", P_START_INDENT, &v) == 0 && near(v.pt, 358), "minus without spaces");
    CHECK(eval("0 + 14pt", P_START_INDENT, &v) == 0 && near(v.pt, 14), "a plain 0 adds to a length");
    CHECK(eval(".5in", P_START_INDENT, &v) == 0 && near(v.pt, 36), "a number may start with a point");
}

static void test_functions(void)
{
    FoValue v;
    CHECK(eval("max(10pt, 2pt * 7)", P_START_INDENT, &v) == 0 && near(v.pt, 14), "max()");
    CHECK(eval("min(10pt, 1in)", P_START_INDENT, &v) == 0 && near(v.pt, 10), "min()");
    CHECK(eval("abs(-3pt)", P_START_INDENT, &v) == 0 && near(v.pt, 3), "abs()");
    CHECK(eval("round(2.5)", P_WIDOWS, &v) == 0 && near(v.number, 3), "round()");
    CHECK(eval("floor(2.7)", P_WIDOWS, &v) == 0 && near(v.number, 2), "floor()");
    CHECK(eval("ceiling(2.1)", P_WIDOWS, &v) == 0 && near(v.number, 3), "ceiling()");
    CHECK(eval("proportional-column-width(2)", P_COLUMN_WIDTH, &v) == 0 &&
              v.kind == FV_PROPORTIONAL && near(v.number, 2), "proportional-column-width()");
    CHECK(eval("body-start()", P_START_INDENT, &v) == 0 && v.kind == FV_BODY_START, "body-start()");
    CHECK(eval("label-end()", P_END_INDENT, &v) == 0 && v.kind == FV_LABEL_END, "label-end()");
    CHECK(eval("body-start() + 1em - 2pt", P_START_INDENT, &v) == 0 && v.kind == FV_BODY_START &&
              near(v.em, 1) && near(v.pt, -2), "body-start() carries a length added to it");
    CHECK(eval("6pt + label-end()", P_END_INDENT, &v) == 0 && v.kind == FV_LABEL_END &&
              near(v.pt, 6), "a length plus label-end()");
    CHECK(eval("2 * body-start()", P_START_INDENT, &v) != 0, "body-start() is not scaled");
}

static void test_refusals(void)
{
    FoValue v;
    const char *why = NULL;
    CHECK(fo_expr_eval("max(10pt, 5%)", NULL, P_START_INDENT, &v, &why) != 0 && why &&
              strstr(why, "percentage"), "max() of a percentage is refused with the reason");
    why = NULL;
    CHECK(fo_expr_eval("1pt div 0", NULL, P_START_INDENT, &v, &why) != 0 && why &&
              strstr(why, "zero"), "division by zero");
    why = NULL;
    CHECK(fo_expr_eval("2pt * 3pt", NULL, P_START_INDENT, &v, &why) != 0 && why,
          "length times length");
    why = NULL;
    CHECK(fo_expr_eval("1 + 2pt", NULL, P_START_INDENT, &v, &why) != 0 && why,
          "a number plus a length");
    why = NULL;
    CHECK(fo_expr_eval("from-parent(font-size)", NULL, P_FONT_SIZE, &v, &why) != 0 && why,
          "from-parent() without a tree");
    why = "x";
    CHECK(fo_expr_eval("12 furlongs", NULL, P_SPACE_BEFORE, &v, &why) != 0 && why == NULL,
          "plain bad syntax has no reason of its own");
    CHECK(eval("sqrt(4)", P_WIDOWS, &v) != 0, "unknown function");
    CHECK(eval("(1 + 2", P_WIDOWS, &v) != 0, "unclosed parenthesis");
    CHECK(eval("", P_WIDOWS, &v) != 0, "empty");
    CHECK(eval("1 +", P_WIDOWS, &v) != 0, "dangling operator");
    CHECK(eval("5furlongs", P_START_INDENT, &v) != 0, "unknown unit");
}

static void test_accept(void)
{
    FoValue v = {.kind = FV_NUMBER, .number = 12};
    CHECK(fo_prop_accept(P_FONT_SIZE, &v) == 0 && v.kind == FV_LENGTH && near(v.pt, 12),
          "a number where a length goes is points (FOP at 72 dpi)");
    v = (FoValue){.kind = FV_NUMBER, .number = 2.5};
    CHECK(fo_prop_accept(P_WIDOWS, &v) != 0, "widows takes an integer");
    v = (FoValue){.kind = FV_LENGTH, .pt = 3};
    CHECK(fo_prop_accept(P_WIDOWS, &v) != 0, "widows takes no length");
    v = (FoValue){.kind = FV_PROPORTIONAL, .number = 1};
    CHECK(fo_prop_accept(P_START_INDENT, &v) != 0, "proportional-column-width() only in column-width");
    v = (FoValue){.kind = FV_NUMBER, .number = 650};
    CHECK(fo_prop_accept(P_FONT_WEIGHT, &v) != 0, "weights are hundreds");
}

int main(void)
{
    test_arithmetic();
    test_functions();
    test_refusals();
    test_accept();
    return harness_exit();
}
