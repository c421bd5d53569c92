#include "StockCounts.h"

#include "SkuCatalog.h"
#include "StockLedger.h"
#include "StockLimits.h"
#include "base/Clock.h"
#include "base/CodeTable.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Locks.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StockCounts", text);
}

int onHand(const QSqlDatabase &db, qint64 skuId)
{
    return Sql::scalar(db, QStringLiteral("SELECT on_hand FROM stock_levels WHERE sku_id = ?"), {skuId})
        .toInt();
}

constexpr CodeTable<StockCountState, 3> kStates{{"open", "posted", "cancelled"}}; // stock_counts.state

// With the count's row locked until the commit: a count is posted, cancelled or counted by one
// station at a time (two posts would book its corrections twice). Throws when it is not open.
void requireOpen(const QSqlDatabase &db, qint64 countId)
{
    const QVariant code = Sql::scalar(
        db, Locks::forUpdate(db, QStringLiteral("SELECT state FROM stock_counts WHERE id = ?")), {countId});
    if (!code.isValid())
        throw Error(
            QCoreApplication::translate("StockCounts", "Stock count #%1 does not exist.").arg(countId));
    const StockCountState state = kStates.read(code.toString());
    if (state == StockCountState::Posted)
        throw Error(QCoreApplication::translate("StockCounts",
                                                "Stock count #%1 is posted: it cannot be changed any more.")
                        .arg(countId));
    if (state == StockCountState::Cancelled)
        throw Error(QCoreApplication::translate(
                        "StockCounts", "Stock count #%1 is cancelled: it cannot be changed any more.")
                        .arg(countId));
}

// Another open count holding this SKU, or 0.
qint64 openCountHolding(const QSqlDatabase &db, qint64 skuId, qint64 exceptCount)
{
    return Sql::scalar(
               db,
               QStringLiteral("SELECT c.id FROM stock_count_lines l JOIN stock_counts c ON c.id = l.count_id "
                              "WHERE l.sku_id = ? AND c.state = 'open' AND c.id <> ?"),
               {skuId, exceptCount})
        .toLongLong();
}

void setCounted(const QSqlDatabase &db, const Actor &actor, qint64 countId, qint64 skuId, int counted,
                bool add)
{
    if (counted < 0)
        throw Error(QCoreApplication::translate("StockCounts", "A counted quantity cannot be below zero."));
    const QString now = Clock::nowText();
    const bool listed =
        Sql::scalar(db, QStringLiteral("SELECT 1 FROM stock_count_lines WHERE count_id = ? AND sku_id = ?"),
                    {countId, skuId})
            .isValid();
    if (!listed) {
        if (const qint64 other = openCountHolding(db, skuId, countId))
            throw Error(
                QCoreApplication::translate("StockCounts", "This SKU is being counted in stock count #%1.")
                    .arg(other));
        Sql::run(
            db,
            QStringLiteral(
                "INSERT INTO stock_count_lines (count_id, sku_id, location, on_hand_at_start) "
                "SELECT ?, s.id, s.location, l.on_hand FROM skus s JOIN stock_levels l ON l.sku_id = s.id "
                "WHERE s.id = ?"),
            {countId, skuId});
    }
    QSqlQuery before = Sql::run(
        db, QStringLiteral("SELECT counted FROM stock_count_lines WHERE count_id = ? AND sku_id = ?"),
        {countId, skuId});
    before.next();
    const QVariant was = before.value(0);
    const qint64 value = add ? was.toLongLong() + counted : counted; // qint64: adding cannot wrap
    if (value > StockLimits::kMaxLevel)
        throw Error(
            QCoreApplication::translate("StockCounts", "A counted quantity of %1 is over the limit of %2.")
                .arg(value)
                .arg(StockLimits::kMaxLevel));
    // The system's on-hand is taken when the line is first counted; a recount that replaces the
    // number takes it again (the person counted the bin anew).
    if (add && !was.isNull())
        Sql::run(db,
                 QStringLiteral("UPDATE stock_count_lines SET counted = ?, counted_at = ?, counted_by = ? "
                                "WHERE count_id = ? AND sku_id = ?"),
                 {value, now, actor.operatorName, countId, skuId});
    else
        Sql::run(
            db,
            QStringLiteral("UPDATE stock_count_lines SET counted = ?, on_hand_at_count = ?, counted_at = ?, "
                           "counted_by = ? WHERE count_id = ? AND sku_id = ?"),
            {value, onHand(db, skuId), now, actor.operatorName, countId, skuId});
    AuditLog::record(db, actor, QStringLiteral("stock_count"), countId, QStringLiteral("count"),
                     {{QStringLiteral("sku_id"), skuId},
                      {QStringLiteral("counted"), was.isNull() ? QJsonValue() : was.toInt()}},
                     {{QStringLiteral("sku_id"), skuId}, {QStringLiteral("counted"), value}});
}

