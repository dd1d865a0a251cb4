#ifndef IELE_MALLOC_COUNTER_H
#define IELE_MALLOC_COUNTER_H

#include <stdint.h>

/// Starts counting calls to malloc, calloc, realloc and the aligned allocators (all threads).
void iele_malloc_counter_start(void);
/// Stops counting and returns the number of allocations since the last start.
uint64_t iele_malloc_counter_stop(void);
/// Whether this process's allocations go through the counter (1) or not (0, e.g. on a libc without
/// the __libc_* entry points).
int iele_malloc_counter_is_active(void);

#endif
