#include "CsvFile.h"

#include "CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

Result<CsvFile> CsvFile::open(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return Result<CsvFile>::failure(
            QCoreApplication::translate("CsvFile", "Cannot read %1: %2").arg(path, file.errorString()));
    CsvFile csv;
    csv.read(file);
    return Result<CsvFile>::success(std::move(csv));
}

void CsvFile::parse(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    read(buffer);
}

void CsvFile::read(QIODevice &device)
{
    const TextEncoding encoding = TextEncodings::detect(device);
    m_encoding = QString::fromLatin1(TextEncodings::codecName(encoding));
    rows.clear();
    CsvReader reader(&device, encoding);
    CsvRecord record;
    while (reader.next(record)) {
        if (!record.error.isEmpty())
            rows << CsvRow{int(record.line), {}, record.error, record.errorField};
        else if (!record.isBlank())
            rows << CsvRow{int(record.line), record.fields, {}, 0};
    }
}

QList<CsvProblem> CsvFile::nothingToImport(const QString &fileName) const
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("CsvFile", text);
    };
    if (rows.isEmpty())
        return {CsvProblem{fileName, 1, {}, tr("the file is empty (no header row)")}};
    if (!rows.first().error.isEmpty())
        return {CsvProblem{
            fileName, rows.first().line, {}, tr("the header row is refused: %1").arg(rows.first().error)}};
    if (rows.size() == 1)
        return {CsvProblem{fileName,
                           rows.first().line,
                           {},
                           tr("the file has a header but no rows: there is nothing to import")}};
    return {};
}

CsvProblem CsvFile::refused(const QString &fileName, const CsvRow &row) const
{
    const QString column =
        row.errorField > 0 && !rows.isEmpty() ? rows.first().fields.value(row.errorField - 1) : QString();
    return CsvProblem{fileName, row.line, column, row.error};
}

int CsvFile::column(const QStringList &header, const QStringList &aliases)
{
    for (const QString &alias : aliases)
        for (int i = 0; i < header.size(); ++i)
            if (header.at(i).trimmed().compare(alias, Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

QString CsvFile::clean(const QString &field)
{
    QString s = field.trimmed();
    if (s.startsWith(u"=\"") && s.endsWith(u'"') && s.size() >= 3)
        s = s.mid(2, s.size() - 3);
    while (s.startsWith(u'\'') || s.startsWith(u'\t'))
        s.remove(0, 1);
    return s.trimmed();
}
