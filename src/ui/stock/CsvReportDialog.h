#pragma once

#include "csv/CsvReport.h"

#include <QDialog>

class QLabel;
class QTableWidget;

// What a CSV import did: one sentence, and when the file was refused, every bad row in a table
// (row, column, value, why) so the person can fix the spreadsheet in one go.
class CsvReportDialog : public QDialog {
    Q_OBJECT
public:
    CsvReportDialog(const QString &title, const QString &summary, const CsvReport &report,
                    QWidget *parent = nullptr);

    enum Column { RowColumn, FieldColumn, ValueColumn, WhyColumn, ColumnCount };
    QTableWidget *problems() const { return m_table; }
    QLabel *summary() const { return m_summary; }

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};
