#include "PrepackLane.h"

#include "PrepackOrders.h"
#include "base/Error.h"
#include "db/Sql.h"
#include "orders/Stage.h"
#include "packing/ParcelLookup.h"
#include "packing/ParcelStore.h"
#include "packing/ScanSession.h"

PrepackLane::PrepackLane(const QSqlDatabase &db, ScanSession &session, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
    , m_session(session)
    , m_fast(db, actor)
{
}

void PrepackLane::setActor(const Actor &actor)
{
    m_actor = actor;
    m_session.setActor(actor);
    m_fast.setActor(actor);
}

void PrepackLane::setFast(bool on)
{
    m_fast.setMode(on ? FastPack::Mode::Fast : FastPack::Mode::Verified);
}

ScanFeedback PrepackLane::fromFastPack(const FastPackFeedback &f)
{
    using K = FastPackFeedback::Kind;
    switch (f.kind) {
    case K::Packed:
        m_pendingOrderNo.clear();
        return {ScanFeedback::Kind::Packed, ScanFeedback::Tone::Good,
                tr("PACKED ✓ %1 Scan the next parcel.").arg(f.message)};
    case K::AwaitingSku:
        return {ScanFeedback::Kind::ParcelOpened, ScanFeedback::Tone::Neutral, f.message};
    case K::WrongSku: // counted with the packer's other wrong items
        ParcelStore::recordRefusedScan(m_db, m_actor, f.orderId, m_lastCode, QStringLiteral("wrong_item"));
        return {ScanFeedback::Kind::WrongItem, ScanFeedback::Tone::Error, f.message};
    default:
        m_pendingOrderNo.clear();
        return {ScanFeedback::Kind::Abandoned, ScanFeedback::Tone::Warning, f.message};
    }
}

// The label of a pre-pack order with nothing to read: FastPack's. Anything else: nullopt, and
// the session takes the code.
std::optional<ScanFeedback> PrepackLane::tryLabel(const QString &code)
{
    const QList<qint64> ids = ParcelLookup::findOrders(m_db, code);
    if (ids.size() != 1 || !PrepackOrders::isPrepackOrder(m_db, ids.first()))
        return std::nullopt;
    QSqlQuery o = Sql::run(m_db,
                           QStringLiteral("SELECT stage, TRIM(COALESCE(buyer_message, '')), "
                                          "TRIM(COALESCE(seller_memo, '')), tracking_no, platform_order_no "
                                          "FROM orders WHERE id = ?"),
                           {ids.first()});
    if (!o.next() || Stages::fromCode(o.value(0).toString()) != Stage::Printed ||
        !o.value(1).toString().isEmpty() || !o.value(2).toString().isEmpty())
        return std::nullopt; // STOP, already packed, or a message the packer must read
    // FastPack finds the order by what a label carries (a slot code is not one).
    const QString label = o.value(3).toString().isEmpty() ? o.value(4).toString() : o.value(3).toString();
    const QString orderNo = o.value(4).toString();
    o.finish();
    const FastPackFeedback f = m_fast.scan(label);
    if (f.kind != FastPackFeedback::Kind::Packed && f.kind != FastPackFeedback::Kind::AwaitingSku)
        return std::nullopt; // the boxed parcels just ran out, or the order moved: normal path
    m_pendingOrderNo = f.kind == FastPackFeedback::Kind::AwaitingSku ? orderNo : QString();
    return fromFastPack(f);
}

ScanFeedback PrepackLane::scan(const QString &raw)
{
    const QString code = raw.trimmed();
    try {
        if (m_fast.awaitingSku()) {
            if (code.isEmpty())
                return abandon();
            m_lastCode = code;
            const QList<qint64> labels = ParcelLookup::findOrders(m_db, code);
            if (labels.isEmpty())
                return fromFastPack(m_fast.scan(code)); // the parcel's barcode: packed or wrong
            const bool same = labels == QList<qint64>{m_fast.pendingOrder()};
            m_fast.cancel();
            m_pendingOrderNo.clear();
            // The same label twice: no boxed parcel at hand, pack it item by item from loose
            // stock. Another label: the pending one goes back on the pile and the new one is
            // routed afresh (it may have a message to read, or not be a pre-pack order at all).
            if (same)
                return m_session.scan(code);
        }
        if (!code.isEmpty() && m_session.state() == ScanSession::State::Idle)
            if (auto f = tryLabel(code))
                return *f;
    } catch (const Error &e) {
        m_fast.cancel();
        m_pendingOrderNo.clear();
        return {ScanFeedback::Kind::Refused, ScanFeedback::Tone::Error,
                tr("The database refused: %1").arg(e.message())};
    }
    return m_session.scan(code);
}

ScanFeedback PrepackLane::abandon()
{
    if (!m_fast.awaitingSku())
        return m_session.abandon();
    const QString orderNo = m_pendingOrderNo;
    m_fast.cancel();
    m_pendingOrderNo.clear();
    return {ScanFeedback::Kind::Abandoned, ScanFeedback::Tone::Warning,
            tr("Pre-packed order %1 put back unpacked.").arg(orderNo)};
}
