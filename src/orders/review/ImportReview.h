#pragma once

#include "RuleEngine.h"

#include <QSqlDatabase>

// The review rules run on import: made just before an import unit runs, afterImport() runs the
// rules over the orders that unit created or changed once it has committed, so a flash-sale
// repeat or a missing address is flagged before anyone opens the queue. Called where imports
// are driven (the import command, the GUI's import worker); intake itself knows nothing of it.
class ImportReview {
public:
    explicit ImportReview(const QSqlDatabase &db);
    // runId: the unit's import_runs row (0 when nothing was imported). New orders carry the run's
    // id and come after the last order before; changed ones have audit rows written since
    // (an edit, a refund, paid at last), found from the audit rows after the last one before.
    RuleRunSummary afterImport(const Actor &actor, qint64 runId);

private:
    QSqlDatabase m_db;
    qint64 m_lastOrderBefore = 0;
    qint64 m_lastAuditBefore = 0;
};
