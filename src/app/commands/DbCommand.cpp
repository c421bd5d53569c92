// packline db copy --from SOURCE --to TARGET: a warehouse moved between databases (a file onto a
// server, a server into a file), every table checked by rows and checksum. packline db migrate:
// the schema brought to this version's level, by the role that owns a server's database (stations
// connect as a role with table rights only).
#include "Command.h"
#include "base/Error.h"
#include "db/Database.h"
#include "db/DatabaseCopy.h"
#include "db/ServerAddress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

namespace {
class DbCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(DbCommand)
public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override
    {
        return tr("Copy the whole database into a new one (a file onto a PostgreSQL server, or back), or "
                  "bring its tables to this version.");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(
            QStringLiteral("action"),
            tr("copy: every table of --from into --to, which must be new (a file that does not exist, or "
               "an empty database on a server); each table's rows and checksum are compared before "
               "the copy is kept. migrate: create or upgrade the tables of --db (on a server, as the "
               "role that owns the database)."),
            QStringLiteral("copy|migrate"));
        parser.addOption({QStringLiteral("from"),
                          tr("The database to copy (a file or a postgresql:// URI; default: --db)."),
                          tr("DATABASE")});
        parser.addOption(
            {QStringLiteral("to"), tr("The new database (a file or a postgresql:// URI)."), tr("DATABASE")});
    }
    int run(CliContext &c) override
    {
        const QStringList args = c.parser.positionalArguments();
        if (args == QStringList{QStringLiteral("migrate")})
            return migrate(c);
        if (args != QStringList{QStringLiteral("copy")}) {
            c.err << tr("packline db: say what to do: copy or migrate.") << "\n\n" << c.parser.helpText();
            return ExitUsage;
        }
        const QString target = c.parser.value(QStringLiteral("to"));
        if (target.isEmpty()) {
            c.err << tr("packline db copy: give the new database with --to.") << Qt::endl;
            return ExitUsage;
        }
        Database from;
        const QString source =
            c.parser.isSet(QStringLiteral("from")) ? c.parser.value(QStringLiteral("from")) : c.databasePath;
        if (!from.open(source, Database::IfMissing::Refuse)) {
            c.err << from.error() << Qt::endl;
            return ExitBadInput;
        }
        const QLocale locale;
        const auto progress = [&](const QString &table, qint64 rows) {
            if (rows == 0)
                return;
            c.out << QStringLiteral("  %1 %2\n").arg(table, -28).arg(locale.toString(rows), 12);
            c.out.flush();
        };
        QElapsedTimer clock;
        clock.start();
        try {
            QList<DatabaseCopy::Table> tables;
            QString shown;
            c.out << tr("Copying %1 %2 (schema level %3):")
                         .arg(from.engineName(), from.location())
                         .arg(from.schemaLevel())
                  << '\n';
            if (ServerAddress::isServerUrl(target)) {
                Database to;
                if (!to.open(target, Database::IfMissing::Create)) {
                    c.err << to.error() << Qt::endl;
                    return ExitBadInput;
                }
                shown = QStringLiteral("%1 %2").arg(to.engineName(), to.location());
                tables = DatabaseCopy::run(from, to, progress);
            } else {
                shown = target;
                tables = DatabaseCopy::intoNewFile(from, target, progress);
            }
            qint64 rows = 0;
            for (const DatabaseCopy::Table &t : tables)
                rows += t.target.rows();
            c.out << tr("Copied into %1 in %2 s: %3 table(s), %4 row(s); every table's rows and checksum "
                        "read back equal the source's.")
                         .arg(shown)
                         .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                         .arg(tables.size())
                         .arg(locale.toString(rows))
                  << '\n';
            for (const DatabaseCopy::Table &t : tables) {
                if (t.target.rows() == 0) // an empty table's checksum says nothing
                    continue;
                c.out << QStringLiteral("  %1 %2  %3\n")
                             .arg(t.name, -28)
                             .arg(locale.toString(t.target.rows()), 12)
                             .arg(t.target.checksumText());
            }
            return ExitOk;
        } catch (const Error &e) {
            c.err << tr("packline db copy: %1").arg(e.message()) << Qt::endl;
            return ExitBadInput;
        }
    }

private:
    int migrate(CliContext &c)
    {
        Database db;
        if (!db.open(c.databasePath, Database::IfMissing::Create)) {
            c.err << db.error() << Qt::endl;
            return ExitBadInput;
        }
        c.out << tr("%1 %2 is at schema level %3, this version's.")
                     .arg(db.engineName(), db.location())
                     .arg(db.schemaLevel())
              << '\n';
        return ExitOk;
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<DbCommand>();
}};
} // namespace
