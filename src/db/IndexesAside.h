#pragma once

#include "DatabaseEngine.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>

// A bulk write's plain indexes, dropped inside its transaction and made again before it commits.
// A million-order import into SQLite spent half its time keeping a dozen order indexes in step
// row by row (each a B-tree insert at a random place, most of them past the page cache); making
// each once from the finished table sorts its keys and writes it in order. The transaction holds
// both ends: rolled back (an error, Cancel, a crash), the indexes are there as before. Unique
// indexes stay: they check what is written. Where the engine cannot (PostgreSQL), nothing is
// dropped and restore() does nothing.
class IndexesAside {
public:
    IndexesAside(const QSqlDatabase &db, const QStringList &tables);
    IndexesAside(const IndexesAside &) = delete;
    IndexesAside &operator=(const IndexesAside &) = delete;

    // Whether any index is aside (queries that need one must wait for restore()).
    bool any() const { return !m_indexes.isEmpty(); }
    // Makes them again, in the transaction; between() runs after each (a cancel check may throw).
    void restore(const std::function<void()> &between = {});

private:
    QSqlDatabase m_db;
    QList<DatabaseEngine::Index> m_indexes;
};
