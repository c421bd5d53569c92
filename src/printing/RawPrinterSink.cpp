#include "RawPrinterSink.h"

RawPrinterSink::RawPrinterSink(const ThermalSettings &settings)
    : RawPrinterSink(settings, RawPort::open(settings.printer))
{
}

RawPrinterSink::RawPrinterSink(const ThermalSettings &settings, std::unique_ptr<RawPort> port)
    : m_stream(settings)
    , m_port(std::move(port))
{
}

void RawPrinterSink::printPage(qint64 pageId, int attempt, const LabelRenderer &renderer,
                               const PrintData &data)
{
    Q_UNUSED(pageId);
    Q_UNUSED(attempt);
    // A label the self-check refuses throws here, before a byte is sent.
    m_port->send(m_stream.page(renderer, data));
}
