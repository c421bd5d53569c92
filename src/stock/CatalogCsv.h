#pragma once

#include "base/Actor.h"
#include "csv/CsvReport.h"

#include <QSqlDatabase>

class CsvFile;

// The SKU catalog as CSV, for editing in a spreadsheet. Columns (header names, English or Chinese):
//   code/商家编码*, title/标题*, spec/规格, barcodes/条码 (several separated by |), location/库位,
//   weight_g/重量(克), price/价格 (yuan), presale_ship_date/预售发货日期 (yyyy-MM-dd),
//   safety_stock/安全库存, low_stock_threshold/低库存阈值, image_path/图片
// Import upserts by code in one transaction: any bad row and nothing is written. Columns that
// are absent keep their stored values on existing SKUs.
namespace CatalogCsv {
QByteArray exportCsv(const QSqlDatabase &db); // UTF-8 with BOM, English header
CsvReport importFile(const QSqlDatabase &db, const Actor &actor, const QString &path);
CsvReport importBytes(const QSqlDatabase &db, const Actor &actor, const QByteArray &bytes,
                      const QString &fileName);
// The rows of a file already read: where importFile and importBytes end.
CsvReport importRows(const QSqlDatabase &db, const Actor &actor, const CsvFile &csv, const QString &fileName);
} // namespace CatalogCsv
