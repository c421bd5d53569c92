#include "ScanSession.h"

#include "ParcelLookup.h"
#include "ParcelStore.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "db/Sql.h"
#include "stock/SkuCatalog.h"

#include <QLocale>
#include <QRegularExpression>

namespace {
using Kind = ScanFeedback::Kind;
using Tone = ScanFeedback::Tone;

ScanFeedback make(Kind kind, Tone tone, const QString &message, int line = -1)
{
    return {kind, tone, message, line};
}

bool isStopStage(Stage s)
{
    return s == Stage::Intercepted || s == Stage::Cancelled || s == Stage::OnHold;
}

// "*6", "x6", "×6": the next item scan counts six.
std::optional<int> quantityPrefix(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[*xX×](\\d{1,4})$"));
    const auto m = re.match(code);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}
} // namespace

ScanSession::ScanSession(const QSqlDatabase &db, const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_actor(actor)
{
    m_counters.startedAt = QDateTime::currentDateTimeUtc();
    m_last = make(Kind::Idle, Tone::Neutral,
                  tr("Scan a tracking number, order number or pick-list slot to start a parcel."));
}

ScanFeedback ScanSession::done(ScanFeedback feedback)
{
    m_last = feedback;
    emit stateChanged();
    return feedback;
}

void ScanSession::setParcel(const Parcel &parcel, State state)
{
    m_parcel = parcel;
    m_state = state;
    m_undo.clear();
    m_pendingQty = 1;
    m_rejectedWeight.reset();
    emit parcelReset();
}

ScanFeedback ScanSession::scan(const QString &raw)
{
    const QString code = raw.trimmed();
    if (code.isEmpty())
        return acknowledge();
    try {
        // A reading from a scale with a prefix is never taken for a barcode, whatever the state.
        if (const auto reading = m_weightRule.scaleReading(code)) {
            if (m_state == State::Weighing)
                return enterWeight(*reading);
            return done(make(Kind::Refused, Tone::Neutral,
                             tr("Scale reading %1 left aside: no finished parcel is waiting for its weight.")
                                 .arg(*reading)));
        }
        if (const auto qty = quantityPrefix(code)) {
            if (m_state != State::Scanning)
                return done(make(Kind::Refused, Tone::Warning,
                                 tr("A quantity needs an open parcel: scan the parcel first.")));
            if (*qty < 1)
                return done(make(Kind::Refused, Tone::Warning, tr("The quantity must be at least 1.")));
            m_pendingQty = *qty;
            return done(make(Kind::QuantitySet, Tone::Neutral, tr("Next scan counts %1 items.").arg(*qty)));
        }
        switch (m_state) {
        case State::Idle:
            return openParcel(code);
        case State::Stopped:
            return done(make(
                Kind::Stop, Tone::Stop,
                tr("STOP: put parcel %1 in the exceptions bin, then press Enter.").arg(m_parcel.orderNo)));
        case State::Acknowledge:
            return done(make(Kind::NeedsAcknowledge, Tone::Warning,
                             tr("Read the buyer message and memo first, then press Enter to go on.")));
        case State::Scanning:
            return scanItem(code);
        case State::Weighing:
            return enterWeight(code);
        }
    } catch (const Error &e) {
        return done(make(Kind::Refused, Tone::Error, tr("The database refused: %1").arg(e.message())));
    }
    return done(m_last);
}

ScanFeedback ScanSession::openParcel(const QString &code)
{
    const QList<qint64> ids = ParcelLookup::findOrders(m_db, code);
    if (ids.isEmpty()) {
        if (SkuCatalog::idByBarcode(m_db, code))
            return done(make(Kind::Refused, Tone::Warning,
                             tr("%1 is an item barcode. Scan the parcel's tracking number, order number or "
                                "pick-list slot first.")
                                 .arg(code)));
        ++m_counters.refusedScans;
        return done(make(Kind::UnknownCode, Tone::Error,
                         tr("Unknown code %1: no parcel and no item has it.").arg(code)));
    }
    if (ids.size() > 1)
        return done(make(Kind::Refused, Tone::Warning,
                         tr("Order number %1 exists in %2 shops: scan the tracking number instead.")
                             .arg(code)
                             .arg(ids.size())));
    const auto loaded = ParcelLookup::load(m_db, ids.first());
    if (!loaded)
        return done(make(Kind::UnknownCode, Tone::Error, tr("Unknown code %1.").arg(code)));
    const Parcel &p = *loaded;

    if (isStopStage(p.stage))
        return stop(p);
    if (p.stage == Stage::Packed || p.stage == Stage::Shipped || p.stage == Stage::SyncedBack) {
        QSqlQuery who =
            Sql::run(m_db,
                     QStringLiteral("SELECT packed_by, station, packed_at FROM parcels WHERE order_id = ? "
                                    "ORDER BY id DESC LIMIT 1"),
                     {p.orderId});
        const QString by =
            who.next() ? tr(" by %1 at %2 (%3)")
                             .arg(who.value(0).toString(), who.value(1).toString(),
                                  // the station's local time, in the language shown
                                  QLocale().toString(Clock::fromText(who.value(2).toString()).toLocalTime(),
                                                     QLocale::ShortFormat))
                       : QString();
        // The bench is cleared: what is shown below the message must not name the previous order.
        if (m_state == State::Idle && !m_parcel.isEmpty())
            setParcel(Parcel(), State::Idle);
        return done(make(Kind::AlreadyPacked, Tone::Warning,
                         tr("Order %1 is already %2%3: do not pack it again.")
                             .arg(p.orderNo, Stages::displayName(p.stage), by)));
    }
    if (p.stage != Stage::Printed)
        return done(make(Kind::Refused, Tone::Warning,
                         tr("Order %1 is %2: only orders with a printed label are packed.")
                             .arg(p.orderNo, Stages::displayName(p.stage))));
    for (const ParcelLine &l : p.lines)
        if (l.skuId == 0 && !l.refunded)
            return done(
                make(Kind::Refused, Tone::Error,
                     tr("Order %1 has a line (%2) that is not in the SKU catalog, so it cannot be verified. "
                        "Give it to the supervisor.")
                         .arg(p.orderNo, l.skuCode)));
    if (p.itemsNeeded() == 0)
        return stop(p);

    setParcel(p, p.hasMessages() ? State::Acknowledge : State::Scanning);
    if (m_state == State::Acknowledge)
        return done(make(Kind::NeedsAcknowledge, Tone::Warning,
                         tr("Order %1: read the message, then press Enter.").arg(p.orderNo)));
    return done(make(Kind::ParcelOpened, Tone::Neutral,
                     tr("Order %1: scan the %n item(s).", nullptr, p.itemsNeeded()).arg(p.orderNo)));
}

ScanFeedback ScanSession::stop(const Parcel &p)
{
    QString reason;
    switch (p.stage) {
    case Stage::Intercepted:
        reason =
            p.stageReason.isEmpty() ? tr("intercepted: refunded after it was submitted") : tr("intercepted");
        break;
    case Stage::Cancelled:
        reason = tr("cancelled");
        break;
    case Stage::OnHold:
        reason = tr("on hold");
        break;
    default:
        reason = tr("every line is refunded");
        break;
    }
    // What the person who stopped it typed (stored with the stage), else the hold's own reason.
    const QString typed = !p.stageReason.isEmpty() ? p.stageReason : p.holdReason;
    if (!typed.isEmpty())
        reason = tr("%1 (%2)", "why a parcel stops, then the reason a person typed").arg(reason, typed);
    ParcelStore::setAside(m_db, m_actor, p.orderId, p.stage, reason);
    setParcel(p, State::Stopped);
    m_stopReason = reason;
    ++m_counters.stops;
    return done(make(Kind::Stop, Tone::Stop,
                     tr("STOP — do not pack order %1: %2. Put it in the exceptions bin and press Enter.")
                         .arg(p.orderNo, reason)));
}

ScanFeedback ScanSession::refuseItem(Kind kind, const QString &code, const QString &message, int line)
{
    ++m_counters.refusedScans;
    m_pendingQty = 1;
    ParcelStore::recordRefusedScan(m_db, m_actor, m_parcel.orderId, code,
                                   kind == Kind::WrongItem ? QStringLiteral("wrong_item")
                                   : kind == Kind::TooMany ? QStringLiteral("too_many")
                                                           : QStringLiteral("unknown_code"));
    return done(make(kind, Tone::Error, message, line));
}

ScanFeedback ScanSession::scanItem(const QString &code)
{
    const int qty = m_pendingQty;
    const auto known = m_parcel.skuByBarcode.constFind(code);
    if (known != m_parcel.skuByBarcode.constEnd()) {
        const int index = m_parcel.lineFor(*known);
        ParcelLine &line = m_parcel.lines[index];
        if (line.refunded)
            return refuseItem(Kind::WrongItem, code,
                              tr("WRONG: %1 was refunded. Leave it out of the parcel.").arg(line.skuCode),
                              index);
        if (line.remaining() < qty)
            return refuseItem(Kind::TooMany, code,
                              tr("TOO MANY: %1 needs %2, %3 already in. Take the extra out.")
                                  .arg(line.skuCode)
                                  .arg(line.needed)
                                  .arg(line.scanned),
                              index);
        line.scanned += qty;
        m_counters.items += qty;
        m_pendingQty = 1;
        m_undo << Step{index, qty};
        emit lineChanged(index);
        if (m_parcel.complete())
            return finishItems();
        return done(make(
            Kind::Counted, Tone::Good,
            tr("%1 ✓ %2/%3 — %n item(s) to go.", nullptr, m_parcel.itemsNeeded() - m_parcel.itemsScanned())
                .arg(line.skuCode)
                .arg(line.scanned)
                .arg(line.needed),
            index));
    }
    if (const auto other = SkuCatalog::idByBarcode(m_db, code)) {
        const auto sku = SkuCatalog::byId(m_db, *other);
        // The product by name: the packer holds it and must see which one it is.
        const QString what = sku ? QStringList{sku->title, sku->spec, QStringLiteral("(%1)").arg(sku->code)}
                                       .filter(QRegularExpression(QStringLiteral("\\S")))
                                       .join(u' ')
                                 : code;
        return refuseItem(Kind::WrongItem, code, tr("WRONG ITEM: %1 is not in this parcel.").arg(what));
    }
    const QList<qint64> orders = ParcelLookup::findOrders(m_db, code);
    if (orders.contains(m_parcel.orderId))
        return done(make(Kind::Refused, Tone::Neutral, tr("This parcel is already open: scan its items.")));
    if (!orders.isEmpty())
        return done(
            make(Kind::Refused, Tone::Warning,
                 tr("Finish parcel %1 first, or press Esc to put it back unpacked.").arg(m_parcel.orderNo)));
    return refuseItem(Kind::UnknownCode, code, tr("UNKNOWN CODE %1: no item has this barcode.").arg(code));
}

ScanFeedback ScanSession::finishItems()
{
    if (!m_weightRule.required)
        return pack(std::nullopt, false);
    m_state = State::Weighing;
    const int expected = m_parcel.expectedWeightGrams();
    return done(make(Kind::AwaitingWeight, Tone::Warning,
                     expected > 0 ? tr("All items in. Weigh the parcel (expected %1–%2 g).")
                                        .arg(m_weightRule.low(expected))
                                        .arg(m_weightRule.high(expected))
                                  : tr("All items in. Weigh the parcel.")));
}

ScanFeedback ScanSession::enterWeight(const QString &code)
{
    const auto grams = WeightRule::parseGrams(code);
    if (!grams)
        return done(
            make(Kind::Refused, Tone::Warning,
                 tr("Weigh the parcel first: type its weight in grams (or press Ctrl+Z to undo an item).")));
    if (*grams <= 0)
        return done(make(Kind::Refused, Tone::Warning,
                         tr("The scale reads 0: put the parcel on the scale and send the weight again.")));
    const int expected = m_parcel.expectedWeightGrams();
    if (m_weightRule.accepts(*grams, expected))
        return pack(*grams, false);
    if (m_rejectedWeight == *grams)
        return pack(*grams, true);
    m_rejectedWeight = *grams;
    ++m_counters.refusedScans;
    return done(
        make(Kind::WeightMismatch, Tone::Error,
             tr("WEIGHT %1 g is off: expected %2–%3 g. Check the items; enter the same weight again to "
                "pack anyway.")
                 .arg(*grams)
                 .arg(m_weightRule.low(expected))
                 .arg(m_weightRule.high(expected))));
}

ScanFeedback ScanSession::pack(std::optional<int> weight, bool override)
{
    PackRecord record{m_parcel.orderId,
                      m_parcel.version,
                      m_parcel.trackingNo,
                      m_parcel.courierCode,
                      m_parcel.itemsScanned(),
                      weight,
                      m_parcel.expectedWeightGrams(),
                      override};
    qint64 parcelId = 0;
    const Result<> result = ParcelStore::pack(m_db, m_actor, record, &parcelId);
    if (!result) {
        // Someone moved the order while it was on the bench: a refund (STOP) or another station.
        const auto now = ParcelLookup::load(m_db, m_parcel.orderId);
        if (now && isStopStage(now->stage))
            return stop(*now);
        const QString orderNo = m_parcel.orderNo;
        setParcel(Parcel(), State::Idle);
        return done(
            make(Kind::Refused, Tone::Error, tr("Order %1 was not packed: %2").arg(orderNo, result.message)));
    }
    m_lastParcelId = parcelId;
    ++m_counters.parcels;
    const QString orderNo = m_parcel.orderNo;
    const int items = m_parcel.itemsScanned();
    m_state = State::Idle;
    emit stateChanged();
    return done(
        make(Kind::Packed, Tone::Good,
             tr("PACKED ✓ order %1, %n item(s). Scan the next parcel.", nullptr, items).arg(orderNo)));
}

ScanFeedback ScanSession::acknowledge()
{
    if (m_state == State::Acknowledge) {
        m_state = State::Scanning;
        return done(make(Kind::Acknowledged, Tone::Neutral,
                         tr("Message read. Scan the %n item(s).", nullptr, m_parcel.itemsNeeded())));
    }
    if (m_state == State::Stopped) {
        m_stopReason.clear();
        setParcel(Parcel(), State::Idle);
        return done(make(Kind::Idle, Tone::Neutral, tr("Parcel set aside. Scan the next parcel.")));
    }
    return m_last;
}

ScanFeedback ScanSession::undo()
{
    if (m_state == State::Stopped)
        return done(m_last);
    if ((m_state != State::Scanning && m_state != State::Weighing) || m_undo.isEmpty())
        return done(make(Kind::NothingToUndo, Tone::Neutral, tr("Nothing to undo.")));
    const Step step = m_undo.takeLast();
    ParcelLine &line = m_parcel.lines[step.line];
    line.scanned -= step.qty;
    m_counters.items -= step.qty;
    m_state = State::Scanning;
    m_rejectedWeight.reset();
    emit lineChanged(step.line);
    return done(make(Kind::Undone, Tone::Warning,
                     tr("Undone: %1 × %2 taken back (%3/%4).")
                         .arg(step.qty)
                         .arg(line.skuCode)
                         .arg(line.scanned)
                         .arg(line.needed),
                     step.line));
}

ScanFeedback ScanSession::abandon()
{
    if (m_state == State::Stopped)
        return done(m_last); // only Enter leaves a STOP: the parcel must be seen going aside
    if (m_state == State::Idle)
        return done(make(Kind::Idle, Tone::Neutral,
                         tr("Scan a tracking number, order number or pick-list slot to start a parcel.")));
    m_counters.items -= m_parcel.itemsScanned();
    const QString orderNo = m_parcel.orderNo;
    setParcel(Parcel(), State::Idle);
    return done(make(Kind::Abandoned, Tone::Warning, tr("Parcel %1 put back unpacked.").arg(orderNo)));
}
