#include "DatabaseCopy.h"

#include "BulkLoad.h"
#include "Database.h"
#include "DatabaseEngine.h"
#include "Sql.h"
#include "Transaction.h"
#include "base/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseCopy", text);
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

qint64 rowCount(const QSqlDatabase &db, const QString &table)
{
    // A table name cannot be bound: it comes from the catalog and is quoted as an identifier.
    return Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1")
                               .arg(db.driver()->escapeIdentifier(table, QSqlDriver::TableName)))
        .toLongLong();
}

// The rows a database holds right after its migrations (couriers, formats, message templates):
// what "empty" means for a target.
QMap<QString, qint64> newDatabaseRows()
{
    QTemporaryDir dir;
    Database fresh;
    if (!dir.isValid() || !fresh.open(dir.filePath(QStringLiteral("new.db"))))
        throw Error(QCoreApplication::translate("DatabaseCopy",
                                                "Cannot make a new database to compare the target with: %1")
                        .arg(fresh.error()));
    QMap<QString, qint64> rows;
    const QSqlDatabase db = fresh.connection();
    for (const QString &table : DatabaseEngine::of(db).tableReferences(db).keys())
        rows.insert(table, rowCount(db, table));
    return rows;
}

// The target's rows per table, when it holds no more than a new database does.
QMap<QString, qint64> refuseUnlessEmpty(Database &to, const QStringList &tables)
{
    const QMap<QString, qint64> fresh = newDatabaseRows();
    const QSqlDatabase db = to.connection();
    QMap<QString, qint64> counts;
    for (const QString &table : tables) {
        const qint64 rows = rowCount(db, table);
        counts.insert(table, rows);
        if (rows != fresh.value(table))
            throw Error(QCoreApplication::translate(
                            "DatabaseCopy",
                            "%1 is not empty: its table %2 has %3 row(s) (a new database has %4). A copy "
                            "goes into a new database only; nothing was changed.")
                            .arg(to.location(), table)
                            .arg(rows)
                            .arg(fresh.value(table)));
    }
    return counts;
}

QString locationOf(const Database &db)
{
    return QStringLiteral("%1 %2").arg(db.engineName(), db.location());
}
} // namespace

bool DatabaseCopy::isBookkeeping(const QString &table)
{
    // Each database records its own migrations (when each ran); both are at the same level. A
    // server's order_stage_deltas are filled by the target's own triggers as the orders arrive.
    return table == u"schema_migrations" || table == u"order_stage_deltas";
}

QStringList DatabaseCopy::loadOrder(const QMap<QString, QStringList> &references)
{
    QStringList order;
    QSet<QString> placed;
    while (order.size() < references.size()) {
        bool progressed = false;
        for (auto it = references.cbegin(); it != references.cend(); ++it) {
            if (placed.contains(it.key()))
                continue;
            bool ready = true;
            for (const QString &parent : it.value())
                ready =
                    ready && (parent == it.key() || placed.contains(parent) || !references.contains(parent));
            if (ready) {
                order << it.key();
                placed.insert(it.key());
                progressed = true;
            }
        }
        if (!progressed) // tables that reference each other in a ring: no order loads them
            throw Error(tr("The tables reference each other in a ring; cannot order the copy."));
    }
    return order;
}

QList<DatabaseCopy::Table> DatabaseCopy::run(Database &from, Database &to, const Progress &progress)
{
    if (from.path() == to.path())
        throw Error(tr("The source and the target are the same database (%1).").arg(from.location()));
    if (from.schemaLevel() != to.schemaLevel())
        throw Error(tr("The source is at schema level %1 and the target at %2; both must be this "
                       "Packline's.")
                        .arg(from.schemaLevel())
                        .arg(to.schemaLevel()));
    const QSqlDatabase source = from.connection();
    const QSqlDatabase target = to.connection();
    const DatabaseEngine &targetEngine = DatabaseEngine::of(target);
    const QMap<QString, QStringList> references = targetEngine.tableReferences(target);
    const QStringList sourceTables = DatabaseEngine::of(source).tableReferences(source).keys();
    QStringList tables;
    for (const QString &table : loadOrder(references)) {
        if (isBookkeeping(table))
            continue;
        if (!sourceTables.contains(table))
            throw Error(tr("The source %1 has no table %2.").arg(locationOf(from), table));
        tables << table;
    }
    const QMap<QString, qint64> targetRows = refuseUnlessEmpty(to, tables);

    QList<Table> copied;
    Transaction snapshot(source, Transaction::Kind::Snapshot);
    Transaction tx(target);
    targetEngine.prepareBulkWrite(target);
    // What a new database holds (couriers, templates) makes way for the source's own.
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (targetRows.value(*it) > 0)
            Sql::run(target, QStringLiteral("DELETE FROM %1")
                                 .arg(target.driver()->escapeIdentifier(*it, QSqlDriver::TableName)));
    }
    for (const QString &table : tables) {
        const QStringList columns = columnsOf(target, table);
        Table t{table, {}, {}};
        std::unique_ptr<BulkLoad> load = targetEngine.bulkLoad(target, table, columns);
        QSqlQuery rows = Sql::stream(source, TableDigest::selectAll(source, table, columns));
        while (rows.next()) {
            const QVariantList values = TableDigest::valuesOf(rows, columns.size());
            t.source.add(values);
            load->add(values);
        }
        rows.finish();
        load->finish();
        if (columns.contains(u"id"))
            targetEngine.continueIds(target, table);
        copied << t;
        if (progress)
            progress(table, t.source.rows());
    }
    for (Table &t : copied) {
        t.target = TableDigest::of(target, t.name, columnsOf(target, t.name));
        if (!(t.target == t.source))
            throw Error(tr("Table %1 read back from the target differs from the source: %2 row(s), "
                           "checksum %3, against %4 row(s), checksum %5. Nothing was copied.")
                            .arg(t.name)
                            .arg(t.target.rows())
                            .arg(t.target.checksumText())
                            .arg(t.source.rows())
                            .arg(t.source.checksumText()));
    }
    tx.commit();
    return copied;
}

QList<DatabaseCopy::Table> DatabaseCopy::intoNewFile(Database &from, const QString &path,
                                                     const Progress &progress)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        throw Error(tr("%1 exists: a copy is written to a new file, never over one.").arg(path));
    if (!info.dir().exists())
        throw Error(tr("The folder of %1 does not exist.").arg(path));
    // Made beside the target (one file system, so it can be linked into place) under a name no
    // station opens, and put in place only when whole.
    const QString partial =
        info.dir().filePath(QStringLiteral(".%1.copy-%2").arg(info.fileName()).arg(::getpid()));
    const auto removePartial = [&partial] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
    };
    removePartial();
    QList<Table> copied;
    try {
        Database to;
        if (!to.open(partial, Database::IfMissing::Create))
            throw Error(to.error());
        copied = run(from, to, progress);
        to.close(); // the last connection: SQLite moves the WAL into the file and removes it
    } catch (...) {
        removePartial();
        throw;
    }
    // link() refuses an existing name: a file that appeared meanwhile is not replaced.
    const QByteArray from8 = QFile::encodeName(partial);
    const QByteArray to8 = QFile::encodeName(path);
    if (::link(from8.constData(), to8.constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        removePartial();
        throw Error(tr("Cannot put the copy in place at %1: %2").arg(path, why));
    }
    removePartial();
    return copied;
}
