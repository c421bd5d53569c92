#pragma once

#include "orders/Order.h"

#include <QString>

// What the platform says about an order, reduced to what decides its stage here.
enum class PlatformState {
    Unpaid,  // 等待买家付款: kept apart (AwaitingPayment) for payment reminders
    Paid,    // 买家已付款，等待卖家发货: enters review
    Shipped, // 卖家已发货 / 交易成功: shipped on the platform
    Closed,  // 交易关闭, refunded: cancel or intercept by stage
};

// One order as an importer read it, before it meets the database.
struct IncomingOrder {
    Order order; // platform fields and lines (sku ids resolved by the upsert)
    PlatformState state = PlatformState::Paid;
    QString closeReason; // 订单关闭原因, or the status text
    qint64 refundFen = 0;
    qint64 sourceLine = 0; // where the order row starts in its file
};

// A row that could not be taken, said precisely enough to fix it.
struct RejectedRow {
    QString file; // file name (no folder)
    qint64 line = 0;
    QString column; // header name, or empty for the whole row
    QString value;
    QString why;
};
