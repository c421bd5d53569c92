#pragma once

#include "csv/CsvReader.h"

#include <QFile>
#include <QStringList>
#include <memory>

// An export file opened for reading: encoding detected, header read, rows checked for shape.
class CsvSource {
public:
    // Throws Error (naming the file) if it cannot be read or has no header.
    explicit CsvSource(const QString &path);

    QString path() const { return m_path; }
    QString fileName() const;
    TextEncoding encoding() const { return m_encoding; }
    QStringList header() const { return m_header; }
    qint64 size() const { return m_file.size(); }
    qint64 bytesRead() const { return m_reader->bytesRead(); }
    bool next(CsvRecord &record) { return m_reader->next(record); }
    QChar delimiter() const { return m_reader->delimiter(); }
    // Why a record's field count does not fit the header ("" when it does). Extra fields are
    // fine when empty (trailing delimiters); missing ones are not.
    QString shapeProblem(const CsvRecord &record) const;
    // The header name of the field a record's error is about ("" for the record as a whole).
    QString errorColumn(const CsvRecord &record) const;

private:
    QString m_path;
    QFile m_file;
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::unique_ptr<CsvReader> m_reader;
    QStringList m_header;
    int m_width = 0; // header columns up to the last named one
};
