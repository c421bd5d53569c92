#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// A courier the warehouse ships with: its code (ZTO) and the name people read (中通快递).
struct Courier {
    QString code;
    QString name;
};

// What a person reads for a courier: its name as the platform spells it (中通快递), not its code
// (ZTO). An unknown code reads as itself.
namespace Couriers {
QHash<QString, QString> names(const QSqlDatabase &db);
QString name(const QSqlDatabase &db, const QString &code);
// The active couriers (the ones to choose from), in the order they were added.
QList<Courier> active(const QSqlDatabase &db);
} // namespace Couriers
