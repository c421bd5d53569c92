#include "OrderUpsert.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/BulkLoad.h"
#include "db/ConnectionLostError.h"
#include "db/DatabaseEngine.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/AfterSales.h"
#include "orders/Listings.h"
#include "orders/OrderEditor.h"
#include "orders/OrderStore.h"
#include "orders/StageMachine.h"
#include "review/CutOff.h"
#include "review/Priority.h"
#include "stock/Reservations.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OrderUpsert", text);
}

struct LineKey {
    QString outerCode, title, spec, refund;
    int qty;
    qint64 price;
    bool operator==(const LineKey &) const = default;
};

QList<LineKey> keys(const QList<OrderLine> &lines)
{
    QList<LineKey> k;
    for (const OrderLine &l : lines)
        k << LineKey{l.outerCode, l.title, l.spec, l.refundStatus, l.qty, l.priceFen};
    return k;
}

bool anyNewRefund(const QList<OrderLine> &incoming, const QList<OrderLine> &stored)
{
    for (int i = 0; i < incoming.size(); ++i) {
        if (incoming.at(i).refundStatus == u"none")
            continue;
        if (i >= stored.size() || stored.at(i).refundStatus == u"none")
            return true;
    }
    return false;
}

// The columns a new order is written with, in the order newOrderValues gives them (id comes first
// when the writer numbers the order itself).
const QStringList &newOrderColumns()
{
    static const QStringList columns =
        QStringLiteral(
            "shop_id, platform_order_no, buyer_nick, receiver_name, receiver_phone, phone_masked, "
            "receiver_province, receiver_city, receiver_district, receiver_address, receiver_postcode, "
            "address_raw, buyer_message, seller_memo, platform_status, created_at, paid_at, goods_fen, "
            "shipping_fen, paid_fen, item_count, stage, raw_json, version, stage_changed_at, imported_at, "
            "updated_at, import_run_id, priority, wave_date")
            .split(QStringLiteral(", "));
    return columns;
}

const QStringList &lineColumns()
{
    static const QStringList columns = QStringLiteral("order_id, line_no, sku_id, outer_code, title, spec, "
                                                      "qty, price_fen, platform_line_id, refund_status")
                                           .split(QStringLiteral(", "));
    return columns;
}

const QStringList &flagColumns()
{
    static const QStringList columns = QStringLiteral("order_id, flag, reason").split(QStringLiteral(", "));
    return columns;
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

// A row's values for a BulkLoad, gathered with BulkStatement's calls (so one function gives the
// values to either).
struct RowValues {
    QVariantList values;
    RowValues &add(qint64 value)
    {
        values << QVariant(value);
        return *this;
    }
    RowValues &add(const QString &text)
    {
        values << QVariant(text.isNull() ? QStringLiteral("") : text); // as BulkStatement: "" for null
        return *this;
    }
    RowValues &addNull()
    {
        values << QVariant();
        return *this;
    }
    RowValues &addNullable(const QString &text) { return text.isEmpty() ? addNull() : add(text); }
    RowValues &addNullable(qint64 value) { return value == 0 ? addNull() : add(value); }
};

// A new order's values in the order of newOrderColumns.
template <class Row>
void newOrderValues(Row &row, const Order &o, qint64 shopId, qint64 runId, const QString &now,
                    const ReviewSettings &review)
{
    const Receiver &r = o.receiver;
    row.add(shopId)
        .add(o.platformOrderNo)
        .add(o.buyerNick)
        .add(r.name)
        .add(r.phone)
        .add(r.phoneMasked ? 1 : 0)
        .add(r.province)
        .add(r.city)
        .add(r.district)
        .add(r.address)
        .add(r.postcode)
        .add(r.raw)
        .add(o.buyerMessage)
        .add(o.sellerMemo)
        .add(o.platformStatus)
        .addNullable(o.createdAt)
        .addNullable(o.paidAt)
        .add(o.goodsFen)
        .add(o.shippingFen)
        .add(o.paidFen)
        .add(o.itemCount())
        .add(Stages::code(o.stage))
        .addNullable(o.rawJson)
        .add(1) // version
        .add(now)
        .add(now)
        .add(now)
        .add(runId)
        // A paid order enters review with the priority and wave the rules would give it, so the
        // rules after the import do not rewrite every new order (and its queue index entry).
        .add(o.stage == Stage::Imported ? Priority::of(r.city, o.itemCount(), review) : 0)
        .addNullable(o.stage == Stage::Imported ? CutOff::waveDate(o.paidAt, review).toString(Qt::ISODate)
                                                : QString());
}

// Numbers the order's lines 1, 2, … and gives each line's values, in the order of lineColumns.
template <class Row, class Each> void numberedLines(Order &order, Row &row, Each each)
{
    int lineNo = 0;
    for (OrderLine &l : order.lines) {
        l.lineNo = ++lineNo;
        row.add(order.id)
            .add(l.lineNo)
            .addNullable(l.skuId)
            .add(l.outerCode)
            .add(l.title)
            .add(l.spec)
            .add(l.qty)
            .add(l.priceFen)
            .addNullable(l.platformLineId)
            .add(l.refundStatus);
        each();
    }
}

UpsertResult newResult(Stage stage)
{
    return {UpsertResult::New, stage == Stage::AwaitingPayment ? QStringLiteral("new_awaiting_payment")
                                                               : QStringLiteral("new_imported")};
}

bool mayBeNew(const IncomingOrder &in)
{
    return in.state == PlatformState::Unpaid || in.state == PlatformState::Paid;
}

bool allRefunded(const QList<OrderLine> &lines)
{
    if (lines.isEmpty())
        return false;
    for (const OrderLine &l : lines)
        if (l.refundStatus != u"refunded")
            return false;
    return true;
}
} // namespace

