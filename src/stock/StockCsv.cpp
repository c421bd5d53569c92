#include "StockCsv.h"

#include "SkuCatalog.h"
#include "StockLedger.h"
#include "StockLimits.h"
#include "base/Error.h"
#include "base/ShownText.h"
#include "csv/Csv.h"
#include "csv/CsvColumns.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StockCsv", text);
}
} // namespace

QByteArray StockCsv::exportTaobao(const QSqlDatabase &db, int *rows)
{
    QString text = Csv::line({QStringLiteral("商家编码"), QStringLiteral("可售库存"),
                              QStringLiteral("宝贝标题"), QStringLiteral("规格")});
    // A SKU's own row, unless a listing mapping (商品对应) says what its code is; then the mapped
    // listings of the shop: a combo (or a pack of n) is available as often as its scarcest
    // component allows.
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "SELECT s.code, l.on_hand - l.reserved - s.safety_stock, s.title, s.spec "
            "FROM skus s JOIN stock_levels l ON l.sku_id = s.id "
            "WHERE NOT EXISTS (SELECT 1 FROM listings m WHERE m.outer_code = s.code) "
            "UNION ALL "
            "SELECT m.outer_code, MIN((CASE WHEN COALESCE(l.on_hand - l.reserved, 0) - s.safety_stock > 0 "
            "THEN COALESCE(l.on_hand - l.reserved, 0) - s.safety_stock ELSE 0 END) / c.qty), '', '' "
            "FROM listings m JOIN listing_components c ON c.listing_id = m.id JOIN skus s ON s.id = c.sku_id "
            "LEFT JOIN stock_levels l ON l.sku_id = s.id WHERE m.outer_code <> '' GROUP BY m.outer_code "
            "ORDER BY 1"));
    int n = 0;
    while (q.next()) {
        // toLongLong: a level past int must not turn into 0 (it cannot get there any more, see
        // StockLimits, but a database from before the limits may hold one).
        text +=
            Csv::line({q.value(0).toString(), QString::number(std::max<qint64>(0, q.value(1).toLongLong())),
                       q.value(2).toString(), q.value(3).toString()});
        ++n;
    }
    if (rows)
        *rows = n;
    return Csv::encode(text, Csv::Encoding::Gb18030);
}

CsvReport StockCsv::importFile(const QSqlDatabase &db, const Actor &actor, const QString &path,
                               ImportMode mode)
{
    const Result<CsvFile> csv = CsvFile::open(path);
    if (!csv)
        return CsvReport::unreadable(path, csv.message);
    return importRows(db, actor, *csv, QFileInfo(path).fileName(), mode);
}

CsvReport StockCsv::importBytes(const QSqlDatabase &db, const Actor &actor, const QByteArray &bytes,
                                const QString &fileName, ImportMode mode)
{
    CsvFile csv;
    csv.parse(bytes);
    return importRows(db, actor, csv, fileName, mode);
}

