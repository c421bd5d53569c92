#pragma once

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class AlarmCue;
class ParcelLinesModel;
class PrepackLane;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class ScanSession;
class SkuThumbnails;
class StatusPanel;
class TakeoverScreen;
struct AppContext;
struct ScanFeedback;

// Scan to verify, for a packer standing a metre away: the scan field (always focused) and the
// shift counters on top, the big status, the message banner, the parcel's lines (28 px and more,
// bin codes bold). A STOP takes the station over (TakeoverScreen, the whole page red) until Enter.
// Keys: Enter scans (empty Enter confirms a message or a STOP), Esc puts the parcel back,
// Ctrl+Z undoes the last scan, *N sets the next quantity, F6 turns weighing on and off, F7 fast
// mode (a pre-packed order's label alone packs it; see PrepackLane).
class PackPage : public QWidget {
    Q_OBJECT
public:
    explicit PackPage(AppContext &context, QWidget *parent = nullptr);
    ~PackPage() override;

    QLineEdit *scanField() const { return m_scan; }
    ScanSession &session() const { return *m_session; }
    StatusPanel *statusPanel() const { return m_status; }
    QLabel *banner() const { return m_banner; }
    QLabel *counters() const { return m_counters; }
    QLabel *modes() const { return m_modes; }
    QLabel *parcelLabel() const { return m_parcelLabel; }
    TakeoverScreen *takeover() const { return m_takeover; }
    bool isTakenOver() const;
    AlarmCue *cue() const { return m_cue; }
    ParcelLinesModel *model() const { return m_model; }
    SkuThumbnails *thumbnails() const { return m_thumbnails; }
    QTableView *linesView() const { return m_lines; }
    void setWeighing(bool on);
    bool weighing() const;
    // Fast mode is per sitting, not saved: a station must never start shipping unverified.
    void setFastMode(bool on);
    bool fastMode() const;
    QLabel *fastBadge() const { return m_fastBadge; }
    PrepackLane &lane() const { return *m_lane; }
    void focusScan();

    // F12 on a STOP: a supervisor lifts a hold at the bench. The prompt asks for their name and
    // why (both needed); the order goes back to where it was held from, the audit row names the
    // supervisor, and the parcel opens for packing. An interception or a cancellation is the
    // platform's: it stays STOP and the takeover says so. Tests replace the prompt.
    struct SupervisorAnswer {
        QString name, reason;
    };
    using SupervisorPrompt = std::function<std::optional<SupervisorAnswer>(const QString &orderNo)>;
    void setSupervisorPrompt(SupervisorPrompt prompt) { m_supervisorPrompt = std::move(prompt); }
    void supervisorRelease();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void submitScan();
    void present(const ScanFeedback &feedback);
    void refreshParcel();
    void fitRows();
    void refreshCounters();
    void refreshTakeover();
    void retranslate();

    AppContext &m_context;
    ScanSession *m_session;
    std::unique_ptr<PrepackLane> m_lane;
    SkuThumbnails *m_thumbnails;
    ParcelLinesModel *m_model;
    AlarmCue *m_cue;
    QLineEdit *m_scan;
    StatusPanel *m_status;
    QLabel *m_parcelLabel;
    QLabel *m_banner;
    QTableView *m_lines;
    QLabel *m_counters;
    QLabel *m_modes;
    QStackedWidget *m_work;
    SupervisorPrompt m_supervisorPrompt;
    QWidget *m_normal;
    TakeoverScreen *m_takeover;
    QLabel *m_fastBadge;
    QLabel *m_hints;
};
