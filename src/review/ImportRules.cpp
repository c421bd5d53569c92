#include "ImportRules.h"

#include "OrderReader.h"
#include "Priority.h"
#include "RuleWrites.h"

#include <QElapsedTimer>
#include <algorithm>

ImportRules::ImportRules(const QSqlDatabase &db, qint64 shopId, qint64 createdAfter, bool indexesAside)
    : m_db(db)
    , m_shopId(shopId)
    , m_indexesAside(indexesAside)
    , m_run(db)
{
    m_run.trackAfter(createdAfter);
    m_orders.reserve(OrderReader::kBatch);
}

void ImportRules::add(const Order &order)
{
    ReviewOrder o;
    o.id = order.id;
    o.shopId = m_shopId;
    o.orderNo = order.platformOrderNo;
    o.stage = Stages::code(Stage::Imported);
    o.buyerNick = order.buyerNick;
    const Receiver &r = order.receiver;
    o.receiverName = r.name;
    o.receiverPhone = r.phone;
    o.phoneMasked = r.phoneMasked;
    o.province = r.province;
    o.city = r.city;
    o.district = r.district;
    o.address = r.address;
    o.addressRaw = r.raw;
    o.buyerMessage = order.buyerMessage;
    o.sellerMemo = order.sellerMemo;
    o.paidAt = order.paidAt;
    o.paidFen = order.paidFen;
    o.itemCount = order.itemCount();
    // As the order was written (OrderUpsert stamps it): the stock hand-out goes by it.
    o.priority = Priority::of(r.city, o.itemCount, m_run.settings());
    for (const OrderLine &l : order.lines)
        if (l.refundStatus == u"none")
            o.lines << ReviewLine{l.skuId, l.outerCode, l.title, l.qty};
    m_orders << std::move(o);
    if (m_orders.size() == OrderReader::kBatch)
        checkBatch();
}

void ImportRules::checkBatch()
{
    if (m_orders.isEmpty())
        return;
    QElapsedTimer step;
    step.start();
    RuleRun::Checked checked = m_run.check(m_orders);
    RuleWrites writes(m_db, true);
    m_run.writeNew(checked, writes);
    writes.finish();
    m_run.keep(checked, m_orders);
    m_run.laterCandidates(m_orders, m_candidates, m_indexesAside);
    m_orders.clear();
    m_writeMs += step.elapsed();
}

RuleRunSummary ImportRules::finish(const Actor &actor)
{
    checkBatch();
    QElapsedTimer step;
    step.start();
    // The candidates of the rules that look at other orders, read back now that every order is in.
    if (m_indexesAside)
        m_run.candidatesAfterIndexes(m_candidates);
    const QList<RuleSetting> later = m_run.otherOrderRules();
    std::sort(m_candidates.begin(), m_candidates.end());
    m_candidates.erase(std::unique(m_candidates.begin(), m_candidates.end()), m_candidates.end());
    m_candidates.erase(std::remove_if(m_candidates.begin(), m_candidates.end(),
                                      [&](qint64 id) { return !m_run.tracked(id); }),
                       m_candidates.end());
    if (!later.isEmpty() && !m_candidates.empty()) {
        RuleScope scope;
        scope.orderIds = QList<qint64>(m_candidates.cbegin(), m_candidates.cend());
        OrderReader reader(m_db, scope);
        QList<ReviewOrder> orders;
        bool ranged = false;
        while (reader.next(orders, &ranged)) {
            const QList<ReviewFlag> flags = m_run.checkWith(orders, later);
            RuleWrites writes(m_db, true);
            m_run.flagLater(flags, writes);
            writes.finish();
        }
    }
    m_candidates = {};
    m_loadMs += step.restart();
    m_run.queueStock();
    m_run.handOutStock([&](const std::function<void(RuleWrites &)> &chunk) {
        RuleWrites writes(m_db, true);
        chunk(writes);
        writes.finish();
    });
    if (m_run.summary().orders > 0) // a file that only changed orders: their run records itself
        RuleEngine::recordRun(m_db, actor, m_run.summary());
    m_writeMs += step.elapsed();
    if (qEnvironmentVariableIsSet("PACKLINE_RULE_TIMES"))
        m_run.printTimes(m_loadMs, m_writeMs);
    m_run.summary().elapsedMs = m_loadMs + m_writeMs; // the rules' share of the import's time
    return m_run.summary();
}
