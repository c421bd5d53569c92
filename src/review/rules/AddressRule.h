#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// Address incomplete (no province, city or street) or not parsed from the platform's text.
class AddressRule : public ReviewRule {
    Q_DECLARE_TR_FUNCTIONS(AddressRule)
public:
    QString code() const override { return QStringLiteral("address"); }
    QString title() const override;
    QJsonObject defaults() const override;
    void check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const override;
};
