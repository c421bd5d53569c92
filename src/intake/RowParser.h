#pragma once

#include "HeaderMap.h"
#include "IncomingOrder.h"
#include "ReadNotes.h"
#include "StatusVocabulary.h"

#include <QStringList>

// Turns one export row into order fields or a line, checking every value it converts.
// On failure `reject` says which column held what and why (file and line are the caller's).
// notes, when given, hears every inference: a status synonym, a time layout, a postcode or phone
// split off the end of the address.
namespace RowParser {
bool orderFields(const HeaderMap &h, const QStringList &row, const StatusVocabulary &vocabulary,
                 IncomingOrder &in, RejectedRow &reject, ReadNotes *notes = nullptr);
bool line(const HeaderMap &h, const QStringList &row, const StatusVocabulary &vocabulary, OrderLine &line,
          RejectedRow &reject);
// Columns no field claimed, non-empty, as a JSON object text ("" when none).
QString rawJson(const HeaderMap &h, const QStringList &row);
} // namespace RowParser
