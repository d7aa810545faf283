/* A small unit-test harness: each CHECK prints one TAP-style line ("ok - …" or "not ok - …"),
 * which tests/run.sh counts. A test file is a main() that calls its test functions and returns
 * harness_exit(). Kept tiny on purpose: the suite must build with nothing but the C library. */
#ifndef FRISK_TEST_HARNESS_H
#define FRISK_TEST_HARNESS_H

#include <stdio.h>
#include <string.h>

static int harness_failures;

#define CHECK(cond, name)                                                                  \
    do {                                                                                   \
        if (cond) {                                                                        \
            printf("ok - %s\n", name);                                                     \
        } else {                                                                           \
            printf("not ok - %s (%s:%d: %s)\n", name, __FILE__, __LINE__, #cond);          \
            harness_failures++;                                                            \
        }                                                                                  \
    } while (0)

#define CHECK_STR(actual, expected, name)                                                  \
    do {                                                                                   \
        const char *a_ = (actual), *e_ = (expected);                                       \
        if (a_ && e_ && strcmp(a_, e_) == 0) {                                             \
            printf("ok - %s\n", name);                                                     \
        } else {                                                                           \
            printf("not ok - %s (%s:%d: got \"%s\", want \"%s\")\n", name, __FILE__,       \
                   __LINE__, a_ ? a_ : "(null)", e_ ? e_ : "(null)");                     \
            harness_failures++;                                                            \
        }                                                                                  \
    } while (0)

static inline int harness_exit(void) { return harness_failures ? 1 : 0; }

#endif
