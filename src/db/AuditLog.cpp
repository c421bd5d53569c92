#include "AuditLog.h"

#include "Sql.h"
#include "base/Clock.h"

#include <QJsonDocument>

namespace {
QVariant json(const QJsonObject &o)
{
    return o.isEmpty() ? QVariant() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

void AuditLog::record(const QSqlDatabase &db, const Actor &actor, const QString &entity, qint64 entityId,
                      const QString &action, const QJsonObject &before, const QJsonObject &after)
{
    Sql::run(db,
             QStringLiteral("INSERT INTO audit_log (at, operator, station, entity, entity_id, action, "
                            "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {Clock::nowText(), actor.operatorName, actor.station, entity, entityId, action, json(before),
              json(after)});
}
