#include "SkuEditor.h"

#include "SkuCatalog.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SkuEditor", text);
}

QJsonObject json(const Sku &s)
{
    return {{QStringLiteral("code"), s.code},
            {QStringLiteral("barcodes"), QJsonArray::fromStringList(s.barcodes)},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("spec"), s.spec},
            {QStringLiteral("location"), s.location},
            {QStringLiteral("weight_g"), s.weightGrams},
            {QStringLiteral("price_fen"), s.priceFen},
            {QStringLiteral("presale_ship_date"), s.presaleShipDate},
            {QStringLiteral("safety_stock"), s.safetyStock},
            {QStringLiteral("low_stock_threshold"), s.lowStockThreshold},
            {QStringLiteral("image_path"), s.imagePath}};
}
} // namespace

QList<SkuProblem> SkuEditor::problems(const QSqlDatabase &db, const Sku &sku)
{
    QList<SkuProblem> out;
    auto refuse = [&out](SkuField field, const QString &message, const QString &value) {
        out << SkuProblem{field, message, value};
    };
    const QString storedCode =
        sku.id == 0
            ? QString()
            : Sql::scalar(db, QStringLiteral("SELECT code FROM skus WHERE id = ?"), {sku.id}).toString();
    if (sku.code.trimmed().isEmpty())
        refuse(SkuField::Code, tr("The SKU code (商家编码) is empty."), sku.code);
    else if (sku.code != sku.code.trimmed())
        refuse(SkuField::Code, tr("The SKU code \"%1\" has spaces around it.").arg(sku.code), sku.code);
    else if (sku.id != 0 && sku.code != storedCode)
        refuse(SkuField::Code,
               tr("The code of %1 cannot change: shop orders find the SKU by it. Create a new SKU instead.")
                   .arg(storedCode),
               sku.code);
    else if (Sql::scalar(db, QStringLiteral("SELECT id FROM skus WHERE code = ? AND id <> ?"),
                         {sku.code, sku.id})
                 .isValid())
        refuse(SkuField::Code, tr("Another SKU already has the code %1.").arg(sku.code), sku.code);
    QStringList seen;
    for (const QString &barcode : sku.barcodes) {
        if (barcode.trimmed().isEmpty() || barcode != barcode.trimmed()) {
            refuse(SkuField::Barcodes, tr("A barcode of %1 is empty or has spaces around it.").arg(sku.code),
                   barcode);
            break;
        }
        if (seen.contains(barcode)) {
            refuse(SkuField::Barcodes, tr("The barcode %1 is listed twice.").arg(barcode), barcode);
            break;
        }
        seen << barcode;
        if (const auto owner = barcodeOwner(db, barcode, sku.id)) {
            refuse(SkuField::Barcodes, tr("The barcode %1 already belongs to %2.").arg(barcode, *owner),
                   barcode);
            break;
        }
    }
    if (sku.title.trimmed().isEmpty())
        refuse(SkuField::Title, tr("The title is empty: write what the item is, as the packer will see it."),
               sku.title);
    auto notNegative = [&](SkuField field, qint64 value, const QString &message) {
        if (value < 0)
            refuse(field, message, QString::number(value));
    };
    notNegative(SkuField::Weight, sku.weightGrams, tr("The weight of %1 cannot be below 0 g.").arg(sku.code));
    notNegative(SkuField::Price, sku.priceFen, tr("The price of %1 cannot be below 0.").arg(sku.code));
    if (!sku.presaleShipDate.isEmpty() && !QDate::fromString(sku.presaleShipDate, Qt::ISODate).isValid())
        refuse(SkuField::PresaleShipDate,
               tr("The presale ship date \"%1\" is not a date like 2026-11-11.").arg(sku.presaleShipDate),
               sku.presaleShipDate);
    notNegative(SkuField::SafetyStock, sku.safetyStock,
                tr("The safety stock of %1 cannot be below 0.").arg(sku.code));
    notNegative(SkuField::LowStockThreshold, sku.lowStockThreshold,
                tr("The low-stock threshold of %1 cannot be below 0.").arg(sku.code));
    return out;
}

