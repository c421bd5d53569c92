#include "JsonPositions.h"

namespace {
constexpr int MaxDepth = 1024; // QJsonDocument refuses deeper nesting anyway

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

JsonPositions::JsonPositions(const QByteArray &json)
    : m_json(json)
{
    qsizetype i = 0;
    if (m_json.startsWith("\xEF\xBB\xBF"))
        i = 3;
    scanValue(skipSpace(i), QString(), 0);
}

qsizetype JsonPositions::skipSpace(qsizetype i) const
{
    while (i < m_json.size() &&
           (m_json[i] == ' ' || m_json[i] == '\t' || m_json[i] == '\n' || m_json[i] == '\r'))
        ++i;
    return i;
}

qsizetype JsonPositions::scanString(qsizetype i, QString *decoded) const
{
    // i is at the opening quote; returns the offset after the closing one.
    qsizetype rawFrom = ++i;
    const auto flush = [&](qsizetype to) {
        if (decoded && to > rawFrom)
            *decoded += QString::fromUtf8(m_json.constData() + rawFrom, to - rawFrom);
    };
    while (i < m_json.size()) {
        const char c = m_json[i];
        if (c == '"') {
            flush(i);
            return i + 1;
        }
        if (c != '\\') {
            ++i;
            continue;
        }
        flush(i);
        if (i + 1 >= m_json.size())
            return m_json.size();
        const char e = m_json[i + 1];
        if (e == 'u') {
            int code = 0;
            for (int k = 2; k < 6; ++k) {
                const int h = i + k < m_json.size() ? hexValue(m_json[i + k]) : -1;
                code = h < 0 ? -1 : (code < 0 ? -1 : code * 16 + h);
            }
            if (decoded && code >= 0)
                *decoded += QChar(char16_t(code)); // surrogate halves arrive one escape each
            i = std::min(i + 6, m_json.size());
        } else {
            if (decoded) {
                static const QHash<char, QChar> simple{{'"', u'"'},  {'\\', u'\\'}, {'/', u'/'},
                                                       {'b', u'\b'}, {'f', u'\f'},  {'n', u'\n'},
                                                       {'r', u'\r'}, {'t', u'\t'}};
                *decoded += simple.value(e, QChar(u'\uFFFD'));
            }
            i += 2;
        }
        rawFrom = i;
    }
    return m_json.size();
}

qsizetype JsonPositions::scanValue(qsizetype i, const QString &path, int depth)
{
    if (i >= m_json.size() || depth > MaxDepth)
        return m_json.size();
    m_values.insert(path, i);
    const QString prefix = path.isEmpty() ? QString() : path + u'/';
    const char c = m_json[i];
    if (c == '"')
        return scanString(i, nullptr);
    if (c == '{') {
        i = skipSpace(i + 1);
        while (i < m_json.size() && m_json[i] != '}') {
            if (m_json[i] != '"')
                return m_json.size(); // not JSON: stop here
            QString key;
            const qsizetype keyAt = i;
            i = skipSpace(scanString(i, &key));
            if (i >= m_json.size() || m_json[i] != ':')
                return m_json.size();
            m_keys.insert(prefix + key, keyAt); // a repeated key: the last one counts, as in QJsonObject
            i = skipSpace(scanValue(skipSpace(i + 1), prefix + key, depth + 1));
            if (i < m_json.size() && m_json[i] == ',')
                i = skipSpace(i + 1);
        }
        return std::min(i + 1, m_json.size());
    }
    if (c == '[') {
        i = skipSpace(i + 1);
        int index = 0;
        while (i < m_json.size() && m_json[i] != ']') {
            const qsizetype before = i;
            i = skipSpace(scanValue(i, prefix + QString::number(index++), depth + 1));
            if (i < m_json.size() && m_json[i] == ',')
                i = skipSpace(i + 1);
            else if (i == before)
                return m_json.size();
        }
        return std::min(i + 1, m_json.size());
    }
    // A number, true, false or null: up to the next delimiter.
    const auto delimiter = [](char d) {
        return d == ',' || d == '}' || d == ']' || d == ' ' || d == '\t' || d == '\r' || d == '\n';
    };
    while (i < m_json.size() && !delimiter(m_json[i]))
        ++i;
    return i;
}

qsizetype JsonPositions::offsetOf(const QString &path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        const auto it = m_values.constFind(p);
        if (it != m_values.cend())
            return *it;
        const qsizetype slash = p.lastIndexOf(u'/');
        p = slash < 0 ? QString() : p.left(slash);
    }
    return m_values.value(QString(), 0);
}

JsonPositions::Place JsonPositions::value(const QString &path) const
{
    return at(m_json, offsetOf(path));
}

JsonPositions::Place JsonPositions::key(const QString &path) const
{
    const auto it = m_keys.constFind(path);
    return at(m_json, it != m_keys.cend() ? *it : offsetOf(path));
}

JsonPositions::Place JsonPositions::inString(const QString &path, qsizetype index) const
{
    const auto it = m_values.constFind(path);
    if (it == m_values.cend() || *it >= m_json.size() || m_json[*it] != '"')
        return value(path);
    qsizetype i = *it + 1;
    qsizetype units = 0;
    while (i < m_json.size() && m_json[i] != '"' && units < index) {
        const uchar c = uchar(m_json[i]);
        if (c == '\\') {
            i += i + 1 < m_json.size() && m_json[i + 1] == 'u' ? 6 : 2;
            ++units;
        } else {
            const int length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            i += length;
            units += length == 4 ? 2 : 1; // beyond the BMP: two UTF-16 units, as the editor counts
        }
    }
    return at(m_json, std::min(i, m_json.size()));
}

JsonPositions::Place JsonPositions::at(const QByteArray &json, qsizetype offset)
{
    // The offset counts bytes of UTF-8; an editor counts characters.
    const QByteArray before = json.left(std::clamp<qsizetype>(offset, 0, json.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return {int(before.count('\n')) + 1, int(QString::fromUtf8(before.mid(lineStart)).size()) + 1};
}