template <typename F> Result<> inTransaction(const QSqlDatabase &db, F &&work)
{
    try {
        Transaction::run(db, [&](Transaction &tx) {
            work();
            tx.commit();
        });
    } catch (const Error &e) {
        return Result<>::failure(e.message());
    }
    return Result<>::success();
}
} // namespace

Result<> StockCounts::start(const QSqlDatabase &db, const Actor &actor, const QString &fromText,
                            const QString &toText, const QString &note, qint64 *countId)
{
    const QString from = fromText.trimmed();
    const QString to = toText.trimmed().isEmpty() ? from : toText.trimmed();
    if (from.isEmpty())
        return Result<>::failure(tr("Give the first bin location of the range to count."));
    if (to < from)
        return Result<>::failure(tr("The range %1 – %2 is backwards.").arg(from, to));
    return inTransaction(db, [&] {
        const qint64 skus =
            Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM skus WHERE location >= ? AND location <= ?"),
                        {from, to})
                .toLongLong();
        if (skus == 0)
            throw Error(tr("No SKU has a bin location between %1 and %2.").arg(from, to));
        const QVariant busy = Sql::scalar(
            db,
            QStringLiteral("SELECT c.id FROM stock_count_lines l JOIN stock_counts c ON c.id = l.count_id "
                           "JOIN skus s ON s.id = l.sku_id WHERE c.state = 'open' AND s.location >= ? AND "
                           "s.location <= ?"),
            {from, to});
        if (busy.isValid())
            throw Error(tr("Stock count #%1 is still open for part of this range: post or cancel it first.")
                            .arg(busy.toLongLong()));
        const QString now = Clock::nowText();
        const qint64 id = Sql::insert(
            db,
            QStringLiteral("INSERT INTO stock_counts (location_from, location_to, note, started_at, "
                           "started_by, station) VALUES (?, ?, ?, ?, ?, ?)"),
            {from, to, Sql::text(note), now, actor.operatorName, actor.station});
        Sql::run(
            db,
            QStringLiteral(
                "INSERT INTO stock_count_lines (count_id, sku_id, location, on_hand_at_start) "
                "SELECT ?, s.id, s.location, l.on_hand FROM skus s JOIN stock_levels l ON l.sku_id = s.id "
                "WHERE s.location >= ? AND s.location <= ?"),
            {id, from, to});
        AuditLog::record(
            db, actor, QStringLiteral("stock_count"), id, QStringLiteral("start"), {},
            {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}, {QStringLiteral("skus"), skus}});
        if (countId)
            *countId = id;
    });
}

Result<> StockCounts::record(const QSqlDatabase &db, const Actor &actor, qint64 countId, qint64 skuId,
                             int counted)
{
    return inTransaction(db, [&] {
        requireOpen(db, countId);
        setCounted(db, actor, countId, skuId, counted, false);
    });
}

Result<> StockCounts::scan(const QSqlDatabase &db, const Actor &actor, qint64 countId, const QString &barcode,
                           int qty)
{
    const QString code = barcode.trimmed();
    std::optional<qint64> sku = SkuCatalog::idByBarcode(db, code);
    if (!sku)
        sku = SkuCatalog::idByCode(db, code);
    if (!sku)
        return Result<>::failure(tr("No SKU has the barcode or code %1.").arg(code));
    if (qty <= 0)
        return Result<>::failure(tr("A scanned quantity must be above zero."));
    return inTransaction(db, [&] {
        requireOpen(db, countId);
        setCounted(db, actor, countId, *sku, qty, true);
    });
}

