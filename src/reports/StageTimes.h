#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include "orders/Stage.h"

// When orders reached a stage, from the audit log (every stage move is an audit row with entity
// 'order', action 'stage' and after_json {"stage": code, …}). The JSON is matched with LIKE on
// the compact text AuditLog writes — portable to PostgreSQL, unlike json_extract.
namespace StageTimes {
// Pattern for after_json LIKE: %"stage":"shipped"%
QString afterPattern(Stage stage);
// First time each order reached `stage` with the audit row's time in [from, to) (UTC text).
QHash<qint64, QString> firstReached(const QSqlDatabase &db, Stage stage, const QString &from,
                                    const QString &to);
} // namespace StageTimes
