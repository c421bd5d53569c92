#pragma once

#include "FastPack.h"
#include "packing/ScanFeedback.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class ScanSession;

// The pack station's pre-pack lane: per scan it decides whether FastPack or the normal
// ScanSession takes the code. A label scanned with no parcel on the bench goes to FastPack when
// its order is a pre-pack order (one SKU, qty 1, boxed parcels on the shelf) with no buyer
// message or memo to read; FastPack then packs it on the label alone (fast mode) or after the
// pre-packed parcel's SKU barcode (the same label scanned twice: no box at hand, pack it item by
// item from loose stock). Everything else — other orders, a STOP, no boxed parcels left —
// falls back to the item-by-item session, unchanged.
class PrepackLane {
    Q_DECLARE_TR_FUNCTIONS(PrepackLane)

public:
    PrepackLane(const QSqlDatabase &db, ScanSession &session, const Actor &actor);

    void setActor(const Actor &actor);
    void setFast(bool on);
    bool fast() const { return m_fast.mode() == FastPack::Mode::Fast; }

    ScanFeedback scan(const QString &code);
    // Esc: a pending pre-pack label goes back on the pile, else the session's parcel does.
    ScanFeedback abandon();

    bool awaitingSku() const { return m_fast.awaitingSku(); }
    QString pendingOrderNo() const { return m_pendingOrderNo; }
    int packedCount() const { return m_fast.packedCount(); }

private:
    std::optional<ScanFeedback> tryLabel(const QString &code);
    ScanFeedback fromFastPack(const FastPackFeedback &f);

    QSqlDatabase m_db;
    Actor m_actor;
    ScanSession &m_session;
    FastPack m_fast;
    QString m_pendingOrderNo;
    QString m_lastCode;
};
