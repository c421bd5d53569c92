#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A cupsd of the test's own: cupsd.conf and cups-files.conf in a temporary folder, listening on a
// unix socket there and on no TCP port, its spool, cache, state and logs there too. CUPS_SERVER
// points at its socket for the code under test (and lpadmin, cupsdisable, … run by the test).
// Printers are raw queues to socket://127.0.0.1:PORT (a FakeLabelPrinter). As root, cupsd runs the
// socket backend as lp, so the folder is readable by everyone. Stopped in the destructor.
class TestCupsServer {
public:
    explicit TestCupsServer(int maxJobs);
    ~TestCupsServer();
    bool start();                  // false with error() when cupsd did not come up
    void stop(bool crash = false); // crash: SIGKILL, like cupsd dying mid-job
    bool isRunning() const { return m_cupsd.state() == QProcess::Running; }
    QString error() const { return m_error; }
    QString socket() const;
    QString errorLog() const;

    bool addPrinter(const QString &name, quint16 port);
    // Runs a CUPS admin command against this server (cupsreject NAME, cupsdisable NAME, lpadmin -x NAME,
    // …); false with error() when it failed.
    bool admin(const QString &program, const QStringList &arguments);

private:
    QTemporaryDir m_dir;
    QProcess m_cupsd;
    int m_maxJobs;
    QString m_error;
    QByteArray m_oldServer;
};
