#include "IndexesAside.h"

#include "Sql.h"

#include <QSqlDriver>

IndexesAside::IndexesAside(const QSqlDatabase &db, const QStringList &tables)
    : m_db(db)
{
    const DatabaseEngine &engine = DatabaseEngine::of(db);
    for (const QString &table : tables)
        m_indexes << engine.indexesToSetAside(db, table);
    // Names and statements from the catalog, never a person's text.
    for (const DatabaseEngine::Index &index : std::as_const(m_indexes))
        Sql::run(db, QStringLiteral("DROP INDEX %1")
                         .arg(db.driver()->escapeIdentifier(index.name, QSqlDriver::TableName)));
}

void IndexesAside::restore(const std::function<void()> &between)
{
    while (!m_indexes.isEmpty()) {
        Sql::run(m_db, m_indexes.first().create);
        m_indexes.removeFirst();
        if (between)
            between();
    }
}
