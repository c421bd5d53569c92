#include "RuleEngine.h"

#include "CutOff.h"
#include "Priority.h"
#include "ReviewActions.h"
#include "ReviewSettings.h"
#include "RuleWrites.h"
#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/BulkStatement.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/Stage.h"
#include "prepack/CampaignLimits.h"
#include "review/rules/RuleSet.h"
#include "review/rules/StockRule.h"

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

ReviewOrder readOrder(const BulkStatement &q)
{
    ReviewOrder o;
    o.id = q.columnInt(0);
    o.shopId = q.columnInt(1);
    o.orderNo = q.columnText(2);
    o.stage = q.columnText(3);
    o.buyerNick = q.columnText(4);
    o.receiverName = q.columnText(5);
    o.receiverPhone = q.columnText(6);
    o.phoneMasked = q.columnInt(7) != 0;
    o.province = q.columnText(8);
    o.city = q.columnText(9);
    o.district = q.columnText(10);
    o.address = q.columnText(11);
    o.addressRaw = q.columnText(12);
    o.buyerMessage = q.columnText(13);
    o.sellerMemo = q.columnText(14);
    o.paidAt = q.columnText(15);
    o.paidFen = q.columnInt(16);
    o.itemCount = int(q.columnInt(17));
    o.priority = int(q.columnInt(18));
    o.waveDate = q.columnText(19);
    return o;
}

constexpr int kBatch = 2000; // orders read, checked and written at a time

// The scope's orders under review, a batch at a time in id order: the range part (every order,
// or an import run's new ones) by keyset on the primary key, then the listed ids one by one.
class OrderReader {
public:
    OrderReader(const QSqlDatabase &db, const RuleScope &scope)
        : m_db(db)
        , m_scope(scope)
        , m_ranged(scope.everyOrder || scope.importRunId > 0)
        , m_lastId(scope.everyOrder ? 0 : scope.createdAfter)
        , m_endId(
              m_ranged
                  ? Sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM orders")).toLongLong()
                  : 0)
    {
        if (!scope.everyOrder) {
            m_ids = scope.orderIds;
            std::sort(m_ids.begin(), m_ids.end());
            m_ids.erase(std::unique(m_ids.begin(), m_ids.end()), m_ids.end());
        }
    }
    // The next batch; false when the scope is done. ranged: the batch came by id range.
    bool next(QList<ReviewOrder> &orders, bool *ranged)
    {
        orders.clear();
        *ranged = m_ranged;
        if (m_ranged && readRange(orders))
            return true;
        m_ranged = false;
        *ranged = false;
        return readIds(orders);
    }
    qint64 total() const
    {
        qint64 n = m_scope.everyOrder ? 0 : m_ids.size();
        if (m_scope.everyOrder || m_scope.importRunId > 0) {
            QVariantList values;
            for (qint64 v : rangeValues(m_scope.everyOrder ? 0 : m_scope.createdAfter))
                values << v;
            n += Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM orders o WHERE ") + rangeCondition(),
                             values)
                     .toLongLong();
        }
        return n;
    }
    // The range part's condition on orders o (bound: the id after which, then the run if any).
    // The stage test goes through an expression so SQLite walks the primary key instead of the
    // stage index (which would sort the whole queue for every batch).
    QString rangeCondition() const
    {
        return QStringLiteral("o.id > ? AND (o.stage || '') IN ('imported', 'reviewed', 'out_of_stock')") +
               (m_scope.everyOrder ? QString() : QStringLiteral(" AND o.import_run_id = ?"));
    }

    QList<qint64> rangeValues(qint64 after) const
    {
        return m_scope.everyOrder ? QList<qint64>{after} : QList<qint64>{after, m_scope.importRunId};
    }

