#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

// What a table holds, in two numbers that two databases can compare after a copy: its rows and a
// checksum over them. The checksum is the sum of a hash of each row (its values as text, NULL
// told apart from ""), so it does not depend on the order rows are read in, nor on the engine:
// SQLite's and PostgreSQL's integers and texts read back as the same text.
class TableDigest {
public:
    void add(const QVariantList &row);

    qint64 rows() const { return m_rows; }
    quint64 checksum() const { return m_sum; }
    QString checksumText() const; // 16 hex digits
    bool operator==(const TableDigest &other) const = default;

    // Reads every row of table (columns as given) on db.
    static TableDigest of(const QSqlDatabase &db, const QString &table, const QStringList &columns);

    // The statement that reads every row of table, and one row's values from it.
    static QString selectAll(const QSqlDatabase &db, const QString &table, const QStringList &columns);
    static QVariantList valuesOf(const QSqlQuery &row, qsizetype columns);

private:
    qint64 m_rows = 0;
    quint64 m_sum = 0;
};
