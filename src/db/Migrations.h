#pragma once

#include <QSqlDatabase>
#include <QString>

// Numbered schema migrations embedded as resources (:/migrations/NNNN_name.sql).
// PRAGMA user_version records the level; all pending steps run in one transaction.
namespace Migrations {
int latestLevel();
int currentLevel(const QSqlDatabase &db);
bool migrate(const QSqlDatabase &db, QString *error);
} // namespace Migrations
