/* focus — which files `frisk check FILE` speaks about (see focus.h).
 *
 * An included file's root carries xml:base, so the files of a document are found by walking
 * the tree; each is named exactly as diag names it (diag_node_file), so the focus compares
 * strings that are the same by construction.
 */
#include "focus.h"

#include "shared/diag.h"
#include "shared/i18n.h"
#include "xmltree.h"

#include <stdlib.h>
#include <string.h>

struct Focus {
    char **files;
    size_t n, cap;
    char *programme_file; /* where the hidden problems are, for the summary line */
};

static void focus_add(Focus *focus, char *file)
{
    if (!file)
        return;
    for (size_t i = 0; i < focus->n; i++)
        if (strcmp(focus->files[i], file) == 0) {
            free(file);
            return;
        }
    if (focus->n == focus->cap) {
        focus->cap = focus->cap ? 2 * focus->cap : 8;
        focus->files = realloc(focus->files, focus->cap * sizeof *focus->files);
        FRISK_ASSERT(focus->files != NULL);
    }
    focus->files[focus->n++] = file;
}

/* The files included under node, except inside the programme (shared data). */
static void add_own_parts(Focus *focus, xmlNodePtr node)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE || xmltree_is(node, "programme"))
            continue;
        if (xmlHasNsProp(node, (const xmlChar *)"base", XML_XML_NAMESPACE))
            focus_add(focus, diag_node_file(node));
        add_own_parts(focus, node->children);
    }
}

static int in_focus(const char *file, void *data)
{
    const Focus *focus = data;
    for (size_t i = 0; i < focus->n; i++)
        if (strcmp(focus->files[i], file) == 0)
            return 1;
    return 0;
}

Focus *focus_begin(xmlDocPtr doc)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlNodePtr programme = xmltree_first(root, "programme");
    if (!programme)
        return NULL; /* the programme itself or one of its parts: all of it is the file's */
    /* Only a document of one network (an application) has a part of the data to answer for;
     * a memo reports on the whole programme, and its edition's stale statuses lie in every
     * network's file, so all of it is in focus. */
    if (!xmlHasProp(root, (const xmlChar *)"network"))
        return NULL;
    Focus *focus = calloc(1, sizeof *focus);
    FRISK_ASSERT(focus != NULL);
    focus_add(focus, diag_node_file(root));
    add_own_parts(focus, root->children);
    /* An application answers for its own network's data (members, lead, trials applied for). */
    xmlChar *network = xmlGetNoNsProp(root, (const xmlChar *)"network");
    for (xmlNodePtr n = xmltree_first(xmltree_first(programme, "networks"), "network"); n && network;
         n = xmltree_next(n, "network")) {
        xmlChar *id = xmlGetNoNsProp(n, (const xmlChar *)"id");
        if (id && xmlStrEqual(id, network))
            focus_add(focus, diag_node_file(n));
        xmlFree(id);
    }
    xmlFree(network);
    focus->programme_file = diag_node_file(programme);
    diag_set_focus(in_focus, focus);
    return focus;
}

void focus_end(Focus *focus)
{
    if (!focus)
        return;
    int warnings = diag_hidden_warnings();
    diag_set_focus(NULL, NULL);
    if (warnings > 0)
        diag_report(DIAG_NOTE, NULL, 0, 0,
                    ngettext_frisk("%d warning in the programme's other files not shown; frisk "
                                   "check %s lists them",
                                   "%d warnings in the programme's other files not shown; frisk "
                                   "check %s lists them",
                                   warnings),
                    warnings, focus->programme_file ? focus->programme_file : "programme.xml");
    for (size_t i = 0; i < focus->n; i++)
        free(focus->files[i]);
    free(focus->files);
    free(focus->programme_file);
    free(focus);
}
