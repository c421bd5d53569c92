#include "OrderMerger.h"

#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/OrderStore.h"
#include "orders/Stage.h"
#include "orders/StageMachine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OrderMerger", text);
}

struct Part {
    qint64 id;
    QString orderNo;
    std::optional<Stage> stage; // nullopt: a code this Packline does not know
    QString buyerKey, receiverKey, message, memo, paidAt;
    qint64 goods, shipping, paid;
    int items, version;
};

QList<Part> read(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QList<Part> parts;
    for (qint64 id : ids) {
        QSqlQuery q = Sql::run(
            db,
            QStringLiteral(
                "SELECT platform_order_no, stage, shop_id || '|' || buyer_nick, receiver_name || '|' || "
                "receiver_phone || '|' || receiver_province || '|' || receiver_city || '|' || "
                "receiver_district || '|' || receiver_address, buyer_message, seller_memo, paid_at, "
                "goods_fen, "
                "shipping_fen, paid_fen, item_count, version FROM orders WHERE id = ?"),
            {id});
        if (q.next())
            parts << Part{id,
                          q.value(0).toString(),
                          Stages::fromCode(q.value(1).toString()),
                          q.value(2).toString(),
                          q.value(3).toString(),
                          q.value(4).toString(),
                          q.value(5).toString(),
                          q.value(6).toString(),
                          q.value(7).toLongLong(),
                          q.value(8).toLongLong(),
                          q.value(9).toLongLong(),
                          q.value(10).toInt(),
                          q.value(11).toInt()};
    }
    return parts;
}

Result<> check(const QList<Part> &parts, qsizetype wanted)
{
    if (wanted < 2)
        return Result<>::failure(
            QCoreApplication::translate("OrderMerger", "Select at least two orders to merge."));
    if (parts.size() != wanted)
        return Result<>::failure(
            QCoreApplication::translate("OrderMerger", "Some of the selected orders no longer exist."));
    for (const Part &p : parts) {
        if (!p.stage || !Stages::awaitsSubmit(*p.stage))
            return Result<>::failure(
                QCoreApplication::translate("OrderMerger",
                                            "%1 is %2: only orders waiting for review or approved (not "
                                            "submitted, not held) are merged.")
                    .arg(p.orderNo, p.stage ? Stages::displayName(*p.stage) : QString()));
        if (p.buyerKey != parts.first().buyerKey)
            return Result<>::failure(
                QCoreApplication::translate(
                    "OrderMerger",
                    "%1 and %2 are from different buyers: orders are never merged across buyer IDs.")
                    .arg(parts.first().orderNo, p.orderNo));
        if (p.receiverKey != parts.first().receiverKey)
            return Result<>::failure(QCoreApplication::translate(
                                         "OrderMerger", "%1 and %2 go to different receivers or addresses.")
                                         .arg(parts.first().orderNo, p.orderNo));
    }
    return Result<>::success();
}

QString joinDistinct(const QStringList &texts)
{
    QStringList out;
    for (const QString &t : texts) {
        if (!t.trimmed().isEmpty() && !out.contains(t.trimmed()))
            out << t.trimmed();
    }
    return out.join(QStringLiteral(" / "));
}
} // namespace

Result<> OrderMerger::mergeable(const QSqlDatabase &db, const QList<qint64> &ids)
{
    return check(read(db, ids), ids.size());
}

Result<qint64> OrderMerger::merge(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids)
{
    using Refused = Result<qint64>;
    return Transaction::run(db, [&](Transaction &tx) {
        OrderStore::lock(db, ids);
        QList<Part> parts = read(db, ids);
        if (const Result<> allowed = check(parts, ids.size()); !allowed)
            return Refused::failure(allowed.message);
        std::sort(parts.begin(), parts.end(), [](const Part &a, const Part &b) {
            return a.paidAt != b.paidAt ? a.paidAt < b.paidAt : a.id < b.id;
        });
        const Part &target = parts.first();
        qint64 goods = 0, shipping = 0, paid = 0;
        int items = 0;
        QStringList messages, memos;
        QJsonArray from;
        for (const Part &p : parts) {
            goods += p.goods;
            shipping += p.shipping;
            paid += p.paid;
            items += p.items;
            messages << p.message;
            memos << p.memo;
            if (p.id != target.id)
                from.append(p.orderNo);
        }
        int lineNo =
            Sql::scalar(
                db, QStringLiteral("SELECT COALESCE(MAX(line_no), 0) FROM order_lines WHERE order_id = ?"),
                {target.id})
                .toInt();
        const QString now = Clock::nowText();
        for (const Part &p : std::as_const(parts)) {
            if (p.id == target.id)
                continue;
            QSqlQuery lines = Sql::run(
                db, QStringLiteral("SELECT id FROM order_lines WHERE order_id = ? ORDER BY line_no"), {p.id});
            QList<qint64> lineIds;
            while (lines.next())
                lineIds << lines.value(0).toLongLong();
            for (qint64 lineId : lineIds)
                Sql::run(db, QStringLiteral("UPDATE order_lines SET order_id = ?, line_no = ? WHERE id = ?"),
                         {target.id, ++lineNo, lineId});
            const Result<> moved = StageMachine::apply(
                db, actor,
                {p.id, *p.stage, Stage::Cancelled, tr("Merged into %1").arg(target.orderNo), p.version});
            if (!moved)
                return Refused::failure(moved.message);
            Sql::run(db,
                     QStringLiteral(
                         "UPDATE orders SET merged_into = ?, goods_fen = 0, shipping_fen = 0, paid_fen = 0, "
                         "item_count = 0, updated_at = ? WHERE id = ?"),
                     {target.id, now, p.id});
            Sql::run(db, QStringLiteral("DELETE FROM order_flags WHERE order_id = ?"), {p.id});
            AuditLog::record(db, actor, QStringLiteral("order"), p.id, QStringLiteral("merged_into"),
                             {{QStringLiteral("goods_fen"), p.goods},
                              {QStringLiteral("paid_fen"), p.paid},
                              {QStringLiteral("items"), p.items}},
                             {{QStringLiteral("merged_into"), target.orderNo}});
        }
        QSqlQuery update = Sql::run(
            db,
            QStringLiteral("UPDATE orders SET goods_fen = ?, shipping_fen = ?, paid_fen = ?, item_count = ?, "
                           "buyer_message = ?, seller_memo = ?, version = version + 1, updated_at = ? "
                           "WHERE id = ? AND version = ?"),
            {goods, shipping, paid, items, Sql::text(joinDistinct(messages)), Sql::text(joinDistinct(memos)),
             now, target.id, target.version});
        if (update.numRowsAffected() != 1)
            return Refused::failure(tr("The order was changed by someone else; reload and try again."));
        AuditLog::record(db, actor, QStringLiteral("order"), target.id, QStringLiteral("merge"),
                         {{QStringLiteral("goods_fen"), target.goods},
                          {QStringLiteral("paid_fen"), target.paid},
                          {QStringLiteral("items"), target.items}},
                         {{QStringLiteral("goods_fen"), goods},
                          {QStringLiteral("paid_fen"), paid},
                          {QStringLiteral("items"), items},
                          {QStringLiteral("merged"), from}});
        tx.commit();
        return Refused::success(target.id);
    });
}
