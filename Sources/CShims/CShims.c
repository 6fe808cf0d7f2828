#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include "CShims.h"

int noticeboard_exchange_paths(const char *first, const char *second) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

const void *noticeboard_find_bytes(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length) {
    if (haystack == NULL || haystack_length < needle_length) return NULL;
    return memmem(haystack, haystack_length, needle, needle_length);
}

