/* scaffold — `frisk new application NAME` and `frisk new memo NAME --from PREVIOUS` (see
 * scaffold.h).
 *
 * Takes the template as text, not as a tree, so that its comments — the instructions a
 * municipality reads — and its layout survive exactly; only the root's id is replaced. The
 * new file is created with O_EXCL, so an existing file (or one created meanwhile) is never
 * overwritten.
 */
#include "scaffold.h"

#include "history.h"
#include "home.h"
#include "shared/diag.h"
#include "shared/i18n.h"
#include "shared/load.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The id the template's root carries; replaced by NAME. */
#define TEMPLATE_ID "id=\"ny-ansoegning\""

/* An id as the schema's slug: [a-z][a-z0-9-]*, short enough for a file name. */
static int is_slug(const char *z)
{
    if (!z || !(*z >= 'a' && *z <= 'z') || strlen(z) > 100)
        return 0;
    for (; *z; z++)
        if (!((*z >= 'a' && *z <= 'z') || (*z >= '0' && *z <= '9') || *z == '-'))
            return 0;
    return 1;
}

/* The template: the input folder's own, else frisk's. malloc'ed path, or NULL. */
static char *template_path(const char *input_dir)
{
    size_t n = strlen(input_dir) + sizeof "/templates/application.xml";
    char *path = malloc(n);
    if (!path)
        return NULL;
    snprintf(path, n, "%s/templates/application.xml", input_dir);
    if (access(path, R_OK) == 0)
        return path;
    free(path);
    return home_path("input/templates/application.xml");
}

/* Writes all of text to a new file; the file must not exist. Returns 0, or -1 with errno. */
static int write_new_file(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0)
        return -1;
    size_t len = strlen(text), done = 0;
    while (done < len) {
        ssize_t w = write(fd, text + done, len - done);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            int saved = errno;
            close(fd);
            unlink(path);
            errno = saved;
            return -1;
        }
        done += (size_t)w;
    }
    if (close(fd) != 0) {
        int saved = errno;
        unlink(path);
        errno = saved;
        return -1;
    }
    return 0;
}

/* Copies the regular files of from_dir into to_dir (made if missing), and their subfolders,
 * never overwriting a file. Returns 0, or -1 after a diagnostic. */
static int copy_tree(const char *from_dir, const char *to_dir)
{
    if (mkdir(to_dir, 0755) != 0 && errno != EEXIST) {
        diag_environment("%s: cannot create the folder: %s", to_dir, strerror(errno));
        return -1;
    }
    DIR *dir = opendir(from_dir);
    if (!dir) {
        diag_environment("%s: cannot read the folder: %s", from_dir, strerror(errno));
        return -1;
    }
    int rc = 0;
    struct dirent *entry;
    while (rc == 0 && (entry = readdir(dir))) {
        if (entry->d_name[0] == '.')
            continue;
        size_t n_from = strlen(from_dir) + strlen(entry->d_name) + 2;
        size_t n_to = strlen(to_dir) + strlen(entry->d_name) + 2;
        char *from = malloc(n_from), *to = malloc(n_to);
        struct stat st;
        if (!from || !to) {
            diag_environment("out of memory");
            rc = -1;
        } else {
            snprintf(from, n_from, "%s/%s", from_dir, entry->d_name);
            snprintf(to, n_to, "%s/%s", to_dir, entry->d_name);
            if (stat(from, &st) == 0 && S_ISDIR(st.st_mode)) {
                rc = copy_tree(from, to);
            } else if (stat(from, &st) == 0 && S_ISREG(st.st_mode)) {
                char *text = load_read_text(from);
                if (!text || write_new_file(to, text) != 0) {
                    diag_environment("%s: cannot copy to %s: %s", from, to, strerror(errno));
                    rc = -1;
                }
                free(text);
            }
        }
        free(from);
        free(to);
    }
    closedir(dir);
    return rc;
}

/* A project folder of the user's own (not the checkout) starts without the programme that an
 * application includes: copy frisk's programme data (programme.xml, data/, networks/) into
 * input_dir, so that `frisk new application X && frisk build` works in an empty folder.
 * Nothing is copied when input_dir already has a programme.xml. */
