#pragma once

#include "ui/View.h"

#include <QElapsedTimer>
#include <QHash>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class LabelRenderer;
class PrintBatchBar;
class PrintJobsModel;
class PrintPagesModel;
class PrintWorker;
struct AppContext;

// 打印队列: make jobs from batch rules, print them page by page with states that survive a
// crash, move a failing printer's pages to the backup, reprint with a reason, preview, PDF.
// The tables are views over PrintJobsModel and PrintPagesModel; a PrintWorker prints on its own
// thread and the models repaint the rows its progress changed.
class PrintQueueView : public View {
    Q_OBJECT
public:
    explicit PrintQueueView(AppContext &context, QWidget *parent = nullptr);
    ~PrintQueueView() override;

    qint64 selectedJob() const;
    void selectJob(qint64 jobId);
    bool isPrinting() const;
    PrintJobsModel *jobsModel() const { return m_jobsModel; }
    PrintPagesModel *pagesModel() const { return m_pagesModel; }

    QList<QPair<QString, QString>> shortcuts() const override;
    void activate() override;
    void databaseChanged() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void newJob();
    void editTemplates();
    void startPrinting();
    void printingStarted(qint64 job, int unknown);
    void printingProgressed(qint64 job);
    void printingFinished(qint64 job);
    void jobSelectionChanged();
    qint64 selectedPage() const;
    void pauseJob();
    void cancelJob();
    void useBackup();
    void printToPdf();
    void reprintPage();
    void markPageDone();
    void refreshJobs();
    void refreshPreview();
    void refreshPoolWarning();
    void refreshPrinterState(bool force);
    void say(const QString &text); // the status line

    AppContext &m_context;
    PrintJobsModel *m_jobsModel;
    PrintPagesModel *m_pagesModel;
    PrintWorker *m_worker;
    QHash<qint64, std::shared_ptr<LabelRenderer>> m_renderers; // per job

    PrintBatchBar *m_batch; // which orders, what and where: the new job
    QLabel *m_poolWarning;
    QTableView *m_jobs;
    QLabel *m_printerState; // the selected job's printer in words, and why the job paused
    QElapsedTimer m_printerStateAge;
    QPushButton *m_print, *m_pause, *m_cancel, *m_backupButton, *m_pdf;
    QTableView *m_pages;
    QLineEdit *m_reason;
    QPushButton *m_reprint, *m_markDone;
    QLabel *m_previewTitle;
    QLabel *m_preview;
    QLabel *m_status;
};
