#include "RefundReportImport.h"

#include "AfterSalesDesk.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "base/Money.h"
#include "base/ShownText.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "intake/CsvSource.h"
#include "intake/FieldText.h"
#include "intake/HeaderMap.h"
#include "orders/AfterSales.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RefundReportImport", text);
}

enum Column {
    OrderNo,
    NeedsReturn,
    Kind,
    Requested,
    Completed,
    Reason,
    Intervention,
    Liable,
    Amount,
    Status,
    ColumnCount
};

// Header names as the platform writes them; the first is the usual one.
const QList<QStringList> &aliases()
{
    static const QList<QStringList> a{
        {QStringLiteral("订单编号"), QStringLiteral("订单号"), QStringLiteral("主订单编号")},
        {QStringLiteral("是否需要退货"), QStringLiteral("是否退货")},
        {QStringLiteral("退款类型"), QStringLiteral("售后类型"), QStringLiteral("服务类型")},
        {QStringLiteral("退款的申请时间"), QStringLiteral("申请时间"), QStringLiteral("退款申请时间")},
        {QStringLiteral("完结时间"), QStringLiteral("退款完结时间"), QStringLiteral("退款完成时间")},
        {QStringLiteral("退款原因"), QStringLiteral("申请原因")},
        {QStringLiteral("客服介入状态"), QStringLiteral("是否小二介入"), QStringLiteral("小二介入")},
        {QStringLiteral("责任方"), QStringLiteral("判责结果"), QStringLiteral("责任判定")},
        {QStringLiteral("买家退款金额"), QStringLiteral("退款金额")},
        {QStringLiteral("退款状态")},
    };
    return a;
}

AfterSalesKind kindOf(const QString &kindText, const QString &needsReturn)
{
    if (kindText.contains(QStringLiteral("换货")))
        return AfterSalesKind::Exchange;
    if (kindText.contains(QStringLiteral("补寄")))
        return AfterSalesKind::Reship;
    if (kindText.contains(QStringLiteral("退货")) || needsReturn == u"是")
        return AfterSalesKind::ReturnRefund;
    return AfterSalesKind::RefundOnly;
}

bool intervened(const QString &v)
{
    if (v.isEmpty() || v.contains(QStringLiteral("无需")) || v.contains(QStringLiteral("未")) || v == u"否")
        return false;
    return v == u"是" || v.contains(QStringLiteral("介入"));
}
} // namespace

