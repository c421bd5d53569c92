#pragma once

// glibc's malloc hands memory back to the system eagerly: it trims the top of the heap past
// 128 KB and serves blocks over 128 KB from fresh mmaps. Qt's PDF engine compresses every page
// with zlib, whose ~270 KB state is allocated and freed per page, so a label job faulted in new
// zeroed pages for every label (about a tenth of the print path, by perf). A desktop app that
// prints thousands of pages and imports million-row files keeps what it freed instead.
namespace Allocator {
// Call once at the start of main(). A no-op where the C library is not glibc.
void keepFreedMemory();
// Gives what was freed back to the system now, in every arena: after an import, whose reader
// thread held the item report in an arena of its own that the review rules (on another thread)
// would not reuse; without this a million-order import and its rules peaked 28 MB higher.
void releaseFreedMemory();
} // namespace Allocator
