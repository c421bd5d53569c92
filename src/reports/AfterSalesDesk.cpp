#include "AfterSalesDesk.h"

#include "base/Clock.h"
#include "base/Money.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/AfterSales.h"
#include "orders/OrderStore.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AfterSalesDesk", text);
}

} // namespace

QList<AfterSalesRow> AfterSalesDesk::list(const QSqlDatabase &db, const AfterSalesFilter &filter)
{
    QString sql = QStringLiteral(
        "SELECT a.id, a.order_id, o.platform_order_no, o.buyer_nick, a.kind, a.arrived_stage, a.outcome, "
        "a.reason, "
        "a.reason_category, a.refund_fen, a.requested_at, a.completed_at, a.dispute, a.seller_liable, "
        "a.linked_order_id, l.platform_order_no FROM after_sales a JOIN orders o ON o.id = a.order_id "
        "LEFT JOIN orders l ON l.id = a.linked_order_id WHERE 1 = 1");
    QVariantList binds;
    if (filter.openOnly)
        sql += QStringLiteral(" AND a.outcome = 'open'");
    if (filter.kind) {
        sql += QStringLiteral(" AND a.kind = ?");
        binds << AfterSales::code(*filter.kind);
    }
    if (!filter.since.isEmpty()) {
        sql += QStringLiteral(" AND a.requested_at >= ?");
        binds << filter.since;
    }
    sql += QStringLiteral(" ORDER BY a.requested_at DESC, a.id DESC");
    QSqlQuery q = Sql::run(db, sql, binds);
    QList<AfterSalesRow> rows;
    while (q.next()) {
        AfterSalesRow r;
        r.caseId = q.value(0).toLongLong();
        r.orderId = q.value(1).toLongLong();
        r.orderNo = q.value(2).toString();
        r.buyerNick = q.value(3).toString();
        // A code this build does not know (a newer station wrote it) shows as the plainest case.
        r.kind = AfterSales::kindFromCode(q.value(4).toString()).value_or(AfterSalesKind::RefundOnly);
        r.arrivedStage = Stages::fromCode(q.value(5).toString()).value_or(Stage::Imported);
        r.outcome = AfterSales::outcomeFromCode(q.value(6).toString()).value_or(AfterSalesOutcome::Open);
        r.reason = q.value(7).toString();
        r.reasonCategory = q.value(8).toString();
        r.refundFen = q.value(9).toLongLong();
        r.requestedAt = q.value(10).toString();
        r.completedAt = q.value(11).toString();
        r.dispute = q.value(12).toInt() != 0;
        r.sellerLiable = q.value(13).toInt() != 0;
        r.linkedOrderId = q.value(14).toLongLong();
        r.linkedOrderNo = q.value(15).toString();
        rows << r;
    }
    return rows;
}

QString AfterSalesDesk::kindName(AfterSalesKind kind)
{
    switch (kind) {
    case AfterSalesKind::RefundOnly:
        return tr("Refund only");
    case AfterSalesKind::ReturnRefund:
        return tr("Return and refund");
    case AfterSalesKind::Exchange:
        return tr("Exchange");
    case AfterSalesKind::Reship:
        return tr("Reship");
    }
    return AfterSales::code(kind);
}

QString AfterSalesDesk::outcomeName(AfterSalesOutcome outcome)
{
    switch (outcome) {
    case AfterSalesOutcome::Open:
        return tr("Open");
    case AfterSalesOutcome::CancelledBeforeSubmit:
        return tr("Cancelled before submit");
    case AfterSalesOutcome::Intercepted:
        return tr("Intercepted");
    case AfterSalesOutcome::RefusedDelivery:
        return tr("Refused delivery");
    case AfterSalesOutcome::ReturnedReceived:
        return tr("Returned and received");
    case AfterSalesOutcome::Exchanged:
        return tr("Exchanged");
    case AfterSalesOutcome::Reshipped:
        return tr("Reshipped");
    case AfterSalesOutcome::Closed:
        return tr("Closed");
    }
    return AfterSales::code(outcome);
}

