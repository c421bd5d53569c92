// packline reminders list|export, packline notices list|export: payment reminders (催付) for
// unpaid orders and shipping notices for shipped ones, listed or exported as an SMS batch.
#include "Command.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "base/Money.h"
#include "db/Database.h"
#include "reports/ContactExport.h"
#include "reports/ContactLists.h"

#include <QCoreApplication>

namespace {
class ContactCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ContactCommand)
public:
    explicit ContactCommand(ContactKind kind)
        : m_kind(kind)
    {
    }
    QString name() const override
    {
        return m_kind == ContactKind::PaymentReminder ? QStringLiteral("reminders")
                                                      : QStringLiteral("notices");
    }
    QString summary() const override
    {
        return m_kind == ContactKind::PaymentReminder
                   ? tr("Payment reminders for unpaid orders: list, or export an SMS batch (list|export).")
                   : tr("Shipping notices for shipped orders: list, or export an SMS batch (list|export).");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"), tr("list or export"));
        parser.addOption(
            {{QStringLiteral("o"), QStringLiteral("output")}, tr("CSV file to write (export)."), tr("FILE")});
        parser.addOption({QStringLiteral("channel"),
                          tr("Template channel: sms (default), wangwang or phone."), tr("CHANNEL"),
                          QStringLiteral("sms")});
        parser.addOption({QStringLiteral("encoding"),
                          tr("utf8 (UTF-8 with BOM, default: Excel-safe, keeps every character) or gb18030."),
                          tr("ENC"), QStringLiteral("utf8")});
        CliContext::addForceOption(parser);
        parser.addOption({QStringLiteral("dry-run"), tr("Write the file but record nobody as contacted.")});
        if (m_kind == ContactKind::PaymentReminder)
            parser.addOption({QStringLiteral("closing-within"),
                              tr("Only orders the platform closes within H hours."), tr("H")});
        else
            parser.addOption({QStringLiteral("since"), tr("Only orders shipped from this UTC time on."),
                              tr("yyyy-MM-dd[ HH:mm:ss]")});
    }
    int run(CliContext &c) override
    {
        const QStringList args = c.parser.positionalArguments();
        const QString action = args.value(0);
        if (args.size() != 1 || (action != u"list" && action != u"export")) {
            c.err << tr("Say list or export.") << "\n\n" << c.parser.helpText();
            return ExitUsage;
        }
        const auto channel = Channels::fromCode(c.parser.value(QStringLiteral("channel")));
        const auto encoding = Csv::encodingFromName(c.parser.value(QStringLiteral("encoding")));
        if (!channel || !encoding) {
            c.err << tr("Unknown channel or encoding (this Qt may lack GB18030).") << Qt::endl;
            return ExitUsage;
        }
        ContactExportOptions options;
        options.kind = m_kind;
        options.channel = *channel;
        options.encoding = *encoding;
        options.dryRun = c.parser.isSet(QStringLiteral("dry-run"));
        options.overwrite = c.overwrite();
        if (m_kind == ContactKind::PaymentReminder && c.parser.isSet(QStringLiteral("closing-within"))) {
            bool ok = false;
            options.closingWithinHours = c.parser.value(QStringLiteral("closing-within")).toInt(&ok);
            if (!ok || options.closingWithinHours <= 0) {
                c.err << tr("--closing-within takes a whole number of hours.") << Qt::endl;
                return ExitUsage;
            }
        }
        if (m_kind == ContactKind::ShippingNotice && c.parser.isSet(QStringLiteral("since"))) {
            QString since = c.parser.value(QStringLiteral("since"));
            if (since.size() == 10)
                since += QStringLiteral(" 00:00:00");
            if (!Clock::fromText(since).isValid()) {
                c.err << tr("--since takes yyyy-MM-dd or yyyy-MM-dd HH:mm:ss (UTC).") << Qt::endl;
                return ExitUsage;
            }
            options.shippedSince = since;
        }
        const QString output = c.parser.value(QStringLiteral("output"));
        if (action == u"export" && output.isEmpty()) {
            c.err << tr("export needs -o FILE.") << Qt::endl;
            return ExitUsage;
        }

        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        try {
            if (action == u"list")
                return list(c, db);
            const ContactExportSummary s = ContactExport::run(db.connection(), c.actor, output, options);
            c.out << tr("%1 messages for %2 orders written to %3%4.")
                         .arg(s.rows)
                         .arg(s.orders)
                         .arg(output, options.dryRun ? tr(" (dry run: nobody recorded)") : QString())
                  << '\n'
                  << tr("Left out: %1 already contacted, %2 closed by the platform, %3 that need a person:")
                         .arg(s.alreadyContacted)
                         .arg(s.closed)
                         .arg(s.skipped.size())
                  << '\n';
            for (const ContactSkip &k : s.skipped)
                c.out << QStringLiteral("  %1  %2\n").arg(k.orderNo, k.why);
            c.out.flush();
        } catch (const Error &e) {
            c.err << e.message() << Qt::endl;
            return ExitBadInput;
        }
        return ExitOk;
    }

private:
    int list(CliContext &c, Database &db)
    {
        const QList<ContactRow> rows = ContactLists::forKind(db.connection(), m_kind);
        for (const ContactRow &r : rows) {
            QString when;
            if (m_kind == ContactKind::PaymentReminder)
                when = r.secondsLeft > 0
                           ? tr("%1 h old, %2 h left").arg(r.ageSeconds / 3600).arg(r.secondsLeft / 3600)
                           : tr("closed by the platform");
            else
                when = r.courier + u' ' + r.trackingNo;
            c.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                         .arg(r.orderNo, -22)
                         .arg(r.phone, -14)
                         .arg(Money::formatYuan(r.amountFen), 9)
                         .arg(when, -24)
                         .arg(r.contacted() ? tr("contacted by %1 at %2").arg(r.contactedBy, r.contactedAt)
                                            : tr("not contacted"))
                         .arg(r.shop);
        }
        c.out << tr("%1 orders.").arg(rows.size()) << Qt::endl;
        return ExitOk;
    }

    ContactKind m_kind;
};
const CommandRegistration reminders{[] {
    return std::make_unique<ContactCommand>(ContactKind::PaymentReminder);
}};
const CommandRegistration notices{[] {
    return std::make_unique<ContactCommand>(ContactKind::ShippingNotice);
}};
} // namespace