struct OrderUpsert::Stored {
    Order order;
};

OrderUpsert::OrderUpsert(const QSqlDatabase &db, const Actor &actor, qint64 shopId, qint64 runId, Done done)
    : m_db(db)
    , m_actor(actor)
    , m_shopId(shopId)
    , m_runId(runId)
    , m_now(Clock::nowText())
    , m_review(ReviewSettings::load(db))
    , m_find(BulkStatement::make(
          db, QStringLiteral("SELECT id FROM orders WHERE shop_id = ? AND platform_order_no = ?")))
    , m_insertOrder(BulkStatement::make(
          db, QStringLiteral("INSERT INTO orders (%1) VALUES (%2) "
                             "ON CONFLICT (shop_id, platform_order_no) DO NOTHING RETURNING id")
                  .arg(newOrderColumns().join(QStringLiteral(", ")), placeholders(newOrderColumns().size()))))
    , m_insertLine(BulkStatement::make(
          db, QStringLiteral("INSERT INTO order_lines (%1) VALUES (%2)")
                  .arg(lineColumns().join(QStringLiteral(", ")), placeholders(lineColumns().size()))))
    // Import flags use their own codes, so the review rules' re-run (which owns its codes) keeps them.
    , m_setFlag(BulkStatement::make(
          db, QStringLiteral("INSERT INTO order_flags (order_id, flag, reason) VALUES (?, ?, ?) "
                             "ON CONFLICT (order_id, flag) DO UPDATE SET reason = excluded.reason")))
    , m_done(std::move(done))
    , m_batchSize(DatabaseEngine::of(db).newRowBatch())
{
    QSqlQuery skus = Sql::run(db, QStringLiteral("SELECT code, id FROM skus"));
    while (skus.next())
        m_skus.insert(skus.value(0).toString(), skus.value(1).toLongLong());
    m_listings = ListingMap::load(db);
}

void OrderUpsert::resolveSkus(Order &order, QStringList *unknown) const
{
    if (m_listings.isEmpty()) { // no mappings: outer codes only, in place (no list per line)
        for (OrderLine &l : order.lines) {
            l.skuId = l.outerCode.isEmpty() ? 0 : m_skus.value(l.outerCode, 0);
            if (l.skuId == 0)
                unknown->append(ListingKey::of(l).text());
        }
        return;
    }
    // A mapped listing (商品对应) becomes its SKU lines; a combo one line per component.
    QList<OrderLine> resolved;
    resolved.reserve(order.lines.size());
    for (const OrderLine &line : std::as_const(order.lines)) {
        // Already resolved (insertNew ran first and met an existing order): a combo's component
        // lines carry the listing's title and spec, and must not be expanded again.
        if (line.skuId != 0) {
            resolved << line;
            continue;
        }
        for (OrderLine &l : m_listings.resolve(line, m_skus)) {
            if (l.skuId == 0)
                unknown->append(ListingKey::of(l).text());
            resolved << std::move(l);
        }
    }
    order.lines = std::move(resolved);
}

