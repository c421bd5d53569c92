// packline tracking: import tracking numbers into a courier's pool (list or range) and show the pools.
#include "Command.h"
#include "base/Error.h"
#include "db/Database.h"
#include "printing/TrackingPool.h"

#include <QCoreApplication>

namespace {
class TrackingCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(TrackingCommand)
public:
    QString name() const override { return QStringLiteral("tracking"); }
    QString summary() const override
    {
        return tr("Import tracking numbers per courier (list or range); show the pools.");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({
            {QStringLiteral("courier"), tr("Courier code (ZTO, YTO, STO, YUNDA, SF, EMS, JT, JD)."),
             tr("CODE")},
            {QStringLiteral("import"), tr("A file with one tracking number per line (first CSV column)."),
             tr("FILE")},
            {QStringLiteral("from"), tr("First number of a range."), tr("NUMBER")},
            {QStringLiteral("to"), tr("Last number of a range."), tr("NUMBER")},
        });
    }
    int run(CliContext &c) override
    {
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        const QString courier = c.parser.value(QStringLiteral("courier")).toUpper();
        const QString file = c.parser.value(QStringLiteral("import"));
        const bool range = c.parser.isSet(QStringLiteral("from")) || c.parser.isSet(QStringLiteral("to"));
        try {
            if (!file.isEmpty() || range) {
                if (courier.isEmpty()) {
                    c.err << tr("Say which courier the numbers belong to: --courier CODE.") << Qt::endl;
                    return ExitUsage;
                }
                PoolImport result;
                if (range) {
                    result = TrackingPool::importRange(db.connection(), c.actor, courier,
                                                       c.parser.value(QStringLiteral("from")),
                                                       c.parser.value(QStringLiteral("to")));
                } else {
                    result = TrackingPool::importFile(db.connection(), c.actor, courier, file);
                }
                for (const QString &p : result.problems)
                    c.err << (file.isEmpty() ? p : file + QStringLiteral(": ") + p) << '\n';
                if (!result.problems.isEmpty()) {
                    c.err << tr("Nothing was imported: fix the numbers above and run it again.") << Qt::endl;
                    return ExitBadInput;
                }
                c.out << tr("%1: %2 numbers added, %3 were already in the pool.")
                             .arg(courier)
                             .arg(result.added)
                             .arg(result.duplicates)
                      << Qt::endl;
            }
            for (const PoolLevel &l : TrackingPool::levels(db.connection()))
                c.out << QStringLiteral("%1 %2 %3 %4\n")
                             .arg(l.courierCode, -6)
                             .arg(l.free, 9)
                             .arg(l.used, 9)
                             .arg(l.low() ? tr("LOW (below %1)").arg(l.lowWater) : QString());
        } catch (const Error &e) {
            c.err << e.message() << Qt::endl;
            return ExitBadInput;
        }
        return ExitOk;
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<TrackingCommand>();
}};
} // namespace
