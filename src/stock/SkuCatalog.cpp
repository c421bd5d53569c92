#include "SkuCatalog.h"

#include "base/Clock.h"
#include "db/Sql.h"

namespace {
std::optional<qint64> idOf(const QVariant &v)
{
    if (!v.isValid())
        return std::nullopt;
    return v.toLongLong();
}
} // namespace

qint64 SkuCatalog::insert(const QSqlDatabase &db, Sku &sku)
{
    const QString now = Clock::nowText();
    sku.id = Sql::insert(
        db,
        QStringLiteral(
            "INSERT INTO skus (code, title, spec, location, weight_g, price_fen, presale_ship_date, "
            "safety_stock, low_stock_threshold, image_path, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {sku.code, sku.title, Sql::text(sku.spec), Sql::text(sku.location), sku.weightGrams, sku.priceFen,
         sku.presaleShipDate.isEmpty() ? QVariant() : sku.presaleShipDate, sku.safetyStock,
         sku.lowStockThreshold, sku.imagePath.isEmpty() ? QVariant() : sku.imagePath, now, now});
    for (const QString &code : std::as_const(sku.barcodes))
        Sql::run(db, QStringLiteral("INSERT INTO sku_barcodes (barcode, sku_id) VALUES (?, ?)"),
                 {code, sku.id});
    Sql::run(db, QStringLiteral("INSERT INTO stock_levels (sku_id, updated_at) VALUES (?, ?)"),
             {sku.id, now});
    return sku.id;
}

std::optional<Sku> SkuCatalog::byId(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT code, title, spec, location, weight_g, price_fen, "
                                          "presale_ship_date, safety_stock, low_stock_threshold, image_path "
                                          "FROM skus WHERE id = ?"),
                           {id});
    if (!q.next())
        return std::nullopt;
    Sku sku{id,
            q.value(0).toString(),
            {},
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toInt(),
            q.value(5).toLongLong(),
            q.value(6).toString(),
            q.value(7).toInt(),
            q.value(8).toInt(),
            q.value(9).toString()};
    QSqlQuery codes = Sql::run(
        db, QStringLiteral("SELECT barcode FROM sku_barcodes WHERE sku_id = ? ORDER BY barcode"), {id});
    while (codes.next())
        sku.barcodes << codes.value(0).toString();
    return sku;
}

std::optional<qint64> SkuCatalog::idByCode(const QSqlDatabase &db, const QString &code)
{
    return idOf(Sql::scalar(db, QStringLiteral("SELECT id FROM skus WHERE code = ?"), {code}));
}

std::optional<qint64> SkuCatalog::idByBarcode(const QSqlDatabase &db, const QString &barcode)
{
    return idOf(
        Sql::scalar(db, QStringLiteral("SELECT sku_id FROM sku_barcodes WHERE barcode = ?"), {barcode}));
}
