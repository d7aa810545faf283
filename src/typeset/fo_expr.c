/* fo_expr — XSL 1.1 expressions (§5.9) in property values: "4.5 * 14.4pt", "5in - (2 * 1.2em)",
 * "max(2pt, 0.1em)", "from-parent(font-size) * 0.8", "proportional-column-width(2)".
 *
 * Takes: a property value that the plain parsers of fo_props.c refused, and the node it is set
 * on. Gives: a number or a length kept as pt + em + %, so that em still resolves against the
 * font size of the node that specified it and % against the layout's reference, as a plain
 * length does; a sum of them stays exact. What cannot stay linear (abs, min, max, round, div
 * and mod of an em length) is resolved here against the node's font size; a percentage there
 * has no reference before layout and is refused with the reason.
 */
#include "fo_expr.h"

#include "shared/i18n.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *s;       /* the next character */
    const FoNode *node;  /* the node the property is set on, or NULL */
    FoPropId prop;
    const char *why;     /* the first error's reason, or NULL when it is plain bad syntax */
    int failed;
} Expr;

/* why: a reason worth telling the author, or NULL for text that is no expression at all (the
 * caller then says "invalid value" alone, as for any value it cannot read). */
static int fail(Expr *e, const char *why)
{
    if (!e->failed)
        e->why = why;
    e->failed = 1;
    return -1;
}

static void skip_space(Expr *e)
{
    while (*e->s == ' ' || *e->s == '\t' || *e->s == '\n' || *e->s == '\r')
        e->s++;
}

