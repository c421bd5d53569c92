#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a CSV import did, or why it did nothing: every bad row with file, line, column, value and why.
struct CsvProblem {
    QString file;
    int line = 0;
    QString column; // header name; empty for the whole row/file
    QString why;
    QString value = {}; // what the cell held, when the problem is one cell (= {}: may be left out)
    QString text() const
    {
        return column.isEmpty() ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(why)
                                : QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(column, why);
    }
};

struct CsvReport {
    int rows = 0;               // data rows read
    int created = 0;            // new entries
    int changed = 0;            // updated entries (not those already so) or ledger rows posted
    QList<CsvProblem> problems; // not empty: nothing was written
    bool ok() const { return problems.isEmpty(); }
    // A file that could not be read at all (CsvFile::open's refusal).
    static CsvReport unreadable(const QString &file, const QString &why)
    {
        return {0, 0, 0, {{file, 0, {}, why}}};
    }
};
