#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// Suspected duplicate: the same receiver and the same lines again within a window.
class DuplicateRule : public ReviewRule {
    Q_DECLARE_TR_FUNCTIONS(DuplicateRule)
public:
    QString code() const override { return QStringLiteral("duplicate"); }
    bool looksAtOtherOrders() const override { return true; }
    void candidates(const ReviewBatch &batch, std::vector<qint64> &ids) const override;
    bool candidatesNeedIndexes() const override { return true; }
    void candidatesAfter(const ReviewBatch &batch, qint64 createdAfter,
                         std::vector<qint64> &ids) const override;
    QString title() const override;
    QJsonObject defaults() const override;
    void check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const override;
    // Which of rows receivers (phone, name, province, city, district, address, bound in that
    // order) another order has too; rows of their phone. Public so tests can read its plan.
    static QString sameReceiverSql(qsizetype rows);
};
