#pragma once

#include "LabelTemplate.h"
#include "PrintData.h"

#include <QSqlDatabase>
#include <optional>

// What a template editor previews a template with.
namespace TemplateSample {
// Every field the template uses, shown as its own placeholder ("{receiver.name}"); conditional
// elements are shown, and each table gets three rows of placeholders.
PrintData placeholders(const LabelTemplate &t);
// A real page for the template's kind: the newest order with a tracking number (a pick list: the
// newest dozen orders). nullopt when the database has none.
std::optional<PrintData> fromDatabase(const QSqlDatabase &db, const QString &kind);
} // namespace TemplateSample
