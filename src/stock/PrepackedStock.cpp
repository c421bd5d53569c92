#include "PrepackedStock.h"

#include "StockLedger.h"
#include "base/Error.h"
#include "db/Sql.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PrepackedStock", text);
}

QString codeOf(const QSqlDatabase &db, qint64 skuId)
{
    return Sql::scalar(db, QStringLiteral("SELECT code FROM skus WHERE id = ?"), {skuId}).toString();
}
} // namespace

PrepackedStock::Level PrepackedStock::level(const QSqlDatabase &db, qint64 skuId)
{
    QSqlQuery q =
        Sql::run(db, QStringLiteral("SELECT on_hand, reserved, prepacked FROM stock_levels WHERE sku_id = ?"),
                 {skuId});
    if (!q.next())
        return {};
    return {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
}

int PrepackedStock::loose(const QSqlDatabase &db, qint64 skuId)
{
    return level(db, skuId).loose();
}

void PrepackedStock::pack(const QSqlDatabase &db, const Actor &actor, qint64 skuId, int qty,
                          const QString &batchRef)
{
    if (qty <= 0)
        throw Error(tr("Pre-pack a quantity above zero."));
    // The reason in the packer's words first; the guard in the UPDATE is what holds under races.
    const Level l = level(db, skuId);
    if (l.loose() < qty)
        throw Error(tr("Only %1 loose units of %2 are on hand (%3 on hand, %4 already pre-packed); cannot "
                       "pre-pack %5.")
                        .arg(l.loose())
                        .arg(codeOf(db, skuId))
                        .arg(l.onHand)
                        .arg(l.prepacked)
                        .arg(qty));
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
                            const QString &batchRef)
{
    if (qty <= 0)
        throw Error(tr("Unpack a quantity above zero."));
    const Level l = level(db, skuId);
    if (l.prepacked < qty)
        throw Error(tr("Only %1 units of %2 are pre-packed; cannot unpack %3.")
                        .arg(l.prepacked)
                        .arg(codeOf(db, skuId))
                        .arg(qty));
    StockLedger::post(db, actor,
                      {skuId, StockBucket::Prepacked, -qty, QStringLiteral("unpack"), batchRef, {}});
}

void PrepackedStock::takeParcel(const QSqlDatabase &db, const Actor &actor, qint64 skuId,
                                const QString &orderNo)
{
    StockLedger::post(db, actor,
                      {skuId, StockBucket::Prepacked, -1, QStringLiteral("prepack_ship"), orderNo, {}});
}