static int seed_programme(const char *input_dir)
{
    size_t n = strlen(input_dir) + sizeof "/programme.xml";
    char *target = malloc(n);
    if (!target)
        return -1;
    snprintf(target, n, "%s/programme.xml", input_dir);
    int rc = 0;
    if (access(target, F_OK) != 0) {
        char *source = home_path("input");
        char *programme = home_path("input/programme.xml");
        char *text = programme ? load_read_text(programme) : NULL;
        if (!text) {
            diag_environment("%s: no programme.xml, and frisk's own (%s) cannot be read",
                             input_dir, programme ? programme : "input/programme.xml");
            rc = -1;
        } else if (mkdir(input_dir, 0755) != 0 && errno != EEXIST) {
            diag_environment("%s: cannot create the folder: %s", input_dir, strerror(errno));
            rc = -1;
        } else if (write_new_file(target, text) != 0) {
            diag_environment("%s: cannot write: %s", target, strerror(errno));
            rc = -1;
        } else {
            const char *parts[] = {"data", "networks"};
            for (size_t i = 0; i < 2 && rc == 0; i++) {
                size_t n_from = strlen(source) + strlen(parts[i]) + 2;
                size_t n_to = strlen(input_dir) + strlen(parts[i]) + 2;
                char *from = malloc(n_from), *to = malloc(n_to);
                if (from && to) {
                    snprintf(from, n_from, "%s/%s", source, parts[i]);
                    snprintf(to, n_to, "%s/%s", input_dir, parts[i]);
                    rc = copy_tree(from, to);
                } else {
                    rc = -1;
                }
                free(from);
                free(to);
            }
            if (rc == 0)
                printf(_("%s: the programme's data, copied from %s\n"), target, source);
        }
        free(text);
        free(programme);
        free(source);
    }
    free(target);
    return rc;
}

int scaffold_new_application(const char *name, const char *input_dir)
{
    int rc = -1;
    char *template_file = NULL, *text = NULL, *out = NULL, *folder = NULL;
    if (!is_slug(name)) {
        diag_environment("'%s' cannot name an application: use lower-case letters a-z, digits and "
                         "'-', starting with a letter (e.g. boern-2016)", name ? name : "");
        goto cleanup;
    }
    if (seed_programme(input_dir) != 0)
        goto cleanup;
    template_file = template_path(input_dir);
    text = template_file ? load_read_text(template_file) : NULL;
    if (!text) {
        diag_environment("%s: cannot read the application template: %s",
                         template_file ? template_file : "input/templates/application.xml",
                         strerror(errno));
        goto cleanup;
    }
    char *id = strstr(text, TEMPLATE_ID);
    if (!id) {
        diag_error(template_file, 0, 0, "the template has no %s on its root to replace with the "
                                        "new application's id", TEMPLATE_ID);
        goto cleanup;
    }
    size_t n_folder = strlen(input_dir) + sizeof "/applications";
    folder = malloc(n_folder);
    size_t n_out = n_folder + strlen(name) + sizeof "/.xml";
    out = malloc(n_out);
    size_t n_new = strlen(text) + strlen(name) + 8;
    char *result = malloc(n_new);
    if (!folder || !out || !result) {
        free(result);
        diag_environment("out of memory");
        goto cleanup;
    }
    snprintf(folder, n_folder, "%s/applications", input_dir);
    snprintf(out, n_out, "%s/%s.xml", folder, name);
    snprintf(result, n_new, "%.*sid=\"%s\"%s", (int)(id - text), text, name, id + strlen(TEMPLATE_ID));
    free(text);
    text = result;
    if (mkdir(folder, 0755) != 0 && errno != EEXIST) {
        diag_environment("%s: cannot create the folder: %s", folder, strerror(errno));
        goto cleanup;
    }
    if (write_new_file(out, text) != 0) {
        if (errno == EEXIST)
            diag_error(out, 0, 0, "already exists; frisk new never overwrites a file: choose "
                                  "another NAME, or edit or remove the existing file");
        else
            diag_environment("%s: cannot write: %s", out, strerror(errno));
        goto cleanup;
    }
    printf("%s\n", out);
    rc = 0;
cleanup:
    free(template_file);
    free(text);
    free(out);
    free(folder);
    return rc;
}

/* ---- frisk new memo ------------------------------------------------------------------------ */

/* The memo is edited as text, like the template: the editor's comments and layout are part of
 * what the next edition inherits. The few tags to change are found by a small scanner that
 * skips comments, CDATA and processing instructions, so a "<date" inside a comment is never
 * taken for the element. */

/* One replacement of text[start, end) by a malloc'ed string. */
typedef struct {
    size_t start, end;
    char *with;
} TextEdit;

typedef struct {
    TextEdit items[64];
    size_t n;
} TextEdits;