void OrderUpsert::insertLines(Order &order)
{
    numberedLines(order, *m_insertLine, [&] { m_insertLine->exec(); });
}

void OrderUpsert::setFlag(qint64 orderId, const QString &flag, const QString &reason)
{
    m_setFlag->add(orderId).add(flag).add(reason).exec();
}

void OrderUpsert::clearFlag(qint64 orderId, const QString &flag)
{
    Sql::run(m_db, QStringLiteral("DELETE FROM order_flags WHERE order_id = ? AND flag = ?"),
             {orderId, flag});
}

QString OrderUpsert::closeText(const IncomingOrder &in) const
{
    const QString why = in.closeReason.isEmpty() ? in.order.platformStatus : in.closeReason;
    return tr("Closed or refunded on the platform: %1").arg(why);
}

void OrderUpsert::openAfterSales(qint64 orderId, Stage arrived, AfterSalesKind kind,
                                 AfterSalesOutcome outcome, const IncomingOrder &in)
{
    AfterSalesCase c;
    c.orderId = orderId;
    c.kind = kind;
    c.arrivedStage = arrived;
    c.outcome = outcome;
    c.reason = closeText(in);
    c.refundFen = in.refundFen > 0 ? in.refundFen : in.order.paidFen;
    AfterSales::open(m_db, m_actor, c);
}

void OrderUpsert::apply(IncomingOrder &in)
{
    if (m_batchSize > 0) {
        // A later row of an order gathered already: that order is written first, as it would be.
        if (m_batchNumbers.contains(in.order.platformOrderNo))
            writeBatch();
        if (mayBeNew(in)) {
            m_batchNumbers.insert(in.order.platformOrderNo);
            m_batch << std::move(in);
            if (m_batch.size() >= m_batchSize)
                writeBatch();
            return;
        }
    }
    m_done(applyOne(in));
}

void OrderUpsert::finish()
{
    writeBatch();
}

QString OrderUpsert::existingNumbersSql(qsizetype count)
{
    return QStringLiteral("SELECT n.column1, (SELECT o.id FROM orders o WHERE o.shop_id = ? AND "
                          "o.platform_order_no = n.column1) FROM (VALUES %1) AS n")
        .arg(QStringList(count, QStringLiteral("(?)")).join(QStringLiteral(", ")));
}

void OrderUpsert::writeBatch()
{
    if (m_batch.isEmpty())
        return;
    QList<IncomingOrder> batch = std::move(m_batch);
    m_batch.clear();
    m_batchNumbers.clear();
    // Those that exist already (committed: an order another station is writing right now shows
    // up as a refused load below) take the per-order path. Each number is looked up by the unique
    // key on its own (a subquery per number, which the server runs as one index probe each): inside
    // the import's transaction the new orders have no statistics yet, and PostgreSQL planned an IN
    // list as "every order of the shop, filtered", a scan that grew with each batch (1M orders:
    // 6.4x COPY's time).
    QVariantList values{m_shopId};
    for (const IncomingOrder &in : std::as_const(batch))
        values << in.order.platformOrderNo;
    QSet<QString> existing;
    QSqlQuery found = Sql::run(m_db, existingNumbersSql(batch.size()), values);
    while (found.next())
        if (!found.value(1).isNull())
            existing.insert(found.value(0).toString());
    QList<IncomingOrder *> fresh;
    QList<IncomingOrder *> known;
    for (IncomingOrder &in : batch)
        (existing.contains(in.order.platformOrderNo) ? known : fresh) << &in;
    if (!fresh.isEmpty() && !loadNew(fresh))
        known = fresh + known;
    for (IncomingOrder *in : std::as_const(known))
        m_done(applyOne(*in));
}

