#pragma once

// A network label printer on 127.0.0.1 for tests and the bench: a QTcpServer on a thread of its own
// (the sink under test blocks its caller's thread) that keeps every connection's bytes, or resets
// the connection after a few bytes like a printer that crashes mid-label.
#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <atomic>
#include <chrono>
#include <sys/socket.h>

class NetworkLabelPrinter : public QThread {
public:
    enum class Mode { Take, ResetAfter };
    // keepBytes false: only count them (a bench's thousands of labels).
    explicit NetworkLabelPrinter(Mode mode = Mode::Take, qint64 resetAfter = 1000, bool keepBytes = true)
        : m_mode(mode)
        , m_resetAfter(resetAfter)
        , m_keep(keepBytes)
    {
        start();
        m_ready.acquire();
    }
    ~NetworkLabelPrinter() override
    {
        m_stop = true;
        wait();
    }
    // ResetAfter hits only the nth connection (1 = the first); the others are taken whole.
    void resetOnlyConnection(int n) { m_resetOnly = n; }
    quint16 port() const { return m_port; }
    QString address() const { return QStringLiteral("socket://127.0.0.1:%1").arg(m_port); }
    qint64 totalBytes() const { return m_total; }
    // Bytes of each connection that ended (the printer saw the sender close).
    QList<QByteArray> received()
    {
        QMutexLocker lock(&m_lock);
        return m_done;
    }
    // Waits until n connections have ended.
    bool waitForConnections(int n, int ms = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (received().size() < n)
            if (t.hasExpired(ms))
                return false;
            else
                QThread::msleep(2);
        return true;
    }
    // When the first byte arrived (steady clock); the epoch when none has.
    std::chrono::steady_clock::time_point firstByte() const
    {
        return std::chrono::steady_clock::time_point(std::chrono::steady_clock::duration(m_firstByte.load()));
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        if (m_mode == Mode::ResetAfter) {
            // A small receive window: the sender cannot have its whole label acknowledged before
            // the printer reads it.
            const int size = 2048;
            ::setsockopt(int(server.socketDescriptor()), SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
        }
        m_port = server.serverPort();
        m_ready.release();
        while (!m_stop) {
            if (!server.waitForNewConnection(20))
                continue;
            QTcpSocket *s = server.nextPendingConnection();
            ++m_connections;
            const bool reset =
                m_mode == Mode::ResetAfter && (m_resetOnly == 0 || m_resetOnly == m_connections);
            QByteArray bytes;
            for (;;) {
                if (s->bytesAvailable() == 0 && !s->waitForReadyRead(50)) {
                    if (s->state() != QAbstractSocket::ConnectedState || m_stop)
                        break;
                    continue;
                }
                if (m_firstByte == 0)
                    m_firstByte = std::chrono::steady_clock::now().time_since_epoch().count();
                bytes += s->read(reset ? m_resetAfter - bytes.size() : 1 << 20);
                if (reset && bytes.size() >= m_resetAfter) {
                    const linger reset{1, 0}; // close with RST, not FIN
                    ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
                    s->abort();
                    break;
                }
            }
            bytes += s->readAll();
            delete s;
            m_total += bytes.size();
            QMutexLocker lock(&m_lock);
            m_done << (m_keep ? bytes : QByteArray());
        }
    }

private:
    Mode m_mode;
    qint64 m_resetAfter;
    bool m_keep;
    std::atomic<int> m_resetOnly{0};
    int m_connections = 0; // the printer thread's
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_stop{false};
    std::atomic<quint16> m_port{0};
    QSemaphore m_ready;
    QMutex m_lock;
    QList<QByteArray> m_done;
    std::atomic<std::chrono::steady_clock::rep> m_firstByte{0};
};
