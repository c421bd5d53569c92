#include "StockLedger.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "db/Sql.h"

#include <QCoreApplication>

QString StockLedger::bucketCode(StockBucket bucket)
{
    switch (bucket) {
    case StockBucket::OnHand:
        return QStringLiteral("on_hand");
    case StockBucket::Reserved:
        return QStringLiteral("reserved");
    case StockBucket::Prepacked:
        return QStringLiteral("prepacked");
    }
    return {};
}

void StockLedger::post(const QSqlDatabase &db, const Actor &actor, const StockMove &move)
{
    if (move.delta == 0)
        return;
    const QString column = bucketCode(move.bucket); // one of three constants, never user text
    const QString now = Clock::nowText();
    QSqlQuery level = Sql::run(db,
                               QStringLiteral("UPDATE stock_levels SET %1 = %1 + ?, updated_at = ? "
                                              "WHERE sku_id = ? AND %1 + ? >= 0")
                                   .arg(column),
                               {move.delta, now, move.skuId, move.delta});
    if (level.numRowsAffected() != 1) {
        const QVariant code = Sql::scalar(db, QStringLiteral("SELECT code FROM skus WHERE id = ?"), {move.skuId});
        throw Error(QCoreApplication::translate("StockLedger", "Stock of %1 (%2) cannot go below zero: %3 %4.")
                        .arg(code.toString(), column)
                        .arg(move.delta > 0 ? QStringLiteral("+") : QString())
                        .arg(move.delta));
    }
    Sql::run(db,
             QStringLiteral("INSERT INTO stock_ledger (sku_id, bucket, delta, reason, ref, note, operator, station, "
                            "at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {move.skuId, column, move.delta, move.reason, move.ref.isEmpty() ? QVariant() : move.ref,
              move.note.isEmpty() ? QVariant() : move.note, actor.operatorName, actor.station, now});
}
