/* Unit tests for hyphen: Danish break points from the hyphen-da patterns, words left alone,
 * English and German by language and country, languages without patterns untouched, and
 * speed on a memo-sized text. Needs build/hyph_da_DK.dic and the others beside it
 * (`make build/hyph_da_DK.dic`); run from the project root. */
#include "harness.h"

#include "shared/diag.h"
#include "shared/hyphen.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SHY "\xC2\xAD"

/* Hyphenates text as Danish and shows each U+00AD as "-" for readable expectations. */
static char *shown(const char *text, const char *lang)
{
    char *h = hyphen_insert_soft_hyphens(text, lang);
    if (!h)
        return NULL;
    char *r = h, *w = h;
    while (*r) {
        if ((unsigned char)r[0] == 0xC2 && (unsigned char)r[1] == 0xAD) {
            *w++ = '-';
            r += 2;
        } else {
            *w++ = *r++;
        }
    }
    *w = '\0';
    return h;
}

static void expect(const char *text, const char *lang, const char *want, const char *name)
{
    char *got = shown(text, lang);
    CHECK_STR(got, want, name);
    free(got);
}

static void test_words(void)
{
    expect("frikommuneforsøg", "da", "fri-kom-mu-ne-for-søg", "frikommuneforsøg");
    expect("beskæftigelsesindsats", "da", "be-skæf-ti-gel-ses-ind-sats", "beskæftigelsesindsats");
    expect("sammenhængende", "da", "sam-men-hæn-gen-de", "sammenhængende");
    char *raw = hyphen_insert_soft_hyphens("sammenhængende", "da-DK");
    CHECK_STR(raw, "sam" SHY "men" SHY "hæn" SHY "gen" SHY "de", "the mark is U+00AD (da-DK)");
    free(raw);
    expect("Frikommuneforsøg", "da_DK", "Fri-kom-mu-ne-for-søg", "capitalised word");
    expect("FRIKOMMUNEFORSØG VIVEs", "da", "FRIKOMMUNEFORSØG VIVEs", "acronyms and capitals untouched");
    expect("Ærlighed øvelse åbenhed", "da", "Ær-lig-hed øvel-se åben-hed", "æøå at the start");
}

/* hyph: every language with patterns beside the Danish (tools/packages.txt: hyphen-en-us,
 * hyphen-de), by language and country, else language alone, else any country of it. */
static void test_languages(void)
{
    expect("hyphenation implementation", "en", "hy-phen-ation im-ple-men-ta-tion", "English (en)");
    expect("responsibility", "en-US", "re-spon-si-bil-ity", "English (en-US)");
    expect("responsibility", "EN_us", "re-spon-si-bil-ity", "language and country in any case");
    expect("responsibility", "en-GB", "re-spon-si-bil-ity", "en-GB without its patterns: en's");
    expect("Bürgerbeteiligung Dienstleistungen", "de", "Bür-ger-be-tei-li-gung Dienst-leis-tun-gen",
           "German (de)");
    expect("Bürgerbeteiligung", "de-AT", "Bür-ger-be-tei-li-gung", "German (de-AT)");
    expect("frikommuneforsøg", "da", "fri-kom-mu-ne-for-søg", "Danish after the others");
    CHECK(hyphen_has_language("en-US") && hyphen_has_language("de"), "English and German installed");
    CHECK(!hyphen_has_language("tlh") && !hyphen_has_language(NULL) && !hyphen_has_language("none"),
          "no patterns for tlh, NULL or none");
}

static void test_context(void)
{
    expect("(frikommuneforsøg, sammenhængende).", "da", "(fri-kom-mu-ne-for-søg, sam-men-hæn-gen-de).",
           "punctuation kept");
    expect("1813 12.345,67 2018-2020", "da", "1813 12.345,67 2018-2020", "numbers untouched");
    expect("abc123beskæftigelse", "da", "abc123beskæftigelse", "letters touching digits untouched");
    expect("social-og beskæftigelses-indsats", "da", "so-ci-al-og be-skæf-ti-gel-ses-ind-sats",
           "hard-hyphen parts hyphenated as words");
    expect("https://www.retsinformation.dk/eli/lta/2017/646 www.frikommuneforsøg.dk a@kommunerne.dk",
           "da", "https://www.retsinformation.dk/eli/lta/2017/646 www.frikommuneforsøg.dk a@kommunerne.dk",
           "URLs and addresses untouched");
    expect("fri" SHY "kommuneforsøg", "da", "fri-kommuneforsøg", "word with a soft hyphen untouched");
    expect("og i at en", "da", "og i at en", "short words untouched");
    expect("frikommuneforsøg", "tlh", "frikommuneforsøg", "a language without patterns untouched");
    expect("frikommuneforsøg", "none", "frikommuneforsøg", "language none untouched");
    expect("frikommuneforsøg", "../../etc/x", "frikommuneforsøg", "a path is no language");
    expect("frikommuneforsøg", NULL, "frikommuneforsøg", "no language untouched");
    expect("", "da", "", "empty string");
    expect("bad \xFF\xFE utf8 frikommuneforsøg", "da", "bad \xFF\xFE utf8 fri-kom-mu-ne-for-søg",
           "invalid UTF-8 copied through");
}

static void test_speed(void)
{
    const char *para = "Frikommunenetværket har ikke fået imødekommet en ansøgning om udfordring af "
                       "autorisationsloven samt regler om delegation af forbeholdt sundhedsfaglig "
                       "virksomhed, hvilket ville have tilladt sygeplejersker i en tværgående "
                       "akutfunktion at varetage visse lægeforbeholdte opgaver (§ 138, stk. 2). ";
    size_t plen = strlen(para), n = 0;
    size_t cap = 120 * 1024 + plen;
    char *text = malloc(cap + 1);
    while (n + plen < cap) {
        memcpy(text + n, para, plen);
        n += plen;
    }
    text[n] = '\0';
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    char *h = hyphen_insert_soft_hyphens(text, "da");
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    printf("# 120 KB hyphenated in %.2f ms\n", ms);
    CHECK(h && strlen(h) > n, "120 KB text hyphenated");
    /* Timing means nothing under valgrind (which preloads vgpreload_*.so): skip it there. */
    const char *preload = getenv("LD_PRELOAD");
    if (preload && strstr(preload, "vgpreload"))
        printf("ok - 120 KB text hyphenated quickly # SKIP under valgrind\n");
    else
        CHECK(ms < 200.0, "120 KB text hyphenated quickly (well under 200 ms even under sanitizers)");
    free(h);
    free(text);
}

int main(void)
{
    char *before = hyphen_insert_soft_hyphens("frikommuneforsøg", "da");
    CHECK_STR(before, "frikommuneforsøg", "before hyphen_init: a plain copy");
    free(before);
    FILE *diag_out = tmpfile();
    diag_set_stream(diag_out);
    CHECK(hyphen_init("build/no-such.dic") == -1, "missing dictionary: -1");
    char msg[256] = "";
    rewind(diag_out);
    CHECK(fgets(msg, sizeof msg, diag_out) && strstr(msg, "build/no-such.dic"),
          "missing dictionary reported with its path");
    diag_set_stream(NULL);
    fclose(diag_out);
    CHECK(hyphen_init("build/hyph_da_DK.dic") == 0, "dictionary loads");
    CHECK(hyphen_available(), "dictionary available");
    CHECK(hyphen_init("build/hyph_da_DK.dic") == 0, "second init is a no-op");
    test_words();
    test_context();
    test_languages();
    test_speed();
    hyphen_shutdown();
    CHECK(!hyphen_available(), "shutdown frees the dictionary");
    return harness_exit();
}
