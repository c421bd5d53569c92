#include "StockFiles.h"

#include "CatalogCsv.h"
#include "StockCsv.h"

#include "base/Error.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("StockFiles", text, comment, n);
}

// Empty when written; else why not (the file's name and the reason).
QString write(const QSqlDatabase &db, const QString &path, const QByteArray &bytes,
              OutputFile::Overwrite overwrite)
{
    try {
        OutputFile::writeWhole(path, db, bytes, overwrite);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}
} // namespace

QStringList StockFiles::shopPlatforms()
{
    return {QStringLiteral("taobao")};
}

Result<> StockFiles::exportShopStock(const QSqlDatabase &db, const QString &platform, const QString &path,
                                     OutputFile::Overwrite overwrite)
{
    if (!shopPlatforms().contains(platform))
        return Result<>::failure(tr("Unknown platform '%1' (known: %2).")
                                     .arg(platform, shopPlatforms().join(QStringLiteral(", "))));
    int rows = 0;
    const QString error = write(db, path, StockCsv::exportTaobao(db, &rows), overwrite);
    if (!error.isEmpty())
        return Result<>::failure(error);
    return {true, tr("Wrote available stock of %n SKU(s) to %1 (GBK).", nullptr, rows).arg(path)};
}

Result<> StockFiles::exportCatalog(const QSqlDatabase &db, const QString &path,
                                   OutputFile::Overwrite overwrite)
{
    const QString error = write(db, path, CatalogCsv::exportCsv(db), overwrite);
    if (!error.isEmpty())
        return Result<>::failure(error);
    return {true, tr("Wrote the SKU catalog to %1.").arg(path)};
}

QString StockFiles::catalogImported(const CsvReport &report, const QString &path)
{
    return tr("Imported %1: %2 SKU(s) created, %3 updated, %4 already so.")
        .arg(path)
        .arg(report.created)
        .arg(report.changed)
        .arg(report.rows - report.created - report.changed);
}

QString StockFiles::stockImported(const CsvReport &report, const QString &path)
{
    return tr("Imported %1: %n stock movement(s) posted.", nullptr, report.changed).arg(path);
}

QString StockFiles::refused(const CsvReport &report)
{
    return tr("Nothing was imported: %n problem(s).", nullptr, int(report.problems.size()));
}
