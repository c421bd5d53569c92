#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <memory>

// Statements prepared once and run many times by one owner (a print job's runner, a reader of
// label data): SQLite parses each only once instead of once per page. Like Sql::run, values are
// bound and failures throw Error. A SELECT's cursor stays open until the caller calls finish()
// (or the statement runs again, or the owner goes away): finish it so no read snapshot lingers.
class PreparedStatements {
public:
    explicit PreparedStatements(const QSqlDatabase &db);
    ~PreparedStatements();
    PreparedStatements(const PreparedStatements &) = delete;
    PreparedStatements &operator=(const PreparedStatements &) = delete;

    QSqlQuery &run(const QString &sql, std::initializer_list<QVariant> values = {});
    // First column of the first row (invalid when none); the cursor is finished.
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {});

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    int m_generation = 0; // of the connection the statements were prepared on (Reconnection)
};