private:
    // The engine's bulk statements (BulkStatement): a run reads every order of a peak-day import
    // back, and a QVariant per value was most of that read.
    BulkStatement &statement(std::unique_ptr<BulkStatement> &slot, const QString &sql)
    {
        return BulkStatement::cached(slot, m_db, sql);
    }
    // Ids in windows up to the highest at the start, not "the next kBatch after": a bounded id range
    // is a primary-key read on either engine whatever the statistics say (a server without any of a
    // just-imported run, which a station's role may not ANALYZE, planned "the run's next 2,000" as a
    // scan of every order, per batch).
    bool readRange(QList<ReviewOrder> &orders)
    {
        BulkStatement &q =
            statement(m_range, QStringLiteral("SELECT ") + kOrderColumns +
                                   QStringLiteral(" FROM orders o WHERE ") + rangeCondition() +
                                   QStringLiteral(" AND o.id <= ? ORDER BY o.id LIMIT %1").arg(kBatch));
        QHash<qint64, qsizetype> index;
        while (orders.isEmpty() && m_lastId < m_endId) {
            const qint64 until = std::min(m_endId, m_lastId + kWindow);
            for (qint64 v : rangeValues(m_lastId))
                q.add(v);
            q.add(until);
            while (q.step()) {
                orders << readOrder(q);
                index.insert(orders.last().id, orders.size() - 1);
            }
            q.reset();
            m_lastId = orders.size() == kBatch ? orders.last().id : until;
        }
        if (orders.isEmpty())
            return false;
        BulkStatement &lines =
            statement(m_rangeLines, kLineSql + QStringLiteral("WHERE l.order_id >= ? AND l.order_id <= ? AND "
                                                              "l.refund_status = 'none' ORDER BY l.order_id, "
                                                              "l.line_no"));
        readLines(lines.add(orders.first().id).add(orders.last().id), index, orders);
        return true;
    }
    bool readIds(QList<ReviewOrder> &orders)
    {
        BulkStatement &order =
            statement(m_one, QStringLiteral("SELECT ") + kOrderColumns +
                                 QStringLiteral(" FROM orders o WHERE o.id = ? AND") + kInReview);
        BulkStatement &lines =
            statement(m_oneLines,
                      kLineSql + QStringLiteral(
                                     "WHERE l.order_id = ? AND l.refund_status = 'none' ORDER BY l.line_no"));
        QHash<qint64, qsizetype> index;
        for (; m_idAt < m_ids.size() && orders.size() < kBatch; ++m_idAt) {
            const qint64 id = m_ids.at(m_idAt);
            if (!order.add(id).step()) {
                order.reset();
                continue;
            }
            orders << readOrder(order);
            index.insert(id, orders.size() - 1);
            order.reset(); // before the lines: one statement open at a time
            readLines(lines.add(id), index, orders);
        }
        return !orders.isEmpty();
    }
    // Runs q (its values bound) and hands its lines to their orders.
    static void readLines(BulkStatement &q, const QHash<qint64, qsizetype> &index, QList<ReviewOrder> &orders)
    {
        while (q.step()) {
            const auto it = index.constFind(q.columnInt(0));
            if (it == index.cend())
                continue;
            orders[*it].lines << ReviewLine{q.columnInt(1), q.columnText(2), q.columnText(3),
                                            int(q.columnInt(4))};
        }
        q.reset();
    }

    inline static const QString kLineSql =
        QStringLiteral("SELECT l.order_id, l.sku_id, l.outer_code, l.title, l.qty FROM order_lines l ");
    QSqlDatabase m_db;
    RuleScope m_scope;
    bool m_ranged;
    qint64 m_lastId;
    qint64 m_endId; // the highest order id when the run started (the range part ends there)
    static constexpr qint64 kWindow = 8 * kBatch; // ids a range read spans at most
    QList<qint64> m_ids;
    qsizetype m_idAt = 0;
    std::unique_ptr<BulkStatement> m_range, m_rangeLines, m_one, m_oneLines;
};

QHash<qint64, ReviewSku> loadSkus(const QSqlDatabase &db)
{
    QHash<qint64, ReviewSku> skus;
    QSqlQuery q =
        Sql::run(db, QStringLiteral("SELECT s.id, s.code, COALESCE(l.on_hand, 0) - COALESCE(l.reserved, 0) "
                                    "- s.safety_stock, s.presale_ship_date, s.purchase_limit FROM skus s "
                                    "LEFT JOIN stock_levels l ON l.sku_id = s.id"));
    while (q.next())
        skus.insert(q.value(0).toLongLong(), ReviewSku{q.value(1).toString(), q.value(2).toInt(),
                                                       q.value(3).toString(), q.value(4).toInt()});
    return skus;
}

