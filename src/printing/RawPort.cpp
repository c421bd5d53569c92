#include "RawPort.h"

#include "DevicePort.h"
#include "SocketPort.h"
#include "base/Error.h"

#include <QCoreApplication>
#include <QUrl>

bool RawPort::isRaw(const QString &printer)
{
    return printer.startsWith(u"socket://") || printer.startsWith(u"device:");
}

std::unique_ptr<RawPort> RawPort::open(const QString &printer)
{
    if (printer.startsWith(u"device:") && printer.size() > 7)
        return std::make_unique<DevicePort>(printer.mid(7));
    const QUrl url(printer, QUrl::StrictMode);
    if (url.scheme() == u"socket" && !url.host().isEmpty() && url.port(9100) > 0)
        return std::make_unique<SocketPort>(url.host(), quint16(url.port(9100)));
    throw Error(QCoreApplication::translate("RawPort",
                                            "'%1' is not a printer address: write socket://HOST:9100 or "
                                            "device:/dev/usb/lp0.")
                    .arg(printer));
}
