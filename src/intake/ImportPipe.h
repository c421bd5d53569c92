#pragma once

#include "ImportSink.h"

#include <functional>

// Runs a reader on a thread of its own and hands what it reads to the calling thread in batches,
// in the order it was read, so decoding and parsing overlap with the SQLite writes on a second
// core. Only the calling thread touches the database: `deliver`'s callbacks run there.
// If `deliver` throws (Cancel, a database error), the reader is stopped and the exception goes on
// to the caller; if the reader throws, its exception is rethrown here after the queue is drained.
namespace ImportPipe {
void run(const std::function<void(const ImportSink &)> &read, const ImportSink &deliver);
} // namespace ImportPipe