RefundImportSummary RefundReportImport::run(const QSqlDatabase &db, const Actor &actor, const QString &path)
{
    CsvSource source(path);
    QList<int> col(ColumnCount, -1);
    const QStringList header = source.header();
    for (int c = 0; c < ColumnCount; ++c) {
        for (const QString &name : aliases()[c]) {
            const int i = int(std::distance(header.begin(),
                                            std::find_if(header.begin(), header.end(), [&](const QString &h) {
                                                return HeaderMap::normalise(h) == name;
                                            })));
            if (i < header.size()) {
                col[c] = i;
                break;
            }
        }
    }
    for (int required : {int(OrderNo), int(Requested)}) {
        if (col[required] < 0)
            throw Error(tr("%1: the refund report has no column \"%2\".")
                            .arg(source.fileName(), aliases()[required].first()));
    }
    if (col[NeedsReturn] < 0 && col[Kind] < 0)
        throw Error(
            tr("%1: the refund report needs \"是否需要退货\" or \"退款类型\" to tell refunds from returns.")
                .arg(source.fileName()));

    return Transaction::run(db, [&](Transaction &tx) {
        // Run again after a conflict with another station: the file is read again from its first row.
        CsvSource rows(path);
        RefundImportSummary summary;
        CsvRecord record;
        qint64 rowsRead = 0;
        while (rows.next(record)) {
            if (record.isBlank())
                continue;
            ++rowsRead;
            auto value = [&](Column c) {
                return col[c] >= 0 ? FieldText::trimmed(record.fields.value(col[c])) : QString();
            };
            auto reject = [&](Column c, const QString &why) {
                summary.rejected << RefundRowProblem{
                    record.line, col[c] >= 0 ? header.value(col[c]) : QString(),
                    col[c] >= 0 ? ShownText::excerpt(record.fields.value(col[c])) : QString(), why};
            };
            if (!record.error.isEmpty()) {
                summary.rejected << RefundRowProblem{record.line, rows.errorColumn(record), {}, record.error};
                continue;
            }
            const QString orderNo = FieldText::numberText(value(OrderNo));
            if (orderNo.isEmpty()) {
                reject(OrderNo, tr("empty order number"));
                continue;
            }
            QSqlQuery o = Sql::run(
                db, QStringLiteral("SELECT id, stage FROM orders WHERE platform_order_no = ?"), {orderNo});
            if (!o.next()) {
                reject(OrderNo, tr("no such order in Packline (import the order report first)"));
                continue;
            }
            const qint64 orderId = o.value(0).toLongLong();
            const Stage stage = Stages::fromCode(o.value(1).toString()).value_or(Stage::Imported);
            if (o.next()) {
                reject(OrderNo, tr("the order number is in more than one shop"));
                continue;
            }
            o.finish();
            const auto requested = FieldText::chinaTimeToUtc(value(Requested));
            if (!requested || requested->isEmpty()) {
                reject(Requested, tr("not a time (yyyy-MM-dd HH:mm:ss, China time)"));
                continue;
            }
            const auto completed = FieldText::chinaTimeToUtc(value(Completed));
            if (!completed) {
                reject(Completed, tr("not a time (yyyy-MM-dd HH:mm:ss, China time)"));
                continue;
            }
            std::optional<qint64> amount =
                value(Amount).isEmpty() ? std::optional<qint64>(0) : Money::parseYuan(value(Amount));
            if (!amount) {
                reject(Amount, tr("not an amount in yuan"));
                continue;
            }
            // A refund that ended without money back (退款关闭) has no completion for the metrics.
            const bool closedWithout = value(Status).contains(QStringLiteral("关闭"));
            const AfterSalesKind kind = kindOf(value(Kind), value(NeedsReturn));
            const QVariant existing = Sql::scalar(
                db,
                QStringLiteral(
                    "SELECT id FROM after_sales WHERE order_id = ? AND kind = ? AND requested_at = ?"),
                {orderId, AfterSales::code(kind), *requested});
            qint64 caseId = existing.toLongLong();
            if (!existing.isValid()) {
                AfterSalesCase c;
                c.orderId = orderId;
                c.kind = kind;
                c.arrivedStage = stage;
                c.reason = value(Reason);
                c.refundFen = *amount;
                c.requestedAt = *requested;
                // open() returns an open case of the same kind if there is one (intake opened it on
                // the order's refund status): the report's request time is the truth then.
                caseId = AfterSales::open(db, actor, c);
                Sql::run(
                    db,
                    QStringLiteral("UPDATE after_sales SET requested_at = ?, refund_fen = ? WHERE id = ?"),
                    {*requested, *amount, caseId});
                ++summary.created;
            } else {
                ++summary.updated;
            }
            const QString reason = value(Reason);
            const QString category = AfterSalesDesk::classifyReason(reason);
            const bool dispute = intervened(value(Intervention));
            const bool liable = value(Liable).contains(QStringLiteral("卖家")) ||
                                value(Liable).contains(QStringLiteral("商家"));
            Sql::run(
                db,
                QStringLiteral(
                    "UPDATE after_sales SET reason = ?, reason_category = ?, completed_at = ?, dispute = ?, "
                    "seller_liable = ?, updated_at = ? WHERE id = ?"),
                {Sql::text(reason), category, closedWithout ? QVariant() : Sql::nullable(*completed),
                 dispute ? 1 : 0, liable ? 1 : 0, Clock::nowText(), caseId});
            AuditLog::record(db, actor, QStringLiteral("after_sales"), caseId,
                             QStringLiteral("refund_report"), {},
                             {{QStringLiteral("file"), source.fileName()},
                              {QStringLiteral("line"), record.line},
                              {QStringLiteral("reason_category"), category},
                              {QStringLiteral("dispute"), dispute ? 1 : 0},
                              {QStringLiteral("seller_liable"), liable ? 1 : 0}});
        }
        if (rowsRead == 0)
            throw Error(tr("%1: the refund report has a header but no rows: there is nothing to import.")
                            .arg(source.fileName()));
        tx.commit();
        return summary;
    });
}
