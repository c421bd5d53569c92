#include "PrepackPrinting.h"

#include "printing/PrintQueue.h"

#include <QCoreApplication>

PrepackPrintResult PrepackPrinting::printBatches(const QSqlDatabase &db, const Actor &actor,
                                                 qint64 campaignId, const QString &templateId,
                                                 const QString &printer)
{
    PrepackPrintResult result;
    for (const SkuPrintBatch &batch : PrepackOrders::printBatches(db, campaignId)) {
        PrintQueue::JobSpec spec;
        spec.kind = PrintQueue::Kind::Label;
        spec.templateId = templateId;
        spec.printer = printer;
        spec.title = QCoreApplication::translate("PrepackPrinting", "Pre-packed %1 (%2), bin %3")
                         .arg(batch.code, batch.spec, batch.location);
        spec.orderIds = batch.orderIds;
        const Result<PrintQueue::CreatedJob> made = PrintQueue::create(db, actor, spec);
        if (!made) {
            result.errors << QStringLiteral("%1: %2").arg(batch.code, made.message);
            continue;
        }
        ++result.jobs;
        result.labels += made->pages;
        result.skipped << made->skipped;
    }
    return result;
}
