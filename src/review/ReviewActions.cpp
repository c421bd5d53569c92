#include "ReviewActions.h"

#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/StageMachine.h"
#include "review/GiftRules.h"

#include <QCoreApplication>
#include <functional>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewActions", text);
}

constexpr int kChunk = 500;

struct Current {
    Stage stage;
    std::optional<Stage> heldFrom;
    QString orderNo;
};

std::optional<Current> current(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = Sql::run(
        db, QStringLiteral("SELECT stage, held_from_stage, platform_order_no FROM orders WHERE id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    const auto stage = Stages::fromCode(q.value(0).toString());
    if (!stage)
        return std::nullopt;
    return Current{*stage, Stages::fromCode(q.value(1).toString()), q.value(2).toString()};
}

// Decides the move for one order (or why not) and applies it; chunks share a transaction.
using Decide = std::function<std::optional<StageChange>(qint64 id, const Current &c, QString &why)>;

// afterMove runs in the same transaction once an order has moved (gifts at approve).
BulkResult forEach(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids, const Decide &decide,
                   const std::function<void(qint64 id)> &afterMove = {})
{
    BulkResult result;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        Transaction tx(db);
        for (qsizetype i = start; i < std::min(ids.size(), start + kChunk); ++i) {
            const qint64 id = ids.at(i);
            const auto c = current(db, id);
            if (!c) {
                result.refused << qMakePair(
                    id, QCoreApplication::translate("ReviewActions", "Order %1 does not exist.").arg(id));
                continue;
            }
            QString why;
            const auto change = decide(id, *c, why);
            const Result<> r = change ? StageMachine::apply(db, actor, *change) : Result<>::failure(why);
            if (r) {
                if (afterMove)
                    afterMove(id);
                ++result.done;
            } else
                result.refused << qMakePair(
                    id, QCoreApplication::translate("ReviewActions", "%1: %2").arg(c->orderNo, r.message));
        }
        tx.commit();
    }
    return result;
}
} // namespace

BulkResult ReviewActions::approve(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids)
{
    return forEach(
        db, actor, ids,
        [](qint64 id, const Current &c, QString &why) -> std::optional<StageChange> {
            if (c.stage != Stage::Imported && c.stage != Stage::OutOfStock) {
                why = tr("only orders waiting for review are approved (it is %1).")
                          .arg(Stages::displayName(c.stage));
                return std::nullopt;
            }
            return StageChange{id, c.stage, Stage::Reviewed, {}, {}};
        },
        [&](qint64 id) { GiftRules::apply(db, actor, id); }); // gift lines by rule, with stock
}

BulkResult ReviewActions::hold(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids,
                               const QString &reason)
{
    return forEach(db, actor, ids, [&](qint64 id, const Current &c, QString &) -> std::optional<StageChange> {
        return StageChange{id, c.stage, Stage::OnHold, reason, {}};
    });
}

BulkResult ReviewActions::release(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids,
                                  const QString &reason)
{
    return forEach(db, actor, ids,
                   [&reason](qint64 id, const Current &c, QString &why) -> std::optional<StageChange> {
                       if (c.stage != Stage::OnHold || !c.heldFrom) {
                           why = tr("it is not on hold.");
                           return std::nullopt;
                       }
                       return StageChange{id, Stage::OnHold, *c.heldFrom, reason.trimmed(), {}};
                   });
}

namespace {
std::optional<StageChange> decideCancel(qint64 id, const Current &c, const QString &reason, QString &why)
{
    const Stage effective = (c.stage == Stage::OnHold && c.heldFrom) ? *c.heldFrom : c.stage;
    if (Stages::isWarehouseOwned(effective) || Stages::isFinal(effective)) {
        why = tr("it is %1: only orders not yet submitted are cancelled here.")
                  .arg(Stages::displayName(c.stage));
        return std::nullopt;
    }
    return StageChange{id, c.stage, Stage::Cancelled, reason, {}};
}
} // namespace

BulkResult ReviewActions::cancel(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids,
                                 const QString &reason)
{
    return forEach(db, actor, ids, [&](qint64 id, const Current &c, QString &why) {
        return decideCancel(id, c, reason, why);
    });
}

BulkResult ReviewActions::checkCancel(const QSqlDatabase &db, const QList<qint64> &ids)
{
    BulkResult result;
    for (qint64 id : ids) {
        const auto c = current(db, id);
        QString why = QCoreApplication::translate("ReviewActions", "Order %1 does not exist.").arg(id);
        if (c && decideCancel(id, *c, QString(), why))
            ++result.done;
        else
            result.refused << qMakePair(
                id, c ? QCoreApplication::translate("ReviewActions", "%1: %2").arg(c->orderNo, why) : why);
    }
    return result;
}
