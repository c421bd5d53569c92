#pragma once

#include "OrderNumberMap.h"
#include "orders/Order.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <deque>
#include <optional>

// The Taobao item report (宝贝报表) held in memory until the order report streams past it.
// Kept compact so a million orders fit in the import's memory budget: a shop sells a few hundred
// SKUs, so titles, specs and outer codes repeat and are stored once; a line is 56 bytes and no
// allocation of its own. (Staging in a TEMP table cost a second write and an index build per file.)
class ItemStage {
public:
    // problem: why the line was rejected ("" when fine); its order is then refused as incomplete.
    void add(const QString &orderNo, qint64 fileLine, const OrderLine &line, const QString &problem);
    struct Taken {
        QList<OrderLine> lines; // in file order
        QString problem;        // the first bad line's; "" when all are fine
    };
    // The order's lines, or nullopt if it has none. Takes them, so they are not reported as orphans.
    std::optional<Taken> take(const QString &orderNo);
    struct Orphan {
        qint64 fileLine;
        QString orderNo;
    };
    // Good lines whose order never came, in file order.
    QList<Orphan> orphans() const;

private:
    struct Line {
        qint64 fileLine;
        qint64 priceFen;
        qint32 qty;
        qint32 title, spec, outerCode, refundStatus, problem; // into m_texts; 0 is ""
        qint32 next;                                          // next line of the order, or -1
        // The sub-order number (子订单编号) is unique per line, so not interned: kept as a number
        // when it is one (no allocation per line), else as text in m_lineIdTexts.
        quint64 lineIdNumber;
        qint32 lineIdText; // into m_lineIdTexts; -1 when lineIdNumber holds it
    };
    struct Chain {
        qint32 first = -1;
        qint32 last = -1;
    };
    qint32 intern(const QString &text);

    QStringList m_texts{QString()};
    QStringList m_lineIdTexts;
    QHash<QString, qint32> m_textIds;
    std::deque<Line> m_lines; // grows in blocks: no doubling copy of a million lines
    OrderNumberMap<Chain> m_orders;
};
