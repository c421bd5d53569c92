#pragma once

#include <QStringList>

// Splits a migration script into single statements (QtSql runs one at a time).
// Knows quotes, "--" comments and CREATE TRIGGER … BEGIN … END bodies.
namespace SqlScript {
QStringList split(const QString &script);
}
