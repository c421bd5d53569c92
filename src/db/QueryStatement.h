#pragma once

#include "BulkStatement.h"

#include <QSqlQuery>

// BulkStatement over a QSqlQuery prepared once: any Qt driver (PostgreSQL's, for intake).
class QueryStatement final : public BulkStatement {
public:
    QueryStatement(const QSqlDatabase &db, const QString &sql);

    QueryStatement &add(qint64 value) override;
    QueryStatement &add(const QString &text) override;
    QueryStatement &addNull() override;
    bool step() override;
    void reset() override;
    qint64 columnInt(int column) const override;
    QString columnText(int column) const override;

private:
    QSqlQuery m_query;
    int m_next = 0;
    bool m_executed = false;
};
