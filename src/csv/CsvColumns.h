#pragma once

#include "CsvFile.h"
#include "CsvReport.h"

#include <QList>
#include <QString>
#include <QStringList>

// A column an importer reads, known by any of its header names (case-insensitive, trimmed).
struct CsvColumn {
    QStringList names; // the first names the column when it is missing
    bool required = false;
};

// Where a small file's columns stand (found in its header row) and its cells read by column, for
// the importers of stock, catalogue and listings files: cells come cleaned of Excel's text
// markers, and a bad cell is reported with file, line, header name and value.
class CsvColumns {
public:
    // A required column that is not in the header is added to *problems.
    CsvColumns(const CsvFile &csv, const QString &fileName, const QList<CsvColumn> &columns,
               QList<CsvProblem> *problems);

    bool has(int column) const { return m_at.value(column, -1) >= 0; }
    // The cell's text, cleaned; empty when the file has no such column.
    QString value(const CsvRow &row, int column) const;
    // A problem with one cell (shown with the cell's text unless value is given); column -1 or a
    // column the file lacks: the row as a whole.
    CsvProblem problem(const CsvRow &row, int column, const QString &why, const QString &value = {}) const;
    // A problem with the header row: the column is not there.
    CsvProblem missing(int column, const QString &why) const;
    // each(row) for every data row in turn, counted in report.rows; a row the reader could not
    // split goes to report.problems instead.
    template <class Each> void eachRow(const CsvFile &csv, CsvReport &report, Each each) const
    {
        for (qsizetype r = 1; r < csv.rows.size(); ++r) {
            const CsvRow &row = csv.rows.at(r);
            ++report.rows;
            if (row.error.isEmpty())
                each(row);
            else
                report.problems << csv.refused(m_fileName, row);
        }
    }

private:
    QString m_fileName;
    QStringList m_header;
    int m_headerLine = 0;
    QList<CsvColumn> m_columns;
    QList<int> m_at; // column → index in the file, -1 if absent
};
