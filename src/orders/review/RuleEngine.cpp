#include "RuleEngine.h"

#include "CutOff.h"
#include "Priority.h"
#include "ReviewActions.h"
#include "ReviewSettings.h"
#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/Stage.h"
#include "orders/rules/RuleSet.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <optional>

namespace {
const QString kOrderColumns = QStringLiteral(
    "o.id, o.shop_id, o.platform_order_no, o.stage, o.buyer_nick, o.receiver_name, o.receiver_phone, "
    "o.phone_masked, o.receiver_province, o.receiver_city, o.receiver_district, o.receiver_address, "
    "o.address_raw, "
    "o.buyer_message, o.seller_memo, o.paid_at, o.paid_fen, o.item_count, o.priority");
// The three review stages, fixed text (bound values can't make an IN list portable and short).
const QString kInReview = QStringLiteral(" o.stage IN ('imported', 'reviewed', 'out_of_stock') ");

ReviewOrder readOrder(const QSqlQuery &q)
{
    ReviewOrder o;
    o.id = q.value(0).toLongLong();
    o.shopId = q.value(1).toLongLong();
    o.orderNo = q.value(2).toString();
    o.stage = q.value(3).toString();
    o.buyerNick = q.value(4).toString();
    o.receiverName = q.value(5).toString();
    o.receiverPhone = q.value(6).toString();
    o.phoneMasked = q.value(7).toInt() != 0;
    o.province = q.value(8).toString();
    o.city = q.value(9).toString();
    o.district = q.value(10).toString();
    o.address = q.value(11).toString();
    o.addressRaw = q.value(12).toString();
    o.buyerMessage = q.value(13).toString();
    o.sellerMemo = q.value(14).toString();
    o.paidAt = q.value(15).toString();
    o.paidFen = q.value(16).toLongLong();
    o.itemCount = q.value(17).toInt();
    o.priority = q.value(18).toInt();
    return o;
}

void readLines(QSqlQuery &q, QHash<qint64, qsizetype> &index, QList<ReviewOrder> &orders)
{
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        orders[*it].lines << ReviewLine{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                                        q.value(4).toInt()};
    }
}

ReviewBatch loadBatch(const QSqlDatabase &db, const ReviewSettings &settings,
                      const std::optional<QList<qint64>> &ids)
{
    ReviewBatch batch;
    batch.db = db;
    batch.today = CutOff::today(settings);
    QHash<qint64, qsizetype> index;
    const QString lineSql =
        QStringLiteral("SELECT l.order_id, l.sku_id, l.outer_code, l.title, l.qty FROM order_lines l ");
    if (!ids) {
        QSqlQuery q = Sql::run(db, QStringLiteral("SELECT ") + kOrderColumns +
                                       QStringLiteral(" FROM orders o WHERE") + kInReview);
        while (q.next()) {
            batch.orders << readOrder(q);
            index.insert(batch.orders.last().id, batch.orders.size() - 1);
        }
        QSqlQuery lines =
            Sql::run(db, lineSql + QStringLiteral("JOIN orders o ON o.id = l.order_id WHERE") + kInReview +
                             QStringLiteral("AND l.refund_status = 'none'")); // rules need no line order
        readLines(lines, index, batch.orders);
    } else {
        QSqlQuery q = Sql::prepare(db, QStringLiteral("SELECT ") + kOrderColumns +
                                           QStringLiteral(" FROM orders o WHERE o.id = ? AND") + kInReview);
        QSqlQuery lines =
            Sql::prepare(db, lineSql + QStringLiteral("WHERE l.order_id = ? AND l.refund_status = 'none' "
                                                      "ORDER BY l.line_no"));
        for (qint64 id : *ids) {
            q.addBindValue(id);
            Sql::exec(q);
            if (!q.next())
                continue;
            batch.orders << readOrder(q);
            index.insert(id, batch.orders.size() - 1);
            lines.addBindValue(id);
            Sql::exec(lines);
            readLines(lines, index, batch.orders);
        }
    }
    QSqlQuery skus =
        Sql::run(db, QStringLiteral("SELECT s.id, s.code, COALESCE(l.on_hand, 0) - COALESCE(l.reserved, 0) "
                                    "- s.safety_stock, s.presale_ship_date, s.purchase_limit FROM skus s "
                                    "LEFT JOIN stock_levels l ON l.sku_id = s.id"));
    while (skus.next())
        batch.skus.insert(skus.value(0).toLongLong(),
                          ReviewSku{skus.value(1).toString(), skus.value(2).toInt(), skus.value(3).toString(),
                                    skus.value(4).toInt()});
    return batch;
}

