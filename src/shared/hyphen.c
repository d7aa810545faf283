/* hyphen — soft hyphens at the break points of the language's hyphen-* patterns (hyphen.h).
 *
 * One pass over the text: whitespace-delimited tokens (to recognise URLs), inside them runs
 * of letters (the words). Each word is lower-cased into a scratch buffer and given to
 * libhyphen, whose hyphens[] array for a UTF-8 dictionary is indexed by character, not byte.
 */
#include "hyphen.h"

#include "diag.h"

#include <glib.h>
/* libhyphen's header has the same name as ours; frisk's own is always reached as
 * "shared/hyphen.h" (-Isrc), so <hyphen.h> finds libhyphen's as long as src/shared/ itself is
 * never on the include path. */
#include <hyphen.h>
#ifndef __HYPHEN_H__
#error "<hyphen.h> found frisk's src/shared/hyphen.h instead of libhyphen's: never add -Isrc/shared"
#endif
#include <stdlib.h>
#include <string.h>

/* One language's patterns and the words already hyphenated with them. */
typedef struct {
    HyphenDict *dict;
    /* The same words come back all the time (a document says "frikommuneforsøg" hundreds of
     * times, and the typesetter hyphenates every paragraph again when its page citations
     * change), so each word's hyphenated form is kept: word -> word with soft hyphens, both
     * owned by the table. Bounded: when it holds CACHE_MAX words it is emptied and fills again,
     * so memory stays small and the output never depends on what was cached. */
    GHashTable *cache;
} Patterns;

static char *dict_dir;          /* the folder of hyphen_init's dictionary: every hyph_*.dic */
static GHashTable *by_language; /* "da_DK", "en", ... -> Patterns*, or NULL: none installed */
static GHashTable *by_file;     /* a dictionary's real path -> Patterns* (owns them) */
enum { CACHE_MAX = 16384 };

/* Words longer than this many bytes are not hyphenated (no Danish word is; a long run of
 * letters is more likely a code or garbage, and the scratch buffers stay on the stack). */
enum { WORD_MAX_BYTES = 240 };

static void patterns_free(void *data)
{
    Patterns *pt = data;
    hnj_hyphen_free(pt->dict);
    if (pt->cache)
        g_hash_table_destroy(pt->cache);
    free(pt);
}

/* The patterns in file path, loaded once however many names (symbolic links) lead to it;
 * NULL when there is no such file or it does not load. */
static Patterns *load_file(const char *path)
{
    char *real = realpath(path, NULL);
    if (!real)
        return NULL;
    Patterns *pt = g_hash_table_lookup(by_file, real);
    if (pt) {
        free(real);
        return pt;
    }
    HyphenDict *dict = hnj_hyphen_load(real);
    if (!dict) {
        free(real);
        return NULL;
    }
    pt = calloc(1, sizeof *pt);
    FRISK_ASSERT(pt);
    pt->dict = dict;
    g_hash_table_insert(by_file, g_strdup(real), pt);
    free(real);
    return pt;
}

int hyphen_init(const char *dic_path)
{
    if (dict_dir)
        return 0;
    by_file = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, patterns_free);
    by_language = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    if (!load_file(dic_path)) {
        diag_environment("cannot read the hyphenation dictionary %s (run `make %s`)", dic_path,
                         dic_path);
        hyphen_shutdown();
        return -1;
    }
    dict_dir = g_path_get_dirname(dic_path);
    return 0;
}

int hyphen_available(void) { return dict_dir != NULL; }

void hyphen_shutdown(void)
{
    if (by_language)
        g_hash_table_destroy(by_language);
    if (by_file)
        g_hash_table_destroy(by_file);
    by_language = by_file = NULL;
    g_free(dict_dir);
    dict_dir = NULL;
}

/* The first hyph_<language>_*.dic of the folder by name (hyph_da_DK.dic for "da" where Debian's
 * link hyph_da.dic was not copied), or NULL. */