QString AfterSalesDesk::classifyReason(const QString &reason)
{
    static const QStringList quality{
        QStringLiteral("品质"), QStringLiteral("质量"), QStringLiteral("做工"),    QStringLiteral("瑕疵"),
        QStringLiteral("材质"), QStringLiteral("故障"), QStringLiteral("褪色"),    QStringLiteral("开线"),
        QStringLiteral("起球"), QStringLiteral("假冒"), QStringLiteral("描述不符")};
    static const QStringList logistics{
        QStringLiteral("破损"), QStringLiteral("未收到"), QStringLiteral("物流"), QStringLiteral("快递"),
        QStringLiteral("少件"), QStringLiteral("错发"),   QStringLiteral("漏发"), QStringLiteral("空包")};
    static const QStringList noReason{QStringLiteral("无理由"), QStringLiteral("不想要"),
                                      QStringLiteral("拍错"), QStringLiteral("多拍"),
                                      QStringLiteral("不喜欢")};
    auto any = [&](const QStringList &words) {
        return std::any_of(words.cbegin(), words.cend(),
                           [&](const QString &w) { return reason.contains(w); });
    };
    if (any(quality))
        return QStringLiteral("quality");
    if (any(logistics))
        return QStringLiteral("logistics");
    if (any(noReason))
        return QStringLiteral("no_reason");
    return QStringLiteral("other");
}

Result<> AfterSalesDesk::recordRefund(const QSqlDatabase &db, const Actor &actor, qint64 caseId,
                                      const RefundFacts &facts)
{
    if (!facts.completedAt.isEmpty() && !Clock::fromText(facts.completedAt).isValid())
        return Result<>::failure(
            tr("Completion time \"%1\" is not yyyy-MM-dd HH:mm:ss.").arg(facts.completedAt));
    return Transaction::run(db, [&](Transaction &tx) {
        QSqlQuery before =
            Sql::run(db,
                     QStringLiteral("SELECT reason, completed_at, dispute, seller_liable FROM after_sales "
                                    "WHERE id = ?"),
                     {caseId});
        if (!before.next())
            return Result<>::failure(tr("After-sales case %1 does not exist.").arg(caseId));
        const QJsonObject old{{QStringLiteral("reason"), before.value(0).toString()},
                              {QStringLiteral("completed_at"), before.value(1).toString()},
                              {QStringLiteral("dispute"), before.value(2).toInt()},
                              {QStringLiteral("seller_liable"), before.value(3).toInt()}};
        before.finish();
        const QString category = classifyReason(facts.reason);
        Sql::run(db,
                 QStringLiteral(
                     "UPDATE after_sales SET reason = ?, reason_category = ?, completed_at = ?, dispute = ?, "
                     "seller_liable = ?, updated_at = ? WHERE id = ?"),
                 {Sql::text(facts.reason), category, Sql::nullable(facts.completedAt), facts.dispute ? 1 : 0,
                  facts.sellerLiable ? 1 : 0, Clock::nowText(), caseId});
        AuditLog::record(db, actor, QStringLiteral("after_sales"), caseId, QStringLiteral("refund_facts"),
                         old,
                         {{QStringLiteral("reason"), facts.reason},
                          {QStringLiteral("reason_category"), category},
                          {QStringLiteral("completed_at"), facts.completedAt},
                          {QStringLiteral("dispute"), facts.dispute ? 1 : 0},
                          {QStringLiteral("seller_liable"), facts.sellerLiable ? 1 : 0}});
        tx.commit();
        return Result<>::success();
    });
}

Result<> AfterSalesDesk::setOutcome(const QSqlDatabase &db, const Actor &actor, qint64 caseId,
                                    AfterSalesOutcome outcome)
{
    return Transaction::run(db, [&](Transaction &tx) {
        const QString kind =
            Sql::scalar(db, QStringLiteral("SELECT kind FROM after_sales WHERE id = ?"), {caseId}).toString();
        if (kind.isEmpty())
            return Result<>::failure(tr("After-sales case %1 does not exist.").arg(caseId));
        AfterSales::setOutcome(db, actor, caseId, outcome);
        const auto known = AfterSales::kindFromCode(kind);
        if (known && AfterSales::isRefund(*known) && AfterSales::endsRefunded(outcome))
            Sql::run(db,
                     QStringLiteral(
                         "UPDATE after_sales SET completed_at = ? WHERE id = ? AND completed_at IS NULL"),
                     {Clock::nowText(), caseId});
        tx.commit();
        return Result<>::success();
    });
}

