#pragma once

#include "ReviewBatch.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <vector>

// A review rule: looks at the batch and flags orders with a reason a person can read.
// Thresholds come from params (stored as JSON in review_rules); defaults() lists every key.
class ReviewRule {
public:
    virtual ~ReviewRule() = default;
    virtual QString code() const = 0;  // stored; also the flag code it writes
    virtual QString title() const = 0; // translated, for the settings dialog
    virtual QJsonObject defaults() const { return {}; }
    // Whether the rule reads other orders than the batch's (the database's, the run's): an import's
    // pass runs it only once every order of the file is in (ImportRules).
    virtual bool looksAtOtherOrders() const { return false; }
    // For a rule that looks at other orders: of a batch an import's pass has just written, the
    // orders (the batch's or earlier ones) whose flags may change with the others; the pass checks
    // them with the rule once every order is in. By default every order of the batch.
    virtual void candidates(const ReviewBatch &batch, std::vector<qint64> &ids) const
    {
        for (const ReviewOrder &o : batch.orders)
            ids.push_back(o.id);
    }
    // Whether candidates() finds them through the orders' indexes, which a big import sets aside
    // for its pass (IndexesAside): it then asks candidatesAfter() once, when they are back.
    virtual bool candidatesNeedIndexes() const { return false; }
    // The candidates among the orders above createdAfter (an import's new ones, every one of them
    // written) and those they concern; batch.orders is empty, batch.db and batch.skus as in a run.
    virtual void candidatesAfter(const ReviewBatch &, qint64, std::vector<qint64> &) const {}
    virtual void check(const ReviewBatch &batch, const QJsonObject &params,
                       QList<ReviewFlag> &flags) const = 0;

protected:
    static int intParam(const QJsonObject &params, const QJsonObject &defaults, const char *key)
    {
        const QString k = QLatin1String(key);
        return params.contains(k) ? params.value(k).toInt() : defaults.value(k).toInt();
    }
};
