#pragma once

#include "db/Sql.h"
#include "orders/OrdersFilter.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>
#include <map>

// One column of a sort key.
struct SortPart {
    QString column; // a fixed column name, never user text
    bool descending = false;
    bool nullable = false;
};

// A total order over orders: the parts end with id, so no two rows tie and a page boundary
// is one exact position.
struct OrdersSortKey {
    QList<SortPart> parts;
    // The lead column has an index the seek can ride: the rows after the cursor are read as a
    // few pieces, each one index range. Otherwise the seek is one OR condition (one scan either
    // way, no index to position on).
    bool seekable = true;
    // False when the sort's own index should drive the query: the stage filter is then written
    // so the planner does not pick the stage index and sort the whole stage.
    bool stageByIndex = true;

    QString orderBy() const;
};

// Reads the orders a filter selects, in a sort key's order, a page at a time by keyset (seek)
// pagination: each page starts right after the last row read, found through the index, so
// page 5,000 costs what page 1 costs (OFFSET steps over every row before it). NULLs sort
// first ascending and last descending, spelled out in the ORDER BY.
class OrdersPager {
public:
    OrdersPager(QSqlDatabase db, const QStringList &columns, const OrdersFilter &filter, OrdersSortKey key);

    // Up to limit rows after the last one read (the first rows after construction or
    // restart()); row() sees each query positioned on a row, the select list's columns first.
    // Returns the number read: fewer than limit means the end.
    int next(int limit, const std::function<void(const QSqlQuery &)> &row);
    void restart()
    {
        m_cursor.clear();
        m_ids.clear();
        m_listed = false;
    }
    // The SQL of the next read's pieces (for EXPLAIN QUERY PLAN in tests).
    QStringList nextSql() const;

private:
    struct Piece {
        QStringList conditions;
        QVariantList values;
    };
    QList<Piece> pieces() const;
    Sql::Statement &prepared(const QString &sql);
    // A sort no index serves: every page would scan (and sort) the whole filter again. So the
    // second page lists the ids of every row after the first page in key order, in one scan, and
    // it and each page after it read their rows by id.
    int nextListed(int limit, const std::function<void(const QSqlQuery &)> &row);
    // Hands q's rows to row and keeps the last one's key as the cursor; the number read.
    int readRows(QSqlQuery &q, const std::function<void(const QSqlQuery &)> &row);
    QString listSql() const;
    QString byIdsSql() const;

    QSqlDatabase m_db;
    QString m_select;
    int m_keyAt = 0;     // the sort key's columns follow the caller's in the select list
    QString m_where;     // "" or " WHERE …" from the filter
    QString m_whereById; // the same, for rows read by id (nextListed)
    QVariantList m_values;
    OrdersSortKey m_key;
    QString m_orderBy;
    QVariantList m_cursor; // the last row's sort key values; empty: start from the top
    std::map<QString, Sql::Statement> m_statements; // by SQL: one for each piece of a seek
    QList<qint64> m_ids; // unseekable sorts, from the second page: the rows still to read, in order
    qsizetype m_idAt = 0;
    bool m_listed = false;
};
