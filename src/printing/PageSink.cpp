#include "PageSink.h"

#include "CupsSink.h"
#include "CupsSpooler.h"
#include "LabelRenderer.h"
#include "RawPrinterSink.h"
#include "ThermalSettings.h"
#include "base/Error.h"
#include "base/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>
#include <QTemporaryFile>
#include <QThread>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PageSinks", text); // PdfSink and DirectorySink have their own
}
} // namespace

QPageSize PageSinks::pageSize(const LabelRenderer &renderer)
{
    const QSizeF mm = renderer.labelTemplate().pageMm;
    return QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
}

namespace {
// Pages the drawing thread may be behind the caller: enough to smooth out a slow page, few enough
// that a failure is reported soon after the page that caused it.
constexpr std::size_t DrawAhead = 16;
} // namespace

PdfSink::PdfSink(const QString &path, Existing existing, const QString &databasePath,
                 OutputFile::Overwrite overwrite)
    : m_target(path)
    , m_existing(existing)
    , m_databasePath(databasePath)
    , m_overwrite(overwrite)
{
    if (m_existing == Existing::Replace) { // refused before any page is drawn
        const QString refused = OutputFile::refusal(path, databasePath, overwrite);
        if (!refused.isEmpty())
            throw Error(refused);
    }
}

PdfSink::~PdfSink()
{
    if (m_drawer.joinable()) { // not finished: no file, rather than one that may be cut short
        {
            std::lock_guard lock(m_lock);
            m_closing = m_abandon = true;
        }
        m_queued.notify_all();
        m_drawer.join();
    }
}

void PdfSink::printPage(qint64 pageId, int attempt, const LabelRenderer &renderer, const PrintData &data)
{
    Q_UNUSED(attempt);
    std::unique_lock lock(m_lock);
    if (!m_drawer.joinable()) { // a new file
        m_finishError.clear();
        m_failure.reset();
        m_closing = m_abandon = false;
        try {
            m_drawer = std::thread([this] { drawPages(); });
        } catch (const std::system_error &e) {
            throw Error(
                tr("Cannot start writing the PDF %1: %2").arg(m_target, QString::fromLocal8Bit(e.what())));
        }
    }
    m_taken.wait(lock, [this] { return m_queue.size() < DrawAhead || m_failure; });
    if (m_failure)
        throw *m_failure;
    m_queue.push_back({pageId, &renderer, data});
    m_queued.notify_one();
}

void PdfSink::drawPages()
{
    for (;;) {
        Queued page;
        {
            std::unique_lock lock(m_lock);
            m_queued.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty() || m_abandon)
                break;
            page = std::move(m_queue.front());
            m_queue.pop_front();
            m_taken.notify_all();
            if (m_failure)
                continue; // the file is gone: the pages after the failed one are not drawn
        }
        QString why;
        try {
            draw(page);
            continue;
        } catch (const Error &e) {
            // A file that never opened is not a page that failed to draw: say which it was.
            why = m_painter && m_painter->isActive()
                      ? tr("The PDF %1 was not made: a page in it could not be drawn (%2).")
                            .arg(m_target, e.message())
                      : e.message();
        } catch (...) { // nothing may leave this thread: it would end the program
            why = tr("The PDF %1 was not made: a page in it could not be drawn.").arg(m_target);
        }
        drop(); // half a page cannot be taken out of a PDF: the whole file goes
        std::lock_guard lock(m_lock);
        m_failure.emplace(page.pageId, why);
        m_taken.notify_all();
    }
    // Complete the file on the thread that drew it (its writer and file live here).
    bool keep = false;
    {
        std::lock_guard lock(m_lock);
        keep = !m_failure && !m_abandon;
    }
    try {
        if (keep && (m_output || m_file))
            complete();
        else
            drop();
    } catch (const Error &e) {
        m_finishError = e.message();
    } catch (...) {
        m_finishError = tr("Cannot write the PDF %1.").arg(m_target);
    }
}

void PdfSink::draw(const Queued &page)
{
    const LabelRenderer &renderer = *page.renderer;
    const QPageSize size = PageSinks::pageSize(renderer);
    const bool first = !m_writer;
    if (first) {
        QIODevice *device = nullptr;
        if (m_existing == Existing::Replace) {
            m_output = std::make_unique<OutputFile>(m_target, m_databasePath, m_overwrite);
            m_output->open(); // throws, naming the file and why
            device = &m_output->device();
        } else { // named at complete(), by the first free name: see there
            const QFileInfo target(m_target);
            m_file = std::make_unique<QTemporaryFile>(
                target.dir().filePath(QStringLiteral(".%1-XXXXXX.part").arg(target.completeBaseName())));
            if (!m_file->open(QIODevice::WriteOnly))
                throw Error(tr("Cannot write the PDF %1: %2").arg(m_target, m_file->errorString()));
            device = m_file.get();
        }
        m_writer = std::make_unique<QPdfWriter>(device);
        m_writer->setResolution(600);
        m_writer->setCreator(QStringLiteral("Packline"));
        m_writer->setPageSize(size);
        m_writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        m_painter = std::make_unique<QPainter>();
        if (!m_painter->begin(m_writer.get()))
            throw Error(tr("Cannot write the PDF %1.").arg(m_target));
    }
    const int sheets = renderer.sheetCount(page.data);
    for (int s = 0; s < sheets; ++s) {
        if (!first || s > 0) {
            m_writer->setPageSize(size);
            m_writer->newPage();
        }
        renderer.paint(*m_painter, page.data, s);
        ++m_pages;
    }
}

