// Race partner for tst_stagemachine: order_mover DB FIRST_ID LAST_ID STATION
// Moves each order Imported → Reviewed through StageMachine and prints "won N".
#include "db/Database.h"
#include "orders/StageMachine.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    Database db;
    if (!db.open(args[1])) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    const Actor actor{QStringLiteral("racer"), args[4]};
    int won = 0;
    for (qint64 id = args[2].toLongLong(); id <= args[3].toLongLong(); ++id) {
        if (StageMachine::move(db.connection(), actor, {id, Stage::Imported, Stage::Reviewed, {}, {}}))
            ++won;
    }
    std::printf("won %d\n", won);
    return 0;
}
