#pragma once

#include <QStringList>

// Splits a migration script into single statements (QtSql runs one at a time).
// Knows quotes, "--" comments, CREATE TRIGGER … BEGIN … END bodies and $$ … $$ bodies.
namespace SqlScript {
QStringList split(const QString &script);
}