void PdfSink::complete()
{
    m_painter->end();
    m_painter.reset();
    m_writer.reset();
    if (m_output) { // every write checked, renamed into place whole
        const std::unique_ptr<OutputFile> output = std::move(m_output);
        output->commit(); // throws, naming the file and why
        m_lastFile = m_target;
        return;
    }
    const std::unique_ptr<QFileDevice> file = std::move(m_file);
    QString path = m_target;
    bool written = false;
    if (file->flush()) {
        file->close();
        // A rename never replaces a file (QFile::rename refuses, atomically), so two stations
        // printing to the same folder each get their own name and nobody's file is lost.
        const QFileInfo target(m_target);
        for (int n = 2;
             !(written = QFile::rename(file->fileName(), path)) && QFileInfo::exists(path) && n < 10000; ++n)
            path = target.dir().filePath(
                QStringLiteral("%1-%2.%3").arg(target.completeBaseName()).arg(n).arg(target.suffix()));
    }
    if (written)
        m_lastFile = path;
    else
        m_finishError = tr("Cannot write the PDF %1: %2").arg(path, file->errorString());
}

void PdfSink::drop()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
    m_painter.reset();
    m_writer.reset();
    m_output.reset(); // not committed: nothing left on disk
    m_file.reset();   // a temporary file removes itself
}

void PdfSink::finish()
{
    if (m_drawer.joinable()) {
        {
            std::lock_guard lock(m_lock);
            m_closing = true;
        }
        m_queued.notify_all();
        m_drawer.join();
    }
    // The file this sink last made failed: still true when asked again, until another begins.
    if (m_failure)
        throw *m_failure;
    if (!m_finishError.isEmpty())
        throw Error(m_finishError);
}

DirectorySink::DirectorySink(const QString &folder, int dpi)
    : m_folder(folder)
    , m_dpi(dpi)
    , m_delayMs(qEnvironmentVariableIntValue("PACKLINE_TEST_PRINTER_MS"))
{
    if (!PrivateFiles::makeFolders(folder)) // labels carry buyers' details: 0700
        throw Error(tr("Cannot create the test printer folder %1.").arg(folder));
}

void DirectorySink::printPage(qint64 pageId, int attempt, const LabelRenderer &renderer,
                              const PrintData &data)
{
    const QDir dir(m_folder);
    if (dir.exists(QStringLiteral("OFFLINE")))
        throw Error(tr("The printer %1 is offline.").arg(name()));
    const QString tmp = dir.filePath(QStringLiteral("page-%1.tmp").arg(pageId));
    QImage image = renderer.toImage(data, m_dpi, 0);
    for (int s = 1; s < renderer.sheetCount(data); ++s) { // stack further sheets below the first
        const QImage more = renderer.toImage(data, m_dpi, s);
        QImage joined(image.width(), image.height() + more.height(), QImage::Format_RGB32);
        QPainter p(&joined);
        p.drawImage(0, 0, image);
        p.drawImage(0, image.height(), more);
        p.end();
        image = joined;
    }
    if (m_delayMs > 0)
        QThread::msleep(m_delayMs);
    if (!image.save(tmp, "PNG"))
        throw Error(tr("The test printer cannot write %1.").arg(tmp));
    const QString done = dir.filePath(QStringLiteral("page-%1-%2.png").arg(pageId).arg(attempt));
    QFile::remove(done);
    if (!QFile::rename(tmp, done))
        throw Error(tr("The test printer cannot finish page %1.").arg(pageId));
}

std::optional<bool> DirectorySink::delivered(qint64 pageId, int attempt) const
{
    return QDir(m_folder).exists(QStringLiteral("page-%1-%2.png").arg(pageId).arg(attempt));
}

std::unique_ptr<PageSink> PageSinks::open(const QString &printer)
{
    if (printer.startsWith(u"dir:"))
        return std::make_unique<DirectorySink>(printer.mid(4));
    if (printer.startsWith(u"pdf:"))
        return std::make_unique<PdfSink>(printer.mid(4), PdfSink::Existing::KeepEarlier);
    if (RawPort::isRaw(printer)) { // a label printer of our own: its settings are this station's
        QSettings settings;
        return std::make_unique<RawPrinterSink>(ThermalSettings(settings, printer));
    }
    if (printer.isEmpty())
        throw Error(tr("No printer is chosen for this job."));
    return std::make_unique<CupsSink>(printer);
}

QStringList PageSinks::availablePrinters()
{
    return CupsSpooler().printers();
}

Result<> PageSinks::available(const QString &printer)
{
    if (printer.startsWith(u"dir:") || printer.startsWith(u"pdf:"))
        return Result<>::success();
    if (printer.isEmpty())
        return Result<>::failure(tr("No printer is chosen for this job."));
    if (RawPort::isRaw(
            printer)) // socket:// or device: — no spooler to ask; the sink says when it cannot reach it
        return Result<>::success();
    CupsSpooler spooler;
    const CupsSpooler::Printer p = spooler.printer(printer);
    if (!p.reachable)
        return Result<>::failure(
            tr("The print server does not answer, so the printer %1 cannot be checked: %2")
                .arg(printer, p.message));
    if (!p.exists) {
        const QStringList there = spooler.printers();
        return Result<>::failure(
            tr("There is no printer called '%1'. Printers here: %2.")
                .arg(printer, there.isEmpty() ? tr("none") : there.join(QStringLiteral(", "))));
    }
    return Result<>::success();
}
