#pragma once

#include "CsvSource.h"
#include "HeaderMap.h"
#include "ImportSink.h"

#include <QSqlDatabase>

// Taobao/Tmall's export pair: the order report (订单报表, one row per order) and the item report
// (宝贝报表, one row per line), matched by 订单编号. The item report is staged in a TEMP table
// (indexed by order number) so neither file is held in memory; the order report then streams.
// Either file alone is refused: the order report has no outer codes, so it cannot make lines.
namespace TaobaoReader {
QList<FieldAliases> orderAliases();
QList<FieldAliases> itemAliases();
bool isOrderReport(const QStringList &header);
bool isItemReport(const QStringList &header);
void read(const QSqlDatabase &db, CsvSource &orders, CsvSource &items, const ImportSink &sink);
} // namespace TaobaoReader
