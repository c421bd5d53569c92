#pragma once

#include <QString>
#include <QStringList>

// Writes a synthetic Taobao export pair (order report + item report) of any size, streaming,
// with the full 34-column header, quoted messages, ="…" order numbers and about 1.4 lines per
// order. Used by the kill-mid-import test and the import benchmark.
struct ExportGenerator {
    qint64 orders = 1000;
    bool gbk = true;
    quint32 seed = 1;
    QStringList skuCodes; // outer codes to use (unknown ones are fine)

    // Returns the number of item rows written.
    qint64 write(const QString &orderPath, const QString &itemPath) const;
};