Result<> SkuEditor::validate(const QSqlDatabase &db, const Sku &sku)
{
    const QList<SkuProblem> all = problems(db, sku);
    return all.isEmpty() ? Result<>::success() : Result<>::failure(all.first().message);
}

std::optional<QString> SkuEditor::barcodeOwner(const QSqlDatabase &db, const QString &barcode,
                                               qint64 exceptSkuId)
{
    const QVariant owner =
        Sql::scalar(db,
                    QStringLiteral("SELECT s.code FROM sku_barcodes b JOIN skus s ON s.id = b.sku_id "
                                   "WHERE b.barcode = ? AND b.sku_id <> ?"),
                    {barcode, exceptSkuId});
    if (!owner.isValid())
        return std::nullopt;
    return owner.toString();
}

bool SkuEditor::write(const QSqlDatabase &db, const Actor &actor, Sku &sku)
{
    const Result<> ok = validate(db, sku);
    if (!ok)
        throw Error(ok.message);
    sku.barcodes.sort(); // a set: the order they were typed in is no change
    if (sku.id == 0) {
        SkuCatalog::insert(db, sku);
        AuditLog::record(db, actor, QStringLiteral("sku"), sku.id, QStringLiteral("create"), {}, json(sku));
        return true;
    }
    const std::optional<Sku> before = SkuCatalog::byId(db, sku.id);
    if (!before)
        throw Error(tr("SKU #%1 does not exist.").arg(sku.id));
    const QJsonObject b = json(*before);
    const QJsonObject a = json(sku);
    QJsonObject changedBefore, changedAfter;
    for (auto it = a.begin(); it != a.end(); ++it)
        if (b.value(it.key()) != it.value()) {
            changedBefore.insert(it.key(), b.value(it.key()));
            changedAfter.insert(it.key(), it.value());
        }
    if (changedAfter.isEmpty())
        return false; // saved as it was: no write, no audit row, updated_at kept
    Sql::run(db,
             QStringLiteral(
                 "UPDATE skus SET code = ?, title = ?, spec = ?, location = ?, weight_g = ?, price_fen = ?, "
                 "presale_ship_date = ?, safety_stock = ?, low_stock_threshold = ?, image_path = ?, "
                 "updated_at = ? WHERE id = ?"),
             {sku.code, sku.title, Sql::text(sku.spec), Sql::text(sku.location), sku.weightGrams,
              sku.priceFen, Sql::nullable(sku.presaleShipDate), sku.safetyStock, sku.lowStockThreshold,
              Sql::nullable(sku.imagePath), Clock::nowText(), sku.id});
    if (before->barcodes != sku.barcodes) {
        Sql::run(db, QStringLiteral("DELETE FROM sku_barcodes WHERE sku_id = ?"), {sku.id});
        for (const QString &barcode : std::as_const(sku.barcodes))
            Sql::run(db, QStringLiteral("INSERT INTO sku_barcodes (barcode, sku_id) VALUES (?, ?)"),
                     {barcode, sku.id});
    }
    AuditLog::record(db, actor, QStringLiteral("sku"), sku.id, QStringLiteral("edit"), changedBefore,
                     changedAfter);
    return true;
}

Result<> SkuEditor::save(const QSqlDatabase &db, const Actor &actor, Sku &sku, const Sku *loaded)
{
    const qint64 idBefore = sku.id;
    try {
        Transaction::run(db, [&](Transaction &tx) {
            sku.id = idBefore; // a run tried again starts from what the caller gave
            if (loaded && loaded->id != 0) {
                Sku asRead = *loaded;
                asRead.barcodes.sort();
                const std::optional<Sku> stored = SkuCatalog::byId(db, loaded->id);
                if (!stored || json(*stored) != json(asRead))
                    throw Error(tr("%1 was changed at another station while you were editing it. Close this "
                                   "window and open the SKU again to see that change.")
                                    .arg(loaded->code));
            }
            write(db, actor, sku);
            tx.commit();
        });
    } catch (const Error &e) {
        sku.id = idBefore;
        return Result<>::failure(e.message());
    }
    return Result<>::success();
}