// The rule flags stored for a batch's orders: (order, flag) → reason.
QHash<QPair<qint64, QString>, QString> storedFlags(const QSqlDatabase &db, const QList<ReviewOrder> &orders,
                                                   bool ranged)
{
    QHash<QPair<qint64, QString>, QString> stored;
    if (orders.isEmpty())
        return stored;
    const QString select = QStringLiteral("SELECT f.order_id, f.flag, f.reason FROM order_flags f ");
    auto read = [&stored](QSqlQuery &q) {
        while (q.next())
            stored.insert({q.value(0).toLongLong(), q.value(1).toString()}, q.value(2).toString());
    };
    if (ranged) {
        // The batch is ids in order: one range read, then only the batch's orders kept.
        QSet<qint64> ids;
        for (const ReviewOrder &o : orders)
            ids.insert(o.id);
        QSqlQuery q = Sql::run(
            db, select + QStringLiteral("WHERE f.order_id >= ? AND f.order_id <= ? AND f.source = 'rule'"),
            {orders.first().id, orders.last().id});
        while (q.next())
            if (ids.contains(q.value(0).toLongLong()))
                stored.insert({q.value(0).toLongLong(), q.value(1).toString()}, q.value(2).toString());
        return stored;
    }
    Sql::Statement q(db, select + QStringLiteral("WHERE f.order_id = ? AND f.source = 'rule'"));
    for (const ReviewOrder &o : orders)
        read(q.run({o.id}));
    return stored;
}

// Writes the difference between stored and this batch's flags: a re-run over an unchanged queue
// writes nothing, a first run only its new flags. What is left in stored was flagged before and
// is not any more.
void writeFlags(RuleWrites &writes, QHash<QPair<qint64, QString>, QString> stored,
                const QList<ReviewFlag> &flags)
{
    for (const ReviewFlag &f : flags) {
        const auto it = stored.constFind({f.orderId, f.code});
        if (it == stored.cend()) {
            writes.addFlag(f.orderId, f.code, f.reason);
            continue;
        }
        if (*it != f.reason)
            writes.rewordFlag(f.orderId, f.code, f.reason);
        stored.erase(it);
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        writes.removeFlag(it.key().first, it.key().second);
}

// Approves the scope's Imported orders without any flag, a batch at a time.
int autoApprove(const QSqlDatabase &db, const Actor &actor, const RuleScope &scope)
{
    int done = 0;
    auto approve = [&](const QList<qint64> &ids) {
        if (!ids.isEmpty())
            done += ReviewActions::approve(db, actor, ids).done;
    };
    const QString clean =
        QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM order_flags f WHERE f.order_id = o.id)");
    if (scope.everyOrder || scope.importRunId > 0) {
        qint64 last = scope.everyOrder ? 0 : scope.createdAfter;
        for (;;) {
            QSqlQuery q = Sql::run(
                db,
                QStringLiteral("SELECT o.id FROM orders o WHERE o.id > ? AND (o.stage || '') = 'imported'") +
                    (scope.everyOrder ? QString() : QStringLiteral(" AND o.import_run_id = ?")) + clean +
                    QStringLiteral(" ORDER BY o.id LIMIT %1").arg(kBatch),
                scope.everyOrder ? QVariantList{last} : QVariantList{last, scope.importRunId});
            QList<qint64> ids;
            while (q.next())
                ids << q.value(0).toLongLong();
            q.finish();
            if (ids.isEmpty())
                break;
            last = ids.last();
            approve(ids);
        }
    }
    if (scope.everyOrder)
        return done;
    QList<qint64> ids = scope.orderIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    Sql::Statement imported(
        db, QStringLiteral("SELECT 1 FROM orders o WHERE o.id = ? AND o.stage = 'imported'") + clean);
    QList<qint64> chunk;
    for (qint64 id : std::as_const(ids)) {
        if (imported.firstRow({id}))
            chunk << id;
        if (chunk.size() == kBatch) {
            approve(chunk);
            chunk.clear();
        }
    }
    approve(chunk);
    return done;
}

// What the run remembers of an order waiting for the stock rule's hand-out (by StockQueue tag).
struct Deferred {
    bool flagged;  // flagged by another rule already (for the count of flagged orders)
    bool stored;   // has an out_of_stock flag from an earlier run
    size_t reason; // its reason, hashed
};