static Patterns *load_any_country(const char *language)
{
    GDir *dir = g_dir_open(dict_dir, 0, NULL);
    if (!dir)
        return NULL;
    char *prefix = g_strdup_printf("hyph_%s_", language);
    char *first = NULL;
    for (const char *name; (name = g_dir_read_name(dir));)
        if (g_str_has_prefix(name, prefix) && g_str_has_suffix(name, ".dic") &&
            (!first || strcmp(name, first) < 0)) {
            g_free(first);
            first = g_strdup(name);
        }
    g_dir_close(dir);
    Patterns *pt = NULL;
    if (first) {
        char *path = g_build_filename(dict_dir, first, NULL);
        pt = load_file(path);
        g_free(path);
    }
    g_free(first);
    g_free(prefix);
    return pt;
}

/* The patterns for lang ("en", "en-US", "de_AT", any case): those of the language and country,
 * else of the language alone (Debian's hyph_en.dic is US English, as in LibreOffice), else of
 * the language in any country. NULL for no language, "none", or no patterns installed. */
static Patterns *patterns_for(const char *lang)
{
    if (!dict_dir || !lang || !*lang || g_ascii_strcasecmp(lang, "none") == 0)
        return NULL;
    size_t n = strcspn(lang, "-_");
    if (n == 0 || n > 8)
        return NULL;
    for (size_t i = 0; lang[i]; i++)
        if (!g_ascii_isalnum(lang[i]) && lang[i] != '-' && lang[i] != '_')
            return NULL; /* a language code, never a path */
    char *language = g_ascii_strdown(lang, (gssize)n);
    char *country = lang[n] && lang[n + 1] ? g_ascii_strup(lang + n + 1, -1) : NULL;
    char *key = country ? g_strdup_printf("%s_%s", language, country) : g_strdup(language);
    Patterns *pt = NULL;
    if (g_hash_table_lookup_extended(by_language, key, NULL, (gpointer *)&pt)) {
        g_free(key);
    } else {
        char *names[2] = {country ? g_strdup_printf("hyph_%s_%s.dic", language, country) : NULL,
                          g_strdup_printf("hyph_%s.dic", language)};
        for (int i = 0; i < 2 && !pt; i++) {
            if (!names[i])
                continue;
            char *path = g_build_filename(dict_dir, names[i], NULL);
            pt = load_file(path);
            g_free(path);
        }
        if (!pt)
            pt = load_any_country(language);
        g_free(names[0]);
        g_free(names[1]);
        g_hash_table_insert(by_language, key, pt);
    }
    g_free(language);
    g_free(country);
    return pt;
}

int hyphen_has_language(const char *lang) { return patterns_for(lang) != NULL; }

static int is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/* Decodes the character at s (at most end - s bytes). An invalid byte decodes as U+FFFD with
 * length 1, so that malformed input is copied through rather than rejected. */
static gunichar decode(const char *s, const char *end, int *len)
{
    if ((unsigned char)*s < 0x80) {
        *len = 1;
        return (gunichar)(unsigned char)*s;
    }
    gunichar c = g_utf8_get_char_validated(s, end - s);
    if (c == (gunichar)-1 || c == (gunichar)-2) {
        *len = 1;
        return 0xFFFD;
    }
    *len = (int)(g_utf8_next_char(s) - s);
    return c;
}

static int is_word_char(gunichar c)
{
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return g_unichar_isalpha(c) || g_unichar_ismark(c);
}

static int token_is_address(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '@')
            return 1;
        if (s[i] == ':' && i + 2 < n && s[i + 1] == '/' && s[i + 2] == '/')
            return 1;
        if ((i == 0 || s[i - 1] == '(') && i + 4 <= n && g_ascii_strncasecmp(s + i, "www.", 4) == 0)
            return 1;
    }
    return 0;
}

