#pragma once

#include "CupsSpooler.h"
#include "PageSink.h"

#include <QElapsedTimer>
#include <QSettings>

// The document one CUPS job carries: labels added one by one, taken whole. PDF today; the seam for
// raw printer languages (TSPL, ZPL) sent as application/vnd.cups-raw.
class BatchDocument {
public:
    virtual ~BatchDocument() = default;
    virtual QString format() const = 0; // the MIME type CUPS is told
    virtual void add(const LabelRenderer &renderer, const PrintData &data) = 0;
    virtual QByteArray take() = 0; // the finished document; the next add() starts another
    virtual void clear() = 0;      // the document in hand is dropped
};

// A CUPS printer through libcups: labels go in batches (one CUPS job per batch, a multi-page PDF
// drawn in memory), a page is done only when CUPS says its job completed, and no more than a few
// batches wait in the printer's queue. Before each batch and while waiting, the printer must exist
// (exactly this name, never a fallback), accept jobs, not be stopped and report nothing that stops
// labels (out of labels, jammed, offline, door open, …).
class CupsSink : public PageSink, public SpoolerSink {
public:
    struct Options {
        int batchSize = 50;                       // labels per CUPS job
        int maxWaiting = 2;                       // batches of ours at the server not printed yet
        QString language = QStringLiteral("pdf"); // pdf | tspl | zpl
        // The station's settings: printing/cups/batch, printing/cups/waiting, printers/<name>/language.
        static Options forPrinter(const QString &printer, const QSettings &settings = QSettings());
    };
    // Throws Error when the server does not answer or has no printer of this name.
    explicit CupsSink(const QString &printer, const Options &options);
    explicit CupsSink(const QString &printer);
    ~CupsSink() override;

    QString name() const override { return m_printer; }
    void printPage(qint64 pageId, int attempt, const LabelRenderer &renderer, const PrintData &data) override;
    // A 'sent' page without a CUPS job never reached the server: print it again.
    std::optional<bool> delivered(qint64, int) const override { return false; }
    SpoolerSink *spooler() override { return this; }

    int batchSize() const override { return m_options.batchSize; }
    QList<qint64> batch() const override { return m_batch; }
    QList<qint64> dropBatch() override;
    QString trouble() override;
    bool hasRoom() const override;
    Result<> handOver(const QString &title,
                      const std::function<void(int, const QList<qint64> &)> &made) override;
    News news() override;
    int waiting() const override { return int(m_handed.size()); }
    void adopt(int serverJob, const QList<qint64> &pages) override;
    void withdraw() override;

private:
    struct Handed {
        int job = 0;
        QList<qint64> pages;
        QList<int> sheets; // per page: for a driver whose job-impressions-completed can be trusted
        int done = 0;      // pages reported done so far
    };
    void lookAtJobs(); // asks CUPS about every job handed over; what changed goes to m_news
    void settle(Handed &h, const CupsSpooler::Job &job);

    QString m_printer;
    Options m_options;
    CupsSpooler m_spooler;
    std::unique_ptr<BatchDocument> m_document;
    QList<qint64> m_batch;
    QList<int> m_sheets;
    QByteArray m_ready; // the batch's finished document, while the server has not taken it
    QList<Handed> m_handed;
    int m_queuedJobs = -1; // at the last look at the printer: every station's jobs waiting there
    News m_news;
    QString m_trouble;
    QElapsedTimer m_lastTrouble, m_lastJobs; // the server is asked at most a few times a second
};
