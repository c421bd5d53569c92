#pragma once

#include "CsvSource.h"
#include "HeaderMap.h"
#include "ImportSink.h"
#include "ReadNotes.h"

// Taobao/Tmall's export pair: the order report (订单报表, one row per order) and the item report
// (宝贝报表, one row per line), matched by 订单编号. The item report is read first into a compact
// in-memory ItemStage; the order report then streams past it. Reading touches no database, so it
// can run on its own thread while another writes (see ImportPipe).
// Many shop systems (self-hosted 商城, 分销 platforms, older 打单 tools) write the order-report
// layout as their only file, one row per order or one per line with the order number repeated:
// readAlone builds lines from the order report itself (宝贝标题, the quantity, 商品属性/套餐信息),
// with no outer codes; listings are then matched to SKUs (see ListingMatches). An item report
// alone is refused.
namespace TaobaoReader {
QList<FieldAliases> orderAliases();
QList<FieldAliases> itemAliases();
// The order report's columns plus the ones lines are built from when it is read alone.
QList<FieldAliases> aloneAliases();
bool isOrderReport(const QStringList &header);
bool isItemReport(const QStringList &header);
// An order report with a title and a quantity column: readAlone can make its lines.
bool canReadAlone(const QStringList &header);
void read(CsvSource &orders, CsvSource &items, const ImportSink &sink, ReadNotes *notes = nullptr);
// Rows of one order must be adjacent (see GenericReader); notes hears "lines from titles" first.
void readAlone(CsvSource &orders, const ImportSink &sink, ReadNotes *notes);
} // namespace TaobaoReader
