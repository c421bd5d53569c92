#pragma once

#include "CsvReport.h"
#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// A small CSV file (stock counts, the catalogue, listings) as rows of fields, each row with the
// line it starts on (for error messages). Written with Csv::line (Csv.h).
// Read by the importers' CsvReader (intake/CsvReader.h), so the same encodings (UTF-8 with or
// without BOM, GBK/GB18030, UTF-16), quoting, field and row caps and control-character checks
// hold here: a row it refuses has an error (and errorField, 1-based) instead of fields.
struct CsvRow {
    int line = 0;
    QStringList fields;
    QString error;
    int errorField = 0;
};

class CsvFile {
public:
    // Reads, decodes and splits the file, streaming; refused with why when it cannot be read.
    static Result<CsvFile> open(const QString &path);
    void parse(const QByteArray &bytes);
    void read(QIODevice &device);

    // Why there is nothing to import, the same for every importer: no header row, a header the
    // reader refused, or a header and no rows. Empty when there are rows to go through.
    QList<CsvProblem> nothingToImport(const QString &fileName) const;
    // A row the reader refused (row.error set), with the header name of its field.
    CsvProblem refused(const QString &fileName, const CsvRow &row) const;
    QString encoding() const { return m_encoding; }
    QList<CsvRow> rows; // header first; blank lines dropped

    // Index of the first header name (case-insensitive, trimmed) that matches one of the aliases.
    static int column(const QStringList &header, const QStringList &aliases);
    // Excel text markers off: ="…", a leading apostrophe or tab.
    static QString clean(const QString &field);

private:
    QString m_encoding;
};
