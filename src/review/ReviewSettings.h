#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QTime>

// The review desk's switches, kept in the database (review_settings) so every station and the
// command line see the same ones. Missing keys take the defaults below.
struct ReviewSettings {
    bool autoApprove = false;      // approve orders the rules found nothing on
    QTime cutoffLocal{16, 0};      // 截单时间: paid after it → next day's wave
    int utcOffsetMinutes = 8 * 60; // the warehouse's local time (China: UTC+8)
    QStringList priorityCities;    // default 北京 上海 广州 深圳 杭州
    bool singleItemFirst = true;   // single-item orders before multi-item ones

    static ReviewSettings defaults();
    static ReviewSettings load(const QSqlDatabase &db);
    // Writes every key; call inside the caller's Transaction.
    void save(const QSqlDatabase &db) const;
};
