#pragma once

#include "base/Actor.h"
#include "intake/OrderImport.h"

#include <QObject>
#include <atomic>

// What the review rules after the imports did (the second phase of an import in the window).
struct ImportRulesOutcome {
    qint64 checked = 0;   // orders the rules checked
    qint64 flagged = 0;   // of them, with a flag
    bool stopped = false; // Cancel while they ran: the rest is still owed (the run's mark is kept)
    QString error;        // they failed (a busy database): still owed
};

// Runs imports, then the review rules they are owed, off the UI thread on its own Database
// connection (a QSqlDatabase never crosses threads). Lives in a QThread; start() is queued into it.
class ImportWorker : public QObject {
    Q_OBJECT
public:
    ImportWorker(const QString &databasePath, const Actor &actor);
    // Thread-safe. During an import: it rolls back and nothing of it is kept. During the rules:
    // they stop after the batch they are writing; the committed import stays, its rules owed.
    void cancel() { m_cancel = true; }
    // The shop name given is a new shop: make it (set before start()).
    void setNewShopAllowed(bool allowed) { m_newShopAllowed = allowed; }

public slots:
    void start(const QList<ImportUnit> &units, const QString &shop);

signals:
    void progress(qint64 done, qint64 total, qint64 rows);
    void unitStarted(int index);
    // The review rules of unit index begin; then rulesProgress now and then.
    void rulesStarted(int index);
    void rulesProgress(qint64 done, qint64 total);
    void finished(const QList<ImportOutcome> &outcomes, const ImportRulesOutcome &rules);

private:
    QString m_path;
    Actor m_actor;
    std::atomic_bool m_cancel = false;
    bool m_newShopAllowed = false;
};

Q_DECLARE_METATYPE(QList<ImportUnit>)
Q_DECLARE_METATYPE(QList<ImportOutcome>)
Q_DECLARE_METATYPE(ImportRulesOutcome)
