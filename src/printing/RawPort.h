#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

// A printer's own port, written to with no spooler in between: a network printer's raw port
// (socket://host:9100) or a device file (device:/dev/usb/lp0).
class RawPort {
public:
    virtual ~RawPort() = default;
    virtual QString name() const = 0;
    // Returns once every byte reached the printer; throws Error with the reason in words.
    virtual void send(const QByteArray &bytes) = 0;

    // "socket://host[:port]" (9100 when none) or "device:/path"; throws Error for anything else.
    static std::unique_ptr<RawPort> open(const QString &printer);
    static bool isRaw(const QString &printer);
};
