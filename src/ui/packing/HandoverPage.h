#pragma once

#include "orders/Couriers.h"
#include <QWidget>

#include <memory>

class AlarmCue;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableWidget;
class QTimer;
class SpooledDocument;
class StatusPanel;
class TakeoverScreen;
struct AppContext;
struct HandoverScan;

// Handover (出库): scan parcels onto one courier's batch. Scan a courier code (ZTO, YTO…) or
// press PgUp/PgDn to change courier; "-" before a code takes a parcel off the batch.
// Ctrl+S saves the A4 manifest as PDF, Ctrl+P prints it, Ctrl+Enter marks the batch Shipped.
// A parcel for another courier, or one that must not ship (STOP), takes the page over
// (TakeoverScreen) until Enter: it must not end up on this cart.
class HandoverPage : public QWidget {
    Q_OBJECT
public:
    explicit HandoverPage(AppContext &context, QWidget *parent = nullptr);
    ~HandoverPage() override;

    QLineEdit *scanField() const { return m_scan; }
    StatusPanel *statusPanel() const { return m_status; }
    QTableWidget *table() const { return m_table; }
    QLabel *heading() const { return m_heading; }
    TakeoverScreen *takeover() const { return m_takeover; }
    bool isTakenOver() const;
    AlarmCue *cue() const { return m_cue; }
    QString courier() const { return m_courier; }
    qint64 batchId() const { return m_batchId; }
    void setCourier(const QString &code);
    // Where Ctrl+S writes manifests (default: Documents/Packline/manifests).
    void setManifestFolder(const QString &folder) { m_manifestFolder = folder; }
    QString saveManifest();
    // Asks which CUPS printer (the station's last choice first), then printManifestTo().
    void printManifest();
    // Hands the manifest to that CUPS queue as one job and follows it until CUPS says it printed
    // (or refused, cancelled, aborted): the status panel says which. False when it was refused.
    bool printManifestTo(const QString &printer);
    const SpooledDocument &manifestJob() const { return *m_manifestJob; }
    void shipBatch();
    void focusScan();
    void reload();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void submitScan();
    void watchManifest();
    void stepCourier(int delta);
    void takeOver(const HandoverScan &scan);
    void dismissTakeover();
    QString courierName() const;
    void retranslate();

    AppContext &m_context;
    AlarmCue *m_cue;
    QLineEdit *m_scan;
    StatusPanel *m_status;
    QLabel *m_heading;
    QTableWidget *m_table;
    QLabel *m_hints;
    QStackedWidget *m_work;
    QWidget *m_normal;
    TakeoverScreen *m_takeover;
    QList<Courier> m_couriers;
    QString m_courier;
    qint64 m_batchId = 0;
    QString m_manifestFolder;
    std::unique_ptr<SpooledDocument> m_manifestJob;
    QTimer *m_manifestWatch; // asks CUPS about the manifest's job until it ends
};
