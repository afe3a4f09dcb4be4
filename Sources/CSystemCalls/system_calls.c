#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/mman.h>
#include "CSystemCalls.h"

int csys_exchange_at(int dirfd, const char *first, const char *second) {
    return renameat2(dirfd, first, dirfd, second, RENAME_EXCHANGE);
}

int csys_open_directory(int dirfd, const char *name) {
    return openat(dirfd, name, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

int csys_open_listing(int dirfd, const char *name) {
    return openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

int csys_open_read(int dirfd, const char *name) {
    return openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
}

int csys_create_new(int dirfd, const char *name) {
    return openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
}

int csys_open_lock(int dirfd, const char *name) {
    return openat(dirfd, name, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
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
