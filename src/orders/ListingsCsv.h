#pragma once

#include "Listings.h"
#include "csv/CsvReport.h"

#include <QByteArray>

// Listing mappings (商品对应) as CSV, to share or edit in a spreadsheet. One row per component;
// the rows of a combo share the listing's columns. Columns (English or Chinese header names):
//   outer_code/商家编码, title/宝贝标题, spec/商品属性 (the listing: its code, else title + spec),
//   sku/SKU编码* (the catalog's code), qty/数量 (default 1).
// Import replaces the mappings of the listings it names, all in one transaction, and applies them
// to the waiting orders (ListingMatches::saveAll): any bad row and nothing is written.
namespace ListingsCsv {
QByteArray exportCsv(const QSqlDatabase &db); // UTF-8 with BOM, English header
// created: listings not mapped before; changed: listings mapped anew; ordersFixed as saveAll.
struct Imported {
    CsvReport report;
    int ordersFixed = 0;
};
Imported importFile(const QSqlDatabase &db, const Actor &actor, const QString &path);
} // namespace ListingsCsv
