#ifndef C_SYSTEM_CALLS_H
#define C_SYSTEM_CALLS_H

#include <stddef.h>

/// Exchanges two entries of the directory dirfd atomically (renameat2 with RENAME_EXCHANGE).
/// Returns 0, or -1 with errno set (for example when the file system does not support it).
int csys_exchange_at(int dirfd, const char *first, const char *second);

/// Opens the directory `name` in dirfd as a handle for the *at calls (O_PATH), refusing a
/// symbolic link (O_NOFOLLOW: ELOOP). Returns the descriptor, or -1 with errno set.
int csys_open_directory(int dirfd, const char *name);

/// Opens the directory `name` in dirfd for reading its entries, refusing a symbolic link.
int csys_open_listing(int dirfd, const char *name);

/// Opens `name` in dirfd read-only, refusing a symbolic link and never blocking on a FIFO.
int csys_open_read(int dirfd, const char *name);

/// Creates the new file `name` in dirfd for writing (mode 0644). Fails with EEXIST when
/// anything, a symbolic link included, already has that name: it never writes through one.
int csys_create_new(int dirfd, const char *name);

/// Opens or creates the lock file `name` in dirfd for reading and writing, refusing a
/// symbolic link (ELOOP).
int csys_open_lock(int dirfd, const char *name);

/// Takes an exclusive flock on fd without blocking. Returns 0, or -1 with errno set
/// (EWOULDBLOCK when another process holds it).
int csys_lock_exclusive(int fd);

/// Releases an flock on fd. Returns 0, or -1 with errno set.
int csys_unlock(int fd);

/// Tells the kernel that the pages of a private read-only mapping in [address, address +
/// length) are not needed now (madvise MADV_DONTNEED); they are read again on the next touch.
int csys_release_pages(const void *address, size_t length);

#endif
