#pragma once

#include <QObject>
#include <QTimer>

class Database;

// Polls SQLite's PRAGMA data_version (a cheap read) and says when another connection
// committed, so status counts and lists follow what other stations do.
class DatabaseWatcher : public QObject {
    Q_OBJECT
public:
    explicit DatabaseWatcher(Database &database, int intervalMs = 1000, QObject *parent = nullptr);
    void poll();

signals:
    void changed();

private:
    Database &m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};
