#pragma once

#include "BulkResult.h"
#include "base/Actor.h"

#include <QSqlDatabase>

// Submit to the warehouse (提交仓库): per order, in one transaction, reserve its stock and move it
// Reviewed/OutOfStock → Submitted; an order that can't be covered goes OutOfStock with the
// missing SKUs as its flag reason. The stage is re-read with the order's row locked, so two
// reviewers submitting overlapping selections from two stations submit (and reserve) each order once.
struct SubmitResult : BulkResult {
    int outOfStock = 0; // moved to OutOfStock (counted in refused with their shortages)
};

namespace OrderSubmitter {
SubmitResult submit(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids);
}