static int is_name_start(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int is_name_char(char c)
{
    return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

/* Reads an NCName at e->s into buf; 0 when there is none. */
static size_t read_name(Expr *e, char *buf, size_t size)
{
    size_t n = 0;
    if (!is_name_start(*e->s))
        return 0;
    while (is_name_char(e->s[n]))
        n++;
    if (n >= size)
        return 0;
    memcpy(buf, e->s, n);
    buf[n] = '\0';
    e->s += n;
    return n;
}

static int numeric(const FoValue *v) { return v->kind == FV_NUMBER || v->kind == FV_LENGTH; }

static FoValue number(double x) { return (FoValue){.kind = FV_NUMBER, .number = x}; }

/* ---- resolving what cannot stay linear --------------------------------------------------- */

/* The font size an em of this property means: the parent's for font-size itself. */
static int em_size(Expr *e, double *size)
{
    if (!e->node)
        return fail(e, N_("an em length in abs(), min(), max(), round(), floor(), ceiling(), "
                          "div or mod needs the font size of the object"));
    if (e->prop == P_FONT_SIZE)
        *size = e->node->parent ? fo_font_size(e->node->parent) : 12.0;
    else
        *size = fo_font_size((FoNode *)e->node);
    return 0;
}

/* Makes a length absolute (pt alone). A percentage resolves only for the properties whose
 * reference is a font size; others have theirs only at layout. */
static int absolute(Expr *e, FoValue *v)
{
    if (v->kind != FV_LENGTH || (v->em == 0.0 && v->pct == 0.0))
        return 0;
    double size;
    if (v->pct != 0.0) {
        if (e->prop != P_FONT_SIZE && e->prop != P_LINE_HEIGHT)
            return fail(e, N_("a percentage in abs(), min(), max(), round(), floor(), ceiling(), "
                              "div or mod has no reference before layout; frisk takes "
                              "percentages in sums and products by numbers only"));
        if (em_size(e, &size) != 0)
            return -1;
        v->pt += v->pct * size / 100.0;
        v->pct = 0;
    }
    if (v->em != 0.0) {
        if (em_size(e, &size) != 0)
            return -1;
        v->pt += v->em * size;
        v->em = 0;
    }
    return 0;
}

/* ---- arithmetic ---------------------------------------------------------------------------- */

static int is_zero_number(const FoValue *v) { return v->kind == FV_NUMBER && v->number == 0.0; }

/* body-start() and label-end() take a length added to them: the value keeps their kind and
 * carries the length in its pt, em and % (typeset_galley.c adds it). */
static int is_list_function(const FoValue *v) { return v->kind == FV_BODY_START || v->kind == FV_LABEL_END; }

static int add(Expr *e, FoValue *a, const FoValue *b, double sign)
{
    if (is_list_function(a) && (b->kind == FV_LENGTH || is_zero_number(b))) {
        a->pt += sign * b->pt;
        a->em += sign * b->em;
        a->pct += sign * b->pct;
        return 0;
    }
    if (is_list_function(b) && sign > 0 && (a->kind == FV_LENGTH || is_zero_number(a))) {
        FoValue sum = *b;
        sum.pt += a->pt;
        sum.em += a->em;
        sum.pct += a->pct;
        *a = sum;
        return 0;
    }
    if (!numeric(a) || !numeric(b))
        return fail(e, N_("only numbers and lengths take part in arithmetic"));
    if (a->kind == FV_NUMBER && b->kind == FV_NUMBER) {
        a->number += sign * b->number;
        return 0;
    }
    /* a plain 0 is a length of 0, as authors write "0 + 14pt" */
    if (is_zero_number(a))
        *a = (FoValue){.kind = FV_LENGTH};
    if (a->kind != b->kind && !is_zero_number(b))
        return fail(e, N_("a number and a length cannot be added or subtracted"));
    if (b->kind == FV_LENGTH) {
        a->pt += sign * b->pt;
        a->em += sign * b->em;
        a->pct += sign * b->pct;
    }
    return 0;
}

static void scale(FoValue *v, double k)
{
    if (v->kind == FV_NUMBER) {
        v->number *= k;
    } else {
        v->pt *= k;
        v->em *= k;
        v->pct *= k;
    }
}

static int multiply(Expr *e, FoValue *a, const FoValue *b)
{
    if (!numeric(a) || !numeric(b))
        return fail(e, N_("only numbers and lengths take part in arithmetic"));
    if (a->kind == FV_LENGTH && b->kind == FV_LENGTH)
        return fail(e, N_("a length times a length is not a length"));
    if (a->kind == FV_NUMBER) {
        double k = a->number;
        *a = *b;
        scale(a, k);
    } else {
        scale(a, b->number);
    }
    return 0;
}

static int divide(Expr *e, FoValue *a, FoValue *b, int mod)
{
    if (!numeric(a) || !numeric(b))
        return fail(e, N_("only numbers and lengths take part in arithmetic"));
    if (b->kind == FV_LENGTH) {
        /* length div length is a number; number div length is nothing XSL has */
        if (a->kind != FV_LENGTH)
            return fail(e, N_("a number divided by a length is not a value"));
        if (absolute(e, a) != 0 || absolute(e, b) != 0)
            return -1;
        if (b->pt == 0.0)
            return fail(e, N_("division by zero"));
        *a = mod ? (FoValue){.kind = FV_LENGTH, .pt = fmod(a->pt, b->pt)} : number(a->pt / b->pt);
        return 0;
    }
    if (b->number == 0.0)
        return fail(e, N_("division by zero"));
    if (!mod) {
        scale(a, 1.0 / b->number);
        return 0;
    }
    if (a->kind == FV_LENGTH && absolute(e, a) != 0)
        return -1;
    if (a->kind == FV_NUMBER)
        a->number = fmod(a->number, b->number);
    else
        a->pt = fmod(a->pt, b->number);
    return 0;
}

/* ---- values from the tree (§5.10.4) -------------------------------------------------------- */

FoValue fo_expr_computed(const FoNode *node, FoPropId prop)
{
    if (prop == P_FONT_SIZE)
        return (FoValue){.kind = FV_LENGTH, .pt = node ? fo_font_size((FoNode *)node) : 12.0};
    const FoNode *from = node;
    FoValue v = *fo_value(node, prop, &from);
    if (v.kind == FV_LENGTH && v.em != 0.0) {
        v.pt += v.em * (from ? fo_font_size((FoNode *)from) : 12.0);
        v.em = 0;
    }
    return v;
}

/* The column of the table cell at or above node (1-based), or 0. */
static const FoNode *cell_column(const FoNode *node, int *column)
{
    const FoNode *cell = node;
    while (cell && cell->type != FO_TABLE_CELL)
        cell = cell->parent;
    if (!cell)
        return NULL;
    int col = (int)fo_number(cell, P_COLUMN_NUMBER, 0);
    if (col <= 0) {
        col = 1;
        for (const FoNode *c = cell->parent ? cell->parent->first : NULL; c && c != cell; c = c->next)
            if (c->type == FO_TABLE_CELL)
                col = (int)fo_number(c, P_COLUMN_NUMBER, col) + (int)fo_number(c, P_NUMBER_COLUMNS_SPANNED, 1);
    }
    *column = col;
    return cell;
}

/* The fo:table-column that holds column col of the table above cell, or NULL. */
static const FoNode *table_column(const FoNode *cell, int col)
{
    const FoNode *table = cell;
    while (table && table->type != FO_TABLE)
        table = table->parent;
    if (!table)
        return NULL;
    int next = 1;
    for (const FoNode *c = table->first; c; c = c->next) {
        if (c->type != FO_TABLE_COLUMN)
            continue;
        int first = (int)fo_number(c, P_COLUMN_NUMBER, next);
        int count = (int)fo_number(c, P_NUMBER_COLUMNS_REPEATED, 1) *
                    (int)fo_number(c, P_NUMBER_COLUMNS_SPANNED, 1);
        if (col >= first && col < first + count)
            return c;
        next = first + count;
    }
    return NULL;
}

/* from-parent(), inherited-property-value(), from-nearest-specified-value(),
 * from-table-column(): name is the function, prop the property it reads. */
static int tree_function(Expr *e, const char *name, FoPropId prop, FoValue *out)
{
    if (!e->node)
        return fail(e, N_("from-parent() and the other functions that read the FO tree need an "
                          "FO object"));
    const FoNode *parent = e->node->parent;
    if (strcmp(name, "from-parent") == 0 || strcmp(name, "inherited-property-value") == 0) {
        *out = fo_expr_computed(parent, prop);
        return 0;
    }
    if (strcmp(name, "from-nearest-specified-value") == 0) {
        const FoNode *a = parent;
        while (a && !fo_get(a, prop, NULL))
            a = a->parent;
        *out = fo_expr_computed(a, prop);
        return 0;
    }
    int col = 0;
    const FoNode *cell = cell_column(e->node, &col);
    const FoNode *column = cell ? table_column(cell, col) : NULL;
    if (!column)
        return fail(e, N_("from-table-column() is used outside a table cell, or the cell's "
                          "column has no fo:table-column"));
    const FoValue *v = fo_get(column, prop, NULL);
    *out = v ? fo_expr_computed(column, prop) : fo_expr_computed(NULL, prop);
    return 0;
}

/* ---- the grammar --------------------------------------------------------------------------- */

static int expr(Expr *e, FoValue *out);

/* NUMBER UNIT? : "12", "1.5em", "50%", ".5in" */
static int literal(Expr *e, FoValue *out)
{
    static const struct { const char *unit; double pt; } units[] = {
        {"pt", 1.0}, {"mm", 72.0 / 25.4}, {"cm", 72.0 / 2.54}, {"in", 72.0},
        {"pc", 12.0}, {"px", 0.75},
    };
    const char *start = e->s;
    while ((*e->s >= '0' && *e->s <= '9') || *e->s == '.')
        e->s++;
    char *end;
    double v = strtod(start, &end);
    if (end != e->s || !isfinite(v) || fabs(v) > 1e6)
        return fail(e, NULL);
    if (*e->s == '%') {
        e->s++;
        *out = (FoValue){.kind = FV_LENGTH, .pct = v};
        return 0;
    }
    size_t n = 0;
    while ((e->s[n] >= 'a' && e->s[n] <= 'z') || (e->s[n] >= 'A' && e->s[n] <= 'Z'))
        n++;
    if (n == 0) {
        *out = number(v);
        return 0;
    }
    if (n == 2 && strncmp(e->s, "em", 2) == 0) {
        e->s += 2;
        *out = (FoValue){.kind = FV_LENGTH, .em = v};
        return 0;
    }
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (n == 2 && strncmp(e->s, units[i].unit, 2) == 0) {
            e->s += 2;
            *out = (FoValue){.kind = FV_LENGTH, .pt = v * units[i].pt};
            return 0;
        }
    return fail(e, NULL);
}

/* The arguments of a call: up to max, each an expression or a bare property name. */
static int arguments(Expr *e, FoValue *args, char names[][64], int max, int *count)
{
    *count = 0;
    skip_space(e);
    if (*e->s == ')') {
        e->s++;
        return 0;
    }
    for (;;) {
        if (*count == max)
            return fail(e, N_("too many arguments"));
        skip_space(e);
        /* a property name argument: a name not followed by '(' */
        const char *save = e->s;
        names[*count][0] = '\0';
        if (read_name(e, names[*count], 64)) {
            skip_space(e);
            if (*e->s == ',' || *e->s == ')') {
                args[*count] = (FoValue){.kind = FV_UNSET};
            } else {
                e->s = save;
                names[*count][0] = '\0';
            }
        }
        if (!names[*count][0] && expr(e, &args[*count]) != 0)
            return -1;
        (*count)++;
        skip_space(e);
        if (*e->s == ')') {
            e->s++;
            return 0;
        }
        if (*e->s != ',')
            return fail(e, NULL);
        e->s++;
    }
}

static int call(Expr *e, const char *name, FoValue *out)
{
    FoValue args[4];
    char names[4][64];
    int n;
    if (arguments(e, args, names, 4, &n) != 0)
        return -1;
    for (int i = 0; i < n; i++)
        if (names[i][0] && strncmp(name, "from-", 5) != 0 &&
            strcmp(name, "inherited-property-value") != 0)
            return fail(e, NULL);

    if (strncmp(name, "from-", 5) == 0 || strcmp(name, "inherited-property-value") == 0) {
        if (strcmp(name, "from-parent") != 0 && strcmp(name, "from-nearest-specified-value") != 0 &&
            strcmp(name, "from-table-column") != 0 &&
            strcmp(name, "inherited-property-value") != 0) /* compliance: it was refused here */
            return fail(e, N_("unknown function"));
        if (n > 1 || (n == 1 && !names[0][0]))
            return fail(e, N_("the function takes one property name"));
        FoPropId prop = e->prop;
        if (n == 1) {
            int id = fo_prop_lookup(names[0]);
            if (id < 0)
                return fail(e, N_("the function names a property outside frisk's FO subset"));
            prop = (FoPropId)id;
        }
        return tree_function(e, name, prop, out);
    }
    if (strcmp(name, "proportional-column-width") == 0) {
        if (n != 1 || args[0].kind != FV_NUMBER || args[0].number <= 0)
            return fail(e, N_("proportional-column-width() takes one positive number"));
        *out = (FoValue){.kind = FV_PROPORTIONAL, .number = args[0].number};
        return 0;
    }
    if (strcmp(name, "body-start") == 0 || strcmp(name, "label-end") == 0) {
        if (n != 0)
            return fail(e, N_("body-start() and label-end() take no arguments"));
        *out = (FoValue){.kind = name[0] == 'b' ? FV_BODY_START : FV_LABEL_END};
        return 0;
    }
    int unary = strcmp(name, "abs") == 0 || strcmp(name, "round") == 0 ||
                strcmp(name, "floor") == 0 || strcmp(name, "ceiling") == 0;
    int binary = strcmp(name, "min") == 0 || strcmp(name, "max") == 0;
    if (!unary && !binary)
        return fail(e, N_("unknown function"));
    if (n != (unary ? 1 : 2))
        return fail(e, N_("wrong number of arguments"));
    for (int i = 0; i < n; i++)
        if (!numeric(&args[i]) || absolute(e, &args[i]) != 0)
            return fail(e, N_("only numbers and lengths take part in arithmetic"));
    FoValue *a = &args[0];
    double *x = a->kind == FV_NUMBER ? &a->number : &a->pt;
    if (binary) {
        if (a->kind != args[1].kind)
            return fail(e, N_("min() and max() compare a number with a number, a length with a "
                              "length"));
        double y = a->kind == FV_NUMBER ? args[1].number : args[1].pt;
        *x = name[1] == 'i' ? fmin(*x, y) : fmax(*x, y);
    } else {
        *x = name[0] == 'a' ? fabs(*x) : name[0] == 'r' ? floor(*x + 0.5)
             : name[0] == 'f' ? floor(*x) : ceil(*x);
    }
    *out = *a;
    return 0;
}

static int primary(Expr *e, FoValue *out)
{
    skip_space(e);
    if (*e->s == '(') {
        e->s++;
        if (expr(e, out) != 0)
            return -1;
        skip_space(e);
        if (*e->s != ')')
            return fail(e, NULL);
        e->s++;
        return 0;
    }
    if ((*e->s >= '0' && *e->s <= '9') || *e->s == '.')
        return literal(e, out);
    char name[64];
    if (read_name(e, name, sizeof name)) {
        skip_space(e);
        if (*e->s != '(')
            return fail(e, NULL);
        e->s++;
        return call(e, name, out);
    }
    return fail(e, NULL);
}

static int unary(Expr *e, FoValue *out)
{
    skip_space(e);
    if (*e->s == '-' || *e->s == '+') {
        double sign = *e->s == '-' ? -1.0 : 1.0;
        e->s++;
        if (unary(e, out) != 0)
            return -1;
        if (!numeric(out))
            return fail(e, N_("only numbers and lengths take part in arithmetic"));
        scale(out, sign);
        return 0;
    }
    return primary(e, out);
}

/* Is the operator name op (div, mod) next, as a word? */
static int word_operator(Expr *e, const char *op)
{
    size_t n = strlen(op);
    if (strncmp(e->s, op, n) != 0 || is_name_char(e->s[n]))
        return 0;
    e->s += n;
    return 1;
}

static int product(Expr *e, FoValue *out)
{
    if (unary(e, out) != 0)
        return -1;
    for (;;) {
        skip_space(e);
        FoValue right;
        if (*e->s == '*') {
            e->s++;
            if (unary(e, &right) != 0 || multiply(e, out, &right) != 0)
                return -1;
        } else if (word_operator(e, "div") || word_operator(e, "mod")) {
            int mod = e->s[-1] == 'd';
            if (unary(e, &right) != 0 || divide(e, out, &right, mod) != 0)
                return -1;
        } else {
            return 0;
        }
    }
}

static int expr(Expr *e, FoValue *out)
{
    if (product(e, out) != 0)
        return -1;
    for (;;) {
        skip_space(e);
        if (*e->s != '+' && *e->s != '-')
            return 0;
        double sign = *e->s == '-' ? -1.0 : 1.0;
        e->s++;
        FoValue right;
        if (product(e, &right) != 0 || add(e, out, &right, sign) != 0)
            return -1;
    }
}

int fo_expr_eval(const char *text, const FoNode *node, FoPropId prop, FoValue *out,
                 const char **why)
{
    Expr e = {.s = text ? text : "", .node = node, .prop = prop};
    FoValue v = {0};
    if (expr(&e, &v) == 0) {
        skip_space(&e);
        if (*e.s != '\0')
            fail(&e, NULL);
    }
    if (e.failed) {
        if (why)
            *why = e.why;
        return -1;
    }
    *out = v;
    return 0;
}
