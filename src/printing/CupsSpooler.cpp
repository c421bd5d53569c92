#include "CupsSpooler.h"

#include <QCoreApplication>
#include <cups/cups.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CupsSpooler", text);
}

// A hung cupsd must not freeze the station: give up on one request after this long.
constexpr double RequestTimeoutS = 10.0;

QByteArray printerUri(const QString &name)
{
    char uri[1024];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof(uri), "ipp", nullptr, "localhost", ippPort(),
                     "/printers/%s", name.toUtf8().constData());
    return uri;
}

QString lastError()
{
    return QString::fromUtf8(cupsLastErrorString());
}

bool brokenConnection()
{
    const ipp_status_t s = cupsLastError();
    return s == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE || s == IPP_STATUS_ERROR_INTERNAL;
}
} // namespace

CupsSpooler::CupsSpooler() = default;

CupsSpooler::~CupsSpooler()
{
    disconnect();
}

QString CupsSpooler::server() const
{
    return QString::fromUtf8(cupsServer());
}

http_t *CupsSpooler::connection()
{
    if (!m_http) {
        cupsSetServer(nullptr); // libcups keeps the first server it read: look at CUPS_SERVER again
        m_http =
            httpConnect2(cupsServer(), ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1, 5000, nullptr);
        if (m_http)
            httpSetTimeout(m_http, RequestTimeoutS, nullptr, nullptr);
    }
    return m_http;
}

void CupsSpooler::disconnect()
{
    if (m_http)
        httpClose(m_http);
    m_http = nullptr;
}

ipp_t *CupsSpooler::request(const std::function<ipp_t *()> &make)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        http_t *http = connection();
        if (!http)
            return nullptr;
        ipp_t *response = cupsDoRequest(http, make(), "/"); // takes the request
        if (response || !brokenConnection())
            return response;
        disconnect(); // the server restarted or went away: once more on a fresh connection
    }
    return nullptr;
}

CupsSpooler::Printer CupsSpooler::printer(const QString &name)
{
    Printer out;
    const QByteArray uri = printerUri(name);
    ipp_t *response = request([&] {
        ipp_t *req = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
        ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.constData());
        static const char *const wanted[] = {"printer-name",          "printer-state",
                                             "printer-state-reasons", "printer-is-accepting-jobs",
                                             "printer-state-message", "queued-job-count"};
        ippAddStrings(req, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 6, nullptr, wanted);
        return req;
    });
    if (!response) {
        out.reachable = cupsLastError() != IPP_STATUS_ERROR_SERVICE_UNAVAILABLE && connection();
        out.message = lastError();
        return out;
    }
    out.reachable = true;
    if (ippGetStatusCode(response) <= IPP_STATUS_OK_EVENTS_COMPLETE) {
        ipp_attribute_t *a = ippFindAttribute(response, "printer-name", IPP_TAG_NAME);
        // A queue answers only for itself; still, never take another printer's word for this one.
        out.exists = a && QString::fromUtf8(ippGetString(a, 0, nullptr)) == name;
        if ((a = ippFindAttribute(response, "printer-state", IPP_TAG_ENUM)))
            out.state = ippGetInteger(a, 0);
        if ((a = ippFindAttribute(response, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN)))
            out.accepting = ippGetBoolean(a, 0);
        if ((a = ippFindAttribute(response, "printer-state-reasons", IPP_TAG_KEYWORD)))
            for (int i = 0; i < ippGetCount(a); ++i) {
                const QString r = QString::fromUtf8(ippGetString(a, i, nullptr));
                if (r != u"none")
                    out.reasons << r;
            }
        if ((a = ippFindAttribute(response, "printer-state-message", IPP_TAG_TEXT)))
            out.message = QString::fromUtf8(ippGetString(a, 0, nullptr));
        if ((a = ippFindAttribute(response, "queued-job-count", IPP_TAG_INTEGER)))
            out.queuedJobs = ippGetInteger(a, 0);
    }
    ippDelete(response);
    return out;
}

