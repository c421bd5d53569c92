#include "PageSink.h"

#include "LabelRenderer.h"
#include "base/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSaveFile>
#include <QThread>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PageSink", text);
}

QPageSize pageSizeOf(const LabelRenderer &renderer)
{
    const QSizeF mm = renderer.labelTemplate().pageMm;
    return QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
}
} // namespace

PrinterSink::PrinterSink(const QString &printerName)
    : m_name(printerName)
{
    if (QPrinterInfo::printerInfo(printerName).isNull())
        throw Error(tr("There is no printer called '%1'. Printers here: %2.")
                        .arg(printerName, PageSinks::availablePrinters().join(QStringLiteral(", "))));
}

void PrinterSink::printPage(qint64 pageId, int attempt, const LabelRenderer &renderer, const PrintData &data)
{
    Q_UNUSED(attempt);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(m_name);
    printer.setDocName(QStringLiteral("packline-page-%1").arg(pageId));
    printer.setFullPage(true);
    printer.setPageSize(pageSizeOf(renderer));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (!printer.isValid())
        throw Error(tr("The printer %1 is not available.").arg(m_name));
    QPainter painter;
    if (!painter.begin(&printer))
        throw Error(tr("The printer %1 refused the page (offline, out of paper, or stopped).").arg(m_name));
    const int sheets = renderer.sheetCount(data);
    for (int s = 0; s < sheets; ++s) {
        if (s > 0)
            printer.newPage();
        renderer.paint(painter, data, s);
    }
    if (!painter.end() || printer.printerState() == QPrinter::Error)
        throw Error(tr("The printer %1 failed while printing.").arg(m_name));
}

PdfSink::PdfSink(const QString &path, Existing existing)
    : m_target(path)
    , m_existing(existing)
{
}

PdfSink::~PdfSink()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
    m_painter.reset();
    m_writer.reset();
    if (m_file)
        m_file->cancelWriting(); // not finished: no file, rather than one that may be cut short
}

void PdfSink::printPage(qint64 pageId, int attempt, const LabelRenderer &renderer, const PrintData &data)
{
    Q_UNUSED(pageId);
    Q_UNUSED(attempt);
    const QPageSize size = pageSizeOf(renderer);
    const bool first = !m_writer;
    if (first) {
        QString path = m_target;
        if (m_existing == Existing::KeepEarlier) {
            const QFileInfo target(m_target);
            for (int n = 2; QFileInfo::exists(path); ++n)
                path = target.dir().filePath(
                    QStringLiteral("%1-%2.%3").arg(target.completeBaseName()).arg(n).arg(target.suffix()));
        }
        m_file = std::make_unique<QSaveFile>(path);
        if (!m_file->open(QIODevice::WriteOnly))
            throw Error(tr("Cannot write the PDF %1: %2").arg(path, m_file->errorString()));
        m_writer = std::make_unique<QPdfWriter>(m_file.get());
        m_writer->setResolution(600);
        m_writer->setCreator(QStringLiteral("Packline"));
        m_writer->setPageSize(size);
        m_writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        m_painter = std::make_unique<QPainter>();
        if (!m_painter->begin(m_writer.get()))
            throw Error(tr("Cannot write the PDF %1.").arg(path));
    }
    const int sheets = renderer.sheetCount(data);
    for (int s = 0; s < sheets; ++s) {
        if (!first || s > 0) {
            m_writer->setPageSize(size);
            m_writer->newPage();
        }
        renderer.paint(*m_painter, data, s);
        ++m_pages;
    }
}

void PdfSink::finish()
{
    if (!m_file)
        return;
    if (m_painter && m_painter->isActive())
        m_painter->end();
    m_painter.reset();
    m_writer.reset();
    const std::unique_ptr<QSaveFile> file = std::move(m_file);
    if (!file->commit())
        throw Error(tr("Cannot write the PDF %1: %2").arg(file->fileName(), file->errorString()));
    m_lastFile = file->fileName();
}

DirectorySink::DirectorySink(const QString &folder, int dpi)
    : m_folder(folder)
    , m_dpi(dpi)
    , m_delayMs(qEnvironmentVariableIntValue("PACKLINE_TEST_PRINTER_MS"))
{
    if (!QDir().mkpath(folder))
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
    if (printer.isEmpty())
        throw Error(tr("No printer is chosen for this job."));
    return std::make_unique<PrinterSink>(printer);
}

QStringList PageSinks::availablePrinters()
{
    return QPrinterInfo::availablePrinterNames();
}
