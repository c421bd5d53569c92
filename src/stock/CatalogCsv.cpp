#include "CatalogCsv.h"

#include "SkuCatalog.h"
#include "SkuEditor.h"
#include "StockLimits.h"
#include "base/Error.h"
#include "base/Money.h"
#include "base/ShownText.h"
#include "csv/Csv.h"
#include "csv/CsvColumns.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QFile>
#include <QFileInfo>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogCsv", text);
}

enum Col {
    Code,
    Title,
    Spec,
    Barcodes,
    Location,
    Weight,
    Price,
    Presale,
    Safety,
    Threshold,
    Image,
    ColCount
};
// In the order of enum Col; the first name heads the exported file.
const QList<CsvColumn> kColumns = {
    {{QStringLiteral("code"), QStringLiteral("商家编码")}, true},
    {{QStringLiteral("title"), QStringLiteral("标题")}, true},
    {{QStringLiteral("spec"), QStringLiteral("规格")}},
    {{QStringLiteral("barcodes"), QStringLiteral("条码")}},
    {{QStringLiteral("location"), QStringLiteral("库位")}},
    {{QStringLiteral("weight_g"), QStringLiteral("重量(克)")}},
    {{QStringLiteral("price"), QStringLiteral("价格")}},
    {{QStringLiteral("presale_ship_date"), QStringLiteral("预售发货日期")}},
    {{QStringLiteral("safety_stock"), QStringLiteral("安全库存")}},
    {{QStringLiteral("low_stock_threshold"), QStringLiteral("低库存阈值")}},
    {{QStringLiteral("image_path"), QStringLiteral("图片")}},
};

// The column a validation problem is about (-1: the row as a whole).
int columnOf(SkuField field)
{
    switch (field) {
    case SkuField::Code:
        return Code;
    case SkuField::Barcodes:
        return Barcodes;
    case SkuField::Title:
        return Title;
    case SkuField::Spec:
        return Spec;
    case SkuField::Location:
        return Location;
    case SkuField::Weight:
        return Weight;
    case SkuField::Price:
        return Price;
    case SkuField::PresaleShipDate:
        return Presale;
    case SkuField::SafetyStock:
        return Safety;
    case SkuField::LowStockThreshold:
        return Threshold;
    case SkuField::ImagePath:
        return Image;
    case SkuField::None:
        break;
    }
    return -1;
}
} // namespace

QByteArray CatalogCsv::exportCsv(const QSqlDatabase &db)
{
    QStringList header;
    for (const CsvColumn &c : kColumns)
        header << c.names.first();
    QString text = Csv::line(header);
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT id FROM skus ORDER BY code"));
    while (q.next()) {
        const std::optional<Sku> s = SkuCatalog::byId(db, q.value(0).toLongLong());
        text +=
            Csv::line({s->code, s->title, s->spec, s->barcodes.join(u'|'), s->location,
                       QString::number(s->weightGrams), Money::formatYuan(s->priceFen), s->presaleShipDate,
                       QString::number(s->safetyStock), QString::number(s->lowStockThreshold), s->imagePath});
    }
    return Csv::encode(text, Csv::Encoding::Utf8Bom);
}

CsvReport CatalogCsv::importFile(const QSqlDatabase &db, const Actor &actor, const QString &path)
{
    const Result<CsvFile> csv = CsvFile::open(path);
    if (!csv)
        return CsvReport::unreadable(path, csv.message);
    return importRows(db, actor, *csv, QFileInfo(path).fileName());
}

CsvReport CatalogCsv::importBytes(const QSqlDatabase &db, const Actor &actor, const QByteArray &bytes,
                                  const QString &fileName)
{
    CsvFile csv;
    csv.parse(bytes);
    return importRows(db, actor, csv, fileName);
}

CsvReport CatalogCsv::importRows(const QSqlDatabase &db, const Actor &actor, const CsvFile &csv,
                                 const QString &fileName)
{
    CsvReport report;
    report.problems = csv.nothingToImport(fileName);
    if (!report.ok())
        return report;
    const CsvColumns columns(csv, fileName, kColumns, &report.problems);
    if (!report.ok())
        return report;

    const CsvReport checked = report;
    try {
        // Run again from the first row when the database settles a conflict with another station
        // by aborting this transaction.
        Transaction::run(db, [&](Transaction &tx) {
            report = checked;
            QSet<QString> codesSeen;
            columns.eachRow(csv, report, [&](const CsvRow &row) {
                auto value = [&](int c) {
                    return columns.value(row, c);
                };
                auto has = [&](int c) {
                    return columns.has(c);
                };
                auto problem = [&](int c, const QString &why, const QString &cellValue = QString()) {
                    report.problems << columns.problem(row, c, why, cellValue);
                };
                const QString code = value(Code);
                if (code.isEmpty()) {
                    problem(Code, tr("empty"));
                    return;
                }
                if (codesSeen.contains(code)) {
                    problem(Code, tr("%1 appears on an earlier line too").arg(ShownText::excerpt(code)));
                    return;
                }
                codesSeen.insert(code);
                Sku sku;
                if (const auto id = SkuCatalog::idByCode(db, code))
                    sku = *SkuCatalog::byId(db, *id);
                sku.code = code;
                sku.title = value(Title);
                if (has(Spec))
                    sku.spec = value(Spec);
                if (has(Barcodes))
                    sku.barcodes = value(Barcodes).split(u'|', Qt::SkipEmptyParts);
                for (QString &b : sku.barcodes)
                    b = b.trimmed();
                if (has(Location))
                    sku.location = value(Location);
                bool bad = false;
                auto number = [&](int c, int &target) {
                    if (!has(c) || value(c).isEmpty())
                        return;
                    bool ok = false;
                    const qint64 n = value(c).toLongLong(&ok);
                    if (!ok || n < 0) {
                        problem(c, tr("\"%1\" is not a whole number of 0 or more")
                                       .arg(ShownText::excerpt(value(c))));
                        bad = true;
                    } else if (n > StockLimits::kMaxLevel) {
                        problem(c, tr("%1 is over the limit of %2").arg(n).arg(StockLimits::kMaxLevel));
                        bad = true;
                    } else {
                        target = int(n);
                    }
                };
                number(Weight, sku.weightGrams);
                number(Safety, sku.safetyStock);
                number(Threshold, sku.lowStockThreshold);
                if (has(Price) && !value(Price).isEmpty()) {
                    const auto fen = Money::parseYuan(value(Price));
                    if (!fen || *fen < 0) {
                        problem(Price, tr("\"%1\" is not a price in yuan like 128.00")
                                           .arg(ShownText::excerpt(value(Price))));
                        bad = true;
                    } else {
                        sku.priceFen = *fen;
                    }
                }
                if (has(Presale))
                    sku.presaleShipDate = value(Presale);
                if (has(Image))
                    sku.imagePath = value(Image);
                // Every problem of the row at once, so one round of fixing in the spreadsheet is enough.
                const QList<SkuProblem> wrong = SkuEditor::problems(db, sku);
                for (const SkuProblem &p : wrong)
                    problem(columnOf(p.field), p.message, p.value);
                if (bad || !wrong.isEmpty())
                    return;
                const bool isNew = sku.id == 0;
                if (SkuEditor::write(db, actor, sku))
                    ++(isNew ? report.created : report.changed);
            });
            if (!report.ok()) {
                report.created = report.changed = 0;
                return; // the transaction rolls back
            }
            tx.commit();
        });
    } catch (const Error &e) {
        report.problems << CsvProblem{fileName, 0, {}, e.message()};
        report.created = report.changed = 0;
    }
    return report;
}
