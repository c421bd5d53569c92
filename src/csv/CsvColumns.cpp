#include "CsvColumns.h"

#include "base/ShownText.h"

#include <QCoreApplication>

CsvColumns::CsvColumns(const CsvFile &csv, const QString &fileName, const QList<CsvColumn> &columns,
                       QList<CsvProblem> *problems)
    : m_fileName(fileName)
    , m_header(csv.rows.isEmpty() ? QStringList() : csv.rows.first().fields)
    , m_headerLine(csv.rows.isEmpty() ? 0 : csv.rows.first().line)
    , m_columns(columns)
{
    for (int c = 0; c < columns.size(); ++c) {
        m_at << CsvFile::column(m_header, columns.at(c).names);
        if (m_at.last() < 0 && columns.at(c).required)
            *problems << missing(c, QCoreApplication::translate("CsvColumns", "required column is missing"));
    }
}

QString CsvColumns::value(const CsvRow &row, int column) const
{
    return has(column) ? CsvFile::clean(row.fields.value(m_at.at(column))) : QString();
}

CsvProblem CsvColumns::problem(const CsvRow &row, int column, const QString &why, const QString &value) const
{
    const bool cell = has(column);
    return CsvProblem{m_fileName, row.line, cell ? m_header.value(m_at.at(column)) : QString(), why,
                      ShownText::excerpt(!value.isEmpty() ? value : this->value(row, column))};
}

CsvProblem CsvColumns::missing(int column, const QString &why) const
{
    return CsvProblem{m_fileName, m_headerLine, m_columns.value(column).names.value(0), why};
}
