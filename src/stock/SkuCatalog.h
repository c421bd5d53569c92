#pragma once

#include "Sku.h"

#include <QSqlDatabase>
#include <optional>

// The SKU catalog: create, look up by outer code or by any barcode.
// Callers run inside their own Transaction; creating a SKU also creates its (empty) stock level.
namespace SkuCatalog {
qint64 insert(const QSqlDatabase &db, Sku &sku);
std::optional<Sku> byId(const QSqlDatabase &db, qint64 id);
std::optional<qint64> idByCode(const QSqlDatabase &db, const QString &code);
std::optional<qint64> idByBarcode(const QSqlDatabase &db, const QString &barcode);
} // namespace SkuCatalog
