#pragma once

#include "RuleRun.h"
#include "orders/Order.h"

#include <vector>

// The review rules inside an import's transaction, over the paid orders it creates, as it writes
// them: a batch of new orders is checked while it is still in memory, so a peak-day file is not
// read back and written a second time (the second pass was half of an import's time). The rules
// that look at other orders (a duplicate, a flash-sale limit) wait until every order of the file
// is in, and then look only at the orders a batch showed they may concern (their candidates).
// The stock rule hands out stock in queue order over the whole file at the end. Orders the file
// changed (not new) are left to ImportReview, after the commit, as before.
class ImportRules {
public:
    // createdAfter: the highest order id before the import (its new orders are above it).
    // indexesAside: the import's pass runs with the orders' plain indexes set aside (IndexesAside),
    // back before finish().
    ImportRules(const QSqlDatabase &db, qint64 shopId, qint64 createdAfter, bool indexesAside = false);
    // A new order that entered review (Imported), as written: its id and its SKU lines.
    void add(const Order &order);
    // After the file's last order, inside its transaction: the last batch, the rules that look at
    // other orders, the stock hand-out and the run's audit row.
    RuleRunSummary finish(const Actor &actor);

private:
    void checkBatch();

    QSqlDatabase m_db;
    qint64 m_shopId;
    bool m_indexesAside;
    RuleRun m_run;
    QList<ReviewOrder> m_orders;
    std::vector<qint64> m_candidates;
    qint64 m_loadMs = 0, m_writeMs = 0;
};
