#include "RuleWrites.h"

#include "db/DatabaseEngine.h"

RuleWrites::RuleWrites(const QSqlDatabase &db, bool newOrders)
    : m_db(db)
    , m_newOrders(newOrders)
{
}

BulkStatement &RuleWrites::statement(std::unique_ptr<BulkStatement> &slot, const char *sql)
{
    // Prepared on first use: most batches only add flags.
    return BulkStatement::cached(slot, m_db, QString::fromLatin1(sql));
}

void RuleWrites::addFlag(qint64 orderId, const QString &code, const QString &reason)
{
    if (!m_add) {
        const QStringList columns{QStringLiteral("order_id"), QStringLiteral("flag"),
                                  QStringLiteral("reason"), QStringLiteral("source")};
        const DatabaseEngine &engine = DatabaseEngine::of(m_db);
        m_add = m_newOrders ? engine.bulkLoad(m_db, QStringLiteral("order_flags"), columns)
                            : engine.bulkInsertNew(m_db, QStringLiteral("order_flags"), columns,
                                                   {QStringLiteral("order_id"), QStringLiteral("flag")});
    }
    m_add->add({orderId, code, reason, QStringLiteral("rule")});
}

void RuleWrites::finish()
{
    if (m_add)
        m_add->finish();
    m_add.reset();
}

void RuleWrites::rewordFlag(qint64 orderId, const QString &code, const QString &reason)
{
    statement(m_reword,
              "UPDATE order_flags SET reason = ? WHERE order_id = ? AND flag = ? AND source = 'rule'")
        .add(reason)
        .add(orderId)
        .add(code)
        .exec();
}

void RuleWrites::removeFlag(qint64 orderId, const QString &code)
{
    statement(m_remove, "DELETE FROM order_flags WHERE order_id = ? AND flag = ? AND source = 'rule'")
        .add(orderId)
        .add(code)
        .exec();
}

void RuleWrites::setPriority(qint64 orderId, int priority)
{
    statement(m_priority, "UPDATE orders SET priority = ? WHERE id = ?").add(priority).add(orderId).exec();
}

void RuleWrites::setWaveDate(qint64 orderId, const QString &waveDate)
{
    statement(m_wave, "UPDATE orders SET wave_date = ? WHERE id = ?")
        .addNullable(waveDate)
        .add(orderId)
        .exec();
}
