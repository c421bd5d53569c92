#pragma once

#include "base/Result.h"
#include "db/OutputFile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The one CSV writer (reports, exports, stock and catalogue files, rejected rows), as Excel, the
// platforms' upload tools and Chinese SMS/CRM tools read it: comma separated, CRLF, a field quoted
// when it holds a comma, quote or line break or starts or ends with a space. Default encoding is
// UTF-8 with a BOM: Excel on Chinese Windows opens it correctly (without the BOM it guesses GBK and
// garbles it) and, unlike GBK, it keeps every character of buyer names and nicks (emoji, rare
// surnames such as 𠮷). GB18030 is for tools that insist on the legacy code page (the platforms'
// bulk-shipping uploads); it too encodes all of Unicode.
namespace Csv {
enum class Encoding { Utf8Bom, Gb18030 };

QString field(const QString &value);
QString line(const QStringList &fields); // with the trailing CRLF
QString table(const QList<QStringList> &rows);
// Throws Error if this Qt has no GB18030 codec (never falls back to another encoding).
QByteArray encode(const QString &text, Encoding encoding);
std::optional<Encoding> encodingFromName(const QString &name); // utf8 | utf-8-bom | gb18030 | gbk
// Writes whole or not at all, never over the database db has open (OutputFile); refused with the
// file and why (a full disk, a folder that is not there, a database's name) so another place can be
// chosen.
Result<> write(const QSqlDatabase &db, const QString &path, const QList<QStringList> &rows, Encoding encoding,
               OutputFile::Overwrite overwrite = OutputFile::Overwrite::RefuseDatabases);
} // namespace Csv
