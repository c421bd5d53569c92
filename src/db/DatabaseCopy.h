#pragma once

#include "TableDigest.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

class Database;

// Moves a warehouse from one database to another: from its SQLite file onto a PostgreSQL server
// when the team outgrows one computer, and back into a file for a backup that opens anywhere.
// Every table is copied, ids included, from one snapshot of the source (stations may go on
// working; what they do after the snapshot is not in the copy) in one transaction on the target,
// then read back there: the copy commits only when every table's rows and checksum (TableDigest)
// equal the source's. Anything else throws Error and the target is left as it was.
class DatabaseCopy {
public:
    struct Table {
        QString name;
        TableDigest source;
        TableDigest target;
    };
    // After each table is copied (for a person watching a long copy).
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    // from and to are open on this build's schema; to holds nothing but what a new database holds
    // (checked: a target with a warehouse in it is refused untouched). Returns the tables copied,
    // in the order they were loaded.
    static QList<Table> run(Database &from, Database &to, const Progress &progress = {});
    // Into a new SQLite file at path, which must not exist: made beside it under another name and
    // put in place (never over an existing file) only when whole and checked.
    static QList<Table> intoNewFile(Database &from, const QString &path, const Progress &progress = {});

    // Tables in an order where each comes after those it references (references: table → parents).
    static QStringList loadOrder(const QMap<QString, QStringList> &references);
    // Tables that are a database's own bookkeeping, not the warehouse (not copied): the record of
    // its schema, and what its own triggers derive from the tables copied.
    static bool isBookkeeping(const QString &table);
};
