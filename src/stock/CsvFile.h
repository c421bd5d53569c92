#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A CSV file as rows of fields, each row with the line it starts on (for error messages).
// Reads UTF-8 (with or without BOM) or GBK/GB18030, comma or tab delimited, quoted fields with
// commas, quotes and newlines, CRLF; strips Excel's text markers (="123", leading ' or tab).
struct CsvRow {
    int line = 0;
    QStringList fields;
};

class CsvFile {
public:
    // Decodes and splits; false with error() when the file cannot be read.
    bool read(const QString &path);
    void parse(const QByteArray &bytes);

    QString error() const { return m_error; }
    QString encoding() const { return m_encoding; }
    QList<CsvRow> rows; // header first; blank lines dropped

    // Index of the first header name (case-insensitive, trimmed) that matches one of the aliases.
    static int column(const QStringList &header, const QStringList &aliases);
    // Excel text markers off: ="…", a leading apostrophe or tab.
    static QString clean(const QString &field);

    // Writing: fields quoted when needed, CRLF line ends.
    static QString line(const QStringList &fields);
    // UTF-8 with BOM, or GBK (GB18030) for the shop's upload tools.
    static QByteArray encode(const QString &text, bool gbk);

private:
    QString m_error;
    QString m_encoding;
};
