/* arena — the formatter's allocator (arena.c): blocks that live until the whole arena is freed.
 * Private to src/typeset/. */
#ifndef FRISK_ARENA_H
#define FRISK_ARENA_H

#include <stddef.h>

typedef struct FoArena FoArena;

FoArena *fo_arena_new(void);
/* Zeroed memory that lives until fo_arena_free. Never NULL (aborts via FRISK_ASSERT on OOM). */
void *fo_arena_alloc(FoArena *arena, size_t size);
/* A NUL-terminated copy of the n first bytes of s. */
char *fo_arena_strndup(FoArena *arena, const char *s, size_t n);
void fo_arena_free(FoArena *arena);

#endif
