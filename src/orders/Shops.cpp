#include "orders/Shops.h"

#include "db/Sql.h"

QList<Shop> Shops::byName(const QSqlDatabase &db)
{
    QList<Shop> list;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT id, name FROM shops ORDER BY name"));
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}
