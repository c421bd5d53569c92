#include "PrinterHealth.h"

#include <QCoreApplication>
#include <QHash>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PrinterHealth", text);
}

// "media-empty-error" → "media-empty": CUPS adds the severity as a suffix.
QString baseReason(const QString &keyword)
{
    for (const auto suffix : {u"-error", u"-warning", u"-report"})
        if (keyword.endsWith(suffix))
            return keyword.chopped(QStringView(suffix).size());
    return keyword;
}

// Reasons that stop labels coming out. Warnings (toner low) and the printer's own chatter do not.
bool stopsLabels(const QString &keyword)
{
    static const QSet<QString> stopping{
        QStringLiteral("media-empty"),
        QStringLiteral("media-needed"),
        QStringLiteral("media-jam"),
        QStringLiteral("offline"),
        QStringLiteral("door-open"),
        QStringLiteral("cover-open"),
        QStringLiteral("paused"),
        QStringLiteral("toner-empty"),
        QStringLiteral("marker-supply-empty"),
        QStringLiteral("input-tray-missing"),
        QStringLiteral("output-area-full"),
        QStringLiteral("shutdown"),
        QStringLiteral("timed-out"),
        QStringLiteral("connecting-to-device"),
    };
    return keyword.endsWith(u"-error") || stopping.contains(baseReason(keyword));
}

QString reasonWords(const QStringList &reasons)
{
    QStringList words;
    for (const QString &r : reasons)
        words << PrinterHealth::reasonText(r);
    return words.join(QStringLiteral(", "));
}
} // namespace

QString PrinterHealth::reasonText(const QString &keyword)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("media-empty"), QT_TRANSLATE_NOOP("PrinterHealth", "out of labels")},
        {QStringLiteral("media-needed"), QT_TRANSLATE_NOOP("PrinterHealth", "needs labels loaded")},
        {QStringLiteral("media-low"), QT_TRANSLATE_NOOP("PrinterHealth", "labels running low")},
        {QStringLiteral("media-jam"), QT_TRANSLATE_NOOP("PrinterHealth", "label jam")},
        {QStringLiteral("offline"), QT_TRANSLATE_NOOP("PrinterHealth", "offline")},
        {QStringLiteral("door-open"), QT_TRANSLATE_NOOP("PrinterHealth", "door open")},
        {QStringLiteral("cover-open"), QT_TRANSLATE_NOOP("PrinterHealth", "cover open")},
        {QStringLiteral("paused"), QT_TRANSLATE_NOOP("PrinterHealth", "stopped at the print server")},
        {QStringLiteral("toner-low"), QT_TRANSLATE_NOOP("PrinterHealth", "toner low")},
        {QStringLiteral("toner-empty"), QT_TRANSLATE_NOOP("PrinterHealth", "toner empty")},
        {QStringLiteral("marker-supply-low"), QT_TRANSLATE_NOOP("PrinterHealth", "ribbon or ink low")},
        {QStringLiteral("marker-supply-empty"), QT_TRANSLATE_NOOP("PrinterHealth", "ribbon or ink empty")},
        {QStringLiteral("connecting-to-device"),
         QT_TRANSLATE_NOOP("PrinterHealth", "cannot reach the printer (connecting)")},
        {QStringLiteral("input-tray-missing"), QT_TRANSLATE_NOOP("PrinterHealth", "label holder missing")},
        {QStringLiteral("output-area-full"), QT_TRANSLATE_NOOP("PrinterHealth", "output full")},
        {QStringLiteral("shutdown"), QT_TRANSLATE_NOOP("PrinterHealth", "switched off")},
        {QStringLiteral("timed-out"), QT_TRANSLATE_NOOP("PrinterHealth", "not answering")},
        {QStringLiteral("cups-missing-filter"),
         QT_TRANSLATE_NOOP("PrinterHealth", "the print server cannot convert the labels (missing filter)")},
    };
    const QString base = baseReason(keyword);
    const char *n = names.value(base);
    const QString words = n ? QCoreApplication::translate("PrinterHealth", n) : base;
    return keyword.endsWith(u"-warning") ? tr("%1 (warning)").arg(words) : words;
}

QString PrinterHealth::trouble(const QString &name, const CupsSpooler::Printer &printer)
{
    if (!printer.reachable)
        return tr("The print server does not answer (is cupsd running?): %1").arg(printer.message);
    if (!printer.exists)
        return tr("There is no printer called '%1' at the print server.").arg(name);
    QStringList stopping;
    for (const QString &r : printer.reasons)
        if (stopsLabels(r) && !(r == u"paused" && printer.state != 5))
            stopping << r;
    if (printer.state == 5)
        return stopping.isEmpty() ? tr("The printer %1 is stopped.").arg(name)
                                  : tr("The printer %1 is stopped: %2.").arg(name, reasonWords(stopping));
    if (!printer.accepting)
        return tr("The printer %1 is rejecting jobs.").arg(name);
    if (!stopping.isEmpty())
        return tr("The printer %1: %2.").arg(name, reasonWords(stopping));
    return {};
}

QString PrinterHealth::describe(const CupsSpooler::Printer &printer)
{
    if (!printer.reachable)
        return tr("print server not answering");
    if (!printer.exists)
        return tr("no such printer");
    QString state = printer.state == 5 ? tr("stopped") : printer.state == 4 ? tr("printing") : tr("idle");
    if (!printer.accepting)
        state += tr(", rejecting jobs");
    if (!printer.reasons.isEmpty())
        state += QStringLiteral(": ") + reasonWords(printer.reasons);
    return state;
}

QString PrinterHealth::describePrinter(const QString &printer)
{
    if (printer.isEmpty() || printer.startsWith(u"dir:") || printer.startsWith(u"pdf:"))
        return {};
    return describe(CupsSpooler().printer(printer));
}

QString PrinterHealth::jobLost(int jobId, const CupsSpooler::Job &job)
{
    switch (job.state) {
    case CupsSpooler::JobState::Cancelled:
        return tr("CUPS job %1 was cancelled at the print server.").arg(jobId);
    case CupsSpooler::JobState::Aborted:
        return tr("CUPS job %1 was aborted by the print server: %2").arg(jobId).arg(job.message);
    case CupsSpooler::JobState::Vanished:
        return tr("CUPS job %1 is gone from the print server.").arg(jobId);
    default:
        return {};
    }
}
