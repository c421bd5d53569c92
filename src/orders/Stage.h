#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <optional>

// Where an order is in the warehouse. The main line runs Imported → … → SyncedBack;
// the rest are side stages. Stored as the code string (stageCode), never as a number.
enum class Stage {
    AwaitingPayment, // 待付款: imported unpaid, kept apart for payment reminders
    Imported,        // 待审核
    Reviewed,        // 已审核
    Submitted,       // 已提交仓库
    Printed,         // 已打单
    Packed,          // 已打包
    Shipped,         // 已出库
    SyncedBack,      // 已回传
    OnHold,          // 挂起
    Cancelled,       // 已取消
    Intercepted,     // 拦截
    OutOfStock,      // 缺货
};

// So stages can key a QHash/QSet.
inline size_t qHash(Stage stage, size_t seed = 0) noexcept
{
    return ::qHash(int(stage), seed);
}

namespace Stages {
QList<Stage> all();
QString code(Stage stage);
std::optional<Stage> fromCode(const QString &code);
// Translated name for people ("Imported" / "待审核").
QString displayName(Stage stage);
// From Submitted on the warehouse owns the order: nobody edits it any more.
bool isWarehouseOwned(Stage stage);
// Terminal: nothing moves the order any further.
bool isFinal(Stage stage);
// Paid and on the reviewer's desk, not held: waiting for review, approved or short of stock. Only
// such orders are merged or given a courier by hand.
bool awaitsSubmit(Stage stage);
} // namespace Stages
