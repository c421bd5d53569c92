#pragma once

#include "CsvReport.h"
#include "base/Result.h"
#include "db/OutputFile.h"

#include <QSqlDatabase>
#include <QStringList>

// The stock and catalog files on disk, the same for `packline stock` and the Stock view: exports
// are written whole or not at all, never over a database (OutputFile), and each outcome is one
// sentence a person reads.
namespace StockFiles {
// Shops whose stock upload format we write (taobao).
QStringList shopPlatforms();
// Available stock per 商家编码 for the platform's upload tool; the message says how many SKUs.
Result<> exportShopStock(const QSqlDatabase &db, const QString &platform, const QString &path,
                         OutputFile::Overwrite overwrite = OutputFile::Overwrite::RefuseDatabases);
Result<> exportCatalog(const QSqlDatabase &db, const QString &path,
                       OutputFile::Overwrite overwrite = OutputFile::Overwrite::RefuseDatabases);

// What an import did, or that it did nothing.
QString catalogImported(const CsvReport &report, const QString &path);
QString stockImported(const CsvReport &report, const QString &path);
QString refused(const CsvReport &report);
} // namespace StockFiles
