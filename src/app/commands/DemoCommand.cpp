// packline demo --orders N [--seed S]: fill a database with a realistic warehouse.
#include "Command.h"
#include "base/Error.h"
#include "db/Database.h"
#include "demo/DemoSeeder.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace {
class DemoCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    bool createsDatabase() const override { return true; }
    QString summary() const override
    {
        return tr("Fill the database with realistic demo SKUs, stock and orders.");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("orders"), tr("How many orders (default 1000)."), tr("N"),
                          QStringLiteral("1000")});
        parser.addOption({QStringLiteral("seed"), tr("Random seed; the same seed gives the same data."),
                          tr("S"), QStringLiteral("11")});
    }
    int run(CliContext &c) override
    {
        bool okOrders = false;
        bool okSeed = false;
        const int orders = c.parser.value(QStringLiteral("orders")).toInt(&okOrders);
        const uint seed = c.parser.value(QStringLiteral("seed")).toUInt(&okSeed);
        if (!okOrders || orders < 0 || !okSeed) {
            c.err << tr("--orders takes a whole number of orders and --seed a whole number.") << Qt::endl;
            return ExitUsage;
        }
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        QElapsedTimer timer;
        timer.start();
        try {
            const DemoSummary s = DemoSeeder::seed(db.connection(), c.actor, {orders, seed, 200});
            c.out << tr("Demo data: %1 orders (%2 lines), %3 SKUs, %4 shops in %5 s → %6")
                         .arg(s.orders)
                         .arg(s.lines)
                         .arg(s.skus)
                         .arg(s.shops)
                         .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                         .arg(db.path())
                  << Qt::endl;
        } catch (const Error &e) {
            c.err << e.message() << Qt::endl;
            return ExitBadInput;
        }
        return ExitOk;
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<DemoCommand>();
}};
} // namespace
