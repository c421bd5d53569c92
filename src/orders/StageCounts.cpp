#include "StageCounts.h"

#include "db/Sql.h"

QMap<Stage, qint64> StageCounts::read(const QSqlDatabase &db)
{
    QMap<Stage, qint64> counts;
    for (Stage s : Stages::all())
        counts.insert(s, 0);
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT stage, COUNT(*) FROM orders GROUP BY stage"));
    while (q.next()) {
        if (const auto stage = Stages::fromCode(q.value(0).toString()))
            counts[*stage] = q.value(1).toLongLong();
    }
    return counts;
}
