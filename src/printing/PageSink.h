#pragma once

#include "PrintData.h"
#include "base/Error.h"
#include "base/Result.h"
#include "db/OutputFile.h"

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

class LabelRenderer;
class QPdfWriter;
class QPainter;
class QFileDevice;
class SpoolerSink;

// Where printed pages go. One call per queue page; it returns once the page is handed over
// (to a file, a folder, a spooler's batch) or throws Error when the printer refuses.
class PageSink {
public:
    virtual ~PageSink() = default;
    virtual QString name() const = 0;
    virtual void printPage(qint64 pageId, int attempt, const LabelRenderer &renderer,
                           const PrintData &data) = 0;
    virtual void finish() {}
    // True when pages reach their destination only at finish() (one file): PrintRunner keeps them
    // 'sent' until then and marks them done together.
    virtual bool deliversAtFinish() const { return false; }
    // After a crash left a page 'sent': did it reach the printer? nullopt = the sink cannot tell,
    // a person has to look at the printer.
    virtual std::optional<bool> delivered(qint64 pageId, int attempt) const
    {
        Q_UNUSED(pageId);
        Q_UNUSED(attempt);
        return std::nullopt;
    }
    // True when printPage() only queues the page (a raw label printer renders ahead on threads of
    // its own): PrintRunner keeps pages 'sent' until takeDelivered() names them, and a failure
    // of an earlier page comes back from a later call as a PageFailure.
    virtual bool pipelined() const { return false; }
    // The pages that reached the printer since the last call (pipelined sinks).
    virtual QList<qint64> takeDelivered() { return {}; }
    // A sink whose pages come out later, at a print server (CUPS); nullptr for the others.
    virtual SpoolerSink *spooler() { return nullptr; }
};

// Pages handed to a print server come out later, or come back. printPage() draws a page into the
// batch in hand; handOver() gives the batch to the server as one job; news() says later which pages
// the printer finished and which came back (refused, cancelled, aborted, vanished). PrintRunner keeps
// the pages 'sent' until then: a page is never done on our word alone.
class SpoolerSink {
public:
    struct News {
        QList<qint64> done;                     // the server says they printed
        QList<std::pair<qint64, QString>> back; // to print again, and why
    };
    virtual ~SpoolerSink() = default;
    virtual int batchSize() const = 0;
    virtual QList<qint64> batch() const = 0; // the pages drawn into the batch in hand
    virtual QList<qint64> dropBatch() = 0;   // the batch in hand will not go: its pages
    // Why the printer cannot take a batch now, in words; empty when it can. Asks the server.
    virtual QString trouble() = 0;
    virtual bool hasRoom() const = 0; // fewer than the allowed batches wait at the server
    // Gives the batch in hand to the server. made(serverJob, pages) runs once the server numbered the
    // job and before the document goes. Refused, with why, when the server did not take it (the batch
    // stays in hand).
    virtual Result<> handOver(const QString &title,
                              const std::function<void(int, const QList<qint64> &)> &made) = 0;
    virtual News news() = 0;         // asks the server about the jobs handed over
    virtual int waiting() const = 0; // jobs handed over, not settled yet
    // A job an earlier run handed over and that is still at the server (after a crash).
    virtual void adopt(int serverJob, const QList<qint64> &pages) = 0;
    // Cancels the jobs not printing yet (the labels move to another printer); news() reports them.
    // One printing now is left to finish.
    virtual void withdraw() = 0;
};

// A page that failed after printPage() returned (a sink drawing on its own thread): which one.
class PageFailure : public Error {
public:
    PageFailure(qint64 pageId, const QString &message)
        : Error(message)
        , m_pageId(pageId)
    {
    }
    qint64 pageId() const { return m_pageId; }

private:
    qint64 m_pageId;
};

