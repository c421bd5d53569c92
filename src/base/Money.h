#pragma once

#include <QString>
#include <optional>

// Money is integer fen (分). Parsing yuan text never goes through floating point.
namespace Money {
// "128.00", "128", "128.5", "-3.10", "1,280.00" → fen; nullopt for anything else.
std::optional<qint64> parseYuan(QStringView text);
// 12800 → "128.00"
QString formatYuan(qint64 fen);
} // namespace Money
