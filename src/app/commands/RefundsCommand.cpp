// packline refunds import FILE…: the platform's refund report (退款报表) into after-sales cases,
// with the facts the refund metrics need (reason, completion, intervention, liability).
#include "Command.h"
#include "base/Error.h"
#include "db/Database.h"
#include "reports/RefundReportImport.h"

#include <QCoreApplication>

namespace {
class RefundsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(RefundsCommand)
public:
    QString name() const override { return QStringLiteral("refunds"); }
    QString summary() const override
    {
        return tr("Import the platform's refund report (退款报表 CSV) for the refund metrics: refunds import "
                  "FILE…");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("import"), tr("import"));
        parser.addPositionalArgument(QStringLiteral("files"), tr("Refund report CSV files (GBK or UTF-8)."),
                                     tr("FILE…"));
    }
    int run(CliContext &c) override
    {
        QStringList args = c.parser.positionalArguments();
        if (args.size() < 2 || args.first() != u"import") {
            c.err << tr("Usage: packline refunds import FILE…") << Qt::endl;
            return ExitUsage;
        }
        args.removeFirst();
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        bool anyRejected = false;
        for (const QString &file : std::as_const(args)) {
            try {
                const RefundImportSummary s = RefundReportImport::run(db.connection(), c.actor, file);
                c.out << tr("%1: %2 new cases, %3 updated, %4 rows rejected.")
                             .arg(file)
                             .arg(s.created)
                             .arg(s.updated)
                             .arg(s.rejected.size())
                      << Qt::endl;
                for (const RefundRowProblem &p : s.rejected)
                    c.err << tr("%1:%2: %3 \"%4\": %5").arg(file).arg(p.line).arg(p.column, p.value, p.why)
                          << '\n';
                c.err.flush();
                anyRejected = anyRejected || !s.rejected.isEmpty();
            } catch (const Error &e) {
                c.err << e.message() << Qt::endl;
                return ExitBadInput;
            }
        }
        return anyRejected ? ExitBadInput : ExitOk;
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<RefundsCommand>();
}};
} // namespace