CsvReport StockCsv::importRows(const QSqlDatabase &db, const Actor &actor, const CsvFile &csv,
                               const QString &fileName, ImportMode mode)
{
    CsvReport report;
    report.problems = csv.nothingToImport(fileName);
    if (!report.ok())
        return report;
    enum Column { Code, Barcode, Qty, Note, Ref };
    const CsvColumns columns(
        csv, fileName,
        {{{QStringLiteral("商家编码"), QStringLiteral("code"), QStringLiteral("outer_code")}},
         {{QStringLiteral("条码"), QStringLiteral("barcode")}},
         {{QStringLiteral("数量"), QStringLiteral("qty"), QStringLiteral("quantity"),
           QStringLiteral("库存")}},
         {{QStringLiteral("备注"), QStringLiteral("note")}},
         {{QStringLiteral("单号"), QStringLiteral("ref")}}},
        &report.problems);
    if (!columns.has(Code) && !columns.has(Barcode))
        report.problems << columns.missing(Code,
                                           tr("required column is missing (商家编码/code or 条码/barcode)"));
    if (!columns.has(Qty))
        report.problems << columns.missing(Qty, tr("required column is missing (数量/qty)"));
    if (!report.ok())
        return report;

    const CsvReport checked = report;
    try {
        // Run again from the first row when the database settles a conflict with another station
        // by aborting this transaction.
        Transaction::run(db, [&](Transaction &tx) {
            report = checked;
            const QString reason =
                mode == ImportMode::Receive ? QStringLiteral("received") : QStringLiteral("initial");
            QHash<qint64, int> setLine; // set mode: a SKU twice is ambiguous
            columns.eachRow(csv, report, [&](const CsvRow &row) {
                auto problem = [&](int column, const QString &why) {
                    report.problems << columns.problem(row, column, why);
                };
                std::optional<qint64> sku;
                const QString code = columns.value(row, Code);
                const QString barcode = columns.value(row, Barcode);
                if (!code.isEmpty()) {
                    sku = SkuCatalog::idByCode(db, code);
                    if (!sku) {
                        problem(Code, tr("no SKU has the code %1").arg(ShownText::excerpt(code)));
                        return;
                    }
                } else if (!barcode.isEmpty()) {
                    sku = SkuCatalog::idByBarcode(db, barcode);
                    if (!sku) {
                        problem(Barcode, tr("no SKU has the barcode %1").arg(ShownText::excerpt(barcode)));
                        return;
                    }
                } else {
                    problem(columns.has(Code) ? Code : Barcode, tr("empty: which SKU?"));
                    return;
                }
                const QString qtyText = columns.value(row, Qty);
                bool ok = false;
                const qint64 qty = qtyText.toLongLong(&ok);
                if (!ok || qty < 0 || (qty == 0 && mode == ImportMode::Receive)) {
                    problem(Qty,
                            mode == ImportMode::Receive
                                ? tr("\"%1\" is not a whole number above 0").arg(ShownText::excerpt(qtyText))
                                : tr("\"%1\" is not a whole number of 0 or more")
                                      .arg(ShownText::excerpt(qtyText)));
                    return;
                }
                const qint64 limit =
                    mode == ImportMode::Receive ? StockLimits::kMaxMove : StockLimits::kMaxLevel;
                if (qty > limit) {
                    problem(Qty, mode == ImportMode::Receive
                                     ? tr("%1 units in one receipt is over the limit of %2 per move")
                                           .arg(qty)
                                           .arg(limit)
                                     : tr("a level of %1 units is over the limit of %2").arg(qty).arg(limit));
                    return;
                }
                qint64 delta = qty;
                if (mode == ImportMode::Set) {
                    if (setLine.contains(*sku)) {
                        problem(columns.has(Code) ? Code : Barcode,
                                tr("this SKU is already set on line %1").arg(setLine.value(*sku)));
                        return;
                    }
                    setLine.insert(*sku, row.line);
                    delta = qty - Sql::scalar(
                                      db, QStringLiteral("SELECT on_hand FROM stock_levels WHERE sku_id = ?"),
                                      {*sku})
                                      .toLongLong();
                    if (delta < -StockLimits::kMaxMove || delta > StockLimits::kMaxMove) {
                        problem(Qty,
                                tr("setting the level to %1 moves %2 units, over the limit of %3 per move")
                                    .arg(qty)
                                    .arg(delta)
                                    .arg(StockLimits::kMaxMove));
                        return;
                    }
                    if (delta == 0)
                        return;
                }
                StockMove move{*sku,
                               StockBucket::OnHand,
                               int(delta), // within ±kMaxMove, checked above
                               reason,
                               columns.has(Ref) ? columns.value(row, Ref) : fileName,
                               columns.value(row, Note)};
                if (delta < 0)
                    move.guards = StockGuard::KeepFree | StockGuard::KeepLoose;
                if (const Result<> posted = StockLedger::tryPost(db, actor, move); !posted) {
                    problem(Qty, posted.message);
                    return;
                }
                AuditLog::record(db, actor, QStringLiteral("stock"), *sku, QStringLiteral("import"), {},
                                 {{QStringLiteral("delta"), delta},
                                  {QStringLiteral("reason"), reason},
                                  {QStringLiteral("file"), fileName},
                                  {QStringLiteral("line"), row.line}});
                ++report.changed;
            });
            if (!report.ok()) {
                report.changed = 0;
                return; // rolls back
            }
            tx.commit();
        });
    } catch (const Error &e) {
        report.problems << CsvProblem{fileName, 0, {}, e.message()};
        report.changed = 0;
    }
    return report;
}
