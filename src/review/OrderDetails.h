#pragma once

#include "orders/Order.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

// Everything the review desk's detail pane shows about one order, read in one go.
struct OrderDetails {
    struct Line {
        OrderLine line;
        QString location;
        int available = 0; // on hand − reserved − safety stock now
        QString presaleShipDate;
    };
    struct Flag {
        QString code, reason, source;
    };
    struct Event {
        QString at, operatorName, station, action, before, after;
    };
    Order order;
    QString shopName;
    QString waveDate;
    QList<Line> lines;
    QList<Flag> flags;
    QList<Event> history; // newest first

    static std::optional<OrderDetails> load(const QSqlDatabase &db, qint64 orderId);
};