bool OrderUpsert::loadNew(const QList<IncomingOrder *> &fresh)
{
    const DatabaseEngine &engine = DatabaseEngine::of(m_db);
    // The lines as read: a refused load gives each order to the per-order path as it came.
    QList<QList<OrderLine>> asRead;
    asRead.reserve(fresh.size());
    for (const IncomingOrder *in : fresh)
        asRead << in->order.lines;
    Savepoint before(m_db, QStringLiteral("packline_new_orders"));
    try {
        const QList<qint64> ids = engine.newIds(m_db, QStringLiteral("orders"), int(fresh.size()));
        QList<std::pair<qint64, QString>> flags;
        {
            std::unique_ptr<BulkLoad> orders = engine.bulkLoad(
                m_db, QStringLiteral("orders"), QStringList{QStringLiteral("id")} + newOrderColumns());
            for (qsizetype i = 0; i < fresh.size(); ++i) {
                Order &o = fresh.at(i)->order;
                QStringList unknown;
                prepareNew(*fresh.at(i), &unknown);
                o.id = ids.at(i);
                RowValues row;
                row.add(o.id);
                newOrderValues(row, o, m_shopId, m_runId, m_now, m_review);
                orders->add(row.values);
                if (!unknown.isEmpty())
                    flags.append({o.id, ListingMatches::flagReason(unknown)});
            }
            orders->finish();
        }
        {
            std::unique_ptr<BulkLoad> lines =
                engine.bulkLoad(m_db, QStringLiteral("order_lines"), lineColumns());
            for (IncomingOrder *in : fresh) {
                RowValues row;
                numberedLines(in->order, row, [&] {
                    lines->add(row.values);
                    row.values.clear();
                });
            }
            lines->finish();
        }
        if (!flags.isEmpty()) {
            std::unique_ptr<BulkLoad> load =
                engine.bulkLoad(m_db, QStringLiteral("order_flags"), flagColumns());
            for (const auto &[orderId, reason] : std::as_const(flags))
                load->add({orderId, unknownSkuFlag(), reason});
            load->finish();
        }
        before.release();
    } catch (const ConnectionLostError &) {
        throw; // the transaction is gone: nothing to fall back on
    } catch (const Error &) {
        // Most likely the unique key (shop, order number): another station's import wrote one of
        // these orders since they were looked up. Back to the savepoint, and order by order.
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            fresh.at(i)->order.lines = asRead.at(i);
            fresh.at(i)->order.id = 0;
        }
        return false;
    }
    for (const IncomingOrder *in : fresh) {
        if (m_newInReview && in->order.stage == Stage::Imported)
            m_newInReview(in->order);
        m_done(newResult(in->order.stage));
    }
    return true;
}

void OrderUpsert::prepareNew(IncomingOrder &in, QStringList *unknown) const
{
    in.order.stage = in.state == PlatformState::Unpaid ? Stage::AwaitingPayment : Stage::Imported;
    resolveSkus(in.order, unknown);
}

UpsertResult OrderUpsert::applyOne(IncomingOrder &in)
{
    // On a peak day most orders in a file are new: try the insert first and let the unique key
    // do the lookup, instead of a lookup and then an insert that checks the key again.
    if (mayBeNew(in))
        if (const auto inserted = insertNew(in))
            return *inserted;
    m_find->add(m_shopId).add(in.order.platformOrderNo);
    const bool exists = m_find->step();
    const qint64 id = exists ? m_find->columnInt(0) : 0;
    m_find->reset();
    if (!exists) {
        if (in.state == PlatformState::Closed)
            return {UpsertResult::Skipped, QStringLiteral("skipped_closed")};
        return {UpsertResult::Skipped, QStringLiteral("skipped_shipped")};
    }

    Stored s;
    s.order = *OrderStore::load(m_db, id);
    const Stage stage = s.order.stage;
    if (stage == Stage::Cancelled || stage == Stage::Intercepted)
        return {UpsertResult::Unchanged, {}};
    if (OrderEditor::editable(stage, s.order.heldFrom))
        return updateEditable(in, s);
    return updateWarehouseOwned(in, s);
}

std::optional<UpsertResult> OrderUpsert::insertNew(IncomingOrder &in)
{
    Order &o = in.order;
    QStringList unknown;
    prepareNew(in, &unknown);
    newOrderValues(*m_insertOrder, o, m_shopId, m_runId, m_now, m_review);
    // No row back: the unique key met an existing order.
    const bool inserted = m_insertOrder->step();
    o.id = inserted ? m_insertOrder->columnInt(0) : 0;
    m_insertOrder->reset();
    if (!inserted)
        return std::nullopt;
    insertLines(o);
    if (!unknown.isEmpty())
        setFlag(o.id, unknownSkuFlag(), ListingMatches::flagReason(unknown));
    if (m_newInReview && o.stage == Stage::Imported)
        m_newInReview(o);
    return newResult(o.stage);
}

