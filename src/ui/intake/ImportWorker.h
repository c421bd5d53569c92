#pragma once

#include "base/Actor.h"
#include "intake/OrderImport.h"

#include <QObject>
#include <atomic>

// Runs imports off the UI thread on its own Database connection (a QSqlDatabase never
// crosses threads). Lives in a QThread; start() is queued into it.
class ImportWorker : public QObject {
    Q_OBJECT
public:
    ImportWorker(const QString &databasePath, const Actor &actor);
    // Thread-safe: the import in progress rolls back and nothing of it is kept.
    void cancel() { m_cancel = true; }
    // The shop name given is a new shop: make it (set before start()).
    void setNewShopAllowed(bool allowed) { m_newShopAllowed = allowed; }

public slots:
    void start(const QList<ImportUnit> &units, const QString &shop);

signals:
    void progress(qint64 done, qint64 total, qint64 rows);
    void unitStarted(int index);
    void finished(const QList<ImportOutcome> &outcomes);

private:
    QString m_path;
    Actor m_actor;
    std::atomic_bool m_cancel = false;
    bool m_newShopAllowed = false;
};

Q_DECLARE_METATYPE(QList<ImportUnit>)
Q_DECLARE_METATYPE(QList<ImportOutcome>)
