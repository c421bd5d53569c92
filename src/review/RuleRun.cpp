#include "RuleRun.h"

#include "CutOff.h"
#include "Priority.h"
#include "RuleWrites.h"
#include "db/BulkStatement.h"
#include "db/Sql.h"
#include "orders/Listings.h"

#include <QElapsedTimer>

namespace {
constexpr int kChunk = 2000;      // stock outcomes written at a time
constexpr qint64 kWindow = 16000; // order ids the stock needs are read back for at a time

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
    for (const ReviewOrder &o : orders) {
        QSqlQuery &rows = q.run({o.id});
        while (rows.next())
            stored.insert({rows.value(0).toLongLong(), rows.value(1).toString()}, rows.value(2).toString());
    }
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
} // namespace

RuleRun::RuleRun(const QSqlDatabase &db)
    : m_db(db)
    , m_settings(ReviewSettings::load(db))
    , m_rules(RuleSet::load(db, m_set))
    , m_stockCode(StockRule().code())
{
    for (const RuleSetting &s : std::as_const(m_rules))
        m_stockEnabled = m_stockEnabled || (s.enabled && s.code == m_stockCode);
    m_batch.db = db;
    m_batch.today = CutOff::today(m_settings);
    m_batch.skus = loadSkus(db);
}

QList<RuleSetting> RuleRun::otherOrderRules() const
{
    QList<RuleSetting> rules;
    for (const RuleSetting &s : m_rules)
        if (s.enabled && s.code != m_stockCode && m_set.rule(s.code)->looksAtOtherOrders())
            rules << s;
    return rules;
}

void RuleRun::runRules(const QList<RuleSetting> &rules, bool otherOrderRules, QList<ReviewFlag> &flags)
{
    for (const RuleSetting &s : rules) {
        if (!s.enabled || s.code == m_stockCode)
            continue;
        const ReviewRule *rule = m_set.rule(s.code);
        if (!otherOrderRules && rule->looksAtOtherOrders())
            continue;
        QElapsedTimer ruleTimer;
        ruleTimer.start();
        rule->check(m_batch, s.params, flags);
        m_ruleMs[s.code] += ruleTimer.elapsed();
    }
}

RuleRun::Checked RuleRun::check(QList<ReviewOrder> &orders)
{
    Checked c;
    const bool importPass = m_trackAfter >= 0;
    // Priority and the cut-off wave first: the stock rule hands out stock in queue order.
    if (!importPass) {
        for (ReviewOrder &o : orders) {
            const int p = Priority::of(o.city, o.itemCount, m_settings);
            if (p != o.priority)
                c.newPriority << qMakePair(o.id, p);
            o.priority = p;
            const QString w = CutOff::waveDate(o.paidAt, m_settings).toString(Qt::ISODate);
            if (w != o.waveDate)
                c.newWave << qMakePair(o.id, w);
        }
    }
    std::swap(m_batch.orders, orders);
    runRules(m_rules, !importPass, c.flags);
    std::swap(m_batch.orders, orders);
    for (const ReviewFlag &f : std::as_const(c.flags)) {
        c.flagged.insert(f.orderId);
        ++m_summary.byFlag[f.code];
    }
    m_summary.flags += int(c.flags.size());
    m_summary.orders += int(orders.size());
    // Orders that need stock get their out_of_stock flag once every batch is seen.
    if (m_stockEnabled)
        for (const ReviewOrder &o : std::as_const(orders))
            for (const ReviewLine &l : o.lines)
                if (l.skuId > 0)
                    c.waiting.insert(o.id);
    return c;
}

QList<ReviewFlag> RuleRun::checkWith(QList<ReviewOrder> &orders, const QList<RuleSetting> &rules)
{
    QList<ReviewFlag> flags;
    std::swap(m_batch.orders, orders);
    runRules(rules, true, flags);
    std::swap(m_batch.orders, orders);
    return flags;
}