CupsSpooler::Job CupsSpooler::job(int jobId)
{
    Job out;
    char uri[256];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof(uri), "ipp", nullptr, "localhost", ippPort(),
                     "/jobs/%d", jobId);
    ipp_t *response = request([&] {
        ipp_t *req = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
        ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri);
        static const char *const wanted[] = {"job-state", "job-impressions-completed",
                                             "job-printer-state-message"};
        ippAddStrings(req, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, wanted);
        return req;
    });
    if (!response) {
        out.state =
            cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND ? JobState::Vanished : JobState::Unreachable;
        out.message = lastError();
        return out;
    }
    if (ippGetStatusCode(response) == IPP_STATUS_ERROR_NOT_FOUND) {
        out.state = JobState::Vanished;
    } else if (ippGetStatusCode(response) > IPP_STATUS_OK_EVENTS_COMPLETE) {
        out.state = JobState::Unreachable;
        out.message = lastError();
    } else {
        ipp_attribute_t *a = ippFindAttribute(response, "job-state", IPP_TAG_ENUM);
        switch (a ? ippGetInteger(a, 0) : 0) {
        case IPP_JSTATE_PENDING:
        case IPP_JSTATE_HELD:
            out.state = JobState::Waiting;
            break;
        case IPP_JSTATE_PROCESSING:
            out.state = JobState::Printing;
            break;
        case IPP_JSTATE_STOPPED:
            out.state = JobState::Stopped;
            break;
        case IPP_JSTATE_CANCELED:
            out.state = JobState::Cancelled;
            break;
        case IPP_JSTATE_ABORTED:
            out.state = JobState::Aborted;
            break;
        case IPP_JSTATE_COMPLETED:
            out.state = JobState::Completed;
            break;
        default:
            out.state = JobState::Vanished;
        }
        if ((a = ippFindAttribute(response, "job-impressions-completed", IPP_TAG_INTEGER)))
            out.impressions = ippGetInteger(a, 0);
        if ((a = ippFindAttribute(response, "job-printer-state-message", IPP_TAG_TEXT)))
            out.message = QString::fromUtf8(ippGetString(a, 0, nullptr));
    }
    ippDelete(response);
    return out;
}

Result<int> CupsSpooler::submit(const QString &printer, const QString &title, const QByteArray &document,
                                const QString &format, const std::function<void(int)> &made)
{
    using Refused = Result<int>;
    http_t *http = connection();
    if (!http)
        return Refused::failure(tr("The print server %1 does not answer.").arg(server()));
    const QByteArray name = printer.toUtf8();
    int jobId = cupsCreateJob(http, name.constData(), title.toUtf8().constData(), 0, nullptr);
    if (jobId <= 0 && brokenConnection()) { // a connection left over from before a cupsd restart
        disconnect();
        if (!(http = connection()))
            return Refused::failure(tr("The print server %1 does not answer.").arg(server()));
        jobId = cupsCreateJob(http, name.constData(), title.toUtf8().constData(), 0, nullptr);
    }
    if (jobId <= 0)
        return Refused::failure(tr("The printer %1 refused the job: %2").arg(printer, lastError()));
    made(jobId);
    const QByteArray docName = title.toUtf8();
    bool sent = cupsStartDocument(http, name.constData(), jobId, docName.constData(),
                                  format.toUtf8().constData(), 1) == HTTP_STATUS_CONTINUE;
    // Write in slices: cupsWriteRequestData takes a size_t but an ipp chunk is best kept modest.
    constexpr qsizetype Slice = 64 * 1024;
    for (qsizetype at = 0; sent && at < document.size(); at += Slice)
        sent = cupsWriteRequestData(http, document.constData() + at,
                                    size_t(std::min(Slice, document.size() - at))) == HTTP_STATUS_CONTINUE;
    const bool finished = cupsFinishDocument(http, name.constData()) <= IPP_STATUS_OK_EVENTS_COMPLETE;
    if (sent && finished)
        return Refused::success(jobId);
    const QString why = tr("The document did not reach the printer %1: %2").arg(printer, lastError());
    disconnect();
    cancel(jobId); // half a document must not print
    return Refused::failure(why);
}

bool CupsSpooler::cancel(int jobId)
{
    http_t *http = connection();
    if (!http)
        return false;
    const ipp_status_t s = cupsCancelJob2(http, nullptr, jobId, 0);
    if (s <= IPP_STATUS_OK_EVENTS_COMPLETE)
        return true;
    const JobState now = job(jobId).state;
    return now == JobState::Cancelled || now == JobState::Aborted || now == JobState::Vanished;
}

QStringList CupsSpooler::printers()
{
    QStringList names;
    http_t *http = connection();
    if (!http)
        return names;
    cups_dest_t *dests = nullptr;
    const int n = cupsGetDests2(http, &dests);
    for (int i = 0; i < n; ++i)
        if (!dests[i].instance)
            names << QString::fromUtf8(dests[i].name);
    cupsFreeDests(n, dests);
    return names;
}