// Every page into one PDF file (export, "print to PDF", a "pdf:FILE" queue printer). The file is
// written under a temporary name and appears whole at finish(), or not at all: a crash never
// leaves half a PDF where the finished one should be. Pages are drawn on a thread of the sink's
// own, up to 16 behind the caller, so reading the next pages overlaps drawing these; a page that
// fails to draw drops the whole file and is named by the next call as a PageFailure.
class PdfSink : public PageSink {
    Q_DECLARE_TR_FUNCTIONS(PdfSink)

public:
    // Replace: an export to the file the person named. KeepEarlier: a queue printer never writes
    // over a file it wrote before (a job printed in two runs); the later run writes FILE-2.pdf, …
    enum class Existing { Replace, KeepEarlier };
    // Replace never writes over databasePath nor, unless forced, another SQLite file (OutputFile):
    // a refused path throws Error here, before a page is drawn.
    explicit PdfSink(const QString &path, Existing existing = Existing::Replace,
                     const QString &databasePath = QString(),
                     OutputFile::Overwrite overwrite = OutputFile::Overwrite::RefuseDatabases);
    ~PdfSink() override; // without finish() the file is dropped
    QString name() const override { return QStringLiteral("pdf:") + m_target; }
    // renderer must outlive finish().
    void printPage(qint64 pageId, int attempt, const LabelRenderer &renderer, const PrintData &data) override;
    // Waits for the pages and completes the file; throws Error when it cannot be written, or
    // PageFailure when a page in it failed to draw (the file is then dropped whole).
    void finish() override;
    bool deliversAtFinish() const override { return true; }
    // A page left 'sent' by a crash is in no finished file: print it again.
    std::optional<bool> delivered(qint64, int) const override { return false; }
    int pages() const { return m_pages; }           // after finish()
    QString lastFile() const { return m_lastFile; } // the file the last finish() completed

private:
    struct Queued {
        qint64 pageId = 0;
        const LabelRenderer *renderer = nullptr;
        PrintData data;
    };
    void drawPages(); // the drawing thread
    void draw(const Queued &page);
    void complete();
    void drop();

    QString m_target;
    Existing m_existing;
    QString m_databasePath;
    OutputFile::Overwrite m_overwrite;
    // Shared with the drawing thread, under m_lock.
    std::mutex m_lock;
    std::condition_variable m_queued, m_taken;
    std::deque<Queued> m_queue;
    bool m_closing = false, m_abandon = false;
    std::optional<PageFailure> m_failure; // a page broke the file: kept until another file begins
    std::thread m_drawer;
    // The drawing thread's own while it runs; the caller's after finish() has joined it.
    std::unique_ptr<OutputFile> m_output; // Replace
    std::unique_ptr<QFileDevice> m_file;  // KeepEarlier: a QTemporaryFile beside the target
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    QString m_finishError; // why the last file was not made, until another begins
    QString m_lastFile;
    int m_pages = 0;
};

// The file-backed test printer ("dir:/path"): each page becomes page-<id>-<attempt>.png at 203 dpi,
// written to a temporary name and renamed, so a file exists only for a page that came out whole.
// Every attempt has its own file, so a page printed twice shows as two files, never overwritten.
// A file named OFFLINE in the folder makes it refuse pages (a printer out of paper).
// $PACKLINE_TEST_PRINTER_MS slows each page down like a thermal printer.
class DirectorySink : public PageSink {
    Q_DECLARE_TR_FUNCTIONS(DirectorySink)

public:
    explicit DirectorySink(const QString &folder, int dpi = 203);
    QString name() const override { return QStringLiteral("dir:") + m_folder; }
    void printPage(qint64 pageId, int attempt, const LabelRenderer &renderer, const PrintData &data) override;
    std::optional<bool> delivered(qint64 pageId, int attempt) const override;

private:
    QString m_folder;
    int m_dpi;
    int m_delayMs = 0;
};

namespace PageSinks {
// "dir:/path", "pdf:/file.pdf", "socket://host:9100" or "device:/dev/usb/lp0" (RawPrinterSink),
// or a CUPS printer name (a CupsSink). Throws Error when there is no such printer.
std::unique_ptr<PageSink> open(const QString &printer);
QStringList availablePrinters();
// Whether a job can be made for this printer, before anything is spent on it; refused with why (no
// such CUPS queue, no print server). dir: and pdf: printers are always there.
Result<> available(const QString &printer);
// A template's page, exactly its size in millimetres (no rounding to a paper name).
QPageSize pageSize(const LabelRenderer &renderer);
} // namespace PageSinks
