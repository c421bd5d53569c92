#include "BuyerContacts.h"

#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>

Result<> BuyerContacts::record(const QSqlDatabase &db, const Actor &actor, qint64 orderId, ContactKind kind,
                               Channel channel, const QString &message, const QString &batchFile)
{
    const QString now = Clock::nowText();
    QSqlQuery insert =
        Sql::run(db,
                 QStringLiteral("INSERT INTO buyer_contacts (order_id, kind, channel, message, batch_file, "
                                "operator, station, at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id, kind) DO NOTHING"),
                 {orderId, ContactKinds::code(kind), Channels::code(channel), Sql::text(message),
                  Sql::text(batchFile), actor.operatorName, actor.station, now});
    if (insert.numRowsAffected() != 1) {
        QSqlQuery who = Sql::run(db,
                                 QStringLiteral("SELECT operator, at, channel FROM buyer_contacts "
                                                "WHERE order_id = ? AND kind = ?"),
                                 {orderId, ContactKinds::code(kind)});
        who.next();
        const QString channelName =
            Channels::displayName(Channels::fromCode(who.value(2).toString()).value_or(Channel::Sms));
        return Result<>::failure(QCoreApplication::translate(
                                     "BuyerContacts", "Already contacted: %1 sent the %2 by %3 at %4 (UTC).")
                                     .arg(who.value(0).toString(), ContactKinds::displayName(kind),
                                          channelName, who.value(1).toString()));
    }
    AuditLog::record(db, actor, QStringLiteral("order"), orderId, QStringLiteral("contact"), {},
                     {{QStringLiteral("kind"), ContactKinds::code(kind)},
                      {QStringLiteral("channel"), Channels::code(channel)},
                      {QStringLiteral("batch_file"), batchFile}});
    return Result<>::success();
}

Result<> BuyerContacts::recordNow(const QSqlDatabase &db, const Actor &actor, qint64 orderId,
                                  ContactKind kind, Channel channel, const QString &message)
{
    return Transaction::run(db, [&](Transaction &tx) {
        Result<> r = record(db, actor, orderId, kind, channel, message);
        if (r)
            tx.commit();
        return r;
    });
}
