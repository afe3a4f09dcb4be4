#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/mman.h>
#include "CSystemCalls.h"

int csys_exchange_paths(const char *first, const char *second) {
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
}

int csys_lock_exclusive(int fd) {
    return flock(fd, LOCK_EX | LOCK_NB);
}

int csys_unlock(int fd) {
    return flock(fd, LOCK_UN);
}

int csys_release_pages(const void *address, size_t length) {
    return madvise((void *)address, length, MADV_DONTNEED);
}
