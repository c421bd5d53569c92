#include "CsvSource.h"

#include "FieldText.h"
#include "base/Error.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CsvSource", text);
}
} // namespace

CsvSource::CsvSource(const QString &path)
    : m_path(path)
    , m_file(path)
{
    if (QFileInfo(path).isDir() || !m_file.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot read the file (%2).").arg(path, m_file.errorString()));
    m_encoding = TextEncodings::detect(m_file);
    m_reader = std::make_unique<CsvReader>(&m_file, m_encoding);
    CsvRecord header;
    while (m_reader->next(header)) {
        if (!header.error.isEmpty())
            throw Error(tr("%1, line %2: the header row is broken: %3")
                            .arg(fileName())
                            .arg(header.line)
                            .arg(header.error));
        if (!header.isBlank())
            break;
    }
    if (header.fields.isEmpty() || header.isBlank())
        throw Error(tr("%1: the file is empty (no header row).").arg(fileName()));
    m_header = header.fields;
    m_width = int(m_header.size());
    while (m_width > 0 && FieldText::trimmed(m_header.at(m_width - 1)).isEmpty())
        --m_width;
}

QString CsvSource::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QString CsvSource::errorColumn(const CsvRecord &record) const
{
    return record.errorField > 0 ? m_header.value(record.errorField - 1) : QString();
}

QString CsvSource::shapeProblem(const CsvRecord &record) const
{
    const qsizetype n = record.fields.size();
    if (n < m_width)
        return tr("short row: %1 fields where the header has %2").arg(n).arg(m_width);
    for (qsizetype i = std::max<qsizetype>(m_width, m_header.size()); i < n; ++i)
        if (!FieldText::trimmed(record.fields.at(i)).isEmpty())
            return tr("long row: %1 fields where the header has %2 (a delimiter inside an unquoted field?)")
                .arg(n)
                .arg(m_width);
    return {};
}
