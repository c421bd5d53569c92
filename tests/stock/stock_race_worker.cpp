// Helper for tst_stockrace: one process doing N random reserve/release/adjust operations on a
// shared database file. Prints "reserved=… shortages=… released=… adjusted=… refused=…" on success.
// Usage: stock_race_worker DB SEED OPERATIONS
#include "base/Error.h"
#include "db/Database.h"
#include "db/Locks.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "stock/Reservations.h"
#include "stock/StockAdjustments.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    Database database;
    if (!database.open(args.at(1))) {
        QTextStream(stderr) << database.error() << Qt::endl;
        return 1;
    }
    const QSqlDatabase db = database.connection();
    const Actor actor{QStringLiteral("race"), QStringLiteral("RACE-") + args.at(2)};
    QRandomGenerator rng(args.at(2).toUInt());
    const int operations = args.at(3).toInt();
    const QList<qint64> orders = [&] {
        QList<qint64> ids;
        QSqlQuery q = Sql::run(db, QStringLiteral("SELECT id FROM orders ORDER BY id"));
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }();
    const QList<qint64> skus = [&] {
        QList<qint64> ids;
        QSqlQuery q = Sql::run(db, QStringLiteral("SELECT id FROM skus ORDER BY id"));
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }();
    int reserved = 0, shortages = 0, released = 0, adjusted = 0, refused = 0, lostRaces = 0;
    try {
        for (int i = 0; i < operations; ++i) {
            const quint32 op = rng.bounded(10);
            if (op < 7) { // reserve or release one order; the stage flip and the stock go together
                const qint64 order = orders.at(rng.bounded(orders.size()));
                enum Outcome { Reserved, Shortage, Released, LostRace };
                // The order's row locked as the real submit does; a deadlock (two orders' SKUs
                // locked in opposite order) runs the whole thing again.
                const Outcome outcome = Transaction::run(db, [&](Transaction &tx) {
                    const QString stage =
                        Sql::scalar(
                            db, Locks::forUpdate(db, QStringLiteral("SELECT stage FROM orders WHERE id = ?")),
                            {order})
                            .toString();
                    if (stage == u"reviewed") {
                        if (!Reservations::reserveOrder(db, actor, order).isEmpty())
                            return Shortage; // rolls back (nothing was posted anyway)
                        QSqlQuery up = Sql::run(
                            db,
                            QStringLiteral("UPDATE orders SET stage = 'submitted', version = version + 1 "
                                           "WHERE id = ? AND stage = 'reviewed'"),
                            {order});
                        if (up.numRowsAffected() != 1)
                            return LostRace;
                        tx.commit();
                        return Reserved;
                    }
                    Reservations::releaseOrder(db, actor, order, QStringLiteral("race"));
                    QSqlQuery up =
                        Sql::run(db,
                                 QStringLiteral("UPDATE orders SET stage = 'reviewed', version = version + 1 "
                                                "WHERE id = ? AND stage = 'submitted'"),
                                 {order});
                    if (up.numRowsAffected() != 1)
                        return LostRace;
                    tx.commit();
                    return Released;
                });
                switch (outcome) {
                case Reserved:
                    ++reserved;
                    break;
                case Shortage:
                    ++shortages;
                    break;
                case Released:
                    ++released;
                    break;
                case LostRace:
                    ++lostRaces;
                    break;
                }
            } else { // adjust: receive or lose a few units
                const qint64 sku = skus.at(rng.bounded(skus.size()));
                const int delta = int(rng.bounded(7)) - 3;
                if (delta == 0)
                    continue;
                const Result<> r = StockAdjustments::adjust(
                    db, actor, {sku, delta, delta > 0 ? AdjustReason::Found : AdjustReason::Lost, {}, {}});
                (r.ok ? adjusted : refused)++;
            }
        }
    } catch (const Error &e) {
        QTextStream(stderr) << e.message() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "reserved=" << reserved << " shortages=" << shortages << " released=" << released
                        << " adjusted=" << adjusted << " refused=" << refused << " lostRaces=" << lostRaces
                        << " retries=" << Transaction::retries() << Qt::endl;
    return 0;
}
