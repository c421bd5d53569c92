// packline import FILE… [--platform taobao|pdd|jd|auto | --mapping NAME] [--shop NAME [--new-shop]]: take in
// shop order exports, then run the review rules they are owed (and any an earlier import still owes).
#include "Command.h"
#include "base/Error.h"
#include "csv/Csv.h"
#include "db/Database.h"
#include "intake/ColumnMapping.h"
#include "intake/OrderImport.h"
#include "review/ImportReview.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <csignal>

namespace {
class ImportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    bool createsDatabase() const override { return true; }
    QString summary() const override
    {
        return tr("Import order exports (Taobao order+item reports, 拼多多, 京东).");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("files"), tr("Export files (CSV)."), tr("FILE…"));
        parser.addOption({QStringLiteral("platform"),
                          tr("taobao, pdd, jd, a saved mapping, or auto (default)."), tr("NAME"),
                          QStringLiteral("auto")});
        parser.addOption({QStringLiteral("mapping"),
                          tr("Read the files with this column mapping, saved in the import dialog or with "
                             "`packline mappings import`."),
                          tr("NAME")});
        parser.addOption({QStringLiteral("shop"),
                          tr("The shop the orders belong to (default: the platform's only shop)."),
                          tr("NAME")});
        parser.addOption(
            {QStringLiteral("new-shop"),
             tr("The --shop name is a new shop: make it (an unknown name is refused otherwise).")});
    }

    // Rejected rows go next to the input as FILE.rejected.csv (UTF-8 with BOM, so Excel reads it),
    // whole, 0600 (buyers' details) and never over a database (OutputFile). Throws Error.
    QString writeRejects(const QSqlDatabase &db, const ImportOutcome &o)
    {
        const QString path = o.file + QStringLiteral(".rejected.csv");
        QString text = tr("file,line,column,value,why") + QStringLiteral("\r\n");
        for (const RejectedRow &r : o.rejected)
            text += Csv::line({r.file, QString::number(r.line), r.column, r.value, r.why});
        OutputFile::writeWhole(path, db, Csv::encode(text, Csv::Encoding::Utf8Bom));
        return path;
    }

    // The review rules the import ran over its new orders, and those its changed orders are owed,
    // now that it has committed; then those earlier imports still owe (killed after their commit,
    // or their rules met a busy database).
    void reviewImported(CliContext &c, ImportReview &review, const ImportOutcome &o)
    {
        RuleRunSummary s = o.rules;
        try {
            s.add(review.afterImport(c.actor, o.cancelled ? 0 : o.runId));
            if (s.orders > 0)
                c.out
                    << tr("  Review rules: %1 orders checked, %2 flagged.").arg(s.orders).arg(s.flaggedOrders)
                    << Qt::endl;
        } catch (const Error &e) {
            c.err << tr("The import is in, but the review rules of the orders it changed did not run: %1. "
                        "They run with the next import, `packline review` or when the app starts.")
                         .arg(e.message())
                  << Qt::endl;
        }
    }
    void reviewOwed(CliContext &c, ImportReview &review)
    {
        try {
            int runs = 0;
            const RuleRunSummary s = review.runPending(c.actor, &runs);
            if (runs > 0)
                c.out << tr("Review rules owed to %1 earlier import(s): %2 orders checked, %3 flagged.")
                             .arg(runs)
                             .arg(s.orders)
                             .arg(s.flaggedOrders)
                      << Qt::endl;
        } catch (const Error &e) {
            c.err << tr("The review rules owed to earlier imports did not run: %1").arg(e.message())
                  << Qt::endl;
        }
    }

    int run(CliContext &c) override
    {
        const QStringList files = c.parser.positionalArguments();
        if (files.isEmpty()) {
            c.err << tr("Name at least one file to import.") << Qt::endl;
            return ExitUsage;
        }
        QString platform = c.parser.value(QStringLiteral("platform"));
        const QString mapping = c.parser.value(QStringLiteral("mapping"));
        if (!mapping.isEmpty() && c.parser.isSet(QStringLiteral("platform"))) {
            c.err << tr("Say --platform or --mapping, not both.") << Qt::endl;
            return ExitUsage;
        }
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        if (!mapping.isEmpty()) {
            const QStringList known = ColumnMappings::platforms(db.connection());
            if (!known.contains(mapping)) {
                c.err
                    << tr("There is no column mapping named “%1” (known: %2). Make it in the import dialog, "
                          "or bring one in with `packline mappings import FILE`.")
                           .arg(mapping, known.join(QStringLiteral(", ")))
                    << Qt::endl;
                return ExitBadInput;
            }
            platform = mapping;
        }
        OrderImport import(db.connection(), c.actor);
        import.setNewShopAllowed(c.parser.isSet(QStringLiteral("new-shop")));
        ImportReview review(db.connection());
        bool bad = false;
        for (const ImportUnit &unit : OrderImport::plan(db.connection(), files, platform)) {
            const ImportOutcome o = import.run(unit, c.parser.value(QStringLiteral("shop")));
            // Test seam: die the moment the import has committed, before its review rules.
            if (o.error.isEmpty() && qEnvironmentVariableIsSet("PACKLINE_TEST_KILL_AFTER_IMPORT"))
                std::raise(SIGKILL);
            const QString name =
                QFileInfo(o.file).fileName() +
                (o.partner.isEmpty() ? QString() : QStringLiteral(" + ") + QFileInfo(o.partner).fileName());
            if (!o.error.isEmpty()) {
                c.err << o.error << Qt::endl;
                bad = true;
                continue;
            }
            c.out
                << tr("%1 (%2, %3, shop %4): %5 new, %6 updated, %7 unchanged, %8 skipped, %9 rows rejected, "
                      "%10 s")
                       .arg(name, o.platform, o.encoding, o.shop)
                       .arg(o.ordersNew)
                       .arg(o.ordersUpdated)
                       .arg(o.ordersUnchanged)
                       .arg(o.ordersSkipped)
                       .arg(o.rejectedCount)
                       .arg(o.seconds, 0, 'f', 2)
                << Qt::endl;
            for (const QString &inference : o.inferences)
                c.out << tr("  Inferred: %1").arg(inference) << Qt::endl;
            reviewImported(c, review, o);
            for (auto it = o.alsoInOtherShops.cbegin(); it != o.alsoInOtherShops.cend(); ++it)
                c.err << tr("  %1 order number(s) of this file were already in shop %2 of the same "
                            "platform: they are now in both. Was --shop right?")
                             .arg(it.value())
                             .arg(it.key())
                      << Qt::endl;
            if (!o.sameAsEarlier.isEmpty() && o.alsoInOtherShops.isEmpty())
                c.out << tr("  This file was imported before (run %1); nothing was duplicated.")
                             .arg(o.sameAsEarlier)
                      << Qt::endl;
            for (auto it = o.effects.cbegin(); it != o.effects.cend(); ++it)
                c.out
                    << QStringLiteral("  %1 %2\n").arg(it.value(), 8).arg(OrderImport::effectName(it.key()));
            if (o.rejectedCount > 0) {
                bad = true;
                for (const RejectedRow &r : o.rejected)
                    c.err << tr("%1:%2: %3 [%4] %5").arg(r.file).arg(r.line).arg(r.column, r.value, r.why)
                          << '\n';
                try {
                    c.err << tr("Rejected rows written to %1").arg(writeRejects(db.connection(), o))
                          << Qt::endl;
                } catch (const Error &e) {
                    c.err << e.message() << Qt::endl;
                }
            }
        }
        reviewOwed(c, review);
        c.out.flush();
        c.err.flush();
        return bad ? ExitBadInput : ExitOk;
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<ImportCommand>();
}};
} // namespace
