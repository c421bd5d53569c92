#pragma once

#include "OrderPrintData.h"

#include <QSqlDatabase>
#include <QString>

// What a queue page shows: its order's label data (a pick list: its batch's lines), with the page's
// number, the job's page count and the reprint mark. One per job, for printing, preview and export
// alike; the order statements are prepared once for all its pages.
class JobPageReader {
public:
    JobPageReader(const QSqlDatabase &db, qint64 jobId, const QString &kind, const QString &title);
    // Throws Error when the page's order does not exist.
    PrintData read(int seq, qint64 orderId, const QString &payload, int reprints, int total,
                   const SenderInfo &sender = {});

private:
    QSqlDatabase m_db;
    OrderPrintReader m_orders;
    qint64 m_jobId;
    QString m_kind;
    QString m_title;
};
