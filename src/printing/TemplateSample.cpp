#include "TemplateSample.h"

#include "JobPageReader.h"
#include "OrderPrintData.h"
#include "db/Sql.h"

#include <QRegularExpression>

PrintData TemplateSample::placeholders(const LabelTemplate &t)
{
    static const QRegularExpression field(QStringLiteral("\\{([^{}]+)\\}"));
    PrintData d;
    const auto show = [&d](const QString &name) {
        d.fields.insert(name, u'{' + name + u'}');
    };
    for (const TemplateElement &e : t.elements) {
        for (const QRegularExpressionMatch &m : field.globalMatch(e.text))
            show(m.captured(1));
        if (!e.condition.isEmpty())
            show(e.condition);
        if (e.type == TemplateElement::Type::Table) {
            QHash<QString, QString> row;
            for (const TemplateColumn &c : e.columns)
                row.insert(c.field, u'{' + c.field + u'}');
            if (!e.groupBy.isEmpty())
                row.insert(e.groupBy, u'{' + e.groupBy + u'}');
            d.rows.insert(e.rows, {row, row, row});
        }
    }
    return d;
}

std::optional<PrintData> TemplateSample::fromDatabase(const QSqlDatabase &db, const QString &kind)
{
    if (kind == u"picklist") {
        QList<qint64> ids;
        QSqlQuery q = Sql::run(db, QStringLiteral("SELECT id FROM orders ORDER BY id DESC LIMIT 12"));
        while (q.next())
            ids << q.value(0).toLongLong();
        q.finish();
        if (ids.isEmpty())
            return std::nullopt;
        return OrderPrintData::forPickList(db, ids, QStringLiteral("Preview"));
    }
    const QVariant id = Sql::scalar(
        db, QStringLiteral("SELECT id FROM orders WHERE tracking_no IS NOT NULL ORDER BY id DESC LIMIT 1"));
    if (!id.isValid())
        return std::nullopt;
    return JobPageReader(db, 0, kind, QString()).read(1, id.toLongLong(), QString(), 0, 1); // page 1 of 1
}
