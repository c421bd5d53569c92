#include "StockAdjustments.h"

#include "StockLedger.h"
#include "StockLimits.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StockAdjustments", text);
}

int onHand(const QSqlDatabase &db, qint64 skuId)
{
    return Sql::scalar(db, QStringLiteral("SELECT on_hand FROM stock_levels WHERE sku_id = ?"), {skuId})
        .toInt();
}
} // namespace

QList<AdjustReason> StockAdjustments::reasons()
{
    return {AdjustReason::Received,        AdjustReason::Damaged,  AdjustReason::Found, AdjustReason::Lost,
            AdjustReason::CountCorrection, AdjustReason::Returned, AdjustReason::Other};
}

QString StockAdjustments::code(AdjustReason reason)
{
    switch (reason) {
    case AdjustReason::Received:
        return QStringLiteral("received");
    case AdjustReason::Damaged:
        return QStringLiteral("damaged");
    case AdjustReason::Found:
        return QStringLiteral("found");
    case AdjustReason::Lost:
        return QStringLiteral("lost");
    case AdjustReason::CountCorrection:
        return QStringLiteral("count");
    case AdjustReason::Returned:
        return QStringLiteral("returned");
    case AdjustReason::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString StockAdjustments::displayName(AdjustReason reason)
{
    switch (reason) {
    case AdjustReason::Received:
        return tr("Received");
    case AdjustReason::Damaged:
        return tr("Damaged");
    case AdjustReason::Found:
        return tr("Found");
    case AdjustReason::Lost:
        return tr("Lost");
    case AdjustReason::CountCorrection:
        return tr("Count correction");
    case AdjustReason::Returned:
        return tr("Returned");
    case AdjustReason::Other:
        return tr("Other");
    }
    return {};
}

std::optional<AdjustReason> StockAdjustments::fromCode(const QString &text)
{
    for (AdjustReason r : reasons())
        if (code(r) == text)
            return r;
    return std::nullopt;
}

int StockAdjustments::sign(AdjustReason reason)
{
    switch (reason) {
    case AdjustReason::Received:
    case AdjustReason::Found:
    case AdjustReason::Returned:
        return 1;
    case AdjustReason::Damaged:
    case AdjustReason::Lost:
        return -1;
    case AdjustReason::CountCorrection:
    case AdjustReason::Other:
        return 0;
    }
    return 0;
}

Result<> StockAdjustments::check(const QSqlDatabase &db, const Adjustment &a)
{
    if (a.delta == 0)
        return Result<>::failure(tr("The quantity is zero: nothing to adjust."));
    const int s = sign(a.reason);
    if (s > 0 && a.delta < 0)
        return Result<>::failure(
            tr("\"%1\" adds stock: the quantity must be positive.").arg(displayName(a.reason)));
    if (s < 0 && a.delta > 0)
        return Result<>::failure(
            tr("\"%1\" removes stock: the quantity must be negative.").arg(displayName(a.reason)));
    if (a.delta < -StockLimits::kMaxMove || a.delta > StockLimits::kMaxMove)
        return Result<>::failure(tr("%1 units in one adjustment is over the limit of %2.")
                                     .arg(a.delta)
                                     .arg(StockLimits::kMaxMove));
    if (a.reason == AdjustReason::Other && a.note.trimmed().isEmpty())
        return Result<>::failure(tr("\"Other\" needs a note saying why."));
    if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM skus WHERE id = ?"), {a.skuId}).isValid())
        return Result<>::failure(tr("SKU #%1 does not exist.").arg(a.skuId));
    return Result<>::success();
}

void StockAdjustments::post(const QSqlDatabase &db, const Actor &actor, const Adjustment &a)
{
    const Result<> ok = check(db, a);
    if (!ok)
        throw Error(ok.message);
    const int before = onHand(db, a.skuId);
    StockMove move{a.skuId, StockBucket::OnHand, a.delta, code(a.reason), a.ref, a.note.trimmed()};
    if (a.delta < 0)
        move.guards = StockGuard::KeepFree | StockGuard::KeepLoose;
    StockLedger::post(db, actor, move);
    AuditLog::record(db, actor, QStringLiteral("stock"), a.skuId, QStringLiteral("adjust"),
                     {{QStringLiteral("on_hand"), before}},
                     {{QStringLiteral("on_hand"), before + a.delta},
                      {QStringLiteral("delta"), a.delta},
                      {QStringLiteral("reason"), code(a.reason)},
                      {QStringLiteral("note"), a.note.trimmed()},
                      {QStringLiteral("ref"), a.ref}});
}

Result<> StockAdjustments::adjust(const QSqlDatabase &db, const Actor &actor, const Adjustment &adjustment)
{
    return adjustAll(db, actor, {adjustment});
}

Result<> StockAdjustments::adjustAll(const QSqlDatabase &db, const Actor &actor,
                                     const QList<Adjustment> &adjustments)
{
    try {
        Transaction::run(db, [&](Transaction &tx) {
            for (const Adjustment &a : adjustments)
                post(db, actor, a);
            tx.commit();
        });
    } catch (const Error &e) {
        return Result<>::failure(e.message());
    }
    return Result<>::success();
}
