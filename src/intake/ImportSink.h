#pragma once

#include "IncomingOrder.h"

#include <functional>

// Where a reader delivers what it read. progress() may throw ImportCancelled to stop.
struct ImportSink {
    std::function<void(IncomingOrder &)> order;
    std::function<void(const RejectedRow &)> reject;
    std::function<void(qint64 bytesDone, qint64 rows)> progress;
};

// Thrown out of a reader when the person pressed Cancel; the file's Transaction rolls back.
struct ImportCancelled {};
