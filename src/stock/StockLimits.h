#pragma once

#include <QtGlobal>

// Sane bounds for stock quantities, checked where moves are posted (StockLedger) and where files
// and people give quantities: far above a real warehouse (a flash sale ships tens of thousands of
// one SKU), far below where the int sums in levels, exports and reports could wrap.
namespace StockLimits {
constexpr qint64 kMaxMove = 1'000'000;    // one move: ± this many units at most
constexpr qint64 kMaxLevel = 100'000'000; // a level (on hand, reserved, pre-packed): 0 … this
} // namespace StockLimits
