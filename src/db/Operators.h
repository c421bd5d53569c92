#pragma once

#include "base/Actor.h"

#include <QSqlDatabase>
#include <QStringList>

// The people who work here (the operators table), whose names go on every audit and ledger row.
namespace Operators {
// The active operators' names, by name (whom a station offers at start).
QStringList activeNames(const QSqlDatabase &db);
// Adds actor's operator name when it is new, with its audit row, in one transaction of its own;
// a name already there is left as it is. Returns whether it was added.
bool add(const QSqlDatabase &db, const Actor &actor);
} // namespace Operators
