#ifndef C_SYSTEM_CALLS_H
#define C_SYSTEM_CALLS_H

#include <stddef.h>

/// Exchanges the two paths atomically (renameat2 with RENAME_EXCHANGE). Returns 0, or -1
/// with errno set (for example when the file system does not support the exchange).
int csys_exchange_paths(const char *first, const char *second);

/// Takes an exclusive flock on fd without blocking. Returns 0, or -1 with errno set
/// (EWOULDBLOCK when another process holds it).
int csys_lock_exclusive(int fd);

/// Releases an flock on fd. Returns 0, or -1 with errno set.
int csys_unlock(int fd);

/// Tells the kernel that the pages of a private read-only mapping in [address, address +
/// length) are not needed now (madvise MADV_DONTNEED); they are read again on the next touch.
int csys_release_pages(const void *address, size_t length);

#endif