Result<qint64> AfterSalesDesk::createLinkedOrder(const QSqlDatabase &db, const Actor &actor, qint64 caseId,
                                                 const QList<OrderLine> &lines)
{
    return Transaction::run(db, [&](Transaction &tx) {
        QSqlQuery c = Sql::run(
            db, QStringLiteral("SELECT order_id, kind, linked_order_id FROM after_sales WHERE id = ?"),
            {caseId});
        if (!c.next())
            return Result<qint64>::failure(tr("After-sales case %1 does not exist.").arg(caseId));
        const qint64 originalId = c.value(0).toLongLong();
        const std::optional<AfterSalesKind> kind = AfterSales::kindFromCode(c.value(1).toString());
        const qint64 linked = c.value(2).toLongLong();
        c.finish();
        if (linked > 0)
            return Result<qint64>::failure(tr("This case already has its new order (id %1).").arg(linked));
        const bool exchange = kind == AfterSalesKind::Exchange;
        const std::optional<Order> original = OrderStore::load(db, originalId);
        if (!original)
            return Result<qint64>::failure(tr("The case's order no longer exists."));

        Order o;
        o.shopId = original->shopId;
        o.buyerNick = original->buyerNick;
        o.receiver = original->receiver;
        o.courierCode = original->courierCode;
        o.platformStatus = exchange ? QStringLiteral("换货") : QStringLiteral("补寄");
        o.sellerMemo = (exchange ? QStringLiteral("换货，原订单 ") : QStringLiteral("补寄，原订单 ")) +
                       original->platformOrderNo;
        o.createdAt = Clock::nowText();
        o.stage = Stage::Imported;
        o.lines = lines.isEmpty() ? original->lines : lines;
        for (OrderLine &l : o.lines) {
            l.id = 0;
            l.lineNo = 0;
            l.priceFen = 0; // nothing is sold again
            l.platformLineId.clear();
            l.refundStatus = QStringLiteral("none");
        }
        if (o.lines.isEmpty())
            return Result<qint64>::failure(tr("The new order needs at least one line."));
        const QString suffix = exchange ? QStringLiteral("-H") : QStringLiteral("-B");
        for (int n = 1;; ++n) {
            o.platformOrderNo = original->platformOrderNo + suffix + QString::number(n);
            if (!OrderStore::findId(db, o.shopId, o.platformOrderNo))
                break;
        }
        const qint64 id = OrderStore::insert(db, o);
        AuditLog::record(db, actor, QStringLiteral("order"), id, QStringLiteral("create"), {},
                         {{QStringLiteral("stage"), Stages::code(o.stage)},
                          {QStringLiteral("platform_order_no"), o.platformOrderNo},
                          {QStringLiteral("after_sales_id"), caseId},
                          {QStringLiteral("linked_from_order_id"), originalId}});
        Sql::run(db,
                 QStringLiteral("UPDATE after_sales SET linked_order_id = ?, updated_at = ? WHERE id = ?"),
                 {id, Clock::nowText(), caseId});
        AfterSales::setOutcome(db, actor, caseId,
                               exchange ? AfterSalesOutcome::Exchanged : AfterSalesOutcome::Reshipped);
        tx.commit();
        return Result<qint64>::success(id);
    });
}

QList<QStringList> AfterSalesDesk::csvRows(const QList<AfterSalesRow> &rows)
{
    QList<QStringList> out{
        {QStringLiteral("case_id"), QStringLiteral("order_no"), QStringLiteral("buyer"),
         QStringLiteral("kind"), QStringLiteral("arrived_stage"), QStringLiteral("outcome"),
         QStringLiteral("reason"), QStringLiteral("reason_category"), QStringLiteral("refund"),
         QStringLiteral("requested_at_utc"), QStringLiteral("completed_at_utc"), QStringLiteral("dispute"),
         QStringLiteral("seller_liable"), QStringLiteral("linked_order_no")}};
    for (const AfterSalesRow &r : rows)
        out << QStringList{QString::number(r.caseId),
                           r.orderNo,
                           r.buyerNick,
                           AfterSales::code(r.kind),
                           Stages::code(r.arrivedStage),
                           AfterSales::code(r.outcome),
                           r.reason,
                           r.reasonCategory,
                           Money::formatYuan(r.refundFen),
                           r.requestedAt,
                           r.completedAt,
                           r.dispute ? QStringLiteral("1") : QStringLiteral("0"),
                           r.sellerLiable ? QStringLiteral("1") : QStringLiteral("0"),
                           r.linkedOrderNo};
    return out;
}
