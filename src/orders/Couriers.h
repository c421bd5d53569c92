#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

// What a person reads for a courier: its name as the platform spells it (中通快递), not its code
// (ZTO). An unknown code reads as itself.
namespace Couriers {
QHash<QString, QString> names(const QSqlDatabase &db);
QString name(const QSqlDatabase &db, const QString &code);
} // namespace Couriers
