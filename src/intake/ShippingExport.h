#pragma once

#include "base/Actor.h"
#include "db/OutputFile.h"

#include <QSqlDatabase>
#include <QString>

struct ShippingExportResult {
    int rows = 0;
    int marked = 0;       // moved to SyncedBack (only with markSynced)
    QStringList problems; // orders left out (no tracking number, unknown courier) and why
};

struct SyncConfirmation {
    int marked = 0;
    int alreadySynced = 0;
    QStringList problems; // numbers in the file that are not Shipped orders here, and why
};

// The Taobao bulk-shipping upload (批量发货): GBK CSV "订单编号,物流公司,运单号" for orders that
// are Shipped and not yet synced back, order numbers written as text. Courier names are the
// platform's spelling from the couriers table. Marking them SyncedBack is a separate step the
// person confirms after the upload worked, so a failed upload can be written again.
namespace ShippingExport {
// since: UTC text; only orders shipped (stage changed) at or after it; empty: all of them. Throws Error when
// the file cannot be written (nothing is marked then); markSynced moves the written orders to SyncedBack in
// one transaction, once the file is complete. The file is an OutputFile: never over a database.
ShippingExportResult write(const QSqlDatabase &db, const Actor &actor, const QString &platform,
                           const QString &path, const QString &since, bool markSynced,
                           OutputFile::Overwrite overwrite = OutputFile::Overwrite::RefuseDatabases);

// After the upload of `path` worked: moves exactly the orders listed in that file (still Shipped)
// to SyncedBack, in one transaction; orders shipped after the file was written stay Shipped, so
// they go into the next upload. Throws Error when the file cannot be read or is not an upload file.
SyncConfirmation confirmUploaded(const QSqlDatabase &db, const Actor &actor, const QString &platform,
                                 const QString &path);
} // namespace ShippingExport
