#pragma once

#include "base/Actor.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// Writes one audit row. Call it inside the same Transaction as the change it describes.
namespace AuditLog {
void record(const QSqlDatabase &db, const Actor &actor, const QString &entity, qint64 entityId,
            const QString &action, const QJsonObject &before = {}, const QJsonObject &after = {});
}
