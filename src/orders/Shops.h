#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// A shop orders come from (one platform store).
struct Shop {
    qint64 id = 0;
    QString name;
};

namespace Shops {
// Every shop, by name (what a shop filter offers).
QList<Shop> byName(const QSqlDatabase &db);
} // namespace Shops
