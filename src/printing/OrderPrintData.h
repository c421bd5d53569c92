#pragma once

#include "PrintData.h"
#include "db/Sql.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Reads what labels, slips and pick lists show, straight from the orders and SKUs.
struct SenderInfo {
    QString name; // empty: the shop's name
    QString phone;
    QString address;
    QString thanks; // packing-slip note
};

// Reads one order's page after another with its statements prepared once (a print job's pages).
class OrderPrintReader {
public:
    explicit OrderPrintReader(const QSqlDatabase &db);
    // Throws Error when the order does not exist.
    PrintData forOrder(qint64 orderId, const SenderInfo &sender = {});

private:
    Sql::Statement m_order; // parsed once per reader (a print job's pages)
    Sql::Statement m_lines;
};

namespace OrderPrintData {
// One order's page. Throws Error when the order does not exist.
PrintData forOrder(const QSqlDatabase &db, qint64 orderId, const SenderInfo &sender = {});
// A pick list for a batch: lines summed per SKU, sorted and grouped by bin location; with the
// print job, also its orders by slot ("slots" rows: slot, slot code, order, tracking, items).
PrintData forPickList(const QSqlDatabase &db, const QList<qint64> &orderIds, const QString &title,
                      qint64 jobId = 0);
// 大头笔: the destination people sort by, from the address (the courier's own 三段码 service is not
// reachable offline).
QString sortCode(const QString &province, const QString &city, const QString &district);
} // namespace OrderPrintData
