#include "PacklineProcess.h"

#include <QProcess>

CliRun packline(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(PACKLINE_BINARY), args);
    p.waitForFinished(timeoutMs);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
