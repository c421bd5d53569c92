#pragma once

#include "ImportWorker.h"
#include "intake/OrderImport.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

class QComboBox;
class QLabel;
class QCheckBox;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QTreeWidget;
class RejectedRowsModel;
struct AppContext;

// Import orders from shop exports: pick files (or drop them here or on the main window), see
// the detected platform and encoding, import with a progress bar and rows/s off the UI thread, then
// the review rules the import is owed (a second phase, orders/s), then the summary and the rejected
// rows. Cancel during an import leaves nothing of that file behind; during the rules it stops them
// and the summary says what stays (the import, its rules owed).
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(AppContext &context, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void addFiles(const QStringList &paths);
    QStringList files() const { return m_files; }
    bool isRunning() const { return m_thread != nullptr; }
    RejectedRowsModel *rejectedModel() const { return m_rejected; }
    QString summaryText() const;
    QList<ImportOutcome> outcomes() const { return m_outcomes; }
    ImportRulesOutcome rulesOutcome() const { return m_rulesOutcome; }
    // The review rules are running (the second phase).
    bool inRulesPhase() const { return m_inRules; }

public slots:
    void startImport();
    void cancelImport();

signals:
    void importFinished();
    void rulesPhaseStarted();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void browse();
    void editMappings();
    void replan();
    void refreshPlatforms();
    void onProgress(qint64 done, qint64 total, qint64 rows);
    void onRulesStarted();
    void onRulesProgress(qint64 done, qint64 total);
    void restartRate();
    void showRate(qint64 count, const QString &text);
    void onFinished(const QList<ImportOutcome> &outcomes, const ImportRulesOutcome &rules);
    void setRunning(bool running);

    AppContext &m_context;
    QStringList m_files;
    QList<ImportUnit> m_units;
    QList<ImportOutcome> m_outcomes;
    ImportRulesOutcome m_rulesOutcome;
    QTreeWidget *m_fileList;
    QComboBox *m_platform;
    QLineEdit *m_shop;
    QCheckBox *m_newShop; // a shop name not known yet is made only when this is ticked
    QPushButton *m_addButton;
    QPushButton *m_clearButton;
    QPushButton *m_mappingButton;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    QProgressBar *m_progress;
    QLabel *m_rate;
    QLabel *m_summary;
    QTableView *m_rejectedView;
    RejectedRowsModel *m_rejected;
    QThread *m_thread = nullptr;
    ImportWorker *m_worker = nullptr;
    QList<QPointer<QThread>> m_ending; // workers' threads ending on their own
    // The rate: since a phase began (a file's import, the rules); the import counts its item rows
    // first, then its order rows (a new pass).
    QElapsedTimer m_clock;
    qint64 m_lastCount = 0;
    qint64 m_lastAt = 0;
    qint64 m_passStart = 0;
    bool m_inRules = false;
};
