#include "PrepackProgress.h"

#include "Campaigns.h"
#include "PrepackOrders.h"
#include "PrepackPlan.h"
#include "base/Clock.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("PrepackProgress", text, nullptr, n);
}
} // namespace

QList<SkuProgress> PrepackProgress::forCampaign(const QSqlDatabase &db, qint64 campaignId,
                                                const QString &nowText, const ProgressRules &rules)
{
    const std::optional<Campaign> campaign = Campaigns::load(db, campaignId);
    if (!campaign)
        return {};
    const QString endingFrom =
        Clock::toText(Clock::fromText(campaign->endsAt).addSecs(-3600LL * rules.endingHours));
    const bool ending = nowText >= endingFrom;
    const QHash<qint64, int> open = PrepackOrders::openOrders(db, campaignId);
    QList<SkuProgress> result;
    for (const PlanRow &r : PrepackPlan::rows(db, campaignId)) {
        SkuProgress p;
        p.skuId = r.skuId;
        p.code = r.code;
        p.title = r.title;
        p.spec = r.spec;
        p.planned = r.planned;
        p.packedNet = r.packedNet;
        p.prepackedLeft = r.prepacked;
        p.openOrders = open.value(r.skuId);
        p.shipped = r.shipped;
        const int tolerance = std::max(1, r.packedNet * rules.surplusPercent / 100);
        if (p.openOrders > 0 && p.prepackedLeft == 0 && p.packedNet > 0)
            p.warning = SkuProgress::Warning::Out;
        else if (p.prepackedLeft > 0 && p.prepackedLeft < p.openOrders)
            p.warning = SkuProgress::Warning::RunningOut;
        else if (ending && p.surplus() >= tolerance && p.surplus() > 0)
            p.warning = SkuProgress::Warning::TooMuchLeft;
        p.message = describe(p);
        result << p;
    }
    return result;
}

QString PrepackProgress::describe(const SkuProgress &p)
{
    switch (p.warning) {
    case SkuProgress::Warning::None:
        return {};
    case SkuProgress::Warning::Out:
        return tr("Pre-packed stock is out: %1 open orders go the normal way.").arg(p.openOrders);
    case SkuProgress::Warning::RunningOut:
        return tr("Running out: %1 parcels left for %2 open orders.").arg(p.prepackedLeft).arg(p.openOrders);
    case SkuProgress::Warning::TooMuchLeft:
        return tr("Too much left as the sale ends: %1 parcels beyond open orders; unpack the leftovers.")
            .arg(p.surplus());
    }
    return {};
}
