#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// How a campaign's pre-packed stock is holding up, per SKU.
struct SkuProgress {
    enum class Warning {
        None,
        RunningOut,  // fewer boxed parcels left than open pre-pack orders
        Out,         // none left while pre-pack orders are open: they go the normal way
        TooMuchLeft, // the sale is ending (or over) with more parcels than open orders
    };
    qint64 skuId = 0;
    QString code;
    QString title;
    QString spec;
    int planned = 0;
    int packedNet = 0;
    int prepackedLeft = 0;
    int openOrders = 0;
    int shipped = 0;
    Warning warning = Warning::None;
    QString message; // translated, empty without a warning

    int surplus() const { return prepackedLeft - openOrders; }
};

// When a surplus becomes a warning: within endingHours of the end (or after it), and more than
// surplusPercent of what this campaign packed (at least one parcel) would be left over.
struct ProgressRules {
    int endingHours = 2;
    int surplusPercent = 10;
};

namespace PrepackProgress {
QList<SkuProgress> forCampaign(const QSqlDatabase &db, qint64 campaignId, const QString &nowText,
                               const ProgressRules &rules = {});
// Message for a row's warning (translated).
QString describe(const SkuProgress &row);
} // namespace PrepackProgress