RuleRunSummary runRules(const QSqlDatabase &db, const Actor &actor, const RuleScope &scope,
                        const std::function<void()> &inTransaction, const RuleEngine::Progress &progress,
                        const std::atomic_bool *stop)
{
    const auto stopped = [stop] {
        return stop && stop->load();
    };
    QElapsedTimer timer;
    timer.start();
    // Campaigns own the flash-sale limits: bring skus.purchase_limit up to now (a sale may have
    // started or ended since the last run) before the batch reads it.
    CampaignLimits::sync(db, actor);
    const ReviewSettings settings = ReviewSettings::load(db);
    const RuleSet set;
    const QList<RuleSetting> rules = RuleSet::load(db, set);
    const QString stockCode = StockRule().code();
    bool stockEnabled = false;
    for (const RuleSetting &s : rules)
        stockEnabled = stockEnabled || (s.enabled && s.code == stockCode);

    ReviewBatch batch;
    batch.db = db;
    batch.today = CutOff::today(settings);
    batch.skus = loadSkus(db);

    // PACKLINE_RULE_TIMES=1 prints where a run spends its time (the benchmark uses it).
    const bool times = qEnvironmentVariableIsSet("PACKLINE_RULE_TIMES");
    QHash<QString, qint64> ruleMs;
    qint64 loadMs = 0;
    qint64 writeMs = 0;
    OrderReader reader(db, scope);
    const qint64 total = progress ? reader.total() : 0;
    RuleRunSummary summary;
    StockQueue stock;
    std::vector<Deferred> deferred;
    bool ranged = false;
    QElapsedTimer step;
    step.start();
    while (reader.next(batch.orders, &ranged)) {
        if (stopped()) {
            summary.stopped = true;
            break;
        }
        loadMs += step.restart();
        // Priority and the cut-off wave first: the stock rule hands out stock in queue order.
        QList<QPair<qint64, int>> newPriority;
        QList<QPair<qint64, QString>> newWave;
        for (ReviewOrder &o : batch.orders) {
            const int p = Priority::of(o.city, o.itemCount, settings);
            if (p != o.priority)
                newPriority << qMakePair(o.id, p);
            o.priority = p;
            const QString w = CutOff::waveDate(o.paidAt, settings).toString(Qt::ISODate);
            if (w != o.waveDate)
                newWave << qMakePair(o.id, w);
        }
        QList<ReviewFlag> flags;
        for (const RuleSetting &s : rules) {
            if (!s.enabled || s.code == stockCode)
                continue;
            QElapsedTimer ruleTimer;
            ruleTimer.start();
            set.rule(s.code)->check(batch, s.params, flags);
            ruleMs[s.code] += ruleTimer.elapsed();
        }
        QSet<qint64> flagged;
        for (const ReviewFlag &f : flags) {
            flagged.insert(f.orderId);
            ++summary.byFlag[f.code];
        }
        summary.flags += int(flags.size());
        summary.orders += int(batch.orders.size());

        // Orders that need stock get their out_of_stock flag once every batch is seen.
        QSet<qint64> waiting;
        if (stockEnabled)
            for (const ReviewOrder &o : std::as_const(batch.orders))
                for (const ReviewLine &l : o.lines)
                    if (l.skuId > 0)
                        waiting.insert(o.id);
        QHash<qint64, size_t> storedStock; // of the waiting orders: their stored reason, hashed
        Transaction::run(db, [&](Transaction &tx) {
            storedStock.clear();
            QHash<QPair<qint64, QString>, QString> stored = storedFlags(db, batch.orders, ranged);
            for (qint64 id : std::as_const(waiting))
                if (const auto was = stored.constFind({id, stockCode}); was != stored.cend()) {
                    storedStock.insert(id, qHash(*was));
                    stored.erase(was);
                }
            RuleWrites writes(db);
            writeFlags(writes, stored, flags);
            for (const auto &[id, p] : std::as_const(newPriority))
                writes.setPriority(id, p);
            for (const auto &[id, w] : std::as_const(newWave))
                writes.setWaveDate(id, w);
            writes.finish();
            tx.commit();
        });
        for (const ReviewOrder &o : std::as_const(batch.orders)) {
            if (waiting.contains(o.id) && stock.add(o, qint32(deferred.size()))) {
                const auto was = storedStock.constFind(o.id);
                deferred.push_back(Deferred{flagged.contains(o.id), was != storedStock.cend(),
                                            was != storedStock.cend() ? *was : 0});
            } else if (flagged.contains(o.id)) {
                ++summary.flaggedOrders;
            }
        }
        writeMs += step.restart();
        if (progress)
            progress(summary.orders, total);
    }

    // The stock rule, in queue order over the whole run, written a batch at a time.
    if (stockEnabled && !summary.stopped) {
        QElapsedTimer ruleTimer;
        ruleTimer.start();
        struct Outcome {
            qint32 tag;
            qint64 id;
            QString reason;
        };
        std::vector<Outcome> chunk;
        auto write = [&] {
            if (stopped()) {
                summary.stopped = true;
                chunk.clear();
                return;
            }
            Transaction::run(db, [&](Transaction &tx) {
                RuleWrites writes(db);
                for (const Outcome &o : chunk) {
                    const Deferred &d = deferred[size_t(o.tag)];
                    if (!o.reason.isEmpty() && !d.stored)
                        writes.addFlag(o.id, stockCode, o.reason);
                    else if (!o.reason.isEmpty() && d.reason != qHash(o.reason))
                        writes.rewordFlag(o.id, stockCode, o.reason);
                    else if (o.reason.isEmpty() && d.stored)
                        writes.removeFlag(o.id, stockCode);
                }
                writes.finish();
                tx.commit();
            });
            chunk.clear();
        };
        stock.allocate(batch.skus, [&](qint32 tag, qint64 id, const QString &reason) {
            if (!reason.isEmpty()) {
                ++summary.flags;
                ++summary.byFlag[stockCode];
            }
            if (!reason.isEmpty() || deferred[size_t(tag)].flagged)
                ++summary.flaggedOrders;
            chunk.push_back(Outcome{tag, id, reason});
            if (chunk.size() == size_t(kBatch))
                write();
        });
        if (!chunk.empty())
            write();
        ruleMs[stockCode] += ruleTimer.elapsed();
    }
    deferred = {};
    stock = {};
    if (summary.stopped) {
        summary.elapsedMs = timer.elapsed();
        return summary;
    }

    Transaction::run(db, [&](Transaction &tx) {
        QJsonObject after{{QStringLiteral("orders"), summary.orders},
                          {QStringLiteral("flagged"), summary.flaggedOrders},
                          {QStringLiteral("flags"), summary.flags}};
        AuditLog::record(db, actor, QStringLiteral("review"), 0, QStringLiteral("rules_run"), {}, after);
        if (inTransaction)
            inTransaction();
        tx.commit();
    });
    if (times) {
        qInfo("load %lld ms", loadMs);
        for (const RuleSetting &s : rules)
            qInfo("rule %s %lld ms", qPrintable(s.code), ruleMs.value(s.code));
        qInfo("written %lld ms", writeMs);
    }

    if (settings.autoApprove)
        summary.autoApproved = autoApprove(db, actor, scope);
    summary.elapsedMs = timer.elapsed();
    return summary;
}
} // namespace

QStringList RuleEngine::reviewStageCodes()
{
    return {Stages::code(Stage::Imported), Stages::code(Stage::Reviewed), Stages::code(Stage::OutOfStock)};
}

RuleRunSummary RuleEngine::runOver(const QSqlDatabase &db, const Actor &actor, const RuleScope &scope,
                                   const std::function<void()> &inTransaction, const Progress &progress,
                                   const std::atomic_bool *stop)
{
    return runRules(db, actor, scope, inTransaction, progress, stop);
}

RuleRunSummary RuleEngine::run(const QSqlDatabase &db, const Actor &actor,
                               const std::function<void()> &inTransaction, const Progress &progress,
                               const std::atomic_bool *stop)
{
    RuleScope scope;
    scope.everyOrder = true;
    return runRules(db, actor, scope, inTransaction, progress, stop);
}

RuleRunSummary RuleEngine::runOn(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &orderIds,
                                 const std::function<void()> &inTransaction)
{
    RuleScope scope;
    scope.orderIds = orderIds;
    return runRules(db, actor, scope, inTransaction, {}, nullptr);
}
