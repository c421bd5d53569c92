#include "FakeLabelPrinter.h"

#include <QRegularExpression>
#include <arpa/inet.h>
#include <chrono>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
// Waits up to ms for fd to be readable; false on timeout.
bool readable(int fd, int ms)
{
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, ms) > 0;
}
} // namespace

FakeLabelPrinter::FakeLabelPrinter(double labelsPerSecond)
    : m_rate(labelsPerSecond)
{
    if (listen())
        m_thread = std::thread([this] { serve(); });
}

FakeLabelPrinter::~FakeLabelPrinter()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listening >= 0)
        ::close(m_listening);
}

bool FakeLabelPrinter::listen()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(m_port);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0 || ::listen(fd, 8) != 0) {
        ::close(fd);
        return false;
    }
    socklen_t len = sizeof(addr);
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_listening = fd;
    return true;
}

void FakeLabelPrinter::vanish()
{
    m_gone = true;
}

bool FakeLabelPrinter::comeBack()
{
    if (m_thread.joinable()) {
        m_stop = true;
        m_thread.join();
    }
    if (m_listening >= 0)
        ::close(m_listening);
    m_listening = -1;
    m_stop = m_gone = false;
    if (!listen())
        return false;
    m_thread = std::thread([this] { serve(); });
    return true;
}

void FakeLabelPrinter::serve()
{
    while (!m_stop) {
        if (m_gone) { // switched off: the port closes, nobody answers
            if (m_listening >= 0)
                ::close(m_listening);
            m_listening = -1;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            continue;
        }
        if (m_stalled) { // jammed: not even taking the next job
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            continue;
        }
        if (!readable(m_listening, 50))
            continue;
        const int connection = ::accept(m_listening, nullptr, nullptr);
        if (connection < 0)
            continue;
        printOne(connection);
        ::close(connection);
    }
}

bool FakeLabelPrinter::printOne(int connection)
{
    QByteArray document;
    char buffer[65536];
    bool whole = false;
    while (!whole) {
        if (m_stop)
            return false;
        if (m_gone) { // switched off: what it held is lost, and the backend sees the line reset
            const linger reset{1, 0};
            ::setsockopt(connection, SOL_SOCKET, SO_LINGER, &reset, sizeof(reset));
            return false;
        }
        if (m_stalled || !readable(connection, 50)) {
            std::this_thread::sleep_for(std::chrono::milliseconds(m_stalled ? 50 : 0));
            continue;
        }
        const ssize_t n = ::read(connection, buffer, sizeof(buffer));
        if (n <= 0)
            whole = true; // the backend sent it all
        else
            document.append(buffer, n);
    }
    // Half a document (the backend killed mid-document: CUPS cancelled or stopped the job) prints
    // nothing: a PDF ends with %%EOF, a TSPL stream with its last PRINT, a ZPL one with ^XZ.
    const QByteArray tail = document.trimmed();
    if (!tail.endsWith("%%EOF") && !tail.endsWith("^XZ") &&
        !tail.mid(tail.lastIndexOf('\n') + 1).startsWith("PRINT "))
        return false;
    // Print it: one label after another at the printer's speed; switched off half-way, the
    // document is lost whole (this printer keeps no partial count).
    const int pages = labelsIn(document);
    const auto perLabel =
        m_rate > 0 ? std::chrono::microseconds(qint64(1e6 / m_rate)) : std::chrono::microseconds(0);
    for (int i = 0; i < pages; ++i) {
        while (m_stalled && !m_gone && !m_stop)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (m_gone || m_stop) {
            const linger reset{1, 0};
            ::setsockopt(connection, SOL_SOCKET, SO_LINGER, &reset, sizeof(reset));
            return false;
        }
        std::this_thread::sleep_for(perLabel);
    }
    std::lock_guard lock(m_lock);
    m_documents << document;
    return true;
}

QList<QByteArray> FakeLabelPrinter::documents() const
{
    std::lock_guard lock(m_lock);
    return m_documents;
}

int FakeLabelPrinter::labels() const
{
    int n = 0;
    for (const QByteArray &d : documents())
        n += labelsIn(d);
    return n;
}

int FakeLabelPrinter::labelsIn(const QByteArray &document)
{
    if (document.startsWith("%PDF"))
        return pdfPages(document);
    if (document.contains("^XA"))
        return int(document.count("^XZ"));
    return int(document.count("\nPRINT ") + (document.startsWith("PRINT ") ? 1 : 0)); // TSPL
}

int FakeLabelPrinter::pdfPages(const QByteArray &pdf)
{
    // Page objects, not the /Pages tree node.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}