void RuleRun::write(Checked &checked, const QList<ReviewOrder> &orders, bool ranged, RuleWrites &writes)
{
    checked.storedStock.clear();
    QHash<QPair<qint64, QString>, QString> stored = storedFlags(m_db, orders, ranged);
    for (qint64 id : std::as_const(checked.waiting))
        if (const auto was = stored.constFind({id, m_stockCode}); was != stored.cend()) {
            checked.storedStock.insert(id, qHash(*was));
            stored.erase(was);
        }
    writeFlags(writes, stored, checked.flags);
    for (const auto &[id, p] : std::as_const(checked.newPriority))
        writes.setPriority(id, p);
    for (const auto &[id, w] : std::as_const(checked.newWave))
        writes.setWaveDate(id, w);
}

void RuleRun::writeNew(const Checked &checked, RuleWrites &writes)
{
    // The import flagged its new orders' unmatched listings itself (the same lines: the rule's
    // flag would meet it on the key); every other flag is new.
    const QString imported = ListingMatches::flagCode();
    for (const ReviewFlag &f : checked.flags)
        if (f.code != imported)
            writes.addFlag(f.orderId, f.code, f.reason);
}

void RuleRun::keep(const Checked &checked, const QList<ReviewOrder> &orders)
{
    if (m_trackAfter >= 0) {
        // An import's pass: a byte per order now; the stock needs are read back at the end.
        for (const ReviewOrder &o : orders) {
            const bool flagged = checked.flagged.contains(o.id);
            Track state = flagged ? Flagged : Clean;
            if (checked.waiting.contains(o.id))
                state = flagged ? WaitingFlagged : WaitingClean; // counted at the hand-out
            else if (flagged)
                ++m_summary.flaggedOrders;
            if (o.id <= m_trackAfter)
                continue;
            const size_t at = size_t(o.id - m_trackAfter - 1);
            if (at >= m_track.size())
                m_track.resize(at + 1, NotOurs);
            m_track[at] = state;
        }
        return;
    }
    for (const ReviewOrder &o : orders) {
        if (checked.waiting.contains(o.id) && m_stock.add(o, qint32(m_deferred.size()))) {
            const auto was = checked.storedStock.constFind(o.id);
            const bool stored = was != checked.storedStock.cend();
            m_deferred.push_back(Deferred{checked.flagged.contains(o.id), stored, stored ? *was : 0});
        } else if (checked.flagged.contains(o.id)) {
            ++m_summary.flaggedOrders;
        }
    }
}

void RuleRun::trackAfter(qint64 afterId)
{
    m_trackAfter = afterId;
    m_track.clear();
}

void RuleRun::laterCandidates(QList<ReviewOrder> &orders, std::vector<qint64> &ids, bool indexesAside)
{
    std::swap(m_batch.orders, orders);
    for (const RuleSetting &s : otherOrderRules())
        if (const ReviewRule *rule = m_set.rule(s.code); !indexesAside || !rule->candidatesNeedIndexes())
            rule->candidates(m_batch, ids);
    std::swap(m_batch.orders, orders);
}

void RuleRun::candidatesAfterIndexes(std::vector<qint64> &ids)
{
    m_batch.orders.clear();
    for (const RuleSetting &s : otherOrderRules())
        if (const ReviewRule *rule = m_set.rule(s.code); rule->candidatesNeedIndexes())
            rule->candidatesAfter(m_batch, m_trackAfter, ids);
}

bool RuleRun::tracked(qint64 id) const
{
    const qint64 at = id - m_trackAfter - 1;
    return m_trackAfter >= 0 && at >= 0 && at < qint64(m_track.size()) && m_track[size_t(at)] != NotOurs;
}

void RuleRun::flagLater(const QList<ReviewFlag> &flags, RuleWrites &writes)
{
    for (const ReviewFlag &f : flags) {
        if (!tracked(f.orderId))
            continue;
        writes.addFlag(f.orderId, f.code, f.reason);
        ++m_summary.flags;
        ++m_summary.byFlag[f.code];
        quint8 &state = m_track[size_t(f.orderId - m_trackAfter - 1)];
        if (state == Clean) {
            ++m_summary.flaggedOrders;
            state = Flagged;
        } else if (state == WaitingClean) {
            state = WaitingFlagged;
        }
    }
}

