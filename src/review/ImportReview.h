#pragma once

#include "RuleEngine.h"

#include <QSqlDatabase>

// The review rules owed to imports. An import run that created or changed orders is marked
// rules_pending in its own transaction (with the watermarks that say which orders it touched);
// the rules run over those orders and clear the mark in the transaction that stores their flags.
// A kill between the two, or a database busy for longer than the retries, leaves the mark: the
// next import, `packline review` or GUI start runs what is owed. Called where imports are driven
// (the import command, the GUI's import worker); intake only sets the mark.
class ImportReview {
public:
    explicit ImportReview(const QSqlDatabase &db);
    // Orders checked of the run's total, now and then while the rules run.
    void onProgress(RuleEngine::Progress progress) { m_progress = std::move(progress); }
    // Set from another thread: the rules stop after the batch they are writing and stay owed (the
    // mark is kept; what they wrote so far is kept too, and the next run puts the rest right).
    void setStopFlag(const std::atomic_bool *stop) { m_stop = stop; }
    // The rules owed to one import run; nothing when they ran already (or nothing was imported).
    // A busy database is waited out a few times before this throws, the mark still set.
    RuleRunSummary afterImport(const Actor &actor, qint64 runId);
    // Every import run still owed its rules, oldest first (each as afterImport); runs: how many.
    RuleRunSummary runPending(const Actor &actor, int *runs = nullptr);
    // Import runs whose rules are still owed.
    static QList<qint64> pendingRuns(const QSqlDatabase &db);
    // Clears the marks of runs (inside the caller's transaction): a full rule run covered them.
    static void markDone(const QSqlDatabase &db, const QList<qint64> &runIds);

private:
    RuleRunSummary runOnce(const Actor &actor, qint64 runId);

    QSqlDatabase m_db;
    RuleEngine::Progress m_progress;
    const std::atomic_bool *m_stop = nullptr;
};
