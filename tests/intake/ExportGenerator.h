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
    // The shape of a real peak-day export (issue 16) instead of a friendly one: 10% unpaid, 5%
    // closed, 5% already shipped; about 18% of item lines without 商家编码 and 12% with outer codes
    // no catalog knows (a pool of 40 new listings); landlines, masked phones, four-level and
    // municipality addresses, multi-line messages; and four malformed rows (a bad amount, a cut-off
    // row, an unknown status, an item line with a bad quantity).
    bool realistic = false;

    // Returns the number of item rows written.
    qint64 write(const QString &orderPath, const QString &itemPath) const;
};
