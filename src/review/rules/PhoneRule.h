#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// Receiver phone missing or not a phone number (masked platform phones are fine).
class PhoneRule : public ReviewRule {
    Q_DECLARE_TR_FUNCTIONS(PhoneRule)
public:
    QString code() const override { return QStringLiteral("phone"); }
    QString title() const override;
    void check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const override;
};
