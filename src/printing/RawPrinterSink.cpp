#include "RawPrinterSink.h"

#include <QThread>
#include <algorithm>

RawPrinterSink::RawPrinterSink(const ThermalSettings &settings)
    : RawPrinterSink(settings, RawPort::open(settings.printer))
{
}

RawPrinterSink::RawPrinterSink(const ThermalSettings &settings, std::unique_ptr<RawPort> port)
    : m_stream(settings)
    , m_port(std::move(port))
{
}

RawPrinterSink::~RawPrinterSink()
{
    stop();
}

void RawPrinterSink::start()
{
    // One renderer per core (the sender mostly waits on the printer), at most four.
    const int workers = std::clamp(QThread::idealThreadCount(), 1, 4);
    m_ahead = 2 * workers + 2;
    for (int i = 0; i < workers; ++i)
        m_workers.emplace_back([this] { renderLabels(); });
    m_sender = std::thread([this] { sendLabels(); });
}

void RawPrinterSink::printPage(qint64 pageId, int attempt, const LabelRenderer &renderer,
                               const PrintData &data)
{
    Q_UNUSED(attempt);
    if (m_sender.joinable() == false)
        start();
    std::unique_lock lock(m_lock);
    m_changed.wait(lock, [&] { return m_failure || qsizetype(m_labels.size()) < m_ahead; });
    throwFailure();
    m_labels.push_back(Label{pageId, &renderer, data, false, false, {}, {}});
    lock.unlock();
    m_changed.notify_all();
}

void RawPrinterSink::renderLabels()
{
    for (;;) {
        std::unique_lock lock(m_lock);
        Label *label = nullptr;
        m_changed.wait(lock, [&] {
            if (m_closing || m_failure)
                return true;
            const auto it =
                std::find_if(m_labels.begin(), m_labels.end(), [](const Label &l) { return !l.taken; });
            label = it == m_labels.end() ? nullptr : &*it;
            return label != nullptr;
        });
        if (!label)
            return;          // closing, or sending stopped at a failure
        label->taken = true; // a deque keeps its elements where they are while the sender pops others
        const LabelRenderer *renderer = label->renderer;
        const PrintData data = label->data;
        lock.unlock();
        QByteArray bytes;
        QString error;
        try {
            // A label the self-check refuses throws here: it is never sent.
            bytes = m_stream.page(*renderer, data);
        } catch (const Error &e) {
            error = e.message();
        }
        lock.lock();
        label->bytes = std::move(bytes);
        label->error = error;
        label->rendered = true;
        lock.unlock();
        m_changed.notify_all();
    }
}

void RawPrinterSink::sendLabels()
{
    for (;;) {
        std::unique_lock lock(m_lock);
        m_changed.wait(
            lock, [&] { return m_failure || m_closing || (!m_labels.empty() && m_labels.front().rendered); });
        if (m_failure || m_closing)
            return; // finish() closes once every label went out; a destructor drops the rest
        Label &label = m_labels.front();
        const qint64 pageId = label.pageId;
        QString error = label.error;
        const QByteArray bytes = std::move(label.bytes);
        lock.unlock();
        if (error.isEmpty()) {
            try {
                m_port->send(bytes); // returns once the printer has every byte
            } catch (const Error &e) {
                error = e.message();
            }
        }
        lock.lock();
        if (error.isEmpty()) {
            m_delivered << pageId;
            m_labels.pop_front();
        } else {
            m_failure = PageFailure(pageId, error); // nothing after it goes out
        }
        lock.unlock();
        m_changed.notify_all();
    }
}

void RawPrinterSink::throwFailure()
{
    if (m_failure)
        throw *m_failure;
}

void RawPrinterSink::finish()
{
    {
        std::unique_lock lock(m_lock);
        m_changed.wait(lock, [&] { return m_failure || m_labels.empty(); });
    }
    stop();
    std::lock_guard lock(m_lock);
    throwFailure();
}

void RawPrinterSink::stop()
{
    {
        std::lock_guard lock(m_lock);
        m_closing = true;
    }
    m_changed.notify_all();
    for (std::thread &t : m_workers)
        t.join();
    m_workers.clear();
    if (m_sender.joinable())
        m_sender.join();
    std::lock_guard lock(m_lock);
    // Ready for another run (a failed job resumed on the same sink): the failure stays to be read.
    m_labels.clear();
    m_closing = false;
}

QList<qint64> RawPrinterSink::takeDelivered()
{
    std::lock_guard lock(m_lock);
    return std::exchange(m_delivered, {});
}
