#include "orders/Couriers.h"

#include "db/Sql.h"

QHash<QString, QString> Couriers::names(const QSqlDatabase &db)
{
    QHash<QString, QString> out;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT code, name FROM couriers"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QString Couriers::name(const QSqlDatabase &db, const QString &code)
{
    const QVariant name = Sql::scalar(db, QStringLiteral("SELECT name FROM couriers WHERE code = ?"), {code});
    return name.isValid() && !name.toString().isEmpty() ? name.toString() : code;
}

QList<Courier> Couriers::active(const QSqlDatabase &db)
{
    QList<Courier> list;
    QSqlQuery q =
        Sql::run(db, QStringLiteral("SELECT code, name FROM couriers WHERE active = 1 ORDER BY id"));
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}
