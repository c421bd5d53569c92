#include "GiftRules.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/Stage.h"
#include "stock/Reservations.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("GiftRules", text);
}

// Gift units already promised to orders that have not reserved them yet (not Submitted).
int promised(const QSqlDatabase &db, qint64 skuId)
{
    return Sql::scalar(
               db,
               QStringLiteral("SELECT COALESCE(SUM(l.qty), 0) FROM order_lines l JOIN orders o ON o.id = "
                              "l.order_id WHERE l.sku_id = ? AND l.gift_rule_id IS NOT NULL AND o.stage IN "
                              "('imported', 'reviewed', 'out_of_stock', 'on_hold')"),
               {skuId})
        .toInt();
}
} // namespace

qint64 GiftRules::add(const QSqlDatabase &db, const Actor &actor, GiftRule rule)
{
    if (rule.name.trimmed().isEmpty())
        throw Error(tr("A gift rule needs a name."));
    if (rule.qty <= 0)
        throw Error(tr("A gift rule gives at least one unit."));
    if (!rule.minMemberLevel && !rule.minAmountFen)
        throw Error(tr("A gift rule needs a condition: a member level, an order amount, or both."));
    return Transaction::run(db, [&](Transaction &tx) {
        if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM skus WHERE id = ?"), {rule.giftSkuId}).isValid())
            throw Error(tr("The gift SKU does not exist."));
        rule.id = Sql::insert(
            db,
            QStringLiteral("INSERT INTO gift_rules (name, shop_id, min_member_level, min_amount_fen, "
                           "gift_sku_id, qty, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {rule.name.trimmed(), rule.shopId > 0 ? QVariant(rule.shopId) : QVariant(),
             rule.minMemberLevel ? QVariant(*rule.minMemberLevel) : QVariant(),
             rule.minAmountFen ? QVariant(*rule.minAmountFen) : QVariant(), rule.giftSkuId, rule.qty,
             rule.active ? 1 : 0, Clock::nowText()});
        AuditLog::record(db, actor, QStringLiteral("gift_rule"), rule.id, QStringLiteral("create"), {},
                         {{QStringLiteral("name"), rule.name},
                          {QStringLiteral("gift_sku_id"), rule.giftSkuId},
                          {QStringLiteral("qty"), rule.qty}});
        tx.commit();
        return rule.id;
    });
}

void GiftRules::setActive(const QSqlDatabase &db, const Actor &actor, qint64 ruleId, bool active)
{
    Transaction::run(db, [&](Transaction &tx) {
        Sql::run(db, QStringLiteral("UPDATE gift_rules SET active = ? WHERE id = ?"),
                 {active ? 1 : 0, ruleId});
        AuditLog::record(db, actor, QStringLiteral("gift_rule"), ruleId, QStringLiteral("active"), {},
                         {{QStringLiteral("active"), active}});
        tx.commit();
    });
}

QList<GiftRule> GiftRules::list(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::run(
        db, QStringLiteral("SELECT id, name, shop_id, min_member_level, min_amount_fen, gift_sku_id, "
                           "qty, active FROM gift_rules ORDER BY id"));
    QList<GiftRule> rules;
    while (q.next()) {
        GiftRule r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.shopId = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            r.minMemberLevel = q.value(3).toInt();
        if (!q.value(4).isNull())
            r.minAmountFen = q.value(4).toLongLong();
        r.giftSkuId = q.value(5).toLongLong();
        r.qty = q.value(6).toInt();
        r.active = q.value(7).toInt() != 0;
        rules << r;
    }
    return rules;
}

