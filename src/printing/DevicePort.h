#pragma once

#include "RawPort.h"

// A printer as a device file (/dev/usb/lp0, a parallel port). Opened for each send, written
// whole, flushed and synced where the device allows: a short write is an error.
class DevicePort : public RawPort {
public:
    explicit DevicePort(const QString &path)
        : m_path(path)
    {
    }
    QString name() const override { return QStringLiteral("device:") + m_path; }
    void send(const QByteArray &bytes) override;

private:
    QString m_path;
};
