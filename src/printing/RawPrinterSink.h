#pragma once

#include "PageSink.h"
#include "RawPort.h"
#include "ThermalStream.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

// A label printer Packline talks to directly, with no spooler: "socket://host:9100" or
// "device:/dev/usb/lp0". Each page is rendered at the printer's dpi, read back by the self-check,
// encoded in the printer's language (its ThermalSettings) and written to the port.
// "done" here means the bytes reached the printer (its TCP stack acknowledged them, or the device
// took them): there is no spooler to ask whether the label came out.
//
// Pipelined: printPage() queues the page and returns; labels are rendered on worker threads (one
// per core, a few pages ahead) while a sender thread writes them to the port in page order.
// takeDelivered() hands the runner the pages the printer has taken. The first failure (a label the
// self-check refuses, a printer that stops taking bytes) stops the sending: later calls throw it
// as a PageFailure naming that page, and nothing after it is sent.
class RawPrinterSink : public PageSink {
public:
    // Throws Error when the address or the settings are wrong.
    explicit RawPrinterSink(const ThermalSettings &settings);
    RawPrinterSink(const ThermalSettings &settings, std::unique_ptr<RawPort> port);
    ~RawPrinterSink() override; // pages not sent yet are dropped
    QString name() const override { return m_port->name(); }
    // renderer must outlive finish().
    void printPage(qint64 pageId, int attempt, const LabelRenderer &renderer, const PrintData &data) override;
    // Waits until every queued page reached the printer; throws the first failure as a PageFailure.
    void finish() override;
    bool pipelined() const override { return true; }
    QList<qint64> takeDelivered() override;
    ThermalStream &stream() { return m_stream; }

private:
    struct Label {
        qint64 pageId = 0;
        const LabelRenderer *renderer = nullptr;
        PrintData data;
        bool taken = false;    // a worker renders it
        bool rendered = false; // bytes or error is set
        QByteArray bytes;
        QString error;
    };
    void start();
    void renderLabels(); // a worker thread
    void sendLabels();   // the sender thread
    void stop();
    void throwFailure(); // under m_lock

    ThermalStream m_stream;
    std::unique_ptr<RawPort> m_port;
    int m_ahead = 4; // pages queued before printPage() waits: what a crash can leave 'sent'
    // Shared with the threads, under m_lock.
    std::mutex m_lock;
    std::condition_variable m_changed;
    std::deque<Label> m_labels; // in page order; the front is the next to send
    QList<qint64> m_delivered;
    std::optional<PageFailure> m_failure;
    bool m_closing = false;
    std::vector<std::thread> m_workers;
    std::thread m_sender;
};
