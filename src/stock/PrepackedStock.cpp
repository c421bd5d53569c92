#include "PrepackedStock.h"

#include "StockLedger.h"
#include "base/Error.h"
#include "db/Sql.h"

#include <QCoreApplication>

void PrepackedStock::pack(const QSqlDatabase &db, const Actor &actor, qint64 skuId, int qty,
                          const QString &batchRef) {
    if (qty <= 0)
        throw Error(QCoreApplication::translate("PrepackedStock", "Pre-pack a quantity above zero."));
    StockLedger::post(db, actor,
                      {skuId,
                       StockBucket::Prepacked,
                       qty,
                       QStringLiteral("prepack"),
                       batchRef,
                       {},
                       0,
                       StockGuard::KeepLoose});
}

void PrepackedStock::unpack(const QSqlDatabase &db, const Actor &actor, qint64 skuId, int qty,
                            const QString &batchRef) {
    if (qty <= 0)
        throw Error(QCoreApplication::translate("PrepackedStock", "Unpack a quantity above zero."));
    StockLedger::post(db, actor,
                      {skuId, StockBucket::Prepacked, -qty, QStringLiteral("unpack"), batchRef, {}});
}

int PrepackedStock::loose(const QSqlDatabase &db, qint64 skuId) {
    return Sql::scalar(db, QStringLiteral("SELECT on_hand - prepacked FROM stock_levels WHERE sku_id = ?"),
                       {skuId})
        .toInt();
}
