#include "ReviewSettings.h"

#include "db/Sql.h"

#include <QHash>

namespace {
const QString kAutoApprove = QStringLiteral("auto_approve");
const QString kCutoff = QStringLiteral("cutoff_local");
const QString kOffset = QStringLiteral("utc_offset_minutes");
const QString kCities = QStringLiteral("priority_cities");
const QString kSingle = QStringLiteral("single_item_first");
} // namespace

ReviewSettings ReviewSettings::defaults()
{
    ReviewSettings s;
    s.priorityCities = {QStringLiteral("北京"), QStringLiteral("上海"), QStringLiteral("广州"),
                        QStringLiteral("深圳"), QStringLiteral("杭州")};
    return s;
}

ReviewSettings ReviewSettings::load(const QSqlDatabase &db)
{
    ReviewSettings s = defaults();
    QHash<QString, QString> values;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT key, value FROM review_settings"));
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    if (values.contains(kAutoApprove))
        s.autoApprove = values.value(kAutoApprove) == u"1";
    if (const QTime t = QTime::fromString(values.value(kCutoff), QStringLiteral("HH:mm")); t.isValid())
        s.cutoffLocal = t;
    bool ok = false;
    if (const int offset = values.value(kOffset).toInt(&ok); ok)
        s.utcOffsetMinutes = offset;
    if (values.contains(kCities))
        s.priorityCities = values.value(kCities).split(u',', Qt::SkipEmptyParts);
    if (values.contains(kSingle))
        s.singleItemFirst = values.value(kSingle) == u"1";
    return s;
}

void ReviewSettings::save(const QSqlDatabase &db) const
{
    const QList<QPair<QString, QString>> rows = {
        {kAutoApprove, autoApprove ? QStringLiteral("1") : QStringLiteral("0")},
        {kCutoff, cutoffLocal.toString(QStringLiteral("HH:mm"))},
        {kOffset, QString::number(utcOffsetMinutes)},
        {kCities, priorityCities.join(u',')},
        {kSingle, singleItemFirst ? QStringLiteral("1") : QStringLiteral("0")}};
    for (const auto &[key, value] : rows)
        Sql::run(db,
                 QStringLiteral("INSERT INTO review_settings (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {key, value});
}
