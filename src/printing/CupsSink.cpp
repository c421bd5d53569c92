#include "CupsSink.h"

#include "LabelRenderer.h"
#include "PrinterHealth.h"
#include "ThermalStream.h"
#include "base/Error.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CupsSink", text);
}

// How often the server is asked while waiting: often enough to see a completed job before a full
// CUPS (MaxJobs) purges its history, rarely enough not to load cupsd.
constexpr int LookEveryMs = 200;

// A batch as one PDF in memory, a page per label sheet, each page exactly the template's size.
class PdfBatch : public BatchDocument {
    Q_DECLARE_TR_FUNCTIONS(PdfBatch)

public:
    QString format() const override { return QStringLiteral("application/pdf"); }
    void add(const LabelRenderer &renderer, const PrintData &data) override
    {
        const QPageSize size = PageSinks::pageSize(renderer);
        const bool first = !m_writer;
        if (first) {
            m_buffer = std::make_unique<QBuffer>(&m_bytes);
            m_buffer->open(QIODevice::WriteOnly);
            m_writer = std::make_unique<QPdfWriter>(m_buffer.get());
            m_writer->setResolution(600);
            m_writer->setCreator(QStringLiteral("Packline"));
            m_writer->setPageSize(size);
            m_writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
            if (!m_painter.begin(m_writer.get()))
                throw Error(tr("Cannot draw the labels for the printer."));
        }
        const int sheets = renderer.sheetCount(data);
        for (int s = 0; s < sheets; ++s) {
            if (!first || s > 0) {
                m_writer->setPageSize(size);
                m_writer->newPage();
            }
            renderer.paint(m_painter, data, s);
        }
    }
    QByteArray take() override
    {
        if (m_painter.isActive())
            m_painter.end();
        m_writer.reset();
        m_buffer.reset();
        return std::exchange(m_bytes, {});
    }
    void clear() override { take(); }

private:
    QByteArray m_bytes;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
};

// A batch for a raw CUPS queue in the printer's own language (TSPL/ZPL): each label a 1-bit raster,
// read back by the self-check before it is added, so a label that does not decode fails its page
// and never reaches the printer.
class ThermalBatch : public BatchDocument {
public:
    explicit ThermalBatch(const ThermalSettings &settings)
        : m_stream(settings)
    {
    }
    QString format() const override { return QStringLiteral("application/vnd.cups-raw"); }
    void add(const LabelRenderer &renderer, const PrintData &data) override
    {
        m_bytes += m_stream.page(renderer, data); // throws: that page fails, nothing of it is kept
    }
    QByteArray take() override { return std::exchange(m_bytes, {}); }
    void clear() override { m_bytes.clear(); }

private:
    ThermalStream m_stream;
    QByteArray m_bytes;
};

std::unique_ptr<BatchDocument> documentFor(const QString &printer, const QString &language)
{
    if (language.isEmpty() || language == u"pdf")
        return std::make_unique<PdfBatch>();
    QSettings settings;
    ThermalSettings thermal(settings, printer); // dpi, darkness, offsets, self-check, …
    if (!ThermalSettings::parseLanguage(language, &thermal.language))
        throw Error(tr("The printer %1 is set to the label language '%2', which this Packline cannot write "
                       "(printers/%1/language: pdf, tspl or zpl).")
                        .arg(printer, language));
    return std::make_unique<ThermalBatch>(thermal);
}
} // namespace

CupsSink::Options CupsSink::Options::forPrinter(const QString &printer, const QSettings &settings)
{
    Options o;
    o.batchSize = qMax(1, settings.value(QStringLiteral("printing/cups/batch"), o.batchSize).toInt());
    o.maxWaiting = qMax(1, settings.value(QStringLiteral("printing/cups/waiting"), o.maxWaiting).toInt());
    o.language =
        settings.value(QStringLiteral("printers/%1/language").arg(printer), o.language).toString().toLower();
    return o;
}

CupsSink::CupsSink(const QString &printer)
    : CupsSink(printer, Options::forPrinter(printer))
{
}

CupsSink::CupsSink(const QString &printer, const Options &options)
    : m_printer(printer)
    , m_options(options)
    , m_document(documentFor(printer, options.language))
{
    if (const Result<> available = PageSinks::available(printer); !available)
        throw Error(available.message);
}

