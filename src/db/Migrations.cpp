#include "Migrations.h"

#include "DatabaseEngine.h"
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
// A migration level's files: the shared one (0001_foundation.sql) and the engines' own
// (0001_foundation.sqlite.sql, 0001_foundation.pg.sql), which run after it.
struct Level {
    QString shared;
    QMap<QString, QString> engine; // tag → file
};

// level → its files, from the file names.
QMap<int, Level> scripts()
{
    QMap<int, Level> found;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int level = name.section(u'_', 0, 0).toInt(&ok);
        if (!ok || level <= 0)
            continue;
        const QStringList parts = name.split(u'.'); // name, [tag,] sql
        if (parts.size() == 2)
            found[level].shared = dir.filePath(name);
        else if (parts.size() == 3)
            found[level].engine.insert(parts.at(1), dir.filePath(name));
    }
    return found;
}

// The files one level runs on an engine, in order.
QStringList filesFor(const Level &level, const QString &tag)
{
    QStringList files;
    if (!level.shared.isEmpty())
        files << level.shared;
    if (level.engine.contains(tag))
        files << level.engine.value(tag);
    return files;
}
} // namespace

int Migrations::latestLevel()
{
    const auto all = scripts();
    return all.isEmpty() ? 0 : all.lastKey();
}

int Migrations::currentLevel(const QSqlDatabase &db)
{
    return DatabaseEngine::of(db).schemaLevel(db);
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

void Migrations::migrate(const QSqlDatabase &db)
{
    if (isComplete(db))
        return;
    const DatabaseEngine &engine = DatabaseEngine::of(db);
    if (const Result<> allowed = engine.mayMigrate(db); !allowed)
        throw Error(allowed.message);
    Transaction tx(db);
    engine.lockSchema(db);
    // Re-read under the write lock: another process may have migrated meanwhile.
    const auto all = scripts();
    const QList<int> todo = pending(all.keys(), appliedLevels(db));
    int level = currentLevel(db);
    for (int step : todo) {
        for (const QString &path : filesFor(all.value(step), engine.migrationTag())) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw Error(QStringLiteral("cannot read %1").arg(path));
            const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
            for (const QString &statement : statements)
                Sql::run(db, engine.adaptMigration(statement));
        }
        Sql::run(db, QStringLiteral("INSERT INTO schema_migrations (level, applied_at) VALUES (?, ?)"),
                 {step, Clock::nowText()});
        level = std::max(level, step);
    }
    engine.recordSchemaLevel(db, level);
    engine.afterMigrations(db);
    tx.commit();
}
