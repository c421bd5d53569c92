#pragma once

#include "RuleEngine.h"
#include "db/BulkStatement.h"
#include "review/rules/ReviewBatch.h"

#include <QSqlDatabase>
#include <memory>

// A rule run's orders under review, a batch at a time in id order: the range part (every order,
// or an import run's new ones) by id windows on the primary key, then the listed ids one by one.
// Reads through the engine's bulk statements (BulkStatement): a run reads every order of a
// peak-day import back, and a QVariant per value was most of that read.
class OrderReader {
public:
    static constexpr int kBatch = 2000; // orders read, checked and written at a time

    OrderReader(const QSqlDatabase &db, const RuleScope &scope);
    // The next batch; false when the scope is done. ranged: the batch came by id range.
    bool next(QList<ReviewOrder> &orders, bool *ranged);
    // How many orders the scope has (for progress).
    qint64 total() const;

private:
    // The range part's condition on orders o (bound: the id after which, then the run if any).
    QString rangeCondition() const;
    QList<qint64> rangeValues(qint64 after) const;
    bool readRange(QList<ReviewOrder> &orders);
    bool readIds(QList<ReviewOrder> &orders);
    // Runs q (its values bound) and hands its lines to their orders.
    static void readLines(BulkStatement &q, const QHash<qint64, qsizetype> &index,
                          QList<ReviewOrder> &orders);

    QSqlDatabase m_db;
    RuleScope m_scope;
    bool m_ranged;
    qint64 m_lastId;
    qint64 m_endId; // the highest order id when the run started (the range part ends there)
    static constexpr qint64 kWindow = 8 * kBatch; // ids a range read spans at most
    QList<qint64> m_ids;
    qsizetype m_idAt = 0;
    std::unique_ptr<BulkStatement> m_range, m_rangeLines, m_one, m_oneLines;
};
