#pragma once

#include "TextEncoding.h"

#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

// One record of a CSV file: its fields and the physical line it starts on (1-based).
// A record whose quoting is broken, that is too long or holds a control character carries an
// error and no fields; errorField is the field (1-based) the error is about, 0 for the record.
struct CsvRecord {
    QStringList fields;
    qint64 line = 0;
    QString error;
    int errorField = 0;
    bool isBlank() const;
};

// A streaming CSV reader for shop exports: decodes in blocks (never the whole file in memory),
// takes quoted fields with embedded delimiters, doubled quotes and line breaks, CRLF/LF/CR line
// ends, a BOM, comma or tab as delimiter (detected on the header line), and skips blank lines.
// A quote that is never closed, or text right after a closing quote, makes that record an error
// and reading resumes on the next physical line, so one broken row does not swallow the file.
// A field over kMaxFieldChars or a record over kMaxRecordChars is an error found at once and
// skipped to its end without being kept: memory stays at one record's cap plus one block, however
// long the line. Control characters other than tab and line breaks (NUL, ESC, …) make the
// record an error: they are not text, and stored they would reach labels and terminals.
class CsvReader {
public:
    static constexpr qsizetype kMaxFieldChars = 64 * 1024;
    static constexpr qsizetype kMaxRecordChars = 1024 * 1024;

    CsvReader(QIODevice *device, TextEncoding encoding, QChar delimiter = QChar());
    // The same over text already in memory (tests, fuzzing).
    explicit CsvReader(const QString &text, QChar delimiter = QChar());

    // Fills the next record; false at the end of the file.
    bool next(CsvRecord &record);
    QChar delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_bytesRead; }
    // True if the decoder met bytes that are not valid in the file's encoding.
    bool hadDecodingErrors() const;
    // The most text held at once (characters): one record's cap plus a block at worst.
    qsizetype peakBufferChars() const { return m_peakBuffer; }

private:
    enum class Parse { Complete, NeedMore, Broken, TooLong };
    // Where parse() gave up on a record past a cap, for skipOverlong() to go on from.
    struct Overlong {
        int field = 0;       // 1-based; 0: the record as a whole
        bool quoted = false; // inside the quoted field at `pos`
        qint64 fieldChars = 0;
        qint64 recordChars = 0;
        qint64 breaks = 0;
        qsizetype pos = 0;
    };
    bool fill();
    void detectDelimiter();
    Parse parse(qsizetype start, CsvRecord &record, qsizetype *end, qint64 *lines);
    void skipOverlong(CsvRecord &record);

    QIODevice *m_device = nullptr;
    QStringDecoder m_decoder;
    QString m_buf;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    qsizetype m_peakBuffer = 0;
    bool m_eof = false;
    bool m_started = false;
    QChar m_delimiter;
    Overlong m_overlong;
};
