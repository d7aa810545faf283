/* render — paints the area tree (typeset_int.h) as PDF with cairo, into memory.
 *
 * Takes: a Layout. Gives: PDF bytes with embedded, subset fonts (cairo does that), metadata,
 * the outline from fo:bookmark-tree, links and named destinations, page labels and a tag
 * around each run of content of one element of the logical structure, which pdf_finish.c
 * turns into PDF/UA-1 and PDF/A-2a. Dates come from the caller, the document or
 * SOURCE_DATE_EPOCH, never the clock, so the same layout always gives the same bytes.
 */
#include "typeset.h"
#include "typeset_int.h"
#include "pdf_finish.h"

#include "shared/diag.h"
#include "shared/load.h"

#include <cairo-pdf.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* robust: where a failure of the PDF writer is reported: the FO object of element (its line and
 * the column of its start tag), or fo:root for element 0 or -1. */
static void locate(const Layout *layout, int element, long *line, long *col)
{
    *line = *col = 0;
    if (!layout->structs || layout->n_structs == 0)
        return;
    const FinishNode *n = &layout->structs[element > 0 && element < layout->n_structs ? element : 0];
    *line = n->line;
    *col = load_tag_start(layout->file, line, n->tag);
}

static cairo_status_t write_bytes(void *closure, const unsigned char *data, unsigned int length)
{
    g_byte_array_append(closure, data, length);
    return CAIRO_STATUS_SUCCESS;
}

/* A cairo attribute string value: quoted, with ' and \ escaped. */
static void quote(GString *out, const char *s)
{
    g_string_append_c(out, '\'');
    for (; *s; s++) {
        if (*s == '\'' || *s == '\\')
            g_string_append_c(out, '\\');
        g_string_append_c(out, *s);
    }
    g_string_append_c(out, '\'');
}

/* ISO 8601 for cairo's metadata from creation_time, the document or SOURCE_DATE_EPOCH. */
static int creation_date(const Layout *layout, long long creation_time, char *out, size_t size)
{
    long long t = creation_time;
    long line, col;
    locate(layout, 0, &line, &col);
    if (t < 0 && layout->creation_date) {
        const char *d = layout->creation_date;
        int y, mo, da, h = 0, mi = 0, s = 0;
        char tail = 0;
        int n = sscanf(d, "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &da, &h, &mi, &s, &tail);
        if ((n != 3 && n != 6 && !(n == 7 && tail == 'Z')) || strlen(d) < 10 || mo < 1 || mo > 12 ||
            da < 1 || da > 31 || h > 23 || mi > 59 || s > 60 ||
            (n == 3 && strlen(d) != 10)) {
            diag_error(layout->file, line, col, "frisk:creation-date '%s' is not an ISO date (YYYY-MM-DD)", d);
            return -1;
        }
        snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, mo, da, h, mi, s);
        return 0;
    }
    if (t < 0) {
        const char *env = getenv("SOURCE_DATE_EPOCH");
        char *end = NULL;
        if (env && *env) {
            long long v = strtoll(env, &end, 10);
            if (end && *end == '\0' && v >= 0)
                t = v;
        }
    }
    if (t < 0)
        t = 946684800; /* 2000-01-01 */
    time_t tt = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&tt, &tm)) {
        diag_error(layout->file, line, col, "creation time %lld is out of range", t);
        return -1;
    }
    strftime(out, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return 0;
}

