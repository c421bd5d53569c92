#pragma once

#include "CsvSource.h"
#include "HeaderMap.h"
#include "ImportSink.h"


// Taobao/Tmall's export pair: the order report (订单报表, one row per order) and the item report
// (宝贝报表, one row per line), matched by 订单编号. The item report is read first into a compact
// in-memory ItemStage; the order report then streams past it. Reading touches no database, so it
// can run on its own thread while another writes (see ImportPipe).
// Either file alone is refused: the order report has no outer codes, so it cannot make lines.
namespace TaobaoReader {
QList<FieldAliases> orderAliases();
QList<FieldAliases> itemAliases();
bool isOrderReport(const QStringList &header);
bool isItemReport(const QStringList &header);
void read(CsvSource &orders, CsvSource &items, const ImportSink &sink);
} // namespace TaobaoReader
