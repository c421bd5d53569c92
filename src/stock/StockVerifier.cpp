#include "StockVerifier.h"

#include "StockLedger.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Locks.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
const StockBucket kBuckets[] = {StockBucket::OnHand, StockBucket::Reserved, StockBucket::Prepacked};

// Per SKU, the stored level and the ledger sum of one bucket; SKUs with either side present.
// The bucket is one of three constants, bound as a value.
QSqlQuery compare(const QSqlDatabase &db, const QString &bucket)
{
    return Sql::run(db,
                    QStringLiteral("SELECT s.id, s.code, COALESCE(l.%1, 0), "
                                   "COALESCE((SELECT SUM(g.delta) FROM stock_ledger g "
                                   "          WHERE g.sku_id = s.id AND g.bucket = ?), 0), "
                                   "l.sku_id IS NULL "
                                   "FROM skus s LEFT JOIN stock_levels l ON l.sku_id = s.id ORDER BY s.code")
                        .arg(bucket),
                    {bucket});
}
} // namespace

QString StockMismatch::describe() const
{
    if (level < 0 && level == ledger)
        return QCoreApplication::translate("StockVerifier", "%1 %2: level %3 is below zero")
            .arg(skuCode, bucket)
            .arg(level);
    return QCoreApplication::translate("StockVerifier", "%1 %2: level %3, ledger sum %4 (difference %5)")
        .arg(skuCode, bucket)
        .arg(level)
        .arg(ledger)
        .arg(level - ledger);
}

QList<StockMismatch> StockVerifier::verify(const QSqlDatabase &db)
{
    QList<StockMismatch> result;
    for (StockBucket b : kBuckets) {
        const QString bucket = StockLedger::bucketCode(b);
        QSqlQuery q = compare(db, bucket);
        while (q.next()) {
            const qint64 level = q.value(2).toLongLong();
            const qint64 ledger = q.value(3).toLongLong();
            if (level != ledger || level < 0 || ledger < 0)
                result << StockMismatch{q.value(0).toLongLong(), q.value(1).toString(), bucket, level,
                                        ledger};
        }
    }
    return result;
}

int StockVerifier::rebuild(const QSqlDatabase &db, const Actor &actor)
{
    return Transaction::run(db, [&](Transaction &tx) {
        // Levels are set to what the ledger says, not moved by a delta: no move may land between the
        // comparison and the write (on a server every level row is locked until the commit).
        Sql::run(db, Locks::forUpdate(db, QStringLiteral("SELECT sku_id FROM stock_levels"))).finish();
        const QList<StockMismatch> wrong = verify(db);
        const QString now = Clock::nowText();
        int changed = 0;
        for (const StockMismatch &m : wrong) {
            if (m.ledger < 0)
                throw Error(
                    QCoreApplication::translate(
                        "StockVerifier", "The ledger of %1 (%2) sums to %3: it cannot be rebuilt from.")
                        .arg(m.skuCode, m.bucket)
                        .arg(m.ledger));
            Sql::run(db,
                     QStringLiteral("INSERT INTO stock_levels (sku_id, updated_at) VALUES (?, ?) "
                                    "ON CONFLICT (sku_id) DO NOTHING"),
                     {m.skuId, now});
            Sql::run(db,
                     QStringLiteral("UPDATE stock_levels SET %1 = ?, updated_at = ? WHERE sku_id = ?")
                         .arg(m.bucket),
                     {m.ledger, now, m.skuId});
            AuditLog::record(db, actor, QStringLiteral("stock"), m.skuId, QStringLiteral("rebuild"),
                             {{m.bucket, m.level}}, {{m.bucket, m.ledger}});
            ++changed;
        }
        tx.commit();
        return changed;
    });
}