UpsertResult OrderUpsert::updateEditable(IncomingOrder &in, const Stored &s)
{
    Order &o = in.order;
    const Order &old = s.order;
    const Stage stage = old.stage;

    // An older export read after a newer one: an order we know is paid does not go back to unpaid.
    if (in.state == PlatformState::Unpaid && !old.paidAt.isEmpty())
        return {UpsertResult::Unchanged, {}};

    // Closed, or every line refunded: nothing was reserved before Submitted, so only the stage moves.
    if (in.state == PlatformState::Closed || allRefunded(o.lines)) {
        const Result<> r =
            StageMachine::apply(m_db, m_actor, {old.id, stage, Stage::Cancelled, closeText(in)});
        if (!r)
            throw Error(r.message);
        if (!old.paidAt.isEmpty() || !o.paidAt.isEmpty()) {
            const qint64 caseId = [&] {
                AfterSalesCase c;
                c.orderId = old.id;
                c.arrivedStage = stage;
                c.reason = closeText(in);
                c.refundFen = in.refundFen > 0 ? in.refundFen : o.paidFen;
                return AfterSales::open(m_db, m_actor, c);
            }();
            AfterSales::setOutcome(m_db, m_actor, caseId, AfterSalesOutcome::CancelledBeforeSubmit);
        }
        return {UpsertResult::Updated, QStringLiteral("cancelled")};
    }

    QStringList unknown;
    resolveSkus(o, &unknown);
    QJsonObject before;
    QJsonObject after;
    auto compare = [&](const char *name, const QVariant &was, const QVariant &now) {
        if (was != now) {
            before.insert(QLatin1String(name), QJsonValue::fromVariant(was));
            after.insert(QLatin1String(name), QJsonValue::fromVariant(now));
        }
    };
    const Receiver &r = o.receiver;
    const Receiver &w = old.receiver;
    compare("buyer_nick", old.buyerNick, o.buyerNick);
    compare("receiver_name", w.name, r.name);
    compare("receiver_phone", w.phone, r.phone);
    compare("address_raw", w.raw, r.raw);
    compare("receiver_address", w.address, r.address);
    compare("buyer_message", old.buyerMessage, o.buyerMessage);
    compare("seller_memo", old.sellerMemo, o.sellerMemo);
    compare("platform_status", old.platformStatus, o.platformStatus);
    compare("paid_at", old.paidAt, o.paidAt);
    compare("paid_fen", old.paidFen, o.paidFen);
    compare("goods_fen", old.goodsFen, o.goodsFen);
    compare("shipping_fen", old.shippingFen, o.shippingFen);
    compare("raw_json", old.rawJson, o.rawJson);
    const bool linesChanged = keys(old.lines) != keys(o.lines);
    if (linesChanged)
        after.insert(QStringLiteral("lines"), int(o.lines.size()));

    const bool becomesPaid = stage == Stage::AwaitingPayment && in.state != PlatformState::Unpaid;
    if (after.isEmpty() && !becomesPaid)
        return {UpsertResult::Unchanged, {}};

    if (!after.isEmpty()) {
        const QString now = Clock::nowText();
        QSqlQuery u = Sql::run(
            m_db,
            QStringLiteral(
                "UPDATE orders SET buyer_nick = ?, receiver_name = ?, receiver_phone = ?, phone_masked = ?, "
                "receiver_province = ?, receiver_city = ?, receiver_district = ?, receiver_address = ?, "
                "receiver_postcode = ?, address_raw = ?, buyer_message = ?, seller_memo = ?, "
                "platform_status = ?, created_at = ?, paid_at = ?, goods_fen = ?, shipping_fen = ?, "
                "paid_fen = ?, item_count = ?, raw_json = ?, import_run_id = ?, version = version + 1, "
                "updated_at = ? WHERE id = ? AND version = ?"),
            {Sql::text(o.buyerNick),
             Sql::text(r.name),
             Sql::text(r.phone),
             r.phoneMasked ? 1 : 0,
             Sql::text(r.province),
             Sql::text(r.city),
             Sql::text(r.district),
             Sql::text(r.address),
             Sql::text(r.postcode),
             Sql::text(r.raw),
             Sql::text(o.buyerMessage),
             Sql::text(o.sellerMemo),
             Sql::text(o.platformStatus),
             Sql::nullable(o.createdAt),
             Sql::nullable(o.paidAt),
             o.goodsFen,
             o.shippingFen,
             o.paidFen,
             o.itemCount(),
             Sql::nullable(o.rawJson),
             m_runId,
             now,
             old.id,
             old.version});
        if (u.numRowsAffected() != 1)
            throw Error(
                tr("Order %1 changed while it was imported; import the file again.").arg(o.platformOrderNo));
        if (linesChanged) {
            o.id = old.id;
            Sql::run(m_db, QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"), {old.id});
            insertLines(o);
            if (unknown.isEmpty())
                clearFlag(old.id, unknownSkuFlag());
            else
                setFlag(old.id, unknownSkuFlag(), ListingMatches::flagReason(unknown));
        }
        AuditLog::record(m_db, m_actor, QStringLiteral("order"), old.id, QStringLiteral("import_update"),
                         before, after);
    }
    QString effect = QStringLiteral("updated");
    if (becomesPaid) {
        const Result<> r = StageMachine::apply(m_db, m_actor, {old.id, stage, Stage::Imported, {}});
        if (!r)
            throw Error(r.message);
        effect = QStringLiteral("paid");
    } else if (anyNewRefund(o.lines, old.lines)) {
        effect = QStringLiteral("line_refunded");
    }
    return {UpsertResult::Updated, effect};
}

UpsertResult OrderUpsert::updateWarehouseOwned(IncomingOrder &in, const Stored &s)
{
    const Order &old = s.order;
    const Stage stage = old.stage;
    const bool refund = in.state == PlatformState::Closed || anyNewRefund(in.order.lines, old.lines);
    const bool statusChanged = old.platformStatus != in.order.platformStatus;
    if (statusChanged)
        Sql::run(m_db, QStringLiteral("UPDATE orders SET platform_status = ?, updated_at = ? WHERE id = ?"),
                 {Sql::text(in.order.platformStatus), Clock::nowText(), old.id});

    const bool shipped = stage == Stage::Shipped || stage == Stage::SyncedBack;
    if (refund && shipped) {
        // Already on its way: after-sales decides (refuse delivery, return).
        openAfterSales(old.id, stage, AfterSalesKind::ReturnRefund, AfterSalesOutcome::Open, in);
        return {UpsertResult::Updated, QStringLiteral("after_sales")};
    }
    if (refund) {
        // The pack station must stop it: intercept, give the stock back, and list it for after-sales.
        const Result<> r =
            StageMachine::apply(m_db, m_actor, {old.id, stage, Stage::Intercepted, closeText(in)});
        if (!r)
            throw Error(r.message);
        Reservations::releaseOrder(m_db, m_actor, old.id, closeText(in));
        openAfterSales(old.id, stage, AfterSalesKind::RefundOnly, AfterSalesOutcome::Intercepted, in);
        return {UpsertResult::Updated, QStringLiteral("intercepted")};
    }

    // A changed receiver is not applied silently: a person decides (re-label, call the buyer).
    const Receiver &r = in.order.receiver;
    const Receiver &w = old.receiver;
    const bool phoneChanged = !r.phoneMasked && !w.phoneMasked && r.phone != w.phone;
    if (!shipped && (r.raw != w.raw || r.name != w.name || phoneChanged)) {
        const QString reason = tr("The buyer changed the receiver after the order went to the warehouse; "
                                  "now: %1 %2 %3")
                                   .arg(r.name, r.phone, r.raw);
        const QVariant was = Sql::scalar(
            m_db, QStringLiteral("SELECT reason FROM order_flags WHERE order_id = ? AND flag = ?"),
            {old.id, addressChangedFlag()});
        if (was.toString() == reason)
            return {statusChanged ? UpsertResult::Updated : UpsertResult::Unchanged, {}};
        setFlag(old.id, addressChangedFlag(), reason);
        AuditLog::record(
            m_db, m_actor, QStringLiteral("order"), old.id, QStringLiteral("flag"), {},
            {{QStringLiteral("flag"), addressChangedFlag()}, {QStringLiteral("reason"), reason}});
        return {UpsertResult::Updated, QStringLiteral("address_flagged")};
    }
    return {statusChanged ? UpsertResult::Updated : UpsertResult::Unchanged, {}};
}
