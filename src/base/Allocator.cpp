#include "Allocator.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void Allocator::keepFreedMemory()
{
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024); // give the heap's top back only past 64 MB
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);  // blocks under 4 MB come from the reused heap
#endif
}

void Allocator::releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
