#include "StagedInsert.h"

#include "CopyLoad.h"
#include "Sql.h"

#include <QCryptographicHash>
#include <QSqlDriver>

StagedInsert::StagedInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                           const QStringList &key)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_key(key)
{
    for (const QString &k : key)
        m_keyAt << columns.indexOf(k);
    // One staging table per table and column list, kept by the connection for its session (so a
    // load costs no catalog writes); emptied at every commit and by each load that reads it.
    const QByteArray digest =
        QCryptographicHash::hash(columns.join(u',').toUtf8(), QCryptographicHash::Md5).toHex().left(8);
    m_stage = QStringLiteral("packline_stage_%1_%2").arg(table, QString::fromLatin1(digest));
}

void StagedInsert::add(const QVariantList &values)
{
    QByteArray key;
    for (qsizetype at : std::as_const(m_keyAt)) {
        const QVariant &v = values.at(at);
        key += v.isNull() ? QByteArray(1, '\1') : '\2' + v.toString().toUtf8(); // NULL apart from any text
        key += '\0';
    }
    if (m_keys.contains(key))
        return;
    m_keys.insert(key);
    m_rows << values;
}

void StagedInsert::finish()
{
    if (m_rows.isEmpty())
        return;
    // Names come from the catalog, quoted as identifiers; rows travel as COPY data.
    const QString table = m_db.driver()->escapeIdentifier(m_table, QSqlDriver::TableName);
    const QString stage = m_db.driver()->escapeIdentifier(m_stage, QSqlDriver::TableName);
    const QString columns = Sql::columnList(m_db, m_columns);
    Sql::run(m_db,
             QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 ON COMMIT DELETE ROWS AS SELECT %2 FROM "
                            "%3 WITH NO DATA")
                 .arg(stage, columns, table));
    {
        CopyLoad copy(m_db, QStringLiteral("pg_temp.") + m_stage, m_columns);
        for (const QVariantList &row : std::as_const(m_rows))
            copy.add(row);
        copy.finish();
    }
    m_rows.clear();
    m_keys.clear();
    const QString keyList = Sql::columnList(m_db, m_key);
    // Emptied as it is read (a second load in the same transaction starts afresh); taken in key
    // order, so two writers over the same keys lock them in the same order and never deadlock.
    Sql::run(m_db, QStringLiteral("WITH staged AS (DELETE FROM pg_temp.%1 RETURNING %2) INSERT INTO %3 (%2) "
                                  "SELECT %2 FROM staged ORDER BY %4 ON CONFLICT (%4) DO NOTHING")
                       .arg(stage, columns, table, keyList));
}
