#pragma once

#include "base/Actor.h"
#include "csv/CsvReport.h"

#include <QSqlDatabase>

class CsvFile;

// Stock files for the shops and from suppliers.
//
// Export for Taobao (千牛 batch stock upload), GBK, one row per SKU, header:
//   商家编码,可售库存,宝贝标题,规格
// 可售库存 = max(0, on_hand − reserved − safety_stock): what the shop may still promise, with the
// safety stock held back. The upload only reads 商家编码 and 可售库存; title and spec help people.
// A listing mapped by its outer code (商品对应, a combo or a pack of n) has a row of its own: as
// many as its scarcest component allows (each component's 可售库存 / its quantity, rounded down).
//
// Import (receiving or initial levels), UTF-8 or GBK, comma or tab; columns by header name:
//   商家编码/code or 条码/barcode (one of them), 数量/qty, 备注/note (optional), 单号/ref (optional)
// Receive mode: each quantity (> 0) is added as "received". Set mode: the quantity (≥ 0) becomes
// the on-hand level (the difference is posted as "initial"). One transaction: any bad row and
// nothing is posted; every bad row is reported with line, column and why.
namespace StockCsv {
enum class ImportMode { Receive, Set };
QByteArray exportTaobao(const QSqlDatabase &db, int *rows = nullptr);
CsvReport importFile(const QSqlDatabase &db, const Actor &actor, const QString &path, ImportMode mode);
CsvReport importBytes(const QSqlDatabase &db, const Actor &actor, const QByteArray &bytes,
                      const QString &fileName, ImportMode mode);
// The rows of a file already read: where importFile and importBytes end.
CsvReport importRows(const QSqlDatabase &db, const Actor &actor, const CsvFile &csv, const QString &fileName,
                     ImportMode mode);
} // namespace StockCsv
