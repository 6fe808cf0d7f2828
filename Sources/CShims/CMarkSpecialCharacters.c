#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include "CShims.h"

// libcmark-gfm marks its extensions' special inline characters ('~' for strikethrough, and so on) in one
// table shared by the whole process: around each document's inline parsing, cmark_parser_finish calls
// cmark_manage_extensions_special_characters to add them and then to remove them again. Two documents parsed
// at once on two threads race on that table: one parser's "remove" can land while the other is reading it,
// and a `~~struck~~` phrase then parses as plain text (upstream cmark-gfm issue, fixed by its PR #176).
//
// The library calls that function through its PLT, so this definition in the executable takes its place
// (ELF symbol interposition). Every parser Noticeboard makes attaches the same extensions, so the characters
// are added once, by the library's own function, and never removed; after that the table is only read.
// MarkdownConverter checks noticeboard_cmark_table_is_fixed() after its first parse and keeps parsing one
// document at a time if this definition was not the one the library called.

typedef void (*noticeboard_manage_function)(void *parser, int add);

static atomic_int noticeboard_cmark_interposed = 0;
static pthread_mutex_t noticeboard_cmark_mutex = PTHREAD_MUTEX_INITIALIZER;
static int noticeboard_cmark_added = 0;

void cmark_manage_extensions_special_characters(void *parser, int add) {
    atomic_store(&noticeboard_cmark_interposed, 1);
    if (!add) return;
    pthread_mutex_lock(&noticeboard_cmark_mutex);
    if (!noticeboard_cmark_added) {
        noticeboard_manage_function library =
            (noticeboard_manage_function)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
        if (library) library(parser, 1);
        noticeboard_cmark_added = 1;
    }
    pthread_mutex_unlock(&noticeboard_cmark_mutex);
}

int noticeboard_cmark_table_is_fixed(void) {
    return atomic_load(&noticeboard_cmark_interposed);
}
