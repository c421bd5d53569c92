// packline status [--json]: counts per stage, the engine and database (file or server), schema level.
#include "Command.h"
#include "db/Database.h"
#include "orders/StageCounts.h"
#include "review/ImportReview.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
class StatusCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override
    {
        return tr("Show orders per stage, the database file and its schema level.");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    }
    int run(CliContext &c) override
    {
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        const auto counts = StageCounts::read(db.connection());
        const qsizetype owed = ImportReview::pendingRuns(db.connection()).size();
        qint64 total = 0;
        for (qint64 n : counts)
            total += n;
        if (c.parser.isSet(QStringLiteral("json"))) {
            QJsonObject stages;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                stages.insert(Stages::code(it.key()), it.value());
            const QJsonObject doc{{QStringLiteral("engine"), db.engineName()},
                                  {QStringLiteral("database"), db.location()},
                                  {QStringLiteral("schema_level"), db.schemaLevel()},
                                  {QStringLiteral("orders"), total},
                                  {QStringLiteral("imports_owed_review_rules"), qint64(owed)},
                                  {QStringLiteral("stages"), stages}};
            c.out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        c.out << tr("Engine:       %1").arg(db.engineName()) << '\n'
              << tr("Database:     %1").arg(db.location()) << '\n'
              << tr("Schema level: %1").arg(db.schemaLevel()) << '\n'
              << tr("Orders:       %1").arg(total) << '\n';
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            c.out << QStringLiteral("  %1 %2 %3\n")
                         .arg(Stages::code(it.key()), -18)
                         .arg(it.value(), 9)
                         .arg(Stages::displayName(it.key()));
        if (owed > 0)
            c.out << tr("The review rules have not run yet for %1 import(s): `packline review` or the next "
                        "import runs them.")
                         .arg(owed)
                  << '\n';
        return ExitOk;
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<StatusCommand>();
}};
} // namespace
