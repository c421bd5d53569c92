// packline prepack ACTION …: flash-sale campaigns and pre-pack batches from a terminal or a script.
//   create --name N --start T --end T [--ratio P]       a campaign (times UTC, yyyy-MM-dd HH:mm:ss)
//   add-sku --campaign ID --sku CODE --expected N [--limit L]
//   batch --campaign ID --sku CODE --qty N [--material M] [--sheet FILE.pdf]
//   unpack-leftovers --campaign ID
//   plan --campaign ID                                  the plan with progress warnings
//   sync-limits                                         skus.purchase_limit from the active campaigns
// Exit 0 ok, 1 refused or bad input (the reason on stderr), 2 usage.
#include "Command.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "db/Database.h"
#include "prepack/BatchSheet.h"
#include "prepack/CampaignLimits.h"
#include "prepack/Campaigns.h"
#include "prepack/PrepackBatches.h"
#include "prepack/PrepackPlan.h"
#include "prepack/PrepackProgress.h"
#include "stock/SkuCatalog.h"

#include <QCoreApplication>

namespace {
class PrepackCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(PrepackCommand)
public:
    QString name() const override { return QStringLiteral("prepack"); }
    QString summary() const override
    {
        return tr("Flash-sale campaigns, pre-pack plans and batches (create, add-sku, batch, plan, …).");
    }
    bool paints() const override { return true; } // the batch sheet
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     tr("create | add-sku | batch | unpack-leftovers | plan | sync-limits"),
                                     tr("ACTION"));
        parser.addOptions({{QStringLiteral("name"), tr("Campaign name."), tr("NAME")},
                           {QStringLiteral("start"), tr("Start, UTC yyyy-MM-dd HH:mm:ss."), tr("TIME")},
                           {QStringLiteral("end"), tr("End, UTC yyyy-MM-dd HH:mm:ss."), tr("TIME")},
                           {QStringLiteral("ratio"), tr("Pre-pack ratio in percent (default 60)."), tr("P")},
                           {QStringLiteral("campaign"), tr("Campaign id."), tr("ID")},
                           {QStringLiteral("sku"), tr("SKU outer code or barcode."), tr("CODE")},
                           {QStringLiteral("expected"), tr("Expected single-item orders."), tr("N")},
                           {QStringLiteral("limit"), tr("Per-buyer limit (default 1, 0: none)."), tr("N")},
                           {QStringLiteral("qty"), tr("Units packed in the batch."), tr("N")},
                           {QStringLiteral("material"), tr("Packing material."), tr("TEXT")},
                           {QStringLiteral("sheet"), tr("Write the batch sheet to this PDF."), tr("FILE")}});
    }

    int run(CliContext &c) override
    {
        const QStringList args = c.parser.positionalArguments();
        const QString action = args.value(0);
        static const QStringList actions{QStringLiteral("create"), QStringLiteral("add-sku"),
                                         QStringLiteral("batch"),  QStringLiteral("unpack-leftovers"),
                                         QStringLiteral("plan"),   QStringLiteral("sync-limits")};
        if (!actions.contains(action)) {
            c.err << tr("Say what to do: %1.").arg(actions.join(QStringLiteral(", "))) << Qt::endl;
            return ExitUsage;
        }
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        const QSqlDatabase conn = db.connection();
        try {
            if (action == u"create")
                return create(c, conn);
            if (action == u"sync-limits") {
                c.out << tr("%1 SKU limits changed.").arg(CampaignLimits::sync(conn, c.actor)) << Qt::endl;
                return ExitOk;
            }
            bool ok = false;
            const qint64 campaign = c.parser.value(QStringLiteral("campaign")).toLongLong(&ok);
            if (!ok || !Campaigns::load(conn, campaign)) {
                c.err << tr("Give an existing campaign with --campaign ID.") << Qt::endl;
                return ExitBadInput;
            }
            if (action == u"add-sku")
                return addSku(c, conn, campaign);
            if (action == u"batch")
                return batch(c, conn, campaign);
            if (action == u"unpack-leftovers") {
                int units = 0;
                const Result<> r = PrepackBatches::unpackLeftovers(conn, c.actor, campaign, &units);
                if (!r)
                    return refuse(c, r);
                c.out << tr("%1 units back to loose stock.").arg(units) << Qt::endl;
                return ExitOk;
            }
            return plan(c, conn, campaign);
        } catch (const Error &e) {
            c.err << e.message() << Qt::endl;
            return ExitBadInput;
        }
    }

