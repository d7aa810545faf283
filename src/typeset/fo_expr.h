/* fo_expr — the expression language of XSL 1.1 §5.9 in property values (see fo_expr.c). */
#ifndef FRISK_FO_EXPR_H
#define FRISK_FO_EXPR_H

#include "fo.h"

#include <stddef.h>

/* Evaluates text as an XSL expression for property prop of node (node may be NULL: then the
 * functions that read the tree, from-parent() and the like, are errors). Gives in *out a number
 * (FV_NUMBER), a length in its pt + em + % form (FV_LENGTH), or, for a value that is one
 * function call, what it names (a colour, keyword or string from from-parent(), FV_PROPORTIONAL
 * from proportional-column-width()). Returns 0, or -1 with why (English, a message key for
 * gettext) in *why. Pure apart from reading the tree. */
int fo_expr_eval(const char *text, const FoNode *node, FoPropId prop, FoValue *out,
                 const char **why);

/* The value property prop has on node for a function of §5.10.4 and for "inherit": the
 * specified or inherited value, else the initial value, with em resolved to points against the
 * font size of the node that specified it (it means that size wherever it is used). */
FoValue fo_expr_computed(const FoNode *node, FoPropId prop);

#endif
