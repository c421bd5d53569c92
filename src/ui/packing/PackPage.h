#pragma once

#include <QWidget>

class AlarmCue;
class ParcelLinesModel;
class QLabel;
class QLineEdit;
class QTableView;
class ScanSession;
class StatusPanel;
struct AppContext;
struct ScanFeedback;

// Scan to verify, for a packer standing a metre away: the scan field (always focused) on top,
// the big status, the message banner, the parcel's lines, counters for this shift.
// Keys: Enter scans (empty Enter confirms a message or a STOP), Esc puts the parcel back,
// Ctrl+Z undoes the last scan, *N sets the next quantity, F6 turns weighing on and off.
class PackPage : public QWidget {
    Q_OBJECT
public:
    explicit PackPage(AppContext &context, QWidget *parent = nullptr);

    QLineEdit *scanField() const { return m_scan; }
    ScanSession &session() const { return *m_session; }
    StatusPanel *statusPanel() const { return m_status; }
    QLabel *banner() const { return m_banner; }
    QLabel *counters() const { return m_counters; }
    AlarmCue *cue() const { return m_cue; }
    ParcelLinesModel *model() const { return m_model; }
    void setWeighing(bool on);
    bool weighing() const;
    void focusScan();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void submitScan();
    void present(const ScanFeedback &feedback);
    void refreshParcel();
    void refreshCounters();
    void retranslate();

    AppContext &m_context;
    ScanSession *m_session;
    ParcelLinesModel *m_model;
    AlarmCue *m_cue;
    QLineEdit *m_scan;
    StatusPanel *m_status;
    QLabel *m_parcelLabel;
    QLabel *m_banner;
    QTableView *m_lines;
    QLabel *m_counters;
    QLabel *m_hints;
};
