#pragma once

#include "RawPort.h"

// A network label printer's raw port (JetDirect, usually 9100). Each send is its own connection:
// connect, write everything, wait until the printer's TCP stack has acknowledged every byte,
// close cleanly. There is no spooler to ask, so that acknowledgement is what "done" means.
class SocketPort : public RawPort {
public:
    SocketPort(const QString &host, quint16 port, int timeoutMs = 5000);
    QString name() const override;
    void send(const QByteArray &bytes) override;

private:
    QString m_host;
    quint16 m_port;
    int m_timeoutMs; // to connect, and for the printer to take each part of the stream
};
