#pragma once

#include "Parcel.h"
#include "ScanFeedback.h"
#include "WeightRule.h"
#include "base/Actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

// What this station did since the shift started (the session was created).
struct ShiftCounters {
    int parcels = 0;
    int items = 0;
    int refusedScans = 0; // wrong item, too many, unknown code
    int stops = 0;        // intercepted / cancelled / held parcels put aside
    QDateTime startedAt;
};

// The pack station's scan-to-verify state machine, without widgets. A scan is a code the
// keyboard-wedge scanner typed; the session decides what it means in the current state:
//
//   Idle ──parcel code──▶ (Acknowledge ──Enter──▶) Scanning ──last item──▶ (Weighing ──weight──▶) Packed →
//   Idle
//     │                                                  │
//     └──Intercepted/Cancelled/OnHold──▶ Stopped ──Enter──▶ Idle     Esc: put the parcel back → Idle
//
// Only Enter (acknowledge) leaves Stopped: a scan, Esc or Ctrl+Z there repeats the STOP.
//
// Item scans are checked in memory against the parcel's barcodes; only refusals touch the
// database (one indexed lookup and an audit row), and packing is one transaction.
class ScanSession : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Acknowledge, Scanning, Weighing, Stopped };
    Q_ENUM(State)

    ScanSession(const QSqlDatabase &db, const Actor &actor, QObject *parent = nullptr);

    void setActor(const Actor &actor) { m_actor = actor; }
    void setWeightRule(const WeightRule &rule) { m_weightRule = rule; }
    const WeightRule &weightRule() const { return m_weightRule; }

    // A code and Enter. Empty acknowledges (message banner, STOP); "*N" sets the next item's quantity.
    ScanFeedback scan(const QString &code);
    ScanFeedback acknowledge();
    ScanFeedback undo();
    ScanFeedback abandon();

    State state() const { return m_state; }
    const Parcel &parcel() const { return m_parcel; }
    int pendingQuantity() const { return m_pendingQty; }
    const ShiftCounters &counters() const { return m_counters; }
    const ScanFeedback &last() const { return m_last; }
    // Why the parcel on the bench is stopped ("intercepted: refunded…"), while State::Stopped.
    const QString &stopReason() const { return m_stopReason; }
    qint64 lastParcelId() const { return m_lastParcelId; }

signals:
    void parcelReset();          // another parcel (or none) is on the bench
    void lineChanged(int index); // a line's scanned count changed
    void stateChanged();         // state, counters or quantity changed

private:
    ScanFeedback openParcel(const QString &code);
    ScanFeedback scanItem(const QString &code);
    ScanFeedback enterWeight(const QString &code);
    ScanFeedback finishItems();
    ScanFeedback pack(std::optional<int> weight, bool override);
    ScanFeedback stop(const Parcel &parcel);
    ScanFeedback refuseItem(ScanFeedback::Kind kind, const QString &code, const QString &message,
                            int line = -1);
    ScanFeedback done(ScanFeedback feedback);
    void setParcel(const Parcel &parcel, State state);

    QSqlDatabase m_db;
    Actor m_actor;
    WeightRule m_weightRule;
    State m_state = State::Idle;
    Parcel m_parcel;
    int m_pendingQty = 1;
    struct Step {
        int line;
        int qty;
    };
    QList<Step> m_undo;
    std::optional<int> m_rejectedWeight; // the same reading twice packs anyway (override)
    ShiftCounters m_counters;
    ScanFeedback m_last;
    QString m_stopReason;
    qint64 m_lastParcelId = 0;
};
