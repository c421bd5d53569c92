#include "Command.h"

#include "db/Database.h"

QList<Command::Factory> &Command::registry() {
    static QList<Factory> factories;
    return factories;
}

bool CliContext::openDatabase(Database &db) {
    if (db.open(databasePath))
        return true;
    err << db.error() << Qt::endl;
    return false;
}
