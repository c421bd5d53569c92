#include "SpooledDocument.h"

#include "CupsSpooler.h"
#include "PrinterHealth.h"

#include <QBuffer>
#include <QPdfWriter>

bool SpooledDocument::print(const QString &printer, const QString &title,
                            const std::function<void(QPdfWriter &)> &paint)
{
    m_printer = printer;
    m_job = 0;
    m_state = State::Failed;
    CupsSpooler cups;
    if (const QString trouble = PrinterHealth::trouble(printer, cups.printer(printer)); !trouble.isEmpty()) {
        m_message = trouble;
        return false;
    }
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Packline"));
        paint(writer);
    } // the writer finishes the PDF when it goes
    const Result<int> job = cups.submit(printer, title, pdf, QStringLiteral("application/pdf"), [](int) {});
    if (!job) {
        m_message = job.message;
        return false;
    }
    m_job = *job;
    m_state = State::Waiting;
    m_message = tr("CUPS job %1 is waiting at %2.").arg(m_job).arg(printer);
    return true;
}

SpooledDocument::State SpooledDocument::poll()
{
    if (m_state != State::Waiting)
        return m_state;
    const CupsSpooler::Job job = CupsSpooler().job(m_job);
    if (const QString lost = PrinterHealth::jobLost(m_job, job); !lost.isEmpty()) {
        m_state = State::Failed;
        m_message = lost;
        return m_state;
    }
    switch (job.state) {
    case CupsSpooler::JobState::Completed:
        m_state = State::Printed;
        m_message = tr("Printed at %1 (CUPS job %2).").arg(m_printer).arg(m_job);
        break;
    case CupsSpooler::JobState::Unreachable:
        m_message =
            tr("The print server does not answer; CUPS job %1 is not known to have printed.").arg(m_job);
        break;
    case CupsSpooler::JobState::Stopped:
        m_message = tr("CUPS job %1 is held at %2: %3")
                        .arg(m_job)
                        .arg(m_printer, PrinterHealth::describePrinter(m_printer));
        break;
    default: // waiting or printing
        m_message = tr("CUPS job %1 is printing at %2.").arg(m_job).arg(m_printer);
        break;
    }
    return m_state;
}
