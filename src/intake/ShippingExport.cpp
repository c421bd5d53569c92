#include "ShippingExport.h"

#include "CsvSource.h"
#include "FieldText.h"
#include "base/Error.h"
#include "csv/Csv.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/StageMachine.h"

#include <QCoreApplication>
#include <optional>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ShippingExport", text);
}
} // namespace

ShippingExportResult ShippingExport::write(const QSqlDatabase &db, const Actor &actor,
                                           const QString &platform, const QString &path, const QString &since,
                                           bool markSynced, OutputFile::Overwrite overwrite)
{
    if (platform != u"taobao")
        throw Error(
            tr("Only the Taobao bulk-shipping file is supported so far (asked for %1).").arg(platform));
    ShippingExportResult result;
    struct Row {
        qint64 id;
        int version;
        QString orderNo, courier, tracking;
    };
    QList<Row> rows;
    // Marking holds the write lock from the read on, so the orders marked are exactly those written.
    std::optional<Transaction> tx;
    if (markSynced)
        tx.emplace(db);
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral("SELECT o.id, o.version, o.platform_order_no, c.name, o.tracking_no, "
                       "o.courier_code FROM orders o LEFT JOIN couriers c ON c.code = o.courier_code "
                       "JOIN shops s ON s.id = o.shop_id "
                       "WHERE o.stage = ? AND s.platform = ? AND o.stage_changed_at >= ? "
                       "ORDER BY o.stage_changed_at, o.id"),
        {Stages::code(Stage::Shipped), platform, since.isEmpty() ? QStringLiteral("") : since});
    while (q.next()) {
        const QString orderNo = q.value(2).toString();
        if (q.value(4).toString().isEmpty()) {
            result.problems << tr("%1: shipped without a tracking number; left out.").arg(orderNo);
            continue;
        }
        if (q.value(3).toString().isEmpty()) {
            result.problems << tr("%1: courier %2 is not in the couriers table; left out.")
                                   .arg(orderNo, q.value(5).toString());
            continue;
        }
        rows << Row{q.value(0).toLongLong(), q.value(1).toInt(), orderNo, q.value(3).toString(),
                    q.value(4).toString()};
    }
    q.finish();

    QString text = QStringLiteral("订单编号,物流公司,运单号\r\n");
    for (const Row &r : rows)
        text += Csv::line({r.orderNo, r.courier, r.tracking});
    // GBK, as the platform's bulk-shipping upload reads it.
    const QByteArray bytes = Csv::encode(text, Csv::Encoding::Gb18030);
    OutputFile::writeWhole(path, db, bytes, overwrite); // throws: then nothing is marked
    result.rows = int(rows.size());

    if (tx) {
        for (const Row &r : rows) {
            const Result<> moved =
                StageMachine::apply(db, actor, {r.id, Stage::Shipped, Stage::SyncedBack, {}, r.version});
            if (!moved)
                throw Error(tr("%1: %2").arg(r.orderNo, moved.message));
            ++result.marked;
        }
        tx->commit();
    }
    return result;
}

SyncConfirmation ShippingExport::confirmUploaded(const QSqlDatabase &db, const Actor &actor,
                                                 const QString &platform, const QString &path)
{
    CsvSource file(path);
    if (file.header().value(0) != u"订单编号")
        throw Error(tr("%1 is not a bulk-shipping upload written by Packline (its first column is not "
                       "订单编号).")
                        .arg(file.fileName()));
    return Transaction::run(db, [&](Transaction &tx) {
        // Run again after a conflict with another station: the file is read again from its first row.
        CsvSource rows(path);
        SyncConfirmation result;
        Sql::Statement byNumber(db, QStringLiteral("SELECT o.id, o.stage, o.version FROM orders o "
                                                   "JOIN shops s ON s.id = o.shop_id "
                                                   "WHERE s.platform = ? AND o.platform_order_no = ?"));
        CsvRecord record;
        while (rows.next(record)) {
            if (record.isBlank())
                continue;
            const QString orderNo = FieldText::numberText(record.fields.value(0));
            QSqlQuery &find = byNumber.run({platform, orderNo});
            if (!find.next()) {
                result.problems
                    << tr("line %1: %2 is not an order of this database.").arg(record.line).arg(orderNo);
                continue;
            }
            const qint64 id = find.value(0).toLongLong();
            const QString code = find.value(1).toString();
            const auto stage = Stages::fromCode(code);
            const int version = find.value(2).toInt();
            find.finish();
            if (stage == Stage::SyncedBack) {
                ++result.alreadySynced;
                continue;
            }
            if (stage != Stage::Shipped) {
                result.problems << tr("line %1: %2 is %3 now, not Shipped; left as it is.")
                                       .arg(record.line)
                                       .arg(orderNo, stage ? Stages::displayName(*stage) : code);
                continue;
            }
            const Result<> moved =
                StageMachine::apply(db, actor, {id, Stage::Shipped, Stage::SyncedBack, {}, version});
            if (!moved)
                throw Error(tr("%1: %2").arg(orderNo, moved.message));
            ++result.marked;
        }
        tx.commit();
        return result;
    });
}
