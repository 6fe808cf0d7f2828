#ifndef NOTICEBOARD_CSHIMS_H
#define NOTICEBOARD_CSHIMS_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set where the system or file system cannot.
int noticeboard_exchange_paths(const char *first, const char *second);

/// True once libcmark-gfm has called Noticeboard's own cmark_manage_extensions_special_characters, which keeps
/// the extensions' special characters in the library's shared table instead of adding and removing them around
/// every document (see CMarkSpecialCharacters.c). Only then may documents be parsed on several threads at once.
int noticeboard_cmark_table_is_fixed(void);

#endif
