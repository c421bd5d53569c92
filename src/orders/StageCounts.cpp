#include "StageCounts.h"

#include "db/DatabaseEngine.h"
#include "db/Sql.h"

#include <QHash>

namespace {
// The counts of one connection (Database names each connection it makes once) as of one state
// of the file. The view order_stage_counts is cheap on either engine (on SQLite a GROUP BY over
// the stage index, ~70 ms at a million orders; on PostgreSQL a sum of the deltas its triggers
// keep), and the window asks for the same counts several times as it is built and refreshed.
struct Cached {
    qint64 changes = -1; // changes when any connection commits
    QMap<Stage, qint64> counts;
};
} // namespace

QMap<Stage, qint64> StageCounts::read(const QSqlDatabase &db)
{
    thread_local QHash<QString, Cached> cache;
    const qint64 changes = DatabaseEngine::of(db).anyChanges(db); // -1: the engine cannot tell
    if (cache.size() > 16 && !cache.contains(db.connectionName()))
        cache.clear(); // entries of connections long closed (names are never reused)
    Cached &cached = cache[db.connectionName()];
    if (changes >= 0 && cached.changes == changes)
        return cached.counts;

    QMap<Stage, qint64> counts;
    for (Stage s : Stages::all())
        counts.insert(s, 0);
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT stage, orders FROM order_stage_counts"));
    while (q.next()) {
        if (const auto stage = Stages::fromCode(q.value(0).toString()))
            counts[*stage] = q.value(1).toLongLong();
    }
    cached = {changes, counts};
    return counts;
}
