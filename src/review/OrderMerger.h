#pragma once

#include "base/Actor.h"
#include "base/Result.h"

#include <QList>
#include <QSqlDatabase>

// 合单: orders of the same buyer (same shop and buyer ID) to the same receiver become one parcel.
// The oldest order keeps its number and takes the others' lines and amounts; the others are
// Cancelled with merged_into pointing at it (sync-back ships them under its tracking number).
// Never across different buyer IDs, even to one address (that is what flash-sale dodgers do).
namespace OrderMerger {
// Whether these orders can be merged; refused with why when they cannot.
Result<> mergeable(const QSqlDatabase &db, const QList<qint64> &ids);
// The order that now carries every line.
Result<qint64> merge(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids);
} // namespace OrderMerger
