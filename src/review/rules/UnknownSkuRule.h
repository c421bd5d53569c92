#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// A line whose listing (its outer code, else title + spec) has no mapping and no SKU of that code:
// nothing to pick ("Unmatched listing", the same flag intake sets; see ListingMatches).
class UnknownSkuRule : public ReviewRule {
    Q_DECLARE_TR_FUNCTIONS(UnknownSkuRule)
public:
    QString code() const override { return QStringLiteral("unknown_sku"); }
    QString title() const override;
    void check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const override;
};
