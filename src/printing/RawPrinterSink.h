#pragma once

#include "PageSink.h"
#include "RawPort.h"
#include "ThermalStream.h"

// A label printer Packline talks to directly, with no spooler: "socket://host:9100" or
// "device:/dev/usb/lp0". Each page is rendered at the printer's dpi, read back by the self-check,
// encoded in the printer's language (its ThermalSettings) and written to the port.
// "done" here means the bytes reached the printer (its TCP stack acknowledged them, or the device
// took them): there is no spooler to ask whether the label came out.
class RawPrinterSink : public PageSink {
public:
    // Throws Error when the address or the settings are wrong.
    explicit RawPrinterSink(const ThermalSettings &settings);
    RawPrinterSink(const ThermalSettings &settings, std::unique_ptr<RawPort> port);
    QString name() const override { return m_port->name(); }
    void printPage(qint64 pageId, int attempt, const LabelRenderer &renderer, const PrintData &data) override;
    ThermalStream &stream() { return m_stream; }

private:
    ThermalStream m_stream;
    std::unique_ptr<RawPort> m_port;
};
