#include "TableDigest.h"

#include "Sql.h"

#include <QSqlDriver>

#include <QCryptographicHash>
#include <QtEndian>

void TableDigest::add(const QVariantList &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QVariant &v : row) {
        if (v.isNull()) {
            hash.addData("\x01", 1);
        } else {
            hash.addData("\x02", 1);
            hash.addData(v.toString().toUtf8());
        }
        hash.addData("\x00", 1); // ends a value: "ab","c" differs from "a","bc"
    }
    m_sum += qFromBigEndian<quint64>(hash.result().constData()); // wraps: a sum modulo 2^64
    ++m_rows;
}

QString TableDigest::checksumText() const
{
    return QStringLiteral("%1").arg(m_sum, 16, 16, QLatin1Char('0'));
}

TableDigest TableDigest::of(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    TableDigest digest;
    QSqlQuery rows = Sql::stream(db, selectAll(db, table, columns));
    while (rows.next())
        digest.add(valuesOf(rows, columns.size()));
    return digest;
}

QString TableDigest::selectAll(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    // Names come from the catalog, quoted as identifiers.
    return QStringLiteral("SELECT %1 FROM %2")
        .arg(Sql::columnList(db, columns), db.driver()->escapeIdentifier(table, QSqlDriver::TableName));
}

QVariantList TableDigest::valuesOf(const QSqlQuery &row, qsizetype columns)
{
    QVariantList values;
    values.reserve(columns);
    for (int i = 0; i < columns; ++i)
        values << row.value(i);
    return values;
}
