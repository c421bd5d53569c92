#include "ProductivityReport.h"

#include "StageTimes.h"
#include "base/Clock.h"
#include "db/Sql.h"
#include "orders/Stage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

QList<OperatorProductivity> ProductivityReport::compute(const QSqlDatabase &db, const QString &from,
                                                        const QString &to)
{
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT operator, at, after_json FROM audit_log WHERE entity = 'order' AND "
                                "action = 'stage' AND at >= ? AND at < ? AND (after_json LIKE ? OR "
                                "after_json LIKE ? OR after_json LIKE ?) ORDER BY at"),
                 {from, to, StageTimes::afterPattern(Stage::Reviewed),
                  StageTimes::afterPattern(Stage::Printed), StageTimes::afterPattern(Stage::Packed)});
    QMap<QString, OperatorProductivity> byOperator;
    QMap<QString, QSet<qint64>> hours;
    while (q.next()) {
        const std::optional<Stage> stage =
            Stages::fromCode(QJsonDocument::fromJson(q.value(2).toString().toUtf8())
                                 .object()
                                 .value(QLatin1String("stage"))
                                 .toString());
        OperatorProductivity &p = byOperator[q.value(0).toString()];
        p.operatorName = q.value(0).toString();
        if (stage == Stage::Reviewed)
            ++p.reviewed;
        else if (stage == Stage::Printed)
            ++p.printed;
        else if (stage == Stage::Packed)
            ++p.packed;
        else
            continue;
        const QString at = q.value(1).toString();
        if (p.first.isEmpty())
            p.first = at;
        p.last = at;
        const QDateTime t = Clock::fromText(at);
        hours[p.operatorName].insert(t.toSecsSinceEpoch() / 3600); // UTC+8 is whole hours: same buckets
    }
    QList<OperatorProductivity> out;
    for (auto it = byOperator.begin(); it != byOperator.end(); ++it) {
        it->activeHours = int(hours.value(it.key()).size());
        out << it.value();
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const OperatorProductivity &a, const OperatorProductivity &b) {
                         return a.reviewed + a.printed + a.packed > b.reviewed + b.printed + b.packed;
                     });
    return out;
}

QList<QStringList> ProductivityReport::csvRows(const QList<OperatorProductivity> &rows)
{
    QList<QStringList> out{{QStringLiteral("operator"), QStringLiteral("reviewed"), QStringLiteral("printed"),
                            QStringLiteral("packed"), QStringLiteral("active_hours"),
                            QStringLiteral("reviewed_per_hour"), QStringLiteral("printed_per_hour"),
                            QStringLiteral("packed_per_hour"), QStringLiteral("first_utc"),
                            QStringLiteral("last_utc")}};
    auto f = [](double v) {
        return QString::number(v, 'f', 1);
    };
    for (const OperatorProductivity &p : rows)
        out << QStringList{p.operatorName,
                           QString::number(p.reviewed),
                           QString::number(p.printed),
                           QString::number(p.packed),
                           QString::number(p.activeHours),
                           f(p.perHour(p.reviewed)),
                           f(p.perHour(p.printed)),
                           f(p.perHour(p.packed)),
                           p.first,
                           p.last};
    return out;
}
