#pragma once

#include "TestPaths.h"
#include "base/Actor.h"
#include "db/Database.h"

#include <QTemporaryDir>
#include <memory>

// A fresh database file in a temporary folder, migrated and open; gone when destroyed.
class TestDatabase {
public:
    TestDatabase();
    Database &db() { return *m_db; }
    QSqlDatabase connection() const { return m_db->connection(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Fills it with demo data (deterministic).
    void seedDemo(int orders, quint32 seed = 7);
    static Actor actor() { return {QStringLiteral("tester"), QStringLiteral("TEST-01")}; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// Writes bytes to a new file in dir and returns its path (fixtures made in the test).
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

// Count rows of a query with bound values, for short assertions.
qint64 countRows(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
