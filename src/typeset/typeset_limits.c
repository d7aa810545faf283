/* typeset_limits — the minimum and maximum sizes FOP honours (tables2, issue 20): min-height,
 * max-height, min-width and max-width, which are also the .minimum and .maximum components of
 * block- and inline-progression-dimension (fo_tree.c reads those as these).
 *
 * Takes: an object and an extent. Gives: a graphic's viewport and content held between the
 * object's limits as FOP's ImageLayout holds them, and a table cell's minimum content height.
 * FOP reads no limit on fo:block-container and no maximum on a row or cell, so frisk accepts
 * them there without effect (docs/typesetter.md, "Tables 2").
 */
#include "typeset_int.h"

#include <math.h>

/* The object's minimum (maximum) extent across (block: down), or -1 for none; percentages
 * of base. */
static double limit(const FoNode *node, int block, int maximum, double base)
{
    FoPropId id = block ? (maximum ? P_MAX_HEIGHT : P_MIN_HEIGHT)
                        : (maximum ? P_MAX_WIDTH : P_MIN_WIDTH);
    double v = fo_length(node, id, base, -1);
    return v >= 0 ? v : -1;
}

double limits_minimum(const FoNode *node, int block, double base)
{
    return limit(node, block, 0, base);
}

/* FOP's constrainExtent: the extent no larger than the maximum, unless the content may only
 * be scaled up (scale-up-to-fit), and no smaller than the minimum, unless it may only be scaled
 * down (scale-down-to-fit). */
double limits_clamp(const FoNode *node, int block, double extent, double base)
{
    FoKeyword fit = fo_keyword(node, block ? P_CONTENT_HEIGHT : P_CONTENT_WIDTH);
    double max = limit(node, block, 1, base), min = limit(node, block, 0, base);
    if (max >= 0 && fit != K_SCALE_UP_TO_FIT)
        extent = fmin(extent, max);
    if (min >= 0 && fit != K_SCALE_DOWN_TO_FIT)
        extent = fmax(extent, min);
    return extent;
}

/* FOP's constrain: where content-width or content-height scales to fit, the intrinsic size
 * held between the limits first, in proportion unless scaling="non-uniform". */
void limits_intrinsic(const FoNode *node, double avail, double max_h, double *iw, double *ih)
{
    FoKeyword cw = fo_keyword(node, P_CONTENT_WIDTH), ch = fo_keyword(node, P_CONTENT_HEIGHT);
    int scales = cw == K_SCALE_TO_FIT || cw == K_SCALE_DOWN_TO_FIT || cw == K_SCALE_UP_TO_FIT ||
                 ch == K_SCALE_TO_FIT || ch == K_SCALE_DOWN_TO_FIT || ch == K_SCALE_UP_TO_FIT;
    if (!scales || *iw <= 0 || *ih <= 0)
        return;
    double w = limits_clamp(node, 0, *iw, avail), h = limits_clamp(node, 1, *ih, max_h);
    if (fo_keyword(node, P_SCALING) != K_NON_UNIFORM) {
        double kw = w / *iw, kh = h / *ih;
        if (kw < kh)
            h = *ih * kw;
        else if (kh < kw)
            w = *iw * kh;
    }
    *iw = w;
    *ih = h;
}
