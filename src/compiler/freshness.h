/* freshness — what a status memo edition would print as news although its date has passed.
 *
 * Takes: a composed document that passed the schema. For a memo, as of the edition's date
 * (<date value>), gives every stale item as one located diagnostic saying what to record:
 * a current status whose expected date has passed (expected enactment, "Mulig opstart
 * senest", expected operation), a round still expected to come into force, an evaluation or
 * report due without a result, a stated figure whose source is an older edition, and
 * programme data dated before the edition. A memo with status="final" gets errors (it must not
 * be built), any other memo warnings. Programmes, applications and parts get nothing.
 * Exists so that the next edition, copied from the last one, never repeats old news silently.
 * Borrows the document; keeps nothing.
 */
#ifndef FRISK_FRESHNESS_H
#define FRISK_FRESHNESS_H

#include <libxml/tree.h>

/* Reports every stale item of a memo through diag. Returns how many it reported. */
int freshness_check(xmlDocPtr doc);

/* Whether frisk check should compare this <stated-figure> with the data of the document it is
 * in: not when the document is a memo and the figure was stated by an older edition
 * (freshness_check reports it instead), nor when a newer statement of the same figure in the
 * document replaces it. 1 = compare, 0 = skip. */
int freshness_figure_applies(xmlNodePtr figure);

#endif
