#pragma once

#include "printing/BatchRule.h"
#include "printing/PrintQueue.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class PrinterChoice;
struct AppContext;

// The print queue's "new job" bar: which orders (the batch rule), what to print (kind and
// template) and where (printer and backup, remembered per kind). It only says what was asked;
// PrintQueueView makes the job.
class PrintBatchBar : public QWidget {
    Q_OBJECT
public:
    explicit PrintBatchBar(AppContext &context, QWidget *parent = nullptr);
    ~PrintBatchBar() override;

    BatchRule rule() const;
    // The job as asked, without its orders (the rule picks them when the job is made).
    PrintQueue::JobSpec spec() const;
    QString templateId() const;
    // Why the couriers list could not be read; empty when it was.
    QString couriersError() const { return m_couriersError; }
    // Reads the templates of the chosen kind again (after the template editor saved a copy).
    void reloadTemplates();
    // Puts the focus on the job's printer and opens its list (the fix offered when there is none).
    void choosePrinter();

signals:
    void newJobRequested();
    void editTemplatesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString kind() const;
    void printerChoiceChanged();

    AppContext &m_context;
    std::unique_ptr<PrinterChoice> m_printers;
    QString m_couriersError;
    QLabel *m_title, *m_kindLabel, *m_templateLabel, *m_courierLabel, *m_limitLabel, *m_printerLabel,
        *m_backupLabel;
    QComboBox *m_kind, *m_template, *m_courier, *m_printer, *m_backup;
    QCheckBox *m_priority, *m_singleSku;
    QSpinBox *m_limit;
    QPushButton *m_newJob, *m_editTemplates;
};
