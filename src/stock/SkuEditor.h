#pragma once

#include "Sku.h"
#include "base/Actor.h"
#include "base/Result.h"

#include <QSqlDatabase>

// Creating and editing catalog entries: validate, write (barcodes replaced as a set) and audit
// with before/after, in one transaction. An id of 0 creates, otherwise updates.
namespace SkuEditor {
// The first problem with the entry (or success): code, barcodes unique, numbers, dates.
Result validate(const QSqlDatabase &db, const Sku &sku);
Result save(const QSqlDatabase &db, const Actor &actor, Sku &sku);
// Inside the caller's Transaction; throws Error when invalid.
void write(const QSqlDatabase &db, const Actor &actor, Sku &sku);
} // namespace SkuEditor