/* Appends the word [w, w + n) to out, with U+00AD at the break points; returns the new end. */
static char *hyphenate_word_uncached(HyphenDict *dict, char *out, const char *w, size_t n,
                                     int n_chars)
{
    char lower[WORD_MAX_BYTES + 8];
    char hyphens[WORD_MAX_BYTES + 8];
    int lh = dict->lhmin > 0 ? dict->lhmin : 2, rh = dict->rhmin > 0 ? dict->rhmin : 2;
    if (n > WORD_MAX_BYTES || n_chars < lh + rh) {
        memcpy(out, w, n);
        return out + n;
    }
    /* Lower-case character by character: one character in, one out, so the character
     * indices of hyphens[] stay those of the original word. */
    size_t n_lower = 0;
    for (const char *p = w; p < w + n;) {
        int len;
        gunichar c = decode(p, w + n, &len);
        char buf[6];
        int m = g_unichar_to_utf8(g_unichar_tolower(c), buf);
        if (n_lower + (size_t)m > WORD_MAX_BYTES) {
            memcpy(out, w, n);
            return out + n;
        }
        memcpy(lower + n_lower, buf, (size_t)m);
        n_lower += (size_t)m;
        p += len;
    }
    lower[n_lower] = '\0';
    char **rep = NULL;
    int *pos = NULL, *cut = NULL;
    int failed = hnj_hyphen_hyphenate3(dict, lower, (int)n_lower, hyphens, NULL, &rep, &pos, &cut,
                                       lh, rh, lh, rh);
    if (rep) { /* a non-standard break (a letter changes): a soft hyphen cannot set it */
        for (size_t i = 0; i < n_lower; i++) {
            if (rep[i])
                hyphens[i] = '0';
            free(rep[i]);
        }
        free(rep);
    }
    free(pos);
    free(cut);
    int i = 0;
    for (const char *p = w; p < w + n; i++) {
        int len;
        decode(p, w + n, &len);
        memcpy(out, p, (size_t)len);
        out += len;
        p += len;
        /* hyphens[i] odd: a break after character i; never after the last one. */
        if (!failed && (hyphens[i] & 1) && p < w + n) {
            *out++ = (char)0xC2;
            *out++ = (char)0xAD;
        }
    }
    return out;
}

static char *hyphenate_word(Patterns *pt, char *out, const char *w, size_t n, int n_chars)
{
    if (n > WORD_MAX_BYTES) {
        memcpy(out, w, n);
        return out + n;
    }
    char key[WORD_MAX_BYTES + 1];
    memcpy(key, w, n);
    key[n] = '\0';
    if (!pt->cache)
        pt->cache = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    GHashTable *cache = pt->cache;
    const char *hit = g_hash_table_lookup(cache, key);
    if (hit) {
        size_t len = strlen(hit);
        memcpy(out, hit, len);
        return out + len;
    }
    char *end = hyphenate_word_uncached(pt->dict, out, w, n, n_chars);
    if (g_hash_table_size(cache) >= CACHE_MAX)
        g_hash_table_remove_all(cache);
    g_hash_table_insert(cache, g_strdup(key), g_strndup(out, (gsize)(end - out)));
    return end;
}

char *hyphen_insert_soft_hyphens(const char *utf8_text, const char *lang)
{
    size_t len = strlen(utf8_text);
    Patterns *pt = patterns_for(lang);
    if (!pt)
        return strdup(utf8_text);
    /* At most one soft hyphen (2 bytes) after each character of at least 1 byte. */
    char *result = malloc(3 * len + 1);
    if (!result)
        return NULL;
    char *out = result;
    const char *end = utf8_text + len;
    const char *s = utf8_text;
    while (s < end) {
        if (is_ascii_space(*s)) {
            *out++ = *s++;
            continue;
        }
        const char *tok_end = s;
        while (tok_end < end && !is_ascii_space(*tok_end))
            tok_end++;
        if (token_is_address(s, (size_t)(tok_end - s))) {
            memcpy(out, s, (size_t)(tok_end - s));
            out += tok_end - s;
            s = tok_end;
            continue;
        }
        gunichar prev = ' ';
        while (s < tok_end) {
            int clen;
            gunichar c = decode(s, tok_end, &clen);
            if (!is_word_char(c)) {
                memcpy(out, s, (size_t)clen);
                out += clen;
                s += clen;
                prev = c;
                continue;
            }
            const char *w = s;
            int n_chars = 0, n_upper = 0;
            while (s < tok_end) {
                c = decode(s, tok_end, &clen);
                if (!is_word_char(c))
                    break;
                n_chars++;
                n_upper += g_unichar_isupper(c) != 0;
                s += clen;
            }
            gunichar next = s < tok_end ? c : ' ';
            int fixed = g_unichar_isdigit(prev) || g_unichar_isdigit(next) || prev == 0xAD ||
                        next == 0xAD || n_upper >= 2;
            if (fixed) {
                memcpy(out, w, (size_t)(s - w));
                out += s - w;
            } else {
                out = hyphenate_word(pt, out, w, (size_t)(s - w), n_chars);
            }
            prev = 'a';
        }
    }
    *out = '\0';
    return result;
}