private:
    static int refuse(CliContext &c, const Result<> &r)
    {
        c.err << r.message << Qt::endl;
        return ExitBadInput;
    }
    static int number(CliContext &c, const QString &option, int fallback, bool *ok)
    {
        if (!c.parser.isSet(option))
            return fallback;
        const int v = c.parser.value(option).toInt(ok);
        if (!*ok)
            c.err << tr("--%1 takes a whole number, not \"%2\".").arg(option, c.parser.value(option))
                  << Qt::endl;
        return v;
    }
    int create(CliContext &c, const QSqlDatabase &db)
    {
        Campaign campaign;
        campaign.name = c.parser.value(QStringLiteral("name"));
        campaign.startsAt = c.parser.value(QStringLiteral("start"));
        campaign.endsAt = c.parser.value(QStringLiteral("end"));
        bool ok = true;
        campaign.ratioPercent = number(c, QStringLiteral("ratio"), 60, &ok);
        if (!ok)
            return ExitBadInput;
        const Result<> r = Campaigns::save(db, c.actor, campaign);
        if (!r)
            return refuse(c, r);
        c.out << campaign.id << Qt::endl;
        return ExitOk;
    }
    int addSku(CliContext &c, const QSqlDatabase &db, qint64 campaign)
    {
        bool ok = true;
        const int expected = number(c, QStringLiteral("expected"), 0, &ok);
        const int limit = ok ? number(c, QStringLiteral("limit"), 1, &ok) : 0;
        if (!ok)
            return ExitBadInput;
        const Result<> r = Campaigns::addSkuByCode(db, c.actor, campaign,
                                                   c.parser.value(QStringLiteral("sku")), expected, limit);
        return r ? ExitOk : refuse(c, r);
    }
    int batch(CliContext &c, const QSqlDatabase &db, qint64 campaign)
    {
        const QString code = c.parser.value(QStringLiteral("sku"));
        std::optional<qint64> sku = SkuCatalog::idByCode(db, code);
        if (!sku)
            sku = SkuCatalog::idByBarcode(db, code);
        if (!sku) {
            c.err << tr("No SKU has the code or barcode \"%1\".").arg(code) << Qt::endl;
            return ExitBadInput;
        }
        bool ok = true;
        const int qty = number(c, QStringLiteral("qty"), 0, &ok);
        if (!ok)
            return ExitBadInput;
        qint64 id = 0;
        const Result<> r = PrepackBatches::pack(db, c.actor, campaign, *sku, qty,
                                                c.parser.value(QStringLiteral("material")), {}, &id);
        if (!r)
            return refuse(c, r);
        c.out << tr("Batch %1: %2 parcels of %3 pre-packed.").arg(id).arg(qty).arg(code) << Qt::endl;
        const QString sheet = c.parser.value(QStringLiteral("sheet"));
        QString error;
        if (!sheet.isEmpty() && !BatchSheet::writePdf(*PrepackBatches::load(db, id), sheet, &error)) {
            c.err << error << Qt::endl;
            return ExitBadInput;
        }
        return ExitOk;
    }
    int plan(CliContext &c, const QSqlDatabase &db, qint64 campaign)
    {
        const QList<SkuProgress> progress = PrepackProgress::forCampaign(db, campaign, Clock::nowText());
        c.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                     .arg(tr("SKU"), -16)
                     .arg(tr("Expected"), 9)
                     .arg(tr("Suggested"), 9)
                     .arg(tr("Planned"), 9)
                     .arg(tr("Boxed"), 9)
                     .arg(tr("Open"), 9)
                     .arg(tr("To pack"), 9);
        const QList<PlanRow> rows = PrepackPlan::rows(db, campaign);
        for (int i = 0; i < rows.size(); ++i) {
            const PlanRow &r = rows[i];
            c.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                         .arg(r.code, -16)
                         .arg(r.expectedOrders, 9)
                         .arg(r.suggested, 9)
                         .arg(r.planned, 9)
                         .arg(r.prepacked, 9)
                         .arg(progress.value(i).openOrders, 9)
                         .arg(r.toPack(), 9)
                         .arg(progress.value(i).message);
        }
        return ExitOk;
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<PrepackCommand>();
}};
} // namespace
