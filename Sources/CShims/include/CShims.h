#ifndef NOTICEBOARD_CSHIMS_H
#define NOTICEBOARD_CSHIMS_H

#include <stddef.h>

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set where the system or file system cannot.
int noticeboard_exchange_paths(const char *first, const char *second);

/// True once libcmark-gfm has called Noticeboard's own cmark_manage_extensions_special_characters, which keeps
/// the extensions' special characters in the library's shared table instead of adding and removing them around
/// every document (see CMarkSpecialCharacters.c). Only then may documents be parsed on several threads at once.
int noticeboard_cmark_table_is_fixed(void);
/// The first place the needle occurs in the haystack (glibc's memmem, which Swift's Glibc module leaves out),
/// or NULL; NULL also for an empty haystack.
const void *noticeboard_find_bytes(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

/// Makes libcmark-gfm's table extension render tables as plain lines (cells joined by " · ") instead of Markdown
/// pipes when a document is turned into plain text (CMarkPlainTables.c). Call once, after the core extensions are
/// registered and before any document is rendered. Returns 0 if the table extension is not registered.
int noticeboard_cmark_plain_tables(void);

struct cmark_node;
/// The plain text of a parsed Markdown tree (or of one of its nodes), exactly as libcmark-gfm's
/// cmark_render_plaintext writes it with no line width, but a run of text at a time instead of a character at a
/// time (CMarkPlainText.c). The caller frees the result.
char *noticeboard_cmark_render_plaintext(struct cmark_node *root, int options);

/// The calling thread's allocator for one document's parse (a `cmark_mem *`; CMarkArena.c): pass it to
/// cmark_parser_new_with_mem, and call noticeboard_cmark_arena_release once that parser and its tree are freed and
/// nothing allocated from it is used any more. Render with another allocator (cmark_render_html_with_mem).
void *noticeboard_cmark_arena(void);
/// Releases everything the calling thread's arena allocated.
void noticeboard_cmark_arena_release(void);

#endif
