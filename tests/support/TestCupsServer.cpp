#include "TestCupsServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <csignal>

namespace {
bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) == text.toUtf8().size();
}
} // namespace

TestCupsServer::TestCupsServer(int maxJobs)
    : m_maxJobs(maxJobs)
    , m_oldServer(qgetenv("CUPS_SERVER"))
{
}

TestCupsServer::~TestCupsServer()
{
    stop();
    if (m_oldServer.isEmpty())
        qunsetenv("CUPS_SERVER");
    else
        qputenv("CUPS_SERVER", m_oldServer);
}

QString TestCupsServer::socket() const
{
    return m_dir.filePath(QStringLiteral("cups.sock"));
}

QString TestCupsServer::errorLog() const
{
    QFile f(m_dir.filePath(QStringLiteral("log/error_log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool TestCupsServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString root = m_dir.path();
    for (const char *sub : {"spool", "spool/tmp", "cache", "state", "log", "ppd", "ssl"})
        QDir(root).mkpath(QLatin1String(sub));
    // The backends run as lp: they must reach the folder.
    for (const char *sub : {"", "/spool", "/spool/tmp", "/cache", "/state", "/log"})
        QFile::setPermissions(root + QLatin1String(sub), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                             QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                             QFileDevice::ExeOther);
    const bool ok =
        writeText(root + QStringLiteral("/cupsd.conf"),
                  QStringLiteral("Listen %1\nLogLevel info\nMaxJobs %2\nMaxLogSize 0\nBrowsing No\n"
                                 "WebInterface No\nDefaultAuthType None\nJobRetryInterval 1\n"
                                 "DirtyCleanInterval 0\n"
                                 "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                                 "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n")
                      .arg(socket())
                      .arg(m_maxJobs)) &&
        writeText(
            root + QStringLiteral("/cups-files.conf"),
            QStringLiteral("ServerRoot %1\nRequestRoot %1/spool\nTempDir %1/spool/tmp\nCacheDir %1/cache\n"
                           "StateDir %1/state\nErrorLog %1/log/error_log\nAccessLog %1/log/access_log\n"
                           "PageLog %1/log/page_log\nPrintcap %1/printcap\n"
                           "ServerBin /usr/lib/cups\nDataDir /usr/share/cups\nUser lp\nGroup lp\n")
                .arg(root));
    if (!ok) {
        m_error = QStringLiteral("cannot write the cupsd configuration in %1").arg(root);
        return false;
    }
    qputenv("CUPS_SERVER", socket().toUtf8());
    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(QStringLiteral("/usr/sbin/cupsd"),
                  {QStringLiteral("-f"), QStringLiteral("-c"), root + QStringLiteral("/cupsd.conf"),
                   QStringLiteral("-s"), root + QStringLiteral("/cups-files.conf")});
    if (!m_cupsd.waitForStarted(5000)) {
        m_error = QStringLiteral("cupsd did not start: %1").arg(m_cupsd.errorString());
        return false;
    }
    for (int i = 0; i < 100 && !QFileInfo::exists(socket()); ++i) {
        if (m_cupsd.state() != QProcess::Running)
            break;
        QThread::msleep(50);
    }
    if (!QFileInfo::exists(socket())) {
        m_error = QStringLiteral("cupsd did not open its socket: %1 %2")
                      .arg(QString::fromUtf8(m_cupsd.readAll()), errorLog());
        return false;
    }
    return true;
}

void TestCupsServer::stop(bool crash)
{
    if (m_cupsd.state() == QProcess::NotRunning)
        return;
    if (crash)
        m_cupsd.kill();
    else
        m_cupsd.terminate();
    if (!m_cupsd.waitForFinished(10000)) {
        m_cupsd.kill();
        m_cupsd.waitForFinished(5000);
    }
    QFile::remove(socket());
}

bool TestCupsServer::addPrinter(const QString &name, quint16 port)
{
    return admin(QStringLiteral("lpadmin"),
                 {QStringLiteral("-p"), name, QStringLiteral("-E"), QStringLiteral("-v"),
                  QStringLiteral("socket://127.0.0.1:%1").arg(port), QStringLiteral("-m"),
                  QStringLiteral("raw")});
}

bool TestCupsServer::admin(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error =
            QStringLiteral("%1 %2: %3").arg(program, arguments.join(u' '), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}
