#include "DevicePort.h"

#include "base/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DevicePort", text);
}
} // namespace

void DevicePort::send(const QByteArray &bytes)
{
    QFile device(m_path);
    // A regular file standing in for a printer (tests, a capture) keeps every label: append.
    const QIODevice::OpenMode append = QFileInfo(m_path).isFile() ? QIODevice::Append : QIODevice::NotOpen;
    if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered | append))
        throw Error(tr("Cannot open the printer %1: %2").arg(name(), device.errorString()));
    qsizetype written = 0;
    while (written < bytes.size()) {
        const qint64 n = device.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            throw Error(tr("The printer %1 took %2 of %3 bytes: %4")
                            .arg(name())
                            .arg(written)
                            .arg(bytes.size())
                            .arg(device.errorString()));
        written += n;
    }
    if (!device.flush())
        throw Error(tr("The printer %1 did not take the label: %2").arg(name(), device.errorString()));
    // A character device cannot be synced (EINVAL): its write() already handed the bytes over.
    if (::fsync(device.handle()) != 0 && errno != EINVAL && errno != EROFS && errno != ENOTSUP)
        throw Error(tr("The printer %1 did not take the label: %2")
                        .arg(name(), QString::fromLocal8Bit(strerror(errno))));
    device.close();
}