static int edits_add(TextEdits *edits, size_t start, size_t end, char *with)
{
    if (!with || edits->n == sizeof edits->items / sizeof edits->items[0]) {
        free(with);
        return -1;
    }
    edits->items[edits->n++] = (TextEdit){start, end, with};
    return 0;
}

static int compare_edits(const void *a, const void *b)
{
    const TextEdit *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* text with the edits applied (they must not overlap); malloc'ed, or NULL. Frees the edits. */
static char *edits_apply(const char *text, TextEdits *edits)
{
    qsort(edits->items, edits->n, sizeof edits->items[0], compare_edits);
    size_t len = strlen(text);
    for (size_t i = 0; i < edits->n; i++)
        len += strlen(edits->items[i].with);
    char *out = malloc(len + 1), *w = out;
    size_t at = 0;
    for (size_t i = 0; i < edits->n; i++) {
        if (out) {
            memcpy(w, text + at, edits->items[i].start - at);
            w += edits->items[i].start - at;
            w = stpcpy(w, edits->items[i].with);
        }
        at = edits->items[i].end;
        free(edits->items[i].with);
    }
    edits->n = 0;
    if (out)
        strcpy(w, text + at);
    return out;
}

/* The next start tag named name (as written, e.g. "xi:include") at or after from: sets *start
 * to its '<' and returns the index just past its '>'; 0 when there is none. */
static size_t next_tag(const char *text, size_t from, const char *name, size_t *start)
{
    static const struct { const char *open, *close; } skipped[] = {
        {"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"}, {"<!", ">"}};
    size_t n = strlen(name);
    for (const char *p = strchr(text + from, '<'); p; p = strchr(p + 1, '<')) {
        int skip = 0;
        for (size_t i = 0; i < sizeof skipped / sizeof skipped[0] && !skip; i++) {
            if (strncmp(p, skipped[i].open, strlen(skipped[i].open)) == 0) {
                const char *end = strstr(p, skipped[i].close);
                if (!end)
                    return 0;
                p = end;
                skip = 1;
            }
        }
        if (skip || strncmp(p + 1, name, n) != 0 || !strchr(" \t\r\n/>", p[1 + n]))
            continue;
        char quote = 0;
        for (const char *q = p + 1 + n; *q; q++) {
            if (quote && *q == quote)
                quote = 0;
            else if (!quote && (*q == '"' || *q == '\''))
                quote = *q;
            else if (!quote && *q == '>') {
                *start = (size_t)(p - text);
                return (size_t)(q - text) + 1;
            }
        }
        return 0;
    }
    return 0;
}

/* The value of attribute name in the tag text[start, end): its span in *vstart, *vend. */
static int tag_attr(const char *text, size_t start, size_t end, const char *name, size_t *vstart,
                    size_t *vend)
{
    size_t n = strlen(name);
    for (size_t i = start + 1; i + n + 2 < end; i++) {
        if (!strchr(" \t\r\n", text[i]) || strncmp(text + i + 1, name, n) != 0)
            continue;
        size_t j = i + 1 + n;
        while (strchr(" \t\r\n", text[j]) && j < end)
            j++;
        if (text[j] != '=')
            continue;
        j++;
        while (strchr(" \t\r\n", text[j]) && j < end)
            j++;
        char quote = text[j];
        if (quote != '"' && quote != '\'')
            continue;
        const char *close = memchr(text + j + 1, quote, end - j - 1);
        if (!close)
            return 0;
        *vstart = j + 1;
        *vend = (size_t)(close - text);
        return 1;
    }
    return 0;
}

static char *strdup_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *strdup_printf(const char *fmt, ...)
{
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (s)
        vsnprintf(s, (size_t)n + 1, fmt, again);
    va_end(again);
    va_end(ap);
    return s;
}

/* "YYYY-MM" or "YYYY-MM-DD" with a real month and day. */
static int is_edition_date(const char *z)
{
    size_t len = z ? strlen(z) : 0;
    if (len != 7 && len != 10)
        return 0;
    for (size_t i = 0; i < len; i++)
        if ((i == 4 || i == 7) ? z[i] != '-' : !(z[i] >= '0' && z[i] <= '9'))
            return 0;
    char month[8];
    snprintf(month, sizeof month, "%.7s", z);
    long last = history_date_key(month, 1); /* -1 for a month outside 1-12 */
    if (last < 0)
        return 0;
    int day = len == 10 ? atoi(z + 8) : 1;
    return day >= 1 && day <= last % 100;
}

/* The date at the end of a name ("status-2018-09" → "2018-09") into buf; 0 when none. */
static int date_from_name(const char *name, char *buf, size_t n)
{
    size_t len = strlen(name);
    if (len > 7 && n > 7 && name[len - 8] == '-') {
        snprintf(buf, n, "%s", name + len - 7);
        return is_edition_date(buf);
    }
    return 0;
}

/* What a new edition is made of: the memo's new text and the chapter files to copy. */
typedef struct {
    char *text;                 /* the new memo */
    char *chapters[64];         /* file names inside the previous edition's folder */
    size_t nChapters;
    char previousDate[16];
} Edition;

static void edition_free(Edition *ed)
{
    free(ed->text);
    for (size_t i = 0; i < ed->nChapters; i++)
        free(ed->chapters[i]);
}

/* Makes ed from the previous memo's text. Returns 0, or -1 after a diagnostic at from_path. */
static int edition_make(Edition *ed, const char *text, const char *from_path, const char *name,
                        const char *from, const char *date)
{
    TextEdits edits = {.n = 0};
    size_t start, end = next_tag(text, 0, "memo", &start), vs, ve;
    if (!end) {
        diag_error(from_path, 0, 0, "has no <memo> root: frisk new memo starts an edition from a "
                                    "status memo");
        return -1;
    }
    /* The root: id NAME, status draft. */
    if (tag_attr(text, start, end, "id", &vs, &ve))
        edits_add(&edits, vs, ve, strdup(name));
    if (tag_attr(text, start, end, "status", &vs, &ve))
        edits_add(&edits, vs, ve, strdup("draft"));
    else
        edits_add(&edits, start + strlen("<memo"), start + strlen("<memo"),
                  strdup_printf(" status=\"draft\""));
    /* The date, and the previous edition right after it. */
    size_t date_start, date_end = next_tag(text, end, "date", &date_start);
    if (!date_end || !tag_attr(text, date_start, date_end, "value", &vs, &ve) ||
        ve - vs >= sizeof ed->previousDate) {
        diag_error(from_path, 0, 0, "has no <date value=\"…\"/>: the new edition's previous date "
                                    "comes from it; add the date the memo was published");
        goto fail;
    }
    snprintf(ed->previousDate, sizeof ed->previousDate, "%.*s", (int)(ve - vs), text + vs);
    if (history_date_key(date, 0) <= history_date_key(ed->previousDate, 1)) {
        diag_environment("the new edition's date %s must come after %s's date %s: give a later "
                         "--date", date, from, ed->previousDate);
        goto fail;
    }
    edits_add(&edits, date_start, date_end, strdup_printf("<date value=\"%s\"/>", date));
    size_t prev_start, prev_end = next_tag(text, end, "previous-edition", &prev_start);
    char *previous = strdup_printf("<previous-edition date=\"%s\" ref=\"%s\"/>", ed->previousDate,
                                   from);
    if (prev_end) {
        edits_add(&edits, prev_start, prev_end, previous);
    } else {
        size_t line = date_start; /* the new line gets the date's indentation */
        while (line > 0 && text[line - 1] != '\n')
            line--;
        char *with = previous ? strdup_printf("\n%.*s%s", (int)(date_start - line), text + line,
                                              previous) : NULL;
        free(previous);
        edits_add(&edits, date_end, date_end, with);
    }
    /* The includes of the previous edition's chapters point at the copies. */
    size_t from_len = strlen(from);
    for (size_t at = end, inc_start, inc_end; (inc_end = next_tag(text, at, "xi:include", &inc_start));
         at = inc_end) {
        if (!tag_attr(text, inc_start, inc_end, "href", &vs, &ve) || ve - vs <= from_len + 1 ||
            strncmp(text + vs, from, from_len) != 0 || text[vs + from_len] != '/')
            continue;
        const char *file = text + vs + from_len + 1;
        size_t file_len = ve - vs - from_len - 1;
        if (memchr(file, '/', file_len) || (file_len >= 2 && file[0] == '.' && file[1] == '.') ||
            ed->nChapters == sizeof ed->chapters / sizeof ed->chapters[0]) {
            diag_error(from_path, 0, 0, "includes %.*s: frisk new memo copies chapter files "
                       "directly in %s/ (at most 64)", (int)(ve - vs), text + vs, from);
            goto fail;
        }
        ed->chapters[ed->nChapters++] = strndup(file, file_len);
        edits_add(&edits, vs, vs + from_len, strdup(name));
    }
    ed->text = edits_apply(text, &edits);
    if (!ed->text) {
        diag_environment("out of memory");
        return -1;
    }
    return 0;
fail:
    for (size_t i = 0; i < edits.n; i++)
        free(edits.items[i].with);
    return -1;
}

int scaffold_new_memo(const char *name, const char *from, const char *date, const char *input_dir)
{
    int rc = -1;
    char derived[16];
    char *from_path = NULL, *to_path = NULL, *from_dir = NULL, *to_dir = NULL, *text = NULL;
    char *written[65] = {NULL};
    size_t n_written = 0;
    Edition ed = {.nChapters = 0};
    if (!is_slug(name) || !is_slug(from)) {
        diag_environment("'%s' cannot name a memo: use lower-case letters a-z, digits and '-', "
                         "starting with a letter (e.g. status-2018-09)", is_slug(name) ? from : name);
        goto cleanup;
    }
    if (!date && !date_from_name(name, derived, sizeof derived)) {
        diag_environment("give the new edition's date: --date YYYY-MM (or a NAME ending in it, "
                         "e.g. status-2018-09)");
        goto cleanup;
    }
    if (!date)
        date = derived;
    if (!is_edition_date(date)) {
        diag_environment("'%s' is not a date: --date takes YYYY-MM or YYYY-MM-DD", date);
        goto cleanup;
    }
    from_path = strdup_printf("%s/memos/%s.xml", input_dir, from);
    to_path = strdup_printf("%s/memos/%s.xml", input_dir, name);
    from_dir = strdup_printf("%s/memos/%s", input_dir, from);
    to_dir = strdup_printf("%s/memos/%s", input_dir, name);
    if (!from_path || !to_path || !from_dir || !to_dir) {
        diag_environment("out of memory");
        goto cleanup;
    }
    text = load_read_text(from_path);
    if (!text) {
        diag_environment("%s: cannot read the previous edition: %s", from_path, strerror(errno));
        goto cleanup;
    }
    if (edition_make(&ed, text, from_path, name, from, date) != 0)
        goto cleanup;
    /* Nothing is written when any file to write exists. */
    if (access(to_path, F_OK) == 0) {
        diag_error(to_path, 0, 0, "already exists; frisk new never overwrites a file: choose "
                                  "another NAME, or edit or remove the existing file");
        goto cleanup;
    }
    for (size_t i = 0; i < ed.nChapters; i++) {
        char *target = strdup_printf("%s/%s", to_dir, ed.chapters[i]);
        int exists = target && access(target, F_OK) == 0;
        if (exists)
            diag_error(target, 0, 0, "already exists; frisk new never overwrites a file: choose "
                                     "another NAME, or remove the folder %s", to_dir);
        free(target);
        if (exists)
            goto cleanup;
    }
    if (ed.nChapters > 0 && mkdir(to_dir, 0755) != 0 && errno != EEXIST) {
        diag_environment("%s: cannot create the folder: %s", to_dir, strerror(errno));
        goto cleanup;
    }
    for (size_t i = 0; i <= ed.nChapters; i++) {
        int is_memo = i == ed.nChapters; /* the memo last: it is complete only with its chapters */
        char *source = is_memo ? NULL : strdup_printf("%s/%s", from_dir, ed.chapters[i]);
        char *target = is_memo ? strdup(to_path) : strdup_printf("%s/%s", to_dir, ed.chapters[i]);
        char *chapter = source ? load_read_text(source) : NULL;
        if (!target || (!is_memo && !chapter)) {
            diag_environment("%s: cannot read the chapter: %s", source ? source : from_dir,
                             strerror(errno));
            free(source), free(target), free(chapter);
            goto cleanup;
        }
        int failed = write_new_file(target, is_memo ? ed.text : chapter) != 0;
        if (failed)
            diag_environment("%s: cannot write: %s", target, strerror(errno));
        free(source);
        free(chapter);
        if (failed) {
            free(target);
            goto cleanup;
        }
        written[n_written++] = target;
    }
    for (size_t i = 0; i < n_written; i++)
        printf("%s\n", written[i]);
    rc = 0;
cleanup:
    for (size_t i = 0; i < n_written; i++) {
        if (rc != 0)
            unlink(written[i]); /* only files this run created (O_EXCL) */
        free(written[i]);
    }
    if (rc != 0 && n_written > 0)
        rmdir(to_dir); /* only when empty, so never a folder that held anything else */
    edition_free(&ed);
    free(text);
    free(from_path);
    free(to_path);
    free(from_dir);
    free(to_dir);
    return rc;
}
