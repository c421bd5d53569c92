#pragma once

#include <QString>
#include <QStringList>

// Every field a template may name, in one place: what OrderPrintReader, forPickList, JobPageReader
// and the renderer fill in. The template validator refuses any other name, so a typo is an error
// at load time instead of a blank line on ten thousand labels.
namespace TemplateFields {
// Filled per sheet by the renderer, per page by JobPageReader.
inline const QString SheetNo = QStringLiteral("sheet.no");
inline const QString SheetTotal = QStringLiteral("sheet.total");
inline const QString PageSeq = QStringLiteral("page.seq");
inline const QString PageTotal = QStringLiteral("page.total");
inline const QString ReprintCount = QStringLiteral("reprint.count");

// The fields a page of this template kind (label | slip | picklist) carries.
QStringList pageFields(const QString &kind);
// The row lists a page carries ("lines", and "slots" on a pick list) and each one's row fields.
QStringList rowLists(const QString &kind);
QStringList rowFields(const QString &kind, const QString &rowList);
// The fields a reader fills itself (pageFields without the job's and the renderer's own).
QStringList orderFields();
QStringList pickListFields();
} // namespace TemplateFields
