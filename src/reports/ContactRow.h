#pragma once

#include <QHash>
#include <QString>

// One order as the service desk sees it when contacting the buyer: the template values, the
// phone, and whether (by whom, when, how) the buyer was already contacted about it.
struct ContactRow {
    qint64 orderId = 0;
    QString orderNo;
    QString platform;
    QString shop;
    QString buyerNick;
    QString receiverName;
    QString phone;
    bool phoneMasked = false;
    qint64 amountFen = 0; // paid, or what is due for an unpaid order
    QString items;        // "纯棉短袖T恤×2" or "纯棉短袖T恤等3件"
    QString courier;      // the platform's spelling: 中通快递
    QString trackingNo;
    QString createdAt; // UTC text
    QString paidAt;
    QString shippedAt; // Shipped orders: when the stage moved (UTC text)

    // Payment reminders only: seconds since created and until the platform closes the order
    // (negative when the window has passed).
    qint64 ageSeconds = 0;
    qint64 secondsLeft = 0;
    QString closesAt;

    // Already contacted about this (kind): who, when, which channel.
    QString contactedBy;
    QString contactedAt;
    QString contactedChannel;
    bool contacted() const { return !contactedAt.isEmpty(); }

    // A mobile number an SMS tool can use (11 digits starting with 1, not masked).
    bool textable() const;
    // Template values; the buyer is addressed by the receiver's name, else by the nick.
    QHash<QString, QString> values() const;
};
