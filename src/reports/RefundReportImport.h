#pragma once

#include "base/Actor.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// A row of a refund report that could not be taken, and why (file, line, column).
struct RefundRowProblem {
    qint64 line = 0;
    QString column;
    QString value;
    QString why;
};

struct RefundImportSummary {
    int created = 0; // new after-sales cases
    int updated = 0; // cases already known (same order, kind and request time): facts refreshed
    QList<RefundRowProblem> rejected;
};

// Takes in the platform's refund report (Taobao 退款管理 export, CSV, GBK or UTF-8): one row per
// refund with 订单编号, 是否需要退货 / 退款类型, 退款的申请时间, 完结时间, 退款原因, 客服介入状态 and
// 责任方. Each row becomes (or refreshes) an after-sales case with the facts the refund metrics
// need. Columns are found by header name with aliases; times are China time. Rows naming an
// order Packline does not have, or with a bad time, are rejected with the reason; the rest land
// in one transaction. Re-importing the same file changes nothing.
namespace RefundReportImport {
// Throws Error when the file cannot be read or lacks a required column.
RefundImportSummary run(const QSqlDatabase &db, const Actor &actor, const QString &path);
} // namespace RefundReportImport
