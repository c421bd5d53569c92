#pragma once

#include "base/Error.h"
#include "db/Database.h"

#include <QSqlDatabase>
#include <QStringList>
#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

// Stations racing on one database: each runs on a thread of its own with a connection of its own
// (the SQLite file or the PostgreSQL server at path), all released at once, so their transactions
// overlap as two computers' would. Returns what each station threw (empty when none did), so a
// test can say "refused in words, never a database error".
inline QStringList raceStations(const QString &path, int stations,
                                const std::function<void(const QSqlDatabase &db, int station)> &work)
{
    std::atomic_int ready = 0;
    std::mutex lock;
    QStringList thrown;
    std::vector<std::thread> threads;
    for (int i = 0; i < stations; ++i) {
        threads.emplace_back([&, i] {
            Database db;
            const bool open = db.open(path);
            ++ready;
            while (ready.load() < stations)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            try {
                if (!open)
                    throw Error(db.error());
                work(db.connection(), i);
            } catch (const Error &e) {
                const std::lock_guard guard(lock);
                thrown << e.message();
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    return thrown;
}