static void set_rgb(cairo_t *cr, uint32_t rgb)
{
    cairo_set_source_rgb(cr, (rgb >> 16 & 0xff) / 255.0, (rgb >> 8 & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

static void paint_stroke(cairo_t *cr, const DrawOp *op)
{
    set_rgb(cr, op->rgb);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    if (op->style == K_DOUBLE) {
        double w = op->width / 3;
        double nx = op->h != 0 ? 1 : 0, ny = op->h != 0 ? 0 : 1; /* normal of the line */
        cairo_set_line_width(cr, w);
        for (int k = -1; k <= 1; k += 2) {
            cairo_move_to(cr, op->x + k * nx * w, op->y + k * ny * w);
            cairo_rel_line_to(cr, op->w, op->h);
        }
        cairo_stroke(cr);
        return;
    }
    cairo_set_line_width(cr, op->width);
    if (op->style == K_DOTTED) {
        double d[2] = {0, op->width * 2};
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
        cairo_set_dash(cr, d, 2, 0);
    } else if (op->style == K_DASHED) {
        double d[2] = {op->width * 3, op->width * 3};
        cairo_set_dash(cr, d, 2, 0);
    }
    cairo_move_to(cr, op->x, op->y);
    cairo_rel_line_to(cr, op->w, op->h);
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
}

/* cairo turns a fill that covers the whole page into a paint, and such a paint on a page with
 * nothing drawn yet (or in an opaque colour) into "forget the page so far": the tags begun on it
 * are forgotten too, the tag around the fill ends without a beginning, and cairo refuses the
 * page (CAIRO_STATUS_TAG_ERROR: a 5in PNG filling a 5in page). Under a clip it stays a fill;
 * the caller saves and restores cr around it. */
static void clip_if_covering(cairo_t *cr, const Page *page, double x, double y, double w, double h)
{
    if (x <= 0 && y <= 0 && x + w >= page->width && y + h >= page->height) {
        cairo_rectangle(cr, 0, 0, page->width, page->height);
        cairo_clip(cr);
    }
}

/* Draws an external graphic in its viewport (cut at its edges when the content is larger).
 * cairo 1.16 names an XObject in the page's resources once per use, so a second use on one page
 * would make a dictionary with a repeated key (qpdf warns); it is drawn through a group, a form
 * XObject of its own that names the shared image once. */
static void paint_graphic(cairo_t *cr, const Page *page, const DrawOp *op, GHashTable *used_on_page)
{
    const InlineMark *m = op->graphic;
    int again = !g_hash_table_add(used_on_page, (gpointer)m->image);
    cairo_save(cr);
    clip_if_covering(cr, page, op->x + m->content_x, op->y + m->content_y, m->content_w,
                     m->content_h);
    if (m->content_x < 0 || m->content_y < 0 || m->content_x + m->content_w > op->w + 1e-6 ||
        m->content_y + m->content_h > op->h + 1e-6) {
        cairo_rectangle(cr, op->x, op->y, op->w, op->h);
        cairo_clip(cr);
    }
    if (again)
        cairo_push_group(cr);
    image_paint(cr, m->image, op->x + m->content_x, op->y + m->content_y, m->content_w,
                m->content_h);
    if (again) {
        cairo_pop_group_to_source(cr);
        cairo_rectangle(cr, op->x, op->y, op->w, op->h); /* not cairo_paint: see image_paint */
        cairo_fill(cr);
    }
    cairo_restore(cr);
}

/* Tagging: one cairo tag around each run of painted things of one element of the logical
 * structure (typeset_struct.c), never nested, so that pdf_finish.c can find each run's marked
 * content in cairo's tree by the order the tags began (FinishTag). Decorations, static content
 * and a table header painted again after a page break get no tag: they are artifacts. */
typedef struct {
    const Layout *layout;
    GArray *tags;           /* FinishTag, in the order begun */
    int open;               /* element whose tag is open, or -1 */
    int page_element;       /* the last element tagged on the page being painted, or -1 */
    int text_node;          /* element of the last paragraph painted (its links' element) */
    const TextBlock *text;  /* the last paragraph painted */
    GHashTable *header_pages; /* TextBlock* of a table header -> page index + 1 first painted */
    /* inline elements (Link, Reference, Span) of the line being painted: */
    cairo_t *cr;
    int line;               /* the last line painted of text */
    const StructSpans *spans; /* its paragraph's, or NULL */
} Tagger;

static void tag_element(cairo_t *cr, Tagger *t, int node)
{
    if (t->open == node || t->layout->untagged)
        return;
    if (t->open >= 0)
        cairo_tag_end(cr, strcmp(t->layout->structs[t->open].std, "Link") == 0
                              ? "Span" : t->layout->structs[t->open].std);
    t->open = node;
    if (node >= 0) {
        t->page_element = node;
        /* cairo takes "Link" for a link annotation's tag; pdf_finish.c writes the real type */
        const char *std = t->layout->structs[node].std;
        cairo_tag_begin(cr, strcmp(std, "Link") == 0 ? "Span" : std, NULL);
        FinishTag tag = {.node = node};
        g_array_append_val(t->tags, tag);
    }
}

static int element_of(const Tagger *t, const void *painted)
{
    if (!t->layout->struct_of)
        return -1;
    return GPOINTER_TO_INT(g_hash_table_lookup(t->layout->struct_of, painted)) - 1;
}

/* The element of a line: its paragraph's, unless it belongs to a table header that was
 * painted on an earlier page (the repeat is an artifact: a screen reader reads it once). */
static int line_element(Tagger *t, const TextBlock *tb, int page)
{
    int node = element_of(t, tb);
    if (node < 0 || !(t->layout->structs[node].flags & FINISH_IN_HEADER))
        return node;
    int first = GPOINTER_TO_INT(g_hash_table_lookup(t->header_pages, tb));
    if (!first)
        g_hash_table_insert(t->header_pages, (gpointer)tb, GINT_TO_POINTER(page + 1));
    return !first || first == page + 1 ? node : -1;
}

/* The element of the text at byte of the line being painted: the innermost inline element
 * around it, else its paragraph's. */
static int span_node(const Tagger *t, int byte)
{
    for (int i = 0; t->spans && i < t->spans->n; i++)
        if (byte >= t->spans->span[i].start && byte < t->spans->span[i].end)
            return t->spans->span[i].node;
    return t->text_node;
}

static int segment_starts(void *data, int byte)
{
    const Tagger *t = data;
    return span_node(t, byte) != t->open;
}

static void segment_enter(void *data, int byte)
{
    Tagger *t = data;
    tag_element(t->cr, t, span_node(t, byte));
}

/* The link mark of the line being painted that goes to target (the page builder puts a link
 * area after its line for each), or NULL. */
static const InlineMark *link_mark(const Tagger *t, const char *target)
{
    const TextBlock *tb = t->text;
    if (!tb || t->line < 0 || t->line >= tb->n_lines)
        return NULL;
    const TextLine *l = &tb->lines[t->line];
    for (const InlineMark *m = tb->marks; m; m = m->next)
        if (m->kind == INL_LINK && m->name == target && m->start < l->start + l->length &&
            m->end > l->start)
            return m;
    return NULL;
}

/* The Link element of a link mark (its fo:basic-link's), or -1. */
static int link_node(const Tagger *t, const InlineMark *m)
{
    for (int i = 0; m && t->spans && i < t->spans->n; i++)
        if (t->spans->span[i].start == m->start && t->spans->span[i].end == m->end &&
            strcmp(t->layout->structs[t->spans->span[i].node].std, "Link") == 0)
            return t->spans->span[i].node;
    return -1;
}

/* The text a link covers, for its annotation's /Contents (soft hyphens left out). */
static char *link_text(const TextBlock *tb, const InlineMark *m)
{
    if (m) {
        GString *s = g_string_new(NULL);
        for (int i = m->start; i < m->end; i++) {
            if ((unsigned char)tb->text[i] == 0xC2 && (unsigned char)tb->text[i + 1] == 0xAD) {
                i++;
                continue;
            }
            g_string_append_c(s, tb->text[i]);
        }
        return g_string_free(s, FALSE);
    }
    return NULL;
}

static void paint_page(cairo_t *cr, const Page *page, int page_index, Tagger *t)
{
    GString *attrs = g_string_new(NULL);
    GHashTable *used_on_page = g_hash_table_new(NULL, NULL);
    for (int i = 0; i < page->n_ops; i++) {
        const DrawOp *op = &page->ops[i];
        if (op->kind == OP_TEXT) {
            t->text = op->text;
            t->line = op->line;
            t->text_node = op->repeat ? -1 : line_element(t, op->text, page_index);
            t->spans = t->text_node >= 0 && t->layout->struct_spans
                           ? g_hash_table_lookup(t->layout->struct_spans, op->text) : NULL;
            if (!t->spans)
                tag_element(cr, t, t->text_node);
        } else if (op->kind == OP_IMAGE || op->kind == OP_DIAGRAM) {
            tag_element(cr, t, element_of(t, op->kind == OP_IMAGE ? (const void *)op->graphic
                                                                    : (const void *)op->diagram));
        } else if (op->kind != OP_DEST && op->kind != OP_TAG_BEGIN && op->kind != OP_TAG_END) {
            tag_element(cr, t, -1); /* decorations and links stand outside the content's tags */
        }
        switch (op->kind) {
        case OP_TEXT:
            if (t->spans) { /* each inline element's text in its own marked content */
                t->cr = cr;
                LineSegments segments = {segment_starts, segment_enter, t};
                text_line_paint_segments(cr, op->text, op->line, op->x, op->y, &segments);
            } else {
                text_line_paint(cr, op->text, op->line, op->x, op->y);
            }
            break;
        case OP_RECT:
            if (op->w <= 0 || op->h <= 0)
                break;
            cairo_save(cr);
            clip_if_covering(cr, page, op->x, op->y, op->w, op->h);
            set_rgb(cr, op->rgb);
            cairo_rectangle(cr, op->x, op->y, op->w, op->h);
            cairo_fill(cr);
            cairo_restore(cr);
            break;
        case OP_DOTS:
            set_rgb(cr, op->rgb);
            for (double x = op->x; x + op->h <= op->x + op->w + 1e-6; x += op->width)
                cairo_rectangle(cr, x, op->y, op->h, op->h);
            cairo_fill(cr);
            break;
        case OP_STROKE:
            paint_stroke(cr, op);
            break;
        case OP_IMAGE:
            paint_graphic(cr, page, op, used_on_page);
            break;
        case OP_DIAGRAM: { /* drawn smaller when it had to shrink to fit a page */
            double dw = diagram_width(op->diagram), scale = dw > 0 ? op->w / dw : 1;
            cairo_save(cr);
            cairo_translate(cr, op->x, op->y);
            cairo_scale(cr, scale, scale);
            diagram_paint(op->diagram, cr, 0, 0);
            cairo_restore(cr);
            break;
        }
        case OP_LINK:
            g_string_printf(attrs, "rect=[%.3f %.3f %.3f %.3f] %s=", op->x, op->y, op->w, op->h,
                            op->external ? "uri" : "dest");
            quote(attrs, op->str);
            cairo_tag_begin(cr, CAIRO_TAG_LINK, attrs->str);
            cairo_tag_end(cr, CAIRO_TAG_LINK);
            if (!t->layout->untagged) {
                /* a link in an artifact (a running head) still needs an element: the Document */
                const InlineMark *m = link_mark(t, op->str);
                char *text = link_text(t->text, m);
                int node = link_node(t, m); /* its fo:basic-link's Link element */
                FinishTag tag = {.node = node >= 0 ? node : t->text_node >= 0 ? t->text_node : 0,
                                 .link = text ? text : g_strdup(op->str)};
                g_array_append_val(t->tags, tag);
            }
            break;
        case OP_DEST:
            g_string_assign(attrs, "name=");
            quote(attrs, op->str);
            g_string_append_printf(attrs, " x=%.3f y=%.3f", op->x, op->y);
            cairo_tag_begin(cr, CAIRO_TAG_DEST, attrs->str);
            cairo_tag_end(cr, CAIRO_TAG_DEST);
            break;
        case OP_TAG_BEGIN: /* the page builder's tags: the logical structure replaces them */
        case OP_TAG_END:
            break;
        case OP_FRAME_BEGIN: /* a reference area's frame: moved, turned, perhaps clipped */
            cairo_save(cr);
            cairo_translate(cr, op->x, op->y);
            cairo_rotate(cr, -op->line * G_PI / 180.0);
            if (op->external) {
                cairo_rectangle(cr, 0, 0, op->w, op->h);
                cairo_clip(cr);
            }
            cairo_translate(cr, 0, op->width);
            break;
        case OP_FRAME_END:
            cairo_restore(cr);
            break;
        case OP_BACKGROUND: /* paint: a background image (an artifact, as decorations are) */
            background_paint(cr, op);
            break;
        }
    }
    tag_element(cr, t, -1); /* a page closes the tag it opened */
    g_string_free(attrs, TRUE);
    g_hash_table_destroy(used_on_page);
}

/* A PDF being painted: cairo's surface over the bytes, and the tags begun so far. */
struct PdfRun {
    GByteArray *bytes;
    cairo_surface_t *surface;
    cairo_t *cr;
    Tagger tagger;
    char date[64];
    int pages_done;         /* pages painted so far: the next one's number - 1 */
    int failed;
};

PdfRun *render_begin(Layout *layout, long long creation_time)
{
    char date[64];
    if (!layout || creation_date(layout, creation_time, date, sizeof date) != 0)
        return NULL;
    PdfRun *run = calloc(1, sizeof *run);
    FRISK_ASSERT(run != NULL);
    memcpy(run->date, date, sizeof date);
    run->bytes = g_byte_array_new();
    run->tagger = (Tagger){.layout = layout, .tags = g_array_new(FALSE, TRUE, sizeof(FinishTag)),
                           .open = -1, .page_element = -1, .text_node = -1, .line = -1,
                           .header_pages = g_hash_table_new(g_direct_hash, g_direct_equal)};
    /* each page gets its own size (cairo_pdf_surface_set_size): this one is only the first's */
    double w0 = layout->n_pages ? layout->pages[0].width : 595.28;
    double h0 = layout->n_pages ? layout->pages[0].height : 841.89;
    run->surface = cairo_pdf_surface_create_for_stream(write_bytes, run->bytes, w0, h0);
    run->cr = cairo_create(run->surface);
    cairo_pdf_surface_set_metadata(run->surface, CAIRO_PDF_METADATA_CREATOR, "frisk");
    cairo_pdf_surface_set_metadata(run->surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
    cairo_pdf_surface_set_metadata(run->surface, CAIRO_PDF_METADATA_MOD_DATE, date);
    if (layout->title)
        cairo_pdf_surface_set_metadata(run->surface, CAIRO_PDF_METADATA_TITLE, layout->title);
    if (layout->author)
        cairo_pdf_surface_set_metadata(run->surface, CAIRO_PDF_METADATA_AUTHOR, layout->author);
    if (layout->subject)
        cairo_pdf_surface_set_metadata(run->surface, CAIRO_PDF_METADATA_SUBJECT, layout->subject);
    if (layout->keywords)
        cairo_pdf_surface_set_metadata(run->surface, CAIRO_PDF_METADATA_KEYWORDS, layout->keywords);
    return run;
}

int render_pages(PdfRun *run, Layout *layout)
{
    if (run->failed)
        return -1;
    cairo_t *cr = run->cr;
    /* a table header's paragraphs are known by address, and the next pages' may be new */
    g_hash_table_remove_all(run->tagger.header_pages);
    for (int i = 0; i < layout->n_pages; i++) {
        const Page *page = &layout->pages[i];
        int number = run->pages_done + i;
        cairo_pdf_surface_set_size(run->surface, page->width, page->height);
        run->tagger.page_element = -1;
        paint_page(cr, page, number, &run->tagger);
        /* the label only once the page is painted: cairo frees the label of a page it failed
         * on neither at finish nor at destroy (cairo 1.16) */
        if (page->label && cairo_status(cr) == CAIRO_STATUS_SUCCESS)
            cairo_pdf_surface_set_page_label(run->surface, page->label);
        cairo_show_page(cr);
        if (cairo_status(cr) != CAIRO_STATUS_SUCCESS) {
            /* cairo draws nothing more once its context has failed: never a PDF cut short.
             * Located at the last element tagged on the page (a refused tag is the likely
             * cause), else at fo:root. */
            long line, col;
            locate(layout, run->tagger.page_element, &line, &col);
            diag_error(layout->file, line, col, "cannot write the PDF: page %d: %s", number + 1,
                       cairo_status_to_string(cairo_status(cr)));
            run->failed = 1;
            return -1;
        }
    }
    run->pages_done += layout->n_pages;
    return 0;
}

void render_abort(PdfRun *run)
{
    if (!run)
        return;
    if (run->cr)
        cairo_destroy(run->cr);
    if (run->surface)
        cairo_surface_destroy(run->surface);
    for (guint i = 0; i < run->tagger.tags->len; i++)
        g_free((char *)g_array_index(run->tagger.tags, FinishTag, i).link);
    g_array_free(run->tagger.tags, TRUE);
    g_hash_table_destroy(run->tagger.header_pages);
    g_byte_array_free(run->bytes, TRUE);
    free(run);
}

int render_end(PdfRun *run, Layout *layout, unsigned char **pdf, size_t *pdf_len)
{
    *pdf = NULL;
    *pdf_len = 0;
    int rc = -1;
    if (run->failed)
        goto done;
    cairo_surface_t *surface = run->surface;
    int *outline_ids = calloc((size_t)layout->n_bookmarks + 1, sizeof *outline_ids);
    FRISK_ASSERT(outline_ids != NULL);
    GString *attrs = g_string_new(NULL);
    for (int i = 0; i < layout->n_bookmarks; i++) {
        const Bookmark *b = &layout->bookmarks[i];
        g_string_assign(attrs, b->dest ? "dest=" : "uri=");
        quote(attrs, b->dest ? b->dest : b->uri);
        int parent = b->parent >= 0 ? outline_ids[b->parent] : CAIRO_PDF_OUTLINE_ROOT;
        outline_ids[i] = cairo_pdf_surface_add_outline(surface, parent, b->title, attrs->str,
                                                       b->open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
    }
    g_string_free(attrs, TRUE);
    free(outline_ids);

    cairo_destroy(run->cr);
    run->cr = NULL;
    cairo_surface_finish(surface);
    cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    run->surface = NULL;
    /* memory (issue 17): cairo holds the pages now; what only painting read goes before
     * pdf_finish makes its copy of the file, so that the two peaks do not add up */
    layout_drop_area_tree(layout);
    long root_line, root_col;
    locate(layout, 0, &root_line, &root_col);
    if (status != CAIRO_STATUS_SUCCESS) {
        diag_error(layout->file, root_line, root_col, "cannot write the PDF: %s",
                   cairo_status_to_string(status));
        goto done;
    }
    /* PDF/UA wants a title to show: without frisk:title, the file's name (as viewers show) */
    char *fallback = NULL;
    if (!layout->title && layout->file) {
        const char *base = strrchr(layout->file, '/') ? strrchr(layout->file, '/') + 1 : layout->file;
        const char *dot = strrchr(base, '.');
        fallback = g_strndup(base, dot && dot > base ? (size_t)(dot - base) : strlen(base));
    }
    PdfFinish finish = {.title = layout->title ? layout->title : fallback, .author = layout->author,
                        .subject = layout->subject, .keywords = layout->keywords, .date = run->date,
                        .lang = layout->lang, .tagged = !layout->untagged,
                        .nodes = layout->structs, .n_nodes = layout->n_structs,
                        .tags = (const FinishTag *)run->tagger.tags->data,
                        .n_tags = (int)run->tagger.tags->len,
                        .line = root_line, .col = root_col};
    rc = pdf_finish(run->bytes->data, run->bytes->len, &finish, layout->file, pdf, pdf_len);
    g_free(fallback);
done:
    render_abort(run);
    return rc;
}

int render_pdf(Layout *layout, long long creation_time, unsigned char **pdf, size_t *pdf_len)
{
    *pdf = NULL;
    *pdf_len = 0;
    PdfRun *run = render_begin(layout, creation_time);
    if (!run)
        return -1;
    if (render_pages(run, layout) != 0) {
        render_abort(run);
        return -1;
    }
    return render_end(run, layout, pdf, pdf_len);
}

/* ---- typesetting and painting in one go ---------------------------------------------------- */

typedef struct {
    PdfRun *run;
    int tagged;
    long long creation_time;
} Streamed;

/* PageSink: paints the next page-sequence, beginning the PDF at the first one. */
static int paint_sequence(void *data, Layout *layout)
{
    Streamed *st = data;
    if (!st->run) {
        layout_set_tagged(layout, st->tagged);
        st->run = render_begin(layout, st->creation_time);
        if (!st->run)
            return -1;
    }
    return render_pages(st->run, layout);
}

static int render_streamed(xmlDocPtr fo_doc, const char *fo_file, int free_doc, int tagged,
                           long long creation_time, unsigned char **pdf, size_t *pdf_len)
{
    *pdf = NULL;
    *pdf_len = 0;
    Streamed st = {.tagged = tagged, .creation_time = creation_time};
    PageSink sink = {.pages = paint_sequence, .data = &st};
    Layout *layout = typeset_document_to(fo_doc, fo_file, free_doc, &sink);
    int rc = -1;
    if (layout) {
        layout_set_tagged(layout, tagged);
        if (st.run) { /* painted as it was set */
            rc = render_end(st.run, layout, pdf, pdf_len);
            st.run = NULL;
        } else {
            rc = render_pdf(layout, creation_time, pdf, pdf_len);
        }
    }
    render_abort(st.run); /* typesetting failed after some pages were painted */
    layout_free(layout);
    return rc;
}

int typeset_render_document(xmlDocPtr fo_doc, const char *fo_file, int tagged,
                            long long creation_time, unsigned char **pdf, size_t *pdf_len)
{
    return render_streamed(fo_doc, fo_file, 0, tagged, creation_time, pdf, pdf_len);
}

int typeset_render_file(const char *fo_path, int tagged, unsigned char **pdf, size_t *pdf_len)
{
    *pdf = NULL;
    *pdf_len = 0;
    xmlDocPtr fo_doc = load_document(fo_path, 0);
    return fo_doc ? render_streamed(fo_doc, fo_path, 1, tagged, -1, pdf, pdf_len) : -1;
}
