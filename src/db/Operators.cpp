#include "db/Operators.h"

#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"

QStringList Operators::activeNames(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT name FROM operators WHERE active = 1 ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

bool Operators::add(const QSqlDatabase &db, const Actor &actor)
{
    return Transaction::run(db, [&](Transaction &tx) {
        // A name another station added meanwhile is no conflict: no row comes back, nothing is audited.
        const auto row =
            Sql::firstRow(db,
                          QStringLiteral("INSERT INTO operators (name, created_at) VALUES (?, ?) "
                                         "ON CONFLICT (name) DO NOTHING RETURNING id"),
                          {actor.operatorName, Clock::nowText()});
        if (!row)
            return false;
        AuditLog::record(db, actor, QStringLiteral("operator"), row->value(0).toLongLong(),
                         QStringLiteral("add"), {},
                         QJsonObject{{QStringLiteral("name"), actor.operatorName}});
        tx.commit();
        return true;
    });
}
