#pragma once

#include "BulkStatement.h"

#include <QByteArrayList>

struct pg_conn;
struct pg_result;

// BulkStatement on PostgreSQL, prepared once on the server through libpq. A run that yields no rows
// (an INSERT without RETURNING) is sent in the connection's pipeline (PgPipeline) and step()
// returns at once; one that yields rows (RETURNING id, a SELECT) settles the pipeline and waits
// for its answer. So an import of a million lines does not wait a network round trip per line.
class PipelineStatement final : public BulkStatement {
public:
    PipelineStatement(const QSqlDatabase &db, const QString &sql);
    ~PipelineStatement() override;

    PipelineStatement &add(qint64 value) override;
    PipelineStatement &add(const QString &text) override;
    PipelineStatement &addNull() override;
    bool step() override;
    void reset() override;
    qint64 columnInt(int column) const override;
    QString columnText(int column) const override;

private:
    [[noreturn]] void fail(const QString &what) const;

    pg_conn *m_connection = nullptr;
    QByteArray m_name;
    QString m_sql;
    bool m_yieldsRows = false;
    QByteArrayList m_values;
    pg_result *m_result = nullptr;
    int m_row = -1;
    bool m_ran = false;
};
