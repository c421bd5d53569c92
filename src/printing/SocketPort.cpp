#include "SocketPort.h"

#include "base/Error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QThread>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <linux/sockios.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SocketPort", text);
}

// Bytes the printer's TCP stack has not acknowledged yet, or the error that ended the connection.
struct Outstanding {
    int bytes = 0;
    int error = 0;
};

Outstanding outstanding(qintptr fd)
{
    Outstanding o;
    socklen_t len = sizeof o.error;
    if (::getsockopt(int(fd), SOL_SOCKET, SO_ERROR, &o.error, &len) != 0)
        o.error = errno;
    if (o.error)
        return o;
    // A reset empties the send queue: a connection no longer established is an error, not "sent".
    tcp_info info{};
    len = sizeof info;
    if (::getsockopt(int(fd), IPPROTO_TCP, TCP_INFO, &info, &len) == 0 &&
        info.tcpi_state != TCP_ESTABLISHED && info.tcpi_state != TCP_CLOSE_WAIT)
        o.error = ECONNRESET;
    else if (::ioctl(int(fd), SIOCOUTQ, &o.bytes) != 0)
        o.error = errno;
    return o;
}
} // namespace

SocketPort::SocketPort(const QString &host, quint16 port, int timeoutMs)
    : m_host(host)
    , m_port(port)
    , m_timeoutMs(timeoutMs)
{
}

QString SocketPort::name() const
{
    return QStringLiteral("socket://%1:%2").arg(m_host).arg(m_port);
}

void SocketPort::send(const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(m_host, m_port);
    if (!socket.waitForConnected(m_timeoutMs)) {
        switch (socket.error()) {
        case QAbstractSocket::ConnectionRefusedError:
            throw Error(tr("The printer %1 refused the connection (is it on, and is %2 its raw port?).")
                            .arg(name())
                            .arg(m_port));
        case QAbstractSocket::HostNotFoundError:
            throw Error(tr("There is no host %1 for the printer %2.").arg(m_host, name()));
        case QAbstractSocket::SocketTimeoutError:
            throw Error(tr("The printer %1 did not answer within %2 s (off, or not on this network?).")
                            .arg(name())
                            .arg(m_timeoutMs / 1000.0));
        default:
            throw Error(tr("Cannot connect to the printer %1: %2").arg(name(), socket.errorString()));
        }
    }
    const auto lost = [&](const QString &why) {
        socket.abort();
        return Error(tr("The printer %1 did not take the whole label (%2 bytes): %3")
                         .arg(name())
                         .arg(bytes.size())
                         .arg(why));
    };
    if (socket.write(bytes) != bytes.size())
        throw lost(socket.errorString());
    while (socket.bytesToWrite() > 0)
        if (!socket.waitForBytesWritten(m_timeoutMs))
            throw lost(
                socket.state() == QAbstractSocket::ConnectedState
                    ? tr("it took nothing for %1 s (out of paper, cover open?)").arg(m_timeoutMs / 1000.0)
                    : socket.errorString());
    // Written is not received: wait until the printer has acknowledged the last byte, as long as it
    // keeps taking some (a printer feeding labels reads slowly; one that stops is stuck).
    QElapsedTimer idle;
    idle.start();
    int last = -1;
    // Asked often at first (a label to a printer on the LAN is acknowledged within a millisecond),
    // then less often while a slow printer feeds labels.
    unsigned long restUs = 20;
    for (;;) {
        const Outstanding o = outstanding(socket.socketDescriptor());
        if (o.error)
            throw lost(QString::fromLocal8Bit(std::strerror(o.error)));
        if (o.bytes == 0)
            break;
        if (o.bytes != last) {
            last = o.bytes;
            idle.restart();
        } else if (idle.hasExpired(m_timeoutMs)) {
            throw lost(tr("%1 bytes still waiting after %2 s (out of paper, cover open?)")
                           .arg(o.bytes)
                           .arg(m_timeoutMs / 1000.0));
        }
        QThread::usleep(restUs);
        restUs = std::min(restUs * 2, 2000ul);
    }
    // Every byte is the printer's: close (FIN) without waiting for the printer to close its end,
    // which only tells us it finished reading. Anything it said back is read first, or the close
    // would be a reset that may cost it what it has not read yet.
    socket.readAll();
    socket.disconnectFromHost();
}
