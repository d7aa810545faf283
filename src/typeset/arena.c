/* arena — the formatter's allocator: many small blocks freed together.
 *
 * Takes: sizes. Gives: zeroed, aligned memory from 64 KiB chunks, all of it freed at once by
 * fo_arena_free. The FO tree, its strings and the area tree live in arenas because they are
 * made of many small parts that die together; one free is faster and cannot leak a part.
 */
#include "arena.h"

#include "shared/diag.h"

#include <stdlib.h>
#include <string.h>

typedef struct ArenaChunk {
    struct ArenaChunk *next;
    size_t used, size;
    max_align_t data[];
} ArenaChunk;

#define ARENA_CHUNK 65536

struct FoArena {
    ArenaChunk *chunks;
};

FoArena *fo_arena_new(void)
{
    FoArena *arena = calloc(1, sizeof *arena);
    FRISK_ASSERT(arena != NULL);
    return arena;
}

void *fo_arena_alloc(FoArena *arena, size_t size)
{
    size = (size + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    ArenaChunk *chunk = arena->chunks;
    if (!chunk || chunk->size - chunk->used < size) {
        size_t want = size > ARENA_CHUNK / 4 ? size : ARENA_CHUNK;
        ArenaChunk *fresh = malloc(sizeof *fresh + want);
        FRISK_ASSERT(fresh != NULL);
        fresh->used = 0;
        fresh->size = want;
        /* a large block gets a chunk of its own behind the current one, which goes on filling
         * (otherwise the rest of the current chunk would be lost) */
        if (chunk && want == size) {
            fresh->next = chunk->next;
            chunk->next = fresh;
        } else {
            fresh->next = chunk;
            arena->chunks = fresh;
        }
        chunk = fresh;
    }
    void *p = (char *)chunk->data + chunk->used;
    chunk->used += size;
    memset(p, 0, size);
    return p;
}

char *fo_arena_strndup(FoArena *arena, const char *s, size_t n)
{
    char *copy = fo_arena_alloc(arena, n + 1);
    memcpy(copy, s, n);
    copy[n] = '\0';
    return copy;
}

void fo_arena_free(FoArena *arena)
{
    if (!arena)
        return;
    for (ArenaChunk *c = arena->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(arena);
}
