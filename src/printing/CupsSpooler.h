#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

typedef struct _http_s http_t;
typedef struct _ipp_s ipp_t;

// One conversation with the CUPS server this station prints through (cupsServer(): CUPS_SERVER,
// client.conf or the local socket), over an http_t of its own. Every call names its printer or job:
// nothing here ever falls back to the default printer the way QPrinter does.
class CupsSpooler {
public:
    CupsSpooler();
    ~CupsSpooler();
    CupsSpooler(const CupsSpooler &) = delete;
    CupsSpooler &operator=(const CupsSpooler &) = delete;

    // A printer as CUPS sees it now.
    struct Printer {
        bool reachable = false; // cupsd answered at all
        bool exists = false;    // a queue of exactly this name
        bool accepting = false; // printer-is-accepting-jobs
        int state = 0;          // printer-state: 3 idle, 4 processing, 5 stopped
        QStringList reasons;    // printer-state-reasons keywords, "none" left out
        QString message;        // printer-state-message
        int queuedJobs = -1;    // queued-job-count: every station's jobs not printed yet
    };
    Printer printer(const QString &name);

    enum class JobState { Waiting, Printing, Stopped, Completed, Cancelled, Aborted, Vanished, Unreachable };
    struct Job {
        JobState state = JobState::Unreachable;
        int impressions = -1; // job-impressions-completed, when the driver counts them
        QString message;      // job-printer-state-message or why the server did not answer
    };
    Job job(int jobId);

    // Create-Job, then the document in one Send-Document. made(jobId) runs once CUPS gave the job
    // its number and before a byte of the document goes, so a crash leaves the number on record.
    // The job's id, or refused with why (the printer refused, the server went away, …); a job made
    // but not filled is cancelled.
    Result<int> submit(const QString &printer, const QString &title, const QByteArray &document,
                       const QString &format, const std::function<void(int)> &made);
    // Cancels a job not printed yet. True when it is cancelled now (or already was).
    bool cancel(int jobId);
    QStringList printers();
    QString server() const;

private:
    http_t *connection();
    void disconnect();
    // cupsDoRequest of make()'s request, once more on a fresh connection when the old one broke
    // (cupsd restarted). nullptr when the server does not answer or refused (cupsLastError()).
    ipp_t *request(const std::function<ipp_t *()> &make);

    http_t *m_http = nullptr;
};
