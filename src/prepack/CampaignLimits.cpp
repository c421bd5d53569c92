#include "CampaignLimits.h"

#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QHash>
#include <QJsonObject>

namespace {
struct Written {
    int previous = 0;
    int written = 0;
};

void writeLimit(const QSqlDatabase &db, const Actor &actor, qint64 skuId, int from, int to,
                const QString &why)
{
    Sql::run(db, QStringLiteral("UPDATE skus SET purchase_limit = ?, updated_at = ? WHERE id = ?"),
             {to, Clock::nowText(), skuId});
    AuditLog::record(db, actor, QStringLiteral("sku"), skuId, QStringLiteral("purchase_limit"),
                     {{QStringLiteral("purchase_limit"), from}},
                     {{QStringLiteral("purchase_limit"), to}, {QStringLiteral("by"), why}});
}
} // namespace

int CampaignLimits::apply(const QSqlDatabase &db, const Actor &actor)
{
    const QString now = Clock::nowText();
    QHash<qint64, int> wanted; // SKU → limit its active campaigns set
    QSqlQuery active =
        Sql::run(db,
                 QStringLiteral("SELECT cs.sku_id, MIN(cs.purchase_limit) FROM campaign_skus cs "
                                "JOIN campaigns c ON c.id = cs.campaign_id WHERE c.starts_at <= ? "
                                "AND c.ends_at > ? AND cs.purchase_limit > 0 GROUP BY cs.sku_id"),
                 {now, now});
    while (active.next())
        wanted.insert(active.value(0).toLongLong(), active.value(1).toInt());

    QHash<qint64, Written> written;
    QHash<qint64, int> current;
    QSqlQuery rows =
        Sql::run(db, QStringLiteral("SELECT w.sku_id, w.previous_limit, w.written_limit, s.purchase_limit "
                                    "FROM prepack_limit_writes w JOIN skus s ON s.id = w.sku_id"));
    while (rows.next()) {
        const qint64 sku = rows.value(0).toLongLong();
        written.insert(sku, Written{rows.value(1).toInt(), rows.value(2).toInt()});
        current.insert(sku, rows.value(3).toInt());
    }

    int changed = 0;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const qint64 sku = it.key();
        const int limit = it.value();
        int before = 0;
        if (written.contains(sku)) {
            before = current.value(sku);
            Sql::run(
                db,
                QStringLiteral(
                    "UPDATE prepack_limit_writes SET written_limit = ?, written_at = ? WHERE sku_id = ?"),
                {limit, now, sku});
        } else {
            before = Sql::scalar(db, QStringLiteral("SELECT purchase_limit FROM skus WHERE id = ?"), {sku})
                         .toInt();
            Sql::run(
                db,
                QStringLiteral(
                    "INSERT INTO prepack_limit_writes (sku_id, previous_limit, written_limit, written_at) "
                    "VALUES (?, ?, ?, ?)"),
                {sku, before, limit, now});
        }
        if (before != limit) {
            writeLimit(db, actor, sku, before, limit, QStringLiteral("campaign"));
            ++changed;
        }
    }
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        const qint64 sku = it.key();
        if (wanted.contains(sku))
            continue;
        const int cur = current.value(sku);
        if (cur == it->written && cur != it->previous) { // nobody touched it since: put back what was there
            writeLimit(db, actor, sku, cur, it->previous, QStringLiteral("campaign_end"));
            ++changed;
        }
        Sql::run(db, QStringLiteral("DELETE FROM prepack_limit_writes WHERE sku_id = ?"), {sku});
    }
    return changed;
}

int CampaignLimits::sync(const QSqlDatabase &db, const Actor &actor)
{
    return Transaction::run(db, [&](Transaction &tx) {
        const int changed = apply(db, actor);
        tx.commit();
        return changed;
    });
}