RuleRunSummary runRules(const QSqlDatabase &db, const Actor &actor, const std::optional<QList<qint64>> &ids)
{
    QElapsedTimer timer;
    timer.start();
    const ReviewSettings settings = ReviewSettings::load(db);
    ReviewBatch batch = loadBatch(db, settings, ids);

    // Priority first: the stock rule hands out stock in queue order.
    QHash<qint64, int> newPriority;
    QHash<qint64, QString> wave;
    for (ReviewOrder &o : batch.orders) {
        const int p = Priority::of(o.city, o.itemCount, settings);
        if (p != o.priority)
            newPriority.insert(o.id, p);
        o.priority = p;
        wave.insert(o.id, CutOff::waveDate(o.paidAt, settings).toString(Qt::ISODate));
    }
    std::stable_sort(batch.orders.begin(), batch.orders.end(),
                     [](const ReviewOrder &a, const ReviewOrder &b) {
                         if (a.priority != b.priority)
                             return a.priority > b.priority;
                         if (a.paidAt != b.paidAt)
                             return a.paidAt < b.paidAt;
                         return a.id < b.id;
                     });

    const RuleSet set;
    QList<ReviewFlag> flags;
    // PACKLINE_RULE_TIMES=1 prints where a run spends its time (the benchmark uses it).
    const bool times = qEnvironmentVariableIsSet("PACKLINE_RULE_TIMES");
    if (times)
        qInfo("load %lld ms", timer.elapsed());
    for (const RuleSetting &s : RuleSet::load(db, set)) {
        QElapsedTimer ruleTimer;
        ruleTimer.start();
        if (s.enabled)
            set.rule(s.code)->check(batch, s.params, flags);
        if (times)
            qInfo("rule %s %lld ms", qPrintable(s.code), ruleTimer.elapsed());
    }

    RuleRunSummary summary;
    summary.orders = int(batch.orders.size());
    summary.flags = int(flags.size());
    QSet<qint64> flagged;
    for (const ReviewFlag &f : flags) {
        flagged.insert(f.orderId);
        ++summary.byFlag[f.code];
    }
    summary.flaggedOrders = int(flagged.size());

    {
        Transaction tx(db);
        if (!ids) {
            Sql::run(db, QStringLiteral("DELETE FROM order_flags WHERE source = 'rule' AND order_id IN "
                                        "(SELECT o.id FROM orders o WHERE") +
                             kInReview + u')');
        } else {
            QSqlQuery del = Sql::prepare(
                db, QStringLiteral("DELETE FROM order_flags WHERE source = 'rule' AND order_id = ?"));
            for (const ReviewOrder &o : std::as_const(batch.orders)) {
                del.addBindValue(o.id);
                Sql::exec(del);
            }
        }
        // An import flag with the same code (unknown_sku) stays as it is.
        QSqlQuery insert = Sql::prepare(
            db, QStringLiteral("INSERT INTO order_flags (order_id, flag, reason, source) "
                               "VALUES (?, ?, ?, 'rule') ON CONFLICT (order_id, flag) DO NOTHING"));
        for (const ReviewFlag &f : std::as_const(flags)) {
            insert.addBindValue(f.orderId);
            insert.addBindValue(f.code);
            insert.addBindValue(f.reason);
            Sql::exec(insert);
        }
        QSqlQuery priority = Sql::prepare(db, QStringLiteral("UPDATE orders SET priority = ? WHERE id = ?"));
        for (auto it = newPriority.cbegin(); it != newPriority.cend(); ++it) {
            priority.addBindValue(it.value());
            priority.addBindValue(it.key());
            Sql::exec(priority);
        }
        QSqlQuery waves = Sql::prepare(
            db,
            QStringLiteral(
                "UPDATE orders SET wave_date = ? WHERE id = ? AND (wave_date IS NULL OR wave_date <> ?)"));
        for (auto it = wave.cbegin(); it != wave.cend(); ++it) {
            const QVariant w = Sql::nullable(it.value());
            waves.addBindValue(w);
            waves.addBindValue(it.key());
            waves.addBindValue(w);
            Sql::exec(waves);
        }
        QJsonObject after{{QStringLiteral("orders"), summary.orders},
                          {QStringLiteral("flagged"), summary.flaggedOrders},
                          {QStringLiteral("flags"), summary.flags}};
        AuditLog::record(db, actor, QStringLiteral("review"), 0, QStringLiteral("rules_run"), {}, after);
        tx.commit();
    }

    if (times)
        qInfo("written %lld ms", timer.elapsed());
    if (settings.autoApprove) {
        QList<qint64> clean;
        QSqlQuery hasFlag =
            Sql::prepare(db, QStringLiteral("SELECT COUNT(*) FROM order_flags WHERE order_id = ?"));
        for (const ReviewOrder &o : std::as_const(batch.orders)) {
            if (o.stage != u"imported" || flagged.contains(o.id))
                continue;
            hasFlag.addBindValue(o.id);
            Sql::exec(hasFlag);
            if (hasFlag.next() && hasFlag.value(0).toInt() == 0)
                clean << o.id;
            hasFlag.finish();
        }
        summary.autoApproved = ReviewActions::approve(db, actor, clean).done;
    }
    summary.elapsedMs = timer.elapsed();
    return summary;
}
} // namespace

QStringList RuleEngine::reviewStageCodes()
{
    return {Stages::code(Stage::Imported), Stages::code(Stage::Reviewed), Stages::code(Stage::OutOfStock)};
}

RuleRunSummary RuleEngine::run(const QSqlDatabase &db, const Actor &actor)
{
    return runRules(db, actor, std::nullopt);
}

RuleRunSummary RuleEngine::runOn(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &orderIds)
{
    return runRules(db, actor, orderIds);
}
