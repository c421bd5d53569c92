#pragma once

#include "ColumnMapping.h"
#include "CsvSource.h"
#include "ImportSink.h"
#include "ReadNotes.h"

// One row per order line (拼多多, 京东, a shop's own sheet), columns found through a ColumnMapping.
// Rows of one order must be adjacent (as platforms export them); order fields come from the
// order's first row. A bad row refuses its whole order, so no order lands with lines missing.
namespace GenericReader {
// How many of the mapping's required fields the header has (used to guess the platform).
bool fits(const ColumnMapping &mapping, const QStringList &header);
void read(CsvSource &source, const ColumnMapping &mapping, const ImportSink &sink);
// The same with the columns and statuses given directly (TaobaoReader::readAlone); `name` says
// whose columns are missing. notes hears every inference (see RowParser).
void read(CsvSource &source, const QString &name, const QList<FieldAliases> &aliases,
          const StatusVocabulary &vocabulary, const ImportSink &sink, ReadNotes *notes);
} // namespace GenericReader
