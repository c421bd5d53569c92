#include "OrderReader.h"

#include "db/Sql.h"

#include <algorithm>

namespace {
const QString kOrderColumns = QStringLiteral(
    "o.id, o.shop_id, o.platform_order_no, o.stage, o.buyer_nick, o.receiver_name, o.receiver_phone, "
    "o.phone_masked, o.receiver_province, o.receiver_city, o.receiver_district, o.receiver_address, "
    "o.address_raw, "
    "o.buyer_message, o.seller_memo, o.paid_at, o.paid_fen, o.item_count, o.priority, o.wave_date");
// The three review stages, fixed text (bound values can't make an IN list portable and short).
const QString kInReview = QStringLiteral(" o.stage IN ('imported', 'reviewed', 'out_of_stock') ");

ReviewOrder readOrder(const BulkStatement &q)
{
    ReviewOrder o;
    o.id = q.columnInt(0);
    o.shopId = q.columnInt(1);
    o.orderNo = q.columnText(2);
    o.stage = q.columnText(3);
    o.buyerNick = q.columnText(4);
    o.receiverName = q.columnText(5);
    o.receiverPhone = q.columnText(6);
    o.phoneMasked = q.columnInt(7) != 0;
    o.province = q.columnText(8);
    o.city = q.columnText(9);
    o.district = q.columnText(10);
    o.address = q.columnText(11);
    o.addressRaw = q.columnText(12);
    o.buyerMessage = q.columnText(13);
    o.sellerMemo = q.columnText(14);
    o.paidAt = q.columnText(15);
    o.paidFen = q.columnInt(16);
    o.itemCount = int(q.columnInt(17));
    o.priority = int(q.columnInt(18));
    o.waveDate = q.columnText(19);
    return o;
}

const QString kLineSql =
    QStringLiteral("SELECT l.order_id, l.sku_id, l.outer_code, l.title, l.qty FROM order_lines l ");
} // namespace

OrderReader::OrderReader(const QSqlDatabase &db, const RuleScope &scope)
    : m_db(db)
    , m_scope(scope)
    , m_ranged(scope.everyOrder || scope.importRunId > 0)
    , m_lastId(scope.everyOrder ? 0 : scope.createdAfter)
    , m_endId(m_ranged
                  ? Sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM orders")).toLongLong()
                  : 0)
{
    if (!scope.everyOrder) {
        m_ids = scope.orderIds;
        std::sort(m_ids.begin(), m_ids.end());
        m_ids.erase(std::unique(m_ids.begin(), m_ids.end()), m_ids.end());
    }
}

bool OrderReader::next(QList<ReviewOrder> &orders, bool *ranged)
{
    orders.clear();
    *ranged = m_ranged;
    if (m_ranged && readRange(orders))
        return true;
    m_ranged = false;
    *ranged = false;
    return readIds(orders);
}

qint64 OrderReader::total() const
{
    qint64 n = m_scope.everyOrder ? 0 : m_ids.size();
    if (m_scope.everyOrder || m_scope.importRunId > 0) {
        QVariantList values;
        for (qint64 v : rangeValues(m_scope.everyOrder ? 0 : m_scope.createdAfter))
            values << v;
        n += Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM orders o WHERE ") + rangeCondition(),
                         values)
                 .toLongLong();
    }
    return n;
}

// The stage test goes through an expression so SQLite walks the primary key instead of the stage
// index (which would sort the whole queue for every batch).
QString OrderReader::rangeCondition() const
{
    return QStringLiteral("o.id > ? AND (o.stage || '') IN ('imported', 'reviewed', 'out_of_stock')") +
           (m_scope.everyOrder ? QString() : QStringLiteral(" AND o.import_run_id = ?"));
}

QList<qint64> OrderReader::rangeValues(qint64 after) const
{
    return m_scope.everyOrder ? QList<qint64>{after} : QList<qint64>{after, m_scope.importRunId};
}

// Ids in windows up to the highest at the start, not "the next kBatch after": a bounded id range
// is a primary-key read on either engine whatever the statistics say (a server without any of a
// just-imported run, which a station's role may not ANALYZE, planned "the run's next 2,000" as a
// scan of every order, per batch).
bool OrderReader::readRange(QList<ReviewOrder> &orders)
{
    BulkStatement &q = BulkStatement::cached(
        m_range, m_db,
        QStringLiteral("SELECT ") + kOrderColumns + QStringLiteral(" FROM orders o WHERE ") +
            rangeCondition() + QStringLiteral(" AND o.id <= ? ORDER BY o.id LIMIT %1").arg(kBatch));
    QHash<qint64, qsizetype> index;
    while (orders.isEmpty() && m_lastId < m_endId) {
        const qint64 until = std::min(m_endId, m_lastId + kWindow);
        for (qint64 v : rangeValues(m_lastId))
            q.add(v);
        q.add(until);
        while (q.step()) {
            orders << readOrder(q);
            index.insert(orders.last().id, orders.size() - 1);
        }
        q.reset();
        m_lastId = orders.size() == kBatch ? orders.last().id : until;
    }
    if (orders.isEmpty())
        return false;
    BulkStatement &lines =
        BulkStatement::cached(m_rangeLines, m_db,
                              kLineSql + QStringLiteral("WHERE l.order_id >= ? AND l.order_id <= ? AND "
                                                        "l.refund_status = 'none' ORDER BY l.order_id, "
                                                        "l.line_no"));
    readLines(lines.add(orders.first().id).add(orders.last().id), index, orders);
    return true;
}

bool OrderReader::readIds(QList<ReviewOrder> &orders)
{
    BulkStatement &order =
        BulkStatement::cached(m_one, m_db,
                              QStringLiteral("SELECT ") + kOrderColumns +
                                  QStringLiteral(" FROM orders o WHERE o.id = ? AND") + kInReview);
    BulkStatement &lines = BulkStatement::cached(
        m_oneLines, m_db,
        kLineSql + QStringLiteral("WHERE l.order_id = ? AND l.refund_status = 'none' ORDER BY l.line_no"));
    QHash<qint64, qsizetype> index;
    for (; m_idAt < m_ids.size() && orders.size() < kBatch; ++m_idAt) {
        const qint64 id = m_ids.at(m_idAt);
        if (!order.add(id).step()) {
            order.reset();
            continue;
        }
        orders << readOrder(order);
        index.insert(id, orders.size() - 1);
        order.reset(); // before the lines: one statement open at a time
        readLines(lines.add(id), index, orders);
    }
    return !orders.isEmpty();
}

void OrderReader::readLines(BulkStatement &q, const QHash<qint64, qsizetype> &index,
                            QList<ReviewOrder> &orders)
{
    while (q.step()) {
        const auto it = index.constFind(q.columnInt(0));
        if (it == index.cend())
            continue;
        orders[*it].lines << ReviewLine{q.columnInt(1), q.columnText(2), q.columnText(3),
                                        int(q.columnInt(4))};
    }
    q.reset();
}