Result<> StockCounts::post(const QSqlDatabase &db, const Actor &actor, qint64 countId)
{
    return inTransaction(db, [&] {
        requireOpen(db, countId);
        const QString ref = QStringLiteral("count:%1").arg(countId);
        int posted = 0;
        int net = 0;
        for (const CountLine &line : lines(db, countId)) {
            if (!line.counted || line.difference() == 0)
                continue;
            const QString note = tr("counted %1, system %2").arg(line.countedQty).arg(line.onHandAtCount);
            // Boxes are counted too: fewer units than are pre-packed means boxes are missing.
            const int prepacked =
                Sql::scalar(db, QStringLiteral("SELECT prepacked FROM stock_levels WHERE sku_id = ?"),
                            {line.skuId})
                    .toInt();
            const int missingBoxes = prepacked - (line.onHandNow + line.difference());
            if (missingBoxes > 0)
                StockLedger::post(db, actor,
                                  {line.skuId, StockBucket::Prepacked, -std::min(missingBoxes, prepacked),
                                   QStringLiteral("count"), ref, note});
            StockLedger::post(
                db, actor,
                {line.skuId, StockBucket::OnHand, line.difference(), QStringLiteral("count"), ref, note});
            ++posted;
            net += line.difference();
        }
        const QString now = Clock::nowText();
        Sql::run(db,
                 QStringLiteral(
                     "UPDATE stock_counts SET state = 'posted', closed_at = ?, closed_by = ? WHERE id = ?"),
                 {now, actor.operatorName, countId});
        AuditLog::record(db, actor, QStringLiteral("stock_count"), countId, QStringLiteral("post"),
                         {{QStringLiteral("state"), QStringLiteral("open")}},
                         {{QStringLiteral("state"), QStringLiteral("posted")},
                          {QStringLiteral("corrections"), posted},
                          {QStringLiteral("net"), net}});
    });
}

Result<> StockCounts::cancel(const QSqlDatabase &db, const Actor &actor, qint64 countId)
{
    return inTransaction(db, [&] {
        requireOpen(db, countId);
        Sql::run(
            db,
            QStringLiteral(
                "UPDATE stock_counts SET state = 'cancelled', closed_at = ?, closed_by = ? WHERE id = ?"),
            {Clock::nowText(), actor.operatorName, countId});
        AuditLog::record(db, actor, QStringLiteral("stock_count"), countId, QStringLiteral("cancel"),
                         {{QStringLiteral("state"), QStringLiteral("open")}},
                         {{QStringLiteral("state"), QStringLiteral("cancelled")}});
    });
}

std::optional<StockCount> StockCounts::load(const QSqlDatabase &db, qint64 countId)
{
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT location_from, location_to, state, note, started_at, started_by "
                                "FROM stock_counts WHERE id = ?"),
                 {countId});
    if (!q.next())
        return std::nullopt;
    return StockCount{countId,
                      q.value(0).toString(),
                      q.value(1).toString(),
                      kStates.read(q.value(2).toString()),
                      q.value(3).toString(),
                      q.value(4).toString(),
                      q.value(5).toString()};
}

QList<StockCount> StockCounts::open(const QSqlDatabase &db)
{
    QList<StockCount> result;
    QSqlQuery q =
        Sql::run(db, QStringLiteral("SELECT id FROM stock_counts WHERE state = 'open' ORDER BY id"));
    while (q.next())
        result << *load(db, q.value(0).toLongLong());
    return result;
}

QList<CountLine> StockCounts::lines(const QSqlDatabase &db, qint64 countId)
{
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT c.sku_id, s.code, s.title, s.spec, c.location, c.on_hand_at_start, "
                                "c.counted, c.on_hand_at_count, l.on_hand, l.reserved "
                                "FROM stock_count_lines c JOIN skus s ON s.id = c.sku_id "
                                "JOIN stock_levels l ON l.sku_id = c.sku_id WHERE c.count_id = ? "
                                "ORDER BY c.location, s.code"),
                 {countId});
    QList<CountLine> result;
    while (q.next()) {
        CountLine line;
        line.skuId = q.value(0).toLongLong();
        line.code = q.value(1).toString();
        line.title = q.value(2).toString();
        line.spec = q.value(3).toString();
        line.location = q.value(4).toString();
        line.onHandAtStart = q.value(5).toInt();
        line.counted = !q.value(6).isNull();
        line.countedQty = q.value(6).toInt();
        line.onHandAtCount = q.value(7).toInt();
        line.onHandNow = q.value(8).toInt();
        line.reserved = q.value(9).toInt();
        result << line;
    }
    return result;
}
