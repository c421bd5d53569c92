// packline export-shipping --platform taobao -o FILE [--since TIME] [--mark-synced]: 回传 tracking numbers.
#include "Command.h"
#include "base/Error.h"
#include "db/Database.h"
#include "intake/FieldText.h"
#include "intake/ShippingExport.h"

#include <QCoreApplication>

namespace {
class ExportShippingCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportShippingCommand)
public:
    QString name() const override { return QStringLiteral("export-shipping"); }
    QString summary() const override
    {
        return tr("Write the platform's bulk-shipping upload (order number, courier, tracking number).");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(
            {QStringLiteral("platform"), tr("Platform (taobao)."), tr("NAME"), QStringLiteral("taobao")});
        parser.addOption(
            {{QStringLiteral("o"), QStringLiteral("output")}, tr("File to write (GBK CSV)."), tr("FILE")});
        parser.addOption({QStringLiteral("since"),
                          tr("Only orders shipped since this China time (yyyy-MM-dd HH:mm:ss)."),
                          tr("TIME")});
        parser.addOption(
            {QStringLiteral("mark-synced"),
             tr("After writing, mark the orders as synced back (do this once the upload worked).")});
        CliContext::addForceOption(parser);
        parser.addOption({QStringLiteral("confirm"),
                          tr("The upload of FILE worked: mark exactly the orders in FILE as synced back "
                             "(orders shipped since it was written stay for the next upload)."),
                          tr("FILE")});
    }
    int run(CliContext &c) override
    {
        if (c.parser.isSet(QStringLiteral("confirm")))
            return confirm(c, c.parser.value(QStringLiteral("confirm")));
        const QString output = c.parser.value(QStringLiteral("output"));
        if (output.isEmpty()) {
            c.err << tr("Say where to write the file with -o FILE.") << Qt::endl;
            return ExitUsage;
        }
        QString since; // all shipped orders
        if (c.parser.isSet(QStringLiteral("since"))) {
            const auto utc = FieldText::chinaTimeToUtc(c.parser.value(QStringLiteral("since")));
            if (!utc || utc->isEmpty()) {
                c.err << tr("--since takes a time like 2023-11-11 20:00:00 (China time).") << Qt::endl;
                return ExitUsage;
            }
            since = *utc;
        }
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        try {
            const ShippingExportResult r = ShippingExport::write(
                db.connection(), c.actor, c.parser.value(QStringLiteral("platform")), output, since,
                c.parser.isSet(QStringLiteral("mark-synced")), c.overwrite());
            for (const QString &p : r.problems)
                c.err << p << '\n';
            c.out << tr("%1 orders written to %2.").arg(r.rows).arg(output) << Qt::endl;
            if (c.parser.isSet(QStringLiteral("mark-synced")))
                c.out << tr("%1 orders marked as synced back.").arg(r.marked) << Qt::endl;
            else if (r.rows > 0)
                c.out << tr("Upload the file, then run again with --confirm %1 to mark them synced back.")
                             .arg(output)
                      << Qt::endl;
            c.err.flush();
            return ExitOk; // left-out orders are warnings: the rest is a valid upload
        } catch (const Error &e) {
            c.err << e.message() << Qt::endl;
            return ExitBadInput;
        }
    }

private:
    int confirm(CliContext &c, const QString &file)
    {
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        try {
            const SyncConfirmation r = ShippingExport::confirmUploaded(
                db.connection(), c.actor, c.parser.value(QStringLiteral("platform")), file);
            for (const QString &p : r.problems)
                c.err << p << '\n';
            c.out
                << tr("%1 orders marked as synced back (%2 were already).").arg(r.marked).arg(r.alreadySynced)
                << Qt::endl;
            c.err.flush();
            return r.problems.isEmpty() ? ExitOk : ExitBadInput;
        } catch (const Error &e) {
            c.err << e.message() << Qt::endl;
            return ExitBadInput;
        }
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<ExportShippingCommand>();
}};
} // namespace
