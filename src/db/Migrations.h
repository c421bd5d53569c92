#pragma once

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

// Numbered schema migrations embedded as resources (:/migrations/NNNN_name.sql).
// PRAGMA user_version records the highest level, schema_migrations every level applied.
namespace Migrations {
int latestLevel();
int currentLevel(const QSqlDatabase &db);
// Applies every embedded migration the file has not had yet (recorded in schema_migrations),
// in number order, in one transaction; throws Error (nothing applied) when one cannot be.
void migrate(const QSqlDatabase &db);
// True when nothing is pending (a cheap check before taking the write lock).
bool isComplete(const QSqlDatabase &db);
// The levels of known that are not in applied, in order (pure; tested on its own).
QList<int> pending(const QList<int> &known, const QSet<int> &applied);
} // namespace Migrations
