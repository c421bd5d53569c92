#pragma once

#include "Sku.h"
#include "base/Actor.h"
#include "base/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

// Which entry of a SKU a problem is about, so a form can show it next to that field and a CSV
// import can name the column.
enum class SkuField {
    None,
    Code,
    Barcodes,
    Title,
    Spec,
    Location,
    Weight,
    Price,
    PresaleShipDate,
    SafetyStock,
    LowStockThreshold,
    ImagePath
};

struct SkuProblem {
    SkuField field = SkuField::None;
    QString message; // a sentence a warehouse person reads
    QString value;   // what was entered
};

// Creating and editing catalog entries: validate, write (barcodes replaced as a set) and audit
// with before/after, in one transaction. An id of 0 creates, otherwise updates. The code of an
// existing SKU never changes: shop order lines are matched to it by that code.
namespace SkuEditor {
// Every problem with the entry, in field order (empty: it can be saved).
QList<SkuProblem> problems(const QSqlDatabase &db, const Sku &sku);
// The first problem (or success).
Result<> validate(const QSqlDatabase &db, const Sku &sku);
// The code of the SKU (other than exceptSkuId) that already scans with this barcode.
std::optional<QString> barcodeOwner(const QSqlDatabase &db, const QString &barcode, qint64 exceptSkuId = 0);
// loaded: the entry as the editor read it. When given, the save is refused if another station
// changed the SKU since (optimistic, checked inside the transaction): no silent overwrite.
Result<> save(const QSqlDatabase &db, const Actor &actor, Sku &sku, const Sku *loaded = nullptr);
// Inside the caller's Transaction; throws Error when invalid. False when the entry was already
// stored exactly so (nothing written).
bool write(const QSqlDatabase &db, const Actor &actor, Sku &sku);
} // namespace SkuEditor