CupsSink::~CupsSink() = default;

void CupsSink::printPage(qint64 pageId, int attempt, const LabelRenderer &renderer, const PrintData &data)
{
    Q_UNUSED(attempt);
    m_document->add(renderer, data);
    m_batch << pageId;
    m_sheets << renderer.sheetCount(data);
}

QList<qint64> CupsSink::dropBatch()
{
    m_document->clear();
    m_ready.clear();
    m_sheets.clear();
    return std::exchange(m_batch, {});
}

QString CupsSink::trouble()
{
    if (!m_lastTrouble.isValid() || m_lastTrouble.elapsed() >= LookEveryMs) {
        const CupsSpooler::Printer printer = m_spooler.printer(m_printer);
        m_trouble = PrinterHealth::trouble(m_printer, printer);
        m_queuedJobs = printer.queuedJobs;
        m_lastTrouble.start();
    }
    return m_trouble;
}

bool CupsSink::hasRoom() const
{
    // Other stations' jobs (and anything else sent to this queue) fill the printer's queue too:
    // together at most twice our own allowance, so a shared printer is never flooded past MaxJobs.
    return m_handed.size() < m_options.maxWaiting &&
           (m_queuedJobs < 0 || m_queuedJobs < 2 * m_options.maxWaiting);
}

Result<> CupsSink::handOver(const QString &title, const std::function<void(int, const QList<qint64> &)> &made)
{
    if (m_batch.isEmpty())
        return Result<>::success();
    // Settle what printed first: a CUPS at MaxJobs purges completed jobs to make room for this one.
    lookAtJobs();
    m_lastTrouble.invalidate();
    if (const QString t = trouble(); !t.isEmpty())
        return Result<>::failure(t);
    if (m_ready.isEmpty())
        m_ready = m_document->take(); // whole now: a refused batch goes again as these same bytes
    const QList<qint64> pages = m_batch;
    const Result<int> job =
        m_spooler.submit(m_printer, title, m_ready, m_document->format(), [&](int id) { made(id, pages); });
    if (!job)
        return Result<>::failure(job.message);
    m_handed.append({*job, pages, m_sheets, 0});
    m_batch.clear();
    m_sheets.clear();
    m_ready.clear();
    return Result<>::success();
}

void CupsSink::settle(Handed &h, const CupsSpooler::Job &job)
{
    // Only a completed job counts. job-impressions-completed is no partial credit: CUPS's socket
    // backend reports "1" as a raw document starts, before the printer has anything.
    const int whole = job.state == CupsSpooler::JobState::Completed ? int(h.pages.size()) : 0;
    for (; h.done < whole; ++h.done)
        m_news.done << h.pages.at(h.done);
    const QString why = PrinterHealth::jobLost(h.job, job);
    if (why.isEmpty())
        return;
    for (; h.done < h.pages.size(); ++h.done)
        m_news.back.append({h.pages.at(h.done), why});
}

void CupsSink::lookAtJobs()
{
    for (Handed &h : m_handed) {
        const CupsSpooler::Job job = m_spooler.job(h.job);
        if (job.state != CupsSpooler::JobState::Unreachable) // cupsd away: nothing is known, nothing changes
            settle(h, job);
    }
    m_handed.removeIf([](const Handed &h) { return h.done >= h.pages.size(); });
    m_lastJobs.start();
}

SpoolerSink::News CupsSink::news()
{
    if (!m_handed.isEmpty() && (!m_lastJobs.isValid() || m_lastJobs.elapsed() >= LookEveryMs))
        lookAtJobs();
    return std::exchange(m_news, {});
}

void CupsSink::adopt(int serverJob, const QList<qint64> &pages)
{
    m_handed.append({serverJob, pages, {}, 0});
}

void CupsSink::withdraw()
{
    // A batch printing now is left to finish (cutting it would cut a label): watched until it does.
    for (const Handed &h : std::as_const(m_handed))
        if (const auto state = m_spooler.job(h.job).state;
            state == CupsSpooler::JobState::Waiting || state == CupsSpooler::JobState::Stopped)
            m_spooler.cancel(h.job);
    lookAtJobs();
}
