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
#include "prepack/CampaignLimits.h"

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
    "o.buyer_message, o.seller_memo, o.paid_at, o.paid_fen, o.item_count, o.priority, o.wave_date");
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
    o.waveDate = q.value(19).toString();
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

// Replaces the rule flags of the batch's orders with this run's, writing only the difference:
// a re-run over an unchanged queue writes nothing, a first run only its new flags.
void writeFlags(const QSqlDatabase &db, const ReviewBatch &batch, bool some, const QList<ReviewFlag> &flags)
{
    QHash<QPair<qint64, QString>, QString> stored; // (order, flag) → reason
    const QString select = QStringLiteral("SELECT f.order_id, f.flag, f.reason FROM order_flags f ");
    auto read = [&stored](QSqlQuery &q) {
        while (q.next())
            stored.insert({q.value(0).toLongLong(), q.value(1).toString()}, q.value(2).toString());
    };
    if (!some) {
        QSqlQuery q = Sql::run(db, select +
                                       QStringLiteral("JOIN orders o ON o.id = f.order_id "
                                                      "WHERE f.source = 'rule' AND") +
                                       kInReview);
        read(q);
    } else {
        QSqlQuery q = Sql::prepare(db, select + QStringLiteral("WHERE f.order_id = ? AND f.source = 'rule'"));
        for (const ReviewOrder &o : batch.orders) {
            q.addBindValue(o.id);
            Sql::exec(q);
            read(q);
        }
    }
    // An import flag with the same code (unknown_sku) stays as it is.
    QSqlQuery insert =
        Sql::prepare(db, QStringLiteral("INSERT INTO order_flags (order_id, flag, reason, source) "
                                        "VALUES (?, ?, ?, 'rule') ON CONFLICT (order_id, flag) "
                                        "DO NOTHING"));
    QSqlQuery reword = Sql::prepare(db, QStringLiteral("UPDATE order_flags SET reason = ? WHERE order_id = ? "
                                                       "AND flag = ? AND source = 'rule'"));
    for (const ReviewFlag &f : flags) {
        const auto it = stored.constFind({f.orderId, f.code});
        if (it == stored.cend()) {
            insert.addBindValue(f.orderId);
            insert.addBindValue(f.code);
            insert.addBindValue(f.reason);
            Sql::exec(insert);
            continue;
        }
        if (*it != f.reason) {
            reword.addBindValue(f.reason);
            reword.addBindValue(f.orderId);
            reword.addBindValue(f.code);
            Sql::exec(reword);
        }
        stored.erase(it);
    }
    // What is left was flagged before and is not any more.
    QSqlQuery remove = Sql::prepare(
        db, QStringLiteral("DELETE FROM order_flags WHERE order_id = ? AND flag = ? AND source = 'rule'"));
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        remove.addBindValue(it.key().first);
        remove.addBindValue(it.key().second);
        Sql::exec(remove);
    }
}

RuleRunSummary runRules(const QSqlDatabase &db, const Actor &actor, const std::optional<QList<qint64>> &ids,
                        const std::function<void()> &inTransaction)
{
    QElapsedTimer timer;
    timer.start();
    // Campaigns own the flash-sale limits: bring skus.purchase_limit up to now (a sale may have
    // started or ended since the last run) before the batch reads it.
    CampaignLimits::sync(db, actor);
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
        const QString w = CutOff::waveDate(o.paidAt, settings).toString(Qt::ISODate);
        if (w != o.waveDate)
            wave.insert(o.id, w);
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
        writeFlags(db, batch, ids.has_value(), flags);
        QSqlQuery priority = Sql::prepare(db, QStringLiteral("UPDATE orders SET priority = ? WHERE id = ?"));
        for (auto it = newPriority.cbegin(); it != newPriority.cend(); ++it) {
            priority.addBindValue(it.value());
            priority.addBindValue(it.key());
            Sql::exec(priority);
        }
        QSqlQuery waves = Sql::prepare(db, QStringLiteral("UPDATE orders SET wave_date = ? WHERE id = ?"));
        for (auto it = wave.cbegin(); it != wave.cend(); ++it) {
            waves.addBindValue(Sql::nullable(it.value()));
            waves.addBindValue(it.key());
            Sql::exec(waves);
        }
        QJsonObject after{{QStringLiteral("orders"), summary.orders},
                          {QStringLiteral("flagged"), summary.flaggedOrders},
                          {QStringLiteral("flags"), summary.flags}};
        AuditLog::record(db, actor, QStringLiteral("review"), 0, QStringLiteral("rules_run"), {}, after);
        if (inTransaction)
            inTransaction();
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

RuleRunSummary RuleEngine::run(const QSqlDatabase &db, const Actor &actor,
                               const std::function<void()> &inTransaction)
{
    return runRules(db, actor, std::nullopt, inTransaction);
}

RuleRunSummary RuleEngine::runOn(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &orderIds,
                                 const std::function<void()> &inTransaction)
{
    return runRules(db, actor, orderIds, inTransaction);
}
