#ifndef NOTICEBOARD_CSHIMS_H
#define NOTICEBOARD_CSHIMS_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set where the system or file system cannot.
int noticeboard_exchange_paths(const char *first, const char *second);

#endif
