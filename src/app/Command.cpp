#include "Command.h"

#include "db/Database.h"

#include <QCoreApplication>

QList<Command::Factory> &Command::registry()
{
    static QList<Factory> factories;
    return factories;
}

bool CliContext::openDatabase(Database &db)
{
    const Database::IfMissing ifMissing = !createsDatabase      ? Database::IfMissing::Refuse
                                          : defaultDatabasePath ? Database::IfMissing::CreateWithFolders
                                                                : Database::IfMissing::Create;
    if (db.open(databasePath, ifMissing))
        return true;
    err << db.error() << Qt::endl;
    return false;
}

void CliContext::addForceOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("force"),
                      QCoreApplication::translate("Cli", "Replace the output file even when it is an SQLite "
                                                         "database (never the open database).")});
}

OutputFile::Overwrite CliContext::overwrite() const
{
    return parser.isSet(QStringLiteral("force")) ? OutputFile::Overwrite::Force
                                                 : OutputFile::Overwrite::RefuseDatabases;
}