void GiftRules::setMemberLevel(const QSqlDatabase &db, const Actor &actor, qint64 shopId,
                               const QString &buyerNick, int level)
{
    Transaction::run(db, [&](Transaction &tx) {
        Sql::run(db,
                 QStringLiteral("INSERT INTO member_levels (shop_id, buyer_nick, level) VALUES (?, ?, ?) "
                                "ON CONFLICT (shop_id, buyer_nick) DO UPDATE SET level = excluded.level"),
                 {shopId, buyerNick, level});
        AuditLog::record(db, actor, QStringLiteral("member_level"), shopId, QStringLiteral("set"), {},
                         {{QStringLiteral("buyer_nick"), buyerNick}, {QStringLiteral("level"), level}});
        tx.commit();
    });
}

GiftOutcome GiftRules::apply(const QSqlDatabase &db, const Actor &actor, qint64 orderId)
{
    GiftOutcome outcome;
    QSqlQuery o =
        Sql::run(db, QStringLiteral("SELECT shop_id, buyer_nick, goods_fen, stage FROM orders WHERE id = ?"),
                 {orderId});
    if (!o.next())
        return outcome;
    const qint64 shopId = o.value(0).toLongLong();
    const QString nick = o.value(1).toString();
    const qint64 goods = o.value(2).toLongLong();
    const auto stage = Stages::fromCode(o.value(3).toString());
    o.finish();
    if (!stage || (*stage != Stage::Imported && *stage != Stage::Reviewed))
        return outcome; // the warehouse owns it (or it is closed): no more lines
    const QVariant levelValue = Sql::scalar(
        db, QStringLiteral("SELECT level FROM member_levels WHERE shop_id = ? AND buyer_nick = ?"),
        {shopId, nick});
    const int level = levelValue.isValid() ? levelValue.toInt() : 0;

    for (const GiftRule &rule : list(db)) {
        if (!rule.active || (rule.shopId > 0 && rule.shopId != shopId))
            continue;
        if (rule.minMemberLevel && level < *rule.minMemberLevel)
            continue;
        if (rule.minAmountFen && goods < *rule.minAmountFen)
            continue;
        if (Sql::scalar(db,
                        QStringLiteral("SELECT 1 FROM order_lines WHERE order_id = ? AND gift_rule_id = ?"),
                        {orderId, rule.id})
                .isValid())
            continue;
        QSqlQuery sku =
            Sql::run(db, QStringLiteral("SELECT code, title, spec FROM skus WHERE id = ?"), {rule.giftSkuId});
        if (!sku.next())
            continue;
        const QString code = sku.value(0).toString();
        const QString title = sku.value(1).toString();
        const QString spec = sku.value(2).toString();
        sku.finish();
        const int free = Reservations::available(db, rule.giftSkuId) - promised(db, rule.giftSkuId);
        if (free < rule.qty) {
            outcome.skipped
                << tr("%1: gift %2 not added, only %3 free").arg(rule.name, code).arg(std::max(free, 0));
            continue;
        }
        const int lineNo =
            Sql::scalar(
                db,
                QStringLiteral("SELECT COALESCE(MAX(line_no), 0) + 1 FROM order_lines WHERE order_id = ?"),
                {orderId})
                .toInt();
        Sql::run(db,
                 QStringLiteral(
                     "INSERT INTO order_lines (order_id, line_no, sku_id, outer_code, title, spec, qty, "
                     "price_fen, gift_rule_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"),
                 {orderId, lineNo, rule.giftSkuId, code, QString(QStringLiteral("【赠品】") + title), spec,
                  rule.qty, rule.id});
        const QString now = Clock::nowText();
        Sql::run(db,
                 QStringLiteral(
                     "UPDATE orders SET item_count = item_count + ?, version = version + 1, updated_at = ? "
                     "WHERE id = ?"),
                 {rule.qty, now, orderId});
        AuditLog::record(db, actor, QStringLiteral("order"), orderId, QStringLiteral("gift"), {},
                         {{QStringLiteral("gift_rule_id"), rule.id},
                          {QStringLiteral("sku"), code},
                          {QStringLiteral("qty"), rule.qty}});
        outcome.added << tr("%1 ×%2 (rule %3)").arg(title).arg(rule.qty).arg(rule.name);
    }
    return outcome;
}
