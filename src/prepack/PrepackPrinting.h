#pragma once

#include "PrepackOrders.h"
#include "base/Actor.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// 爆款打单 for a campaign: one label job per SKU batch (PrepackOrders::printBatches: bin order,
// capped at the boxed parcels), through the print queue, which takes the tracking numbers and
// moves the orders Submitted → Printed.
struct PrepackPrintResult {
    int jobs = 0;
    int labels = 0;
    QStringList skipped; // from the print queue: "order …: no ZTO tracking numbers left"
    QStringList errors;  // a SKU batch for which no job was made, with why
};

namespace PrepackPrinting {
PrepackPrintResult printBatches(const QSqlDatabase &db, const Actor &actor, qint64 campaignId,
                                const QString &templateId, const QString &printer);
} // namespace PrepackPrinting
