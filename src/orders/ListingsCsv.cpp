#include "ListingsCsv.h"

#include "base/ShownText.h"
#include "csv/Csv.h"
#include "csv/CsvColumns.h"
#include "db/Sql.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ListingsCsv", text);
}

enum Column { OuterCode, Title, Spec, SkuCode, Qty, ColumnCount };
// In the order of enum Column; the first name heads the exported file.
const QList<CsvColumn> kColumns = {
    {{QStringLiteral("outer_code"), QStringLiteral("商家编码")}},
    {{QStringLiteral("title"), QStringLiteral("宝贝标题")}},
    {{QStringLiteral("spec"), QStringLiteral("商品属性")}},
    {{QStringLiteral("sku"), QStringLiteral("SKU编码")}, true},
    {{QStringLiteral("qty"), QStringLiteral("数量")}},
};
} // namespace

QByteArray ListingsCsv::exportCsv(const QSqlDatabase &db)
{
    QStringList header;
    for (const CsvColumn &c : kColumns)
        header << c.names.first();
    QString text = Csv::line(header);
    for (const ListingMatch &m : ListingMatches::all(db))
        for (const ListingComponent &c : m.components)
            text += Csv::line(
                {m.listing.outerCode, m.listing.title, m.listing.spec, c.skuCode, QString::number(c.qty)});
    return Csv::encode(text, Csv::Encoding::Utf8Bom);
}

ListingsCsv::Imported ListingsCsv::importFile(const QSqlDatabase &db, const Actor &actor, const QString &path)
{
    Imported out;
    CsvReport &report = out.report;
    const QString fileName = QFileInfo(path).fileName();
    const Result<CsvFile> opened = CsvFile::open(path);
    if (!opened) {
        report = CsvReport::unreadable(fileName, opened.message);
        return out;
    }
    const CsvFile &csv = *opened;
    report.problems = csv.nothingToImport(fileName);
    if (!report.ok())
        return out;
    const CsvColumns columns(csv, fileName, kColumns, &report.problems);
    if (!columns.has(OuterCode) && !columns.has(Title))
        report.problems << columns.missing(
            OuterCode, tr("the file needs an outer_code or a title column for the listing"));
    if (!report.ok())
        return out;

    QList<ListingMatch> matches;
    QHash<ListingKey, qsizetype> index;
    columns.eachRow(csv, report, [&](const CsvRow &row) {
        auto value = [&](int c) {
            return columns.value(row, c);
        };
        auto problem = [&](int c, const QString &why) {
            report.problems << columns.problem(row, c, why);
        };
        const ListingKey key = ListingKey::of(value(OuterCode), value(Title), value(Spec));
        if (key.isEmpty()) {
            problem(columns.has(OuterCode) ? OuterCode : Title,
                    tr("no listing: give an outer code, or a title"));
            return;
        }
        const QVariant sku =
            Sql::scalar(db, QStringLiteral("SELECT id FROM skus WHERE code = ?"), {value(SkuCode)});
        if (!sku.isValid()) {
            problem(SkuCode,
                    value(SkuCode).isEmpty() ? tr("empty") : tr("no SKU with this code in the catalog"));
            return;
        }
        int qty = 1;
        if (!value(Qty).isEmpty()) {
            bool ok = false;
            qty = value(Qty).toInt(&ok);
            if (!ok || qty <= 0 || qty > 10000) {
                problem(Qty, tr("not a quantity (a whole number from 1 to 10000)"));
                return;
            }
        }
        qsizetype &i = index[key];
        if (i == 0) {
            matches << ListingMatch{key, {}};
            i = matches.size();
        }
        const QList<ListingComponent> &earlier = matches.at(i - 1).components;
        if (std::any_of(earlier.cbegin(), earlier.cend(),
                        [&](const ListingComponent &c) { return c.skuId == sku.toLongLong(); })) {
            problem(SkuCode, tr("this SKU is already a component of the listing on an earlier line"));
            return;
        }
        matches[i - 1].components << ListingComponent{sku.toLongLong(), value(SkuCode), qty};
    });
    if (!report.ok())
        return out;
    for (const ListingMatch &m : matches)
        ++(ListingMatches::find(db, m.listing) ? report.changed : report.created);
    const ListingMatches::Saved saved = ListingMatches::saveAll(db, actor, matches);
    if (!saved.result) {
        report.problems << CsvProblem{fileName, 0, {}, saved.result.message};
        report.created = report.changed = 0;
        return out;
    }
    out.ordersFixed = saved.ordersChanged;
    return out;
}
