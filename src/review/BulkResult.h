#pragma once

#include <QList>
#include <QPair>
#include <QString>

// What a bulk action did: how many orders it changed and why the others were refused.
struct BulkResult {
    int done = 0;
    QList<QPair<qint64, QString>> refused; // order id, reason a person reads

    int total() const { return done + int(refused.size()); }
    // "3 refused: 12: …; 15: …" (first few), or empty.
    QString refusalSummary(int max = 5) const;
};
