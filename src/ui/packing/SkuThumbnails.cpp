#include "ui/packing/SkuThumbnails.h"

#include <QCoreApplication>
#include <QDir>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>

SkuThumbnails::SkuThumbnails(QSize size, QObject *parent)
    : QObject(parent)
    , m_size(size)
{
}

QImage SkuThumbnails::thumbnail(const QString &path)
{
    if (path.isEmpty())
        return {};
    const auto cached = m_cache.constFind(path);
    if (cached != m_cache.constEnd())
        return *cached;
    if (m_pending.contains(path))
        return {};
    m_pending.insert(path);
    const QString file = QDir(m_baseDir).absoluteFilePath(path);
    const QSize size = m_size;
    QPointer<SkuThumbnails> self(this);
    // QImage (unlike QPixmap) may be made on a worker thread. The result goes back through the
    // application object (alive for the whole run), and the pointer is checked on the GUI
    // thread, where the cache could have been deleted meanwhile.
    QThreadPool::globalInstance()->start([self, path, file, size] {
        QImageReader reader(file);
        reader.setAutoTransform(true);
        QImage image = reader.read();
        if (!image.isNull())
            image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, path, image] {
                if (self)
                    self->store(path, image);
            },
            Qt::QueuedConnection);
    });
    return {};
}

void SkuThumbnails::store(const QString &path, const QImage &image)
{
    m_pending.remove(path);
    m_cache.insert(path, image);
    emit ready(path);
}
