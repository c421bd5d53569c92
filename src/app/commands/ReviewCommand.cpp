// packline review [--submit IDS|--submit-approved]: run the review rules, or submit orders to the
// warehouse (several reviewers may run it at once on one database).
#include "Command.h"
#include "base/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "review/ImportReview.h"
#include "review/OrderSubmitter.h"
#include "review/RuleEngine.h"

#include <QCoreApplication>

namespace {
class ReviewCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)
public:
    QString name() const override { return QStringLiteral("review"); }
    QString summary() const override
    {
        return tr("Run the review rules, or submit orders to the warehouse.");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(
            {QStringLiteral("submit"), tr("Submit these order ids (comma-separated) instead."), tr("IDS")});
        parser.addOption({QStringLiteral("submit-approved"), tr("Submit every approved order instead.")});
    }
    int run(CliContext &c) override
    {
        QList<qint64> ids;
        if (c.parser.isSet(QStringLiteral("submit"))) {
            for (const QString &part :
                 c.parser.value(QStringLiteral("submit")).split(u',', Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 id = part.trimmed().toLongLong(&ok);
                if (!ok || id <= 0) {
                    c.err << tr("--submit takes order ids such as 12,13,20; '%1' is not one.").arg(part)
                          << Qt::endl;
                    return ExitUsage;
                }
                ids << id;
            }
        }
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        try {
            if (c.parser.isSet(QStringLiteral("submit-approved"))) {
                QSqlQuery q =
                    Sql::run(db.connection(), QStringLiteral("SELECT id FROM orders WHERE stage = 'reviewed' "
                                                             "ORDER BY priority DESC, paid_at, id"));
                while (q.next())
                    ids << q.value(0).toLongLong();
            }
            if (!ids.isEmpty() || c.parser.isSet(QStringLiteral("submit-approved"))) {
                const SubmitResult r = OrderSubmitter::submit(db.connection(), c.actor, ids);
                c.out << tr("Submitted %1 order(s); %2 out of stock; %3 refused.")
                             .arg(r.done)
                             .arg(r.outOfStock)
                             .arg(r.refused.size() - r.outOfStock)
                      << Qt::endl;
                return ExitOk;
            }
            // A run over the whole queue covers what earlier imports were still owed: read which
            // before the rules read the queue, cleared with their flags.
            const QList<qint64> owed = ImportReview::pendingRuns(db.connection());
            const RuleRunSummary s = RuleEngine::run(db.connection(), c.actor,
                                                     [&] { ImportReview::markDone(db.connection(), owed); });
            c.out << tr("Checked %1 order(s) in %2 ms: %3 flagged (%4 flags), %5 auto-approved.")
                         .arg(s.orders)
                         .arg(s.elapsedMs)
                         .arg(s.flaggedOrders)
                         .arg(s.flags)
                         .arg(s.autoApproved)
                  << Qt::endl;
            for (auto it = s.byFlag.cbegin(); it != s.byFlag.cend(); ++it)
                c.out << QStringLiteral("  %1 %2\n").arg(it.key(), -16).arg(it.value(), 8);
        } catch (const Error &e) {
            c.err << e.message() << Qt::endl;
            return ExitBadInput;
        }
        return ExitOk;
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<ReviewCommand>();
}};
} // namespace
