#pragma once

#include "intake/OrderImport.h"

#include <QDialog>
#include <QElapsedTimer>

class QComboBox;
class QLabel;
class QCheckBox;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QTreeWidget;
class ImportWorker;
class RejectedRowsModel;
struct AppContext;

// Import orders from shop exports: pick files (or drop them here or on the main window), see
// the detected platform and encoding, import with a progress bar and rows/s off the UI thread,
// Cancel leaves nothing behind, then the summary and the rejected rows.
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

public slots:
    void startImport();
    void cancelImport();

signals:
    void importFinished();

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
    void onFinished(const QList<ImportOutcome> &outcomes);
    void setRunning(bool running);

    AppContext &m_context;
    QStringList m_files;
    QList<ImportUnit> m_units;
    QList<ImportOutcome> m_outcomes;
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
    QElapsedTimer m_clock;
};
