#pragma once

#include "TextEncoding.h"

#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

// One record of a CSV file: its fields and the physical line it starts on (1-based).
// A record whose quoting is broken carries an error and no fields.
struct CsvRecord {
    QStringList fields;
    qint64 line = 0;
    QString error;
    bool isBlank() const;
};

// A streaming CSV reader for shop exports: decodes in blocks (never the whole file in memory),
// takes quoted fields with embedded delimiters, doubled quotes and line breaks, CRLF/LF/CR line
// ends, a BOM, comma or tab as delimiter (detected on the header line), and skips blank lines.
// A quote that is never closed, or text right after a closing quote, makes that record an error
// and reading resumes on the next physical line, so one broken row does not swallow the file.
class CsvReader {
public:
    CsvReader(QIODevice *device, TextEncoding encoding, QChar delimiter = QChar());
    // The same over text already in memory (tests, fuzzing).
    explicit CsvReader(const QString &text, QChar delimiter = QChar());

    // Fills the next record; false at the end of the file.
    bool next(CsvRecord &record);
    QChar delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_bytesRead; }
    // True if the decoder met bytes that are not valid in the file's encoding.
    bool hadDecodingErrors() const;

private:
    enum class Parse { Complete, NeedMore, Broken };
    bool fill();
    void detectDelimiter();
    Parse parse(qsizetype start, CsvRecord &record, qsizetype *end, qint64 *lines);

    QIODevice *m_device = nullptr;
    QStringDecoder m_decoder;
    QString m_buf;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_started = false;
    QChar m_delimiter;
};
