#include "StageTimes.h"

#include "db/Sql.h"

QString StageTimes::afterPattern(Stage stage)
{
    return QStringLiteral("%\"stage\":\"") + Stages::code(stage) + QStringLiteral("\"%");
}

QHash<qint64, QString> StageTimes::firstReached(const QSqlDatabase &db, Stage stage, const QString &from,
                                                const QString &to)
{
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT entity_id, MIN(at) FROM audit_log WHERE entity = 'order' AND "
                                "action = 'stage' AND at >= ? AND at < ? AND after_json LIKE ? "
                                "GROUP BY entity_id"),
                 {from, to, afterPattern(stage)});
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}
