#include "Stage.h"

#include <QCoreApplication>

namespace {
struct StageInfo {
    Stage stage;
    const char *code;
    const char *name;
};

// QT_TRANSLATE_NOOP keeps the names in the catalog; displayName() translates them.
constexpr StageInfo kStages[] = {
    {Stage::AwaitingPayment, "awaiting_payment", QT_TRANSLATE_NOOP("Stage", "Awaiting payment")},
    {Stage::Imported, "imported", QT_TRANSLATE_NOOP("Stage", "To review")},
    {Stage::Reviewed, "reviewed", QT_TRANSLATE_NOOP("Stage", "Reviewed")},
    {Stage::Submitted, "submitted", QT_TRANSLATE_NOOP("Stage", "Submitted")},
    {Stage::Printed, "printed", QT_TRANSLATE_NOOP("Stage", "Printed")},
    {Stage::Packed, "packed", QT_TRANSLATE_NOOP("Stage", "Packed")},
    {Stage::Shipped, "shipped", QT_TRANSLATE_NOOP("Stage", "Shipped")},
    {Stage::SyncedBack, "synced_back", QT_TRANSLATE_NOOP("Stage", "Synced back")},
    {Stage::OnHold, "on_hold", QT_TRANSLATE_NOOP("Stage", "On hold")},
    {Stage::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Stage", "Cancelled")},
    {Stage::Intercepted, "intercepted", QT_TRANSLATE_NOOP("Stage", "Intercepted")},
    {Stage::OutOfStock, "out_of_stock", QT_TRANSLATE_NOOP("Stage", "Out of stock")},
};

const StageInfo &info(Stage stage)
{
    return kStages[static_cast<int>(stage)];
}
} // namespace

QList<Stage> Stages::all()
{
    QList<Stage> stages;
    for (const StageInfo &s : kStages)
        stages << s.stage;
    return stages;
}

QString Stages::code(Stage stage)
{
    return QLatin1String(info(stage).code);
}

std::optional<Stage> Stages::fromCode(const QString &code)
{
    for (const StageInfo &s : kStages) {
        if (code == QLatin1String(s.code))
            return s.stage;
    }
    return std::nullopt;
}

QString Stages::displayName(Stage stage)
{
    return QCoreApplication::translate("Stage", info(stage).name);
}

bool Stages::isWarehouseOwned(Stage stage)
{
    switch (stage) {
    case Stage::Submitted:
    case Stage::Printed:
    case Stage::Packed:
    case Stage::Shipped:
    case Stage::SyncedBack:
    case Stage::Intercepted:
        return true;
    default:
        return false;
    }
}

bool Stages::isFinal(Stage stage)
{
    return stage == Stage::SyncedBack || stage == Stage::Cancelled;
}

bool Stages::awaitsSubmit(Stage stage)
{
    return stage == Stage::Imported || stage == Stage::Reviewed || stage == Stage::OutOfStock;
}
