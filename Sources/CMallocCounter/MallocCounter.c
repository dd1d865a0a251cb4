// Counts heap allocations by interposing the allocator entry points of the process.
//
// The executable defines malloc & co.; the dynamic linker then binds every library's calls
// (the Swift runtime, GMP, libcrypto) to these definitions, which forward to glibc's own
// __libc_* entry points. glibc removed __malloc_hook in 2.34, so interposition is the way left.
// Counting is off unless started, so timing runs pay one well-predicted branch per allocation.

#include "MallocCounter.h"

// A sanitizer (AddressSanitizer, ThreadSanitizer) owns the allocator itself: pointers from glibc's
// __libc_malloc would reach its free and malloc_usable_size and be reported as foreign. Under one,
// the counter steps aside and reports itself inactive, as on a libc without __libc_* entry points.
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define IELE_MALLOC_COUNTER_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define IELE_MALLOC_COUNTER_SANITIZED 1
#endif

#if defined(__linux__) && defined(__GLIBC__) && !defined(IELE_MALLOC_COUNTER_SANITIZED)

#include <errno.h>
#include <stddef.h>

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void *__libc_memalign(size_t alignment, size_t size);
extern void __libc_free(void *pointer);

static volatile int counting = 0;
static uint64_t allocations = 0;

static inline void note_allocation(void) {
    if (__builtin_expect(counting, 0)) {
        __atomic_fetch_add(&allocations, 1, __ATOMIC_RELAXED);
    }
}

void *malloc(size_t size) {
    note_allocation();
    return __libc_malloc(size);
}

void *calloc(size_t count, size_t size) {
    note_allocation();
    return __libc_calloc(count, size);
}

void *realloc(void *pointer, size_t size) {
    note_allocation();
    return __libc_realloc(pointer, size);
}

void free(void *pointer) {
    __libc_free(pointer);
}

void *memalign(size_t alignment, size_t size) {
    note_allocation();
    return __libc_memalign(alignment, size);
}

void *aligned_alloc(size_t alignment, size_t size) {
    note_allocation();
    return __libc_memalign(alignment, size);
}

int posix_memalign(void **result, size_t alignment, size_t size) {
    if (alignment % sizeof(void *) != 0 || (alignment & (alignment - 1)) != 0) return EINVAL;
    note_allocation();
    void *pointer = __libc_memalign(alignment, size);
    if (pointer == NULL && size != 0) return ENOMEM;
    *result = pointer;
    return 0;
}

void iele_malloc_counter_start(void) {
    __atomic_store_n(&allocations, 0, __ATOMIC_RELAXED);
    counting = 1;
}

uint64_t iele_malloc_counter_stop(void) {
    counting = 0;
    return __atomic_load_n(&allocations, __ATOMIC_RELAXED);
}

int iele_malloc_counter_is_active(void) { return 1; }

#else

void iele_malloc_counter_start(void) {}
uint64_t iele_malloc_counter_stop(void) { return 0; }
int iele_malloc_counter_is_active(void) { return 0; }

#endif