void RuleRun::queueStock()
{
    if (!m_stockEnabled || m_track.empty())
        return;
    // By id windows (a primary-key range on either engine, whatever the statistics say).
    std::unique_ptr<BulkStatement> read = BulkStatement::make(
        m_db, QStringLiteral("SELECT l.order_id, o.priority, o.paid_at, l.sku_id, l.qty FROM order_lines l "
                             "JOIN orders o ON o.id = l.order_id WHERE l.order_id > ? AND l.order_id <= ? "
                             "AND o.id > ? AND o.id <= ? "
                             "AND l.sku_id IS NOT NULL AND l.refund_status = 'none' "
                             "AND (o.stage || '') = 'imported' ORDER BY l.order_id"));
    const qint64 end = m_trackAfter + qint64(m_track.size());
    ReviewOrder order;
    auto add = [&] {
        if (order.id == 0)
            return;
        const quint8 state = m_track[size_t(order.id - m_trackAfter - 1)];
        if ((state == WaitingClean || state == WaitingFlagged) &&
            m_stock.add(order, qint32(m_deferred.size())))
            m_deferred.push_back(Deferred{state == WaitingFlagged, false, 0});
        order = ReviewOrder();
    };
    for (qint64 after = m_trackAfter; after < end; after += kWindow) {
        const qint64 until = std::min(end, after + kWindow);
        read->add(after).add(until).add(after).add(until); // both tables by their key range
        while (read->step()) {
            const qint64 id = read->columnInt(0);
            if (id != order.id) {
                add();
                order.id = id;
                order.priority = int(read->columnInt(1));
                order.paidAt = read->columnText(2);
            }
            order.lines << ReviewLine{read->columnInt(3), {}, {}, int(read->columnInt(4))};
        }
        read->reset();
        add();
    }
    m_track = {};
}

void RuleRun::handOutStock(const WriteChunk &write, const std::function<bool()> &stop)
{
    if (!m_stockEnabled)
        return;
    QElapsedTimer ruleTimer;
    ruleTimer.start();
    struct Outcome {
        qint32 tag;
        qint64 id;
        QString reason;
    };
    std::vector<Outcome> chunk;
    auto flush = [&] {
        if (stop && stop()) {
            m_summary.stopped = true;
            chunk.clear();
            return;
        }
        write([&](RuleWrites &writes) {
            for (const Outcome &o : chunk) {
                const Deferred &d = m_deferred[size_t(o.tag)];
                if (!o.reason.isEmpty() && !d.stored)
                    writes.addFlag(o.id, m_stockCode, o.reason);
                else if (!o.reason.isEmpty() && d.reason != qHash(o.reason))
                    writes.rewordFlag(o.id, m_stockCode, o.reason);
                else if (o.reason.isEmpty() && d.stored)
                    writes.removeFlag(o.id, m_stockCode);
            }
        });
        chunk.clear();
    };
    m_stock.allocate(m_batch.skus, [&](qint32 tag, qint64 id, const QString &reason) {
        if (!reason.isEmpty()) {
            ++m_summary.flags;
            ++m_summary.byFlag[m_stockCode];
        }
        if (!reason.isEmpty() || m_deferred[size_t(tag)].flagged)
            ++m_summary.flaggedOrders;
        chunk.push_back(Outcome{tag, id, reason});
        if (chunk.size() == size_t(kChunk))
            flush();
    });
    if (!chunk.empty())
        flush();
    m_ruleMs[m_stockCode] += ruleTimer.elapsed();
    m_deferred = {};
    m_stock = {};
}

void RuleRun::printTimes(qint64 loadMs, qint64 writeMs) const
{
    qInfo("load %lld ms", loadMs);
    for (const RuleSetting &s : m_rules)
        qInfo("rule %s %lld ms", qPrintable(s.code), m_ruleMs.value(s.code));
    qInfo("written %lld ms", writeMs);
}
