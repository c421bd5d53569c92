#include "CsvReader.h"

#include "base/ShownText.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
constexpr qint64 kReadBlock = 256 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}
} // namespace

bool CsvRecord::isBlank() const
{
    for (const QString &f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return error.isEmpty();
}

CsvReader::CsvReader(QIODevice *device, TextEncoding encoding, QChar delimiter)
    : m_device(device)
    , m_decoder(TextEncodings::codecName(encoding))
    , m_delimiter(delimiter)
{
}

CsvReader::CsvReader(const QString &text, QChar delimiter)
    : m_buf(text)
    , m_eof(true)
    , m_delimiter(delimiter)
{
}

bool CsvReader::hadDecodingErrors() const
{
    return m_device && m_decoder.hasError();
}

bool CsvReader::fill()
{
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
    m_peakBuffer = std::max(m_peakBuffer, m_buf.size());
    return true;
}

void CsvReader::detectDelimiter()
{
    // On the header line: the more frequent of tab and comma outside quotes.
    // A header line past the record cap is not read whole: parse() refuses it as too long.
    while (!m_eof && m_buf.indexOf(u'\n', m_pos) < 0 && m_buf.size() - m_pos <= kMaxRecordChars)
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
// TooLong: a cap was passed; m_overlong says where, for skipOverlong().
CsvReader::Parse CsvReader::parse(qsizetype start, CsvRecord &record, qsizetype *end, qint64 *lines)
{
    const QChar *data = m_buf.constData();
    const qsizetype size = m_buf.size();
    const char16_t delim = m_delimiter.unicode();
    const qsizetype recordLimit = start + kMaxRecordChars;
    record.fields.clear();
    record.error.clear();
    record.errorField = 0;
    qint64 breaks = 0;
    qsizetype i = start;
    QString field;
    // The first control character: its field (1-based), the character, where in the field.
    int controlField = 0;
    char16_t control = 0;
    qsizetype controlAt = 0;

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
    auto tooLong = [&](bool quoted, qsizetype fieldFrom) {
        const bool fieldOver = i - fieldFrom > kMaxFieldChars;
        m_overlong = Overlong{
            fieldOver ? int(record.fields.size()) + 1 : 0, quoted, i - fieldFrom, i - start, breaks, i};
        return Parse::TooLong;
    };
    auto noteControl = [&](char16_t c, qsizetype at) {
        if (controlField == 0 && ShownText::isControl(c)) {
            controlField = int(record.fields.size()) + 1;
            control = c;
            controlAt = at;
        }
    };
    auto complete = [&](qsizetype endAt) {
        *end = endAt;
        *lines = breaks + 1;
        if (controlField > 0) {
            record.error =
                tr("field %1 holds the control character %2 at character %3 (\"%4\"): only text is "
                   "taken (tabs and line breaks are fine); the row is refused, remove the character "
                   "from the file")
                    .arg(controlField)
                    .arg(ShownText::nameOf(control), QString::number(controlAt + 1),
                         ShownText::excerpt(record.fields.value(controlField - 1)));
            record.errorField = controlField;
            record.fields.clear();
        }
        return Parse::Complete;
    };

    for (;;) {
        // One field.
        if (i < size && data[i] == u'"') {
            const qint64 openedOn = m_line + breaks;
            ++i;
            const qsizetype from = i;
            const qsizetype limit = std::min(from + kMaxFieldChars, recordLimit);
            field.clear();
            for (;;) {
                if (i > limit)
                    return tooLong(true, from);
                if (i >= size) {
                    if (!m_eof)
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
                else
                    noteControl(c.unicode(), field.size());
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
            const qsizetype limit = std::min(from + kMaxFieldChars, recordLimit);
            while (i < size) {
                const char16_t c = data[i].unicode();
                if (c == delim || c == u'\n' || c == u'\r')
                    break;
                noteControl(c, i - from);
                if (++i > limit)
                    return tooLong(false, from);
            }
            if (i >= size && !m_eof)
                return Parse::NeedMore;
            record.fields.append(QString(data + from, i - from));
        }
        // After a field: delimiter, line end, or end of text.
        if (i >= size)
            return complete(size);
        if (data[i] == delim) {
            // Empty fields advance too: a line of ten million commas is as long as any other.
            if (++i > recordLimit)
                return tooLong(false, i);
            continue;
        }
        if (data[i] == u'\r') {
            if (i + 1 >= size && !m_eof)
                return Parse::NeedMore;
            if (i + 1 < size && data[i + 1] == u'\n')
                ++i;
        }
        return complete(i + 1);
    }
}

// Reads on past a record that broke a cap, keeping none of it, to the record's real end: its
// line end outside quotes (so an 8 MB quoted message is one field too long, not a quote "never
// closed" followed by rows invented from its middle). Memory: one block at a time.
void CsvReader::skipOverlong(CsvRecord &record)
{
    const Overlong o = m_overlong;
    const char16_t delim = m_delimiter.unicode();
    enum class State { Quoted, AfterQuote, Unquoted, FieldStart };
    State state = o.quoted ? State::Quoted : State::Unquoted;
    bool inField = o.field > 0;
    qint64 fieldChars = o.fieldChars;
    qint64 recordChars = o.recordChars;
    qint64 breaks = o.breaks;
    bool lastWasCr = false;
    qsizetype i = o.pos;
    for (;;) {
        if (i >= m_buf.size()) {
            m_pos = i;
            if (!fill())
                break; // the end of the file
            i = m_pos;
            continue;
        }
        const char16_t c = m_buf.at(i).unicode();
        const bool lineEnd = c == u'\n' || c == u'\r';
        if (state == State::Quoted) {
            if (c == u'"')
                state = State::AfterQuote;
            else if (lineEnd && !(c == u'\n' && lastWasCr))
                ++breaks;
        } else if (state == State::AfterQuote && c == u'"') {
            state = State::Quoted; // a doubled quote
        } else if (c == delim) {
            state = State::FieldStart;
            inField = false;
        } else if (lineEnd) {
            break;
        } else {
            state = state == State::FieldStart && c == u'"' ? State::Quoted : State::Unquoted;
        }
        lastWasCr = c == u'\r';
        ++recordChars;
        fieldChars += inField;
        ++i;
    }
    const bool atEnd = i >= m_buf.size();
    if (!atEnd) {
        const bool cr = m_buf.at(i) == u'\r';
        ++i;
        if (cr && i >= m_buf.size()) {
            m_pos = i;
            fill();
            i = m_pos;
        }
        if (cr && i < m_buf.size() && m_buf.at(i) == u'\n')
            ++i;
    }
    m_pos = i;
    record.fields.clear();
    record.line = m_line;
    record.errorField = o.field;
    if (atEnd && state == State::Quoted)
        record.error = tr("a quote in this row is never closed: the rest of the file (%1 characters) was "
                          "skipped as one field")
                           .arg(recordChars);
    else if (o.field > 0)
        record.error = tr("field %1 is too long: %2 characters, the limit is %3")
                           .arg(o.field)
                           .arg(fieldChars)
                           .arg(kMaxFieldChars);
    else
        record.error =
            tr("the row is too long: %1 characters, the limit is %2").arg(recordChars).arg(kMaxRecordChars);
    m_line += breaks + 1;
}

bool CsvReader::next(CsvRecord &record)
{
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
        if (p == Parse::TooLong) {
            skipOverlong(record);
            return true;
        }
        record.line = m_line;
        m_line += lines;
        m_pos = end;
        return true;
    }
}
