#include <cmark-gfm.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "CShims.h"

// An allocator for one document's parse at a time, one per thread. libcmark-gfm allocates every node, every
// line of content and every piece of inline text on its own and frees them one by one when the tree is freed:
// through malloc that was about a sixth of loading a 10,000-document site. Here allocations are cut from large
// chunks, `free` does nothing, and the whole lot is released at once when the document is done.
//
// Every allocation has a 16-byte header holding its size, so `realloc` can copy it; a buffer that grows while it
// is the chunk's last allocation (libcmark-gfm's string buffers do, a line at a time) grows in place.

enum { chunk_size = 256 * 1024, header = 16 };

struct chunk {
    struct chunk *next;
    size_t size;
    size_t used;
    size_t last; // offset of the last allocation's header, for growing it in place
    _Alignas(16) unsigned char bytes[];
};

struct arena {
    struct chunk *first; // kept between documents
    struct chunk *current;
};

static _Thread_local struct arena arena;

static struct chunk *new_chunk(size_t size) {
    struct chunk *chunk = malloc(sizeof(struct chunk) + size);
    if (chunk == NULL) abort();
    chunk->next = NULL;
    chunk->size = size;
    chunk->used = 0;
    chunk->last = SIZE_MAX;
    return chunk;
}

static size_t rounded(size_t n) { return (n + 15) & ~(size_t)15; }

static void *allocate(size_t size) {
    size_t needed = header + rounded(size);
    struct chunk *chunk = arena.current;
    if (chunk == NULL || chunk->size - chunk->used < needed) {
        struct chunk *fresh = new_chunk(needed > chunk_size ? needed : chunk_size);
        if (chunk == NULL) arena.first = fresh; else chunk->next = fresh;
        arena.current = chunk = fresh;
    }
    unsigned char *start = chunk->bytes + chunk->used;
    *(size_t *)start = size;
    chunk->last = chunk->used;
    chunk->used += needed;
    return start + header;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) abort();
    void *pointer = allocate(count * size);
    memset(pointer, 0, count * size);
    return pointer;
}

static void *arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) return allocate(size);
    unsigned char *start = (unsigned char *)pointer - header;
    size_t old = *(size_t *)start;
    struct chunk *chunk = arena.current;
    if (chunk != NULL && chunk->last != SIZE_MAX && chunk->bytes + chunk->last == start &&
        chunk->size - chunk->last >= header + rounded(size)) {
        *(size_t *)start = size;
        chunk->used = chunk->last + header + rounded(size);
        return pointer;
    }
    void *moved = allocate(size);
    memcpy(moved, pointer, old < size ? old : size);
    return moved;
}

static void arena_free(void *pointer) { (void)pointer; }

static cmark_mem arena_allocator = {arena_calloc, arena_realloc, arena_free};

void *noticeboard_cmark_arena(void) { return &arena_allocator; }

void noticeboard_cmark_arena_release(void) {
    struct chunk *first = arena.first;
    if (first == NULL) return;
    struct chunk *chunk = first->next;
    if (first->size > chunk_size) { // one huge document's chunk is not kept
        chunk = first;
        first = arena.first = NULL;
    }
    while (chunk != NULL) {
        struct chunk *next = chunk->next;
        free(chunk);
        chunk = next;
    }
    arena.current = first;
    if (first == NULL) return;
    first->next = NULL;
    first->used = 0;
    first->last = SIZE_MAX;
}
