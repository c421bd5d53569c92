#include "Migrations.h"

#include "Sql.h"
#include "SqlScript.h"
#include "Transaction.h"
#include "base/Clock.h"
#include "base/Error.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSet>

namespace {
// level → resource path, from the file names "0001_foundation.sql".
QMap<int, QString> scripts()
{
    QMap<int, QString> found;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int level = name.section(u'_', 0, 0).toInt(&ok);
        if (ok && level > 0)
            found.insert(level, dir.filePath(name));
    }
    return found;
}
} // namespace

int Migrations::latestLevel()
{
    const auto all = scripts();
    return all.isEmpty() ? 0 : all.lastKey();
}

int Migrations::currentLevel(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

// Which levels a file has had applied. Branches land migrations out of number order, so the
// highest level alone (user_version) does not prove the lower ones ran: schema_migrations does.
// A file from before this ledger existed is taken to have every level up to its user_version.
static QSet<int> appliedLevels(const QSqlDatabase &db)
{
    Sql::run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (level INTEGER PRIMARY KEY, "
                                "applied_at TEXT NOT NULL)"));
    QSet<int> applied;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT level FROM schema_migrations"));
    while (q.next())
        applied.insert(q.value(0).toInt());
    if (applied.isEmpty()) {
        const int level = Migrations::currentLevel(db);
        for (int known : scripts().keys()) {
            if (known <= level) {
                Sql::run(db,
                         QStringLiteral("INSERT INTO schema_migrations (level, applied_at) VALUES (?, ?)"),
                         {known, Clock::nowText()});
                applied.insert(known);
            }
        }
    }
    return applied;
}

QList<int> Migrations::pending(const QList<int> &known, const QSet<int> &applied)
{
    QList<int> result;
    for (int level : known) {
        if (!applied.contains(level))
            result << level;
    }
    std::sort(result.begin(), result.end());
    return result;
}

bool Migrations::isComplete(const QSqlDatabase &db)
{
    if (currentLevel(db) < latestLevel())
        return false;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT level FROM schema_migrations")))
        return false; // no ledger yet: migrate() writes it
    QSet<int> applied;
    while (q.next())
        applied.insert(q.value(0).toInt());
    return pending(scripts().keys(), applied).isEmpty();
}

bool Migrations::migrate(const QSqlDatabase &db, QString *error)
{
    try {
        if (isComplete(db))
            return true;
        Transaction tx(db);
        // Re-read under the write lock: another process may have migrated meanwhile.
        const auto all = scripts();
        const QList<int> todo = pending(all.keys(), appliedLevels(db));
        int level = currentLevel(db);
        for (int step : todo) {
            QFile file(all.value(step));
            if (!file.open(QIODevice::ReadOnly))
                throw Error(QStringLiteral("cannot read %1").arg(all.value(step)));
            const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
            for (const QString &statement : statements)
                Sql::run(db, statement);
            Sql::run(db, QStringLiteral("INSERT INTO schema_migrations (level, applied_at) VALUES (?, ?)"),
                     {step, Clock::nowText()});
            level = std::max(level, step);
        }
        // PRAGMA takes no bound values; the level is our own integer.
        Sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(level));
        tx.commit();
        return true;
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
}
