#pragma once

#include "BulkLoad.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

// PostgreSQL's bulk insert that skips rows whose key is there already: at finish() the rows go by
// COPY into a temporary staging table of this connection, then one INSERT … SELECT … ON CONFLICT
// (key) DO NOTHING moves them into the table. Two statements per load instead of one per row (a
// rule run over a peak-day import writes a flag for most orders). Until then they are kept here,
// so other statements may run between add()s (a COPY holds the connection while it is open).
// Rows with a key already added to this load are dropped as they come: the first one wins, as
// row by row.
class StagedInsert final : public BulkLoad {
public:
    StagedInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                 const QStringList &key);

    void add(const QVariantList &values) override;
    void finish() override;

private:
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QStringList m_key;
    QList<qsizetype> m_keyAt; // the key's columns among m_columns
    QString m_stage;
    QList<QVariantList> m_rows;
    QSet<QByteArray> m_keys;
};
