#pragma once

#include <QByteArray>
#include <QList>
#include <atomic>
#include <mutex>
#include <thread>

// A label printer on a TCP port of 127.0.0.1, for CUPS's socket:// backend: each connection is one
// CUPS job's document. It reads the whole document, "prints" it at labelsPerSecond (0: at once)
// and only then closes the connection (the backend waits for that before the job completes), and
// keeps what it received. It can stall (stop reading and printing: a jam) or vanish (stop listening
// and drop what it is holding: switched off), and come back.
class FakeLabelPrinter {
public:
    explicit FakeLabelPrinter(double labelsPerSecond = 0);
    ~FakeLabelPrinter();
    quint16 port() const { return m_port; }
    bool isListening() const { return m_listening >= 0; }

    QList<QByteArray> documents() const;             // whole documents printed, in order
    int labels() const;                              // labels over all documents printed
    static int labelsIn(const QByteArray &document); // PDF pages, TSPL PRINTs or ZPL ^XZs
    static int pdfPages(const QByteArray &pdf);

    void setStalled(bool stalled) { m_stalled = stalled; }
    void vanish();   // closes its port and drops the document it holds, unprinted (line reset)
    bool comeBack(); // listens on the same port again

private:
    void serve();
    bool listen();
    bool printOne(int connection); // false when dropped

    double m_rate;
    quint16 m_port = 0;
    int m_listening = -1;
    std::atomic<bool> m_stalled{false}, m_stop{false}, m_gone{false};
    mutable std::mutex m_lock;
    QList<QByteArray> m_documents;
    std::thread m_thread;
};
