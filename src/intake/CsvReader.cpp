#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
constexpr qint64 kReadBlock = 256 * 1024;
// A record longer than this is a quote left open, not a buyer message.
constexpr qsizetype kMaxRecordChars = 1 << 20;

QString tr(const char *text) {
    return QCoreApplication::translate("CsvReader", text);
}
} // namespace

bool CsvRecord::isBlank() const {
    for (const QString &f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return error.isEmpty();
}

CsvReader::CsvReader(QIODevice *device, TextEncoding encoding, QChar delimiter)
    : m_device(device)
    , m_decoder(TextEncodings::codecName(encoding))
    , m_delimiter(delimiter) {}

CsvReader::CsvReader(const QString &text, QChar delimiter)
    : m_buf(text)
    , m_eof(true)
    , m_delimiter(delimiter) {}

bool CsvReader::hadDecodingErrors() const {
    return m_device && m_decoder.hasError();
}

bool CsvReader::fill() {
    if (m_eof)
        return false;
    const QByteArray bytes = m_device->read(kReadBlock);
    if (bytes.isEmpty()) {
        m_eof = true;
        // Flush a multi-byte sequence cut off at the end of the file.
        const QString rest = m_decoder.decode(QByteArrayView());
        m_buf += rest;
        return !rest.isEmpty();
    }
    m_bytesRead += bytes.size();
    // Drop what is parsed already so memory stays at one record plus one block.
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    m_buf += m_decoder.decode(bytes);
    return true;
}

void CsvReader::detectDelimiter() {
    // On the header line: the more frequent of tab and comma outside quotes.
    while (!m_eof && m_buf.indexOf(u'\n') < 0)
        fill();
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buf.size(); ++i) {
        const QChar c = m_buf.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    m_delimiter = tabs > commas ? QChar(u'\t') : QChar(u',');
}

// Parses one record starting at `start`. NeedMore: the buffer ends inside the record and more
// text may come. Broken: quoting is wrong; `end` is then where the record's first line ends.
CsvReader::Parse CsvReader::parse(qsizetype start, CsvRecord &record, qsizetype *end, qint64 *lines) {
    const QChar *data = m_buf.constData();
    const qsizetype size = m_buf.size();
    const char16_t delim = m_delimiter.unicode();
    record.fields.clear();
    record.error.clear();
    qint64 breaks = 0;
    qsizetype i = start;
    QString field;

    auto brokenAt = [&](const QString &why) {
        record.fields.clear();
        record.error = why;
        // Resume after the first line end of the record.
        qsizetype j = start;
        while (j < size && data[j] != u'\n' && data[j] != u'\r')
            ++j;
        if (j < size && data[j] == u'\r' && j + 1 < size && data[j + 1] == u'\n')
            ++j;
        *end = j < size ? j + 1 : size;
        *lines = 1;
        return Parse::Broken;
    };

    for (;;) {
        // One field.
        if (i < size && data[i] == u'"') {
            const qint64 openedOn = m_line + breaks;
            ++i;
            field.clear();
            for (;;) {
                if (i >= size || i - start > kMaxRecordChars) {
                    if (!m_eof && i - start <= kMaxRecordChars)
                        return Parse::NeedMore;
                    return brokenAt(tr("a quote opened on line %1 is never closed").arg(openedOn));
                }
                const QChar c = data[i];
                if (c == u'"') {
                    if (i + 1 >= size && !m_eof)
                        return Parse::NeedMore;
                    if (i + 1 < size && data[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (c == u'\n' || (c == u'\r' && !(i + 1 < size && data[i + 1] == u'\n')))
                    ++breaks;
                else if (c == u'\r' && i + 1 >= size && !m_eof)
                    return Parse::NeedMore;
                field += c;
                ++i;
            }
            // Spaces may follow a closing quote; anything else means the quoting is wrong.
            while (i < size && (data[i] == u' ' || (data[i] == u'\t' && delim != u'\t')))
                ++i;
            if (i >= size && !m_eof)
                return Parse::NeedMore;
            if (i < size && data[i] != delim && data[i] != u'\n' && data[i] != u'\r')
                return brokenAt(tr("text follows a closing quote (a quote inside a field must be doubled)"));
            record.fields.append(field);
        } else {
            const qsizetype from = i;
            while (i < size && data[i] != delim && data[i] != u'\n' && data[i] != u'\r')
                ++i;
            if (i >= size && !m_eof)
                return Parse::NeedMore;
            record.fields.append(QString(data + from, i - from));
        }
        // After a field: delimiter, line end, or end of text.
        if (i >= size) {
            *end = size;
            *lines = breaks + 1;
            return Parse::Complete;
        }
        if (data[i] == delim) {
            ++i;
            continue;
        }
        if (data[i] == u'\r') {
            if (i + 1 >= size && !m_eof)
                return Parse::NeedMore;
            if (i + 1 < size && data[i + 1] == u'\n')
                ++i;
        }
        *end = i + 1;
        *lines = breaks + 1;
        return Parse::Complete;
    }
}

bool CsvReader::next(CsvRecord &record) {
    if (!m_started) {
        m_started = true;
        if (m_device)
            fill();
        if (m_buf.startsWith(QChar(0xFEFF)))
            m_pos = 1;
        if (m_delimiter.isNull())
            detectDelimiter();
    }
    for (;;) {
        if (m_pos >= m_buf.size() && !fill())
            return false;
        if (m_pos >= m_buf.size())
            continue;
        // Blank lines are skipped (the blank last line most exports end with).
        const QChar c = m_buf.at(m_pos);
        if (c == u'\n' || c == u'\r') {
            if (c == u'\r') {
                if (m_pos + 1 >= m_buf.size() && fill())
                    continue;
                if (m_pos + 1 < m_buf.size() && m_buf.at(m_pos + 1) == u'\n')
                    ++m_pos;
            }
            ++m_pos;
            ++m_line;
            continue;
        }
        qsizetype end = 0;
        qint64 lines = 0;
        const Parse p = parse(m_pos, record, &end, &lines);
        if (p == Parse::NeedMore) {
            fill();
            continue;
        }
        record.line = m_line;
        m_line += lines;
        m_pos = end;
        return true;
    }
}
