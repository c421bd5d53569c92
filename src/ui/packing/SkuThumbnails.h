#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>

// SKU pictures for the pack station's lines, loaded off the GUI thread so a scan never waits on a
// disk or a network share: the first look-up starts the load and returns nothing; ready() says
// when the thumbnail is there. Every path is read once per session (a missing or unreadable file
// is remembered as "no picture", without an error: many SKUs simply have none).
class SkuThumbnails : public QObject {
    Q_OBJECT
public:
    explicit SkuThumbnails(QSize size, QObject *parent = nullptr);

    // Relative paths are taken from this folder (the database's, where a shop keeps its images).
    void setBaseDir(const QString &dir) { m_baseDir = dir; }
    QSize size() const { return m_size; }
    // The thumbnail when loaded; a null image while loading or when there is none.
    QImage thumbnail(const QString &path);
    bool isPending(const QString &path) const { return m_pending.contains(path); }

signals:
    void ready(const QString &path);

private:
    void store(const QString &path, const QImage &image);

    QSize m_size;
    QString m_baseDir;
    QHash<QString, QImage> m_cache; // null image: no picture
    QSet<QString> m_pending;
};
