#include "DuplicateRule.h"

#include "base/Clock.h"
#include "db/Sql.h"

#include <QSet>
#include <algorithm>

namespace {
struct Seen {
    qint64 id;
    QString orderNo;
    QDateTime paid;
    QString lines;
};

QString signature(QList<QPair<QString, int>> lines)
{
    std::sort(lines.begin(), lines.end());
    QString s;
    for (const auto &[sku, qty] : lines)
        s += sku + u'x' + QString::number(qty) + u';';
    return s;
}
} // namespace

QString DuplicateRule::title() const
{
    return tr("Suspected duplicate order");
}

QJsonObject DuplicateRule::defaults() const
{
    return {{QStringLiteral("window_hours"), 24}};
}

void DuplicateRule::check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const
{
    const qint64 window = qint64(intParam(params, defaults(), "window_hours")) * 3600;
    // The live orders (any stage but cancelled/unpaid) of the batch's receivers, found through the
    // phone index (the name index for receivers without a phone), with their lines: a few rows per
    // order of the batch, whatever the size of the database. The full receiver key and the lines
    // are compared in memory.
    QSet<QString> phones;
    QSet<QString> names;
    for (const ReviewOrder &o : batch.orders) {
        if (o.receiverPhone.isEmpty())
            names.insert(o.receiverName);
        else
            phones.insert(o.receiverPhone);
    }
    QHash<QString, QList<Seen>> byReceiver;
    QHash<qint64, QList<QPair<QString, int>>> lines;
    QHash<qint64, QString> keyOf;
    QHash<qint64, Seen> seen;
    // Bound in chunks of one size (padded with the last value), so the statement is parsed once.
    constexpr qsizetype kChunk = 256;
    const QString placeholders = QStringLiteral("?,").repeated(kChunk - 1) + u'?';
    auto read = [&](const QString &match, const QSet<QString> &values) {
        const QStringList list(values.cbegin(), values.cend());
        if (list.isEmpty())
            return;
        Sql::Statement chunkRead(
            batch.db,
            QStringLiteral(
                "SELECT o.id, o.platform_order_no, o.paid_at, o.receiver_name, o.receiver_phone, "
                "o.receiver_province, o.receiver_city, o.receiver_district, o.receiver_address, "
                "l.sku_id, l.outer_code, l.qty FROM orders o JOIN order_lines l ON l.order_id = o.id "
                "WHERE ") +
                match.arg(placeholders) +
                QStringLiteral(
                    " AND o.stage NOT IN ('cancelled', 'awaiting_payment') ORDER BY o.id, l.line_no"));
        for (qsizetype at = 0; at < list.size(); at += kChunk) {
            QVariantList values;
            values.reserve(kChunk);
            for (qsizetype i = 0; i < kChunk; ++i)
                values << list.at(std::min(at + i, list.size() - 1));
            QSqlQuery &q = chunkRead.run(values);
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                if (!seen.contains(id)) {
                    seen.insert(id,
                                Seen{id, q.value(1).toString(), Clock::fromText(q.value(2).toString()), {}});
                    QString key;
                    for (int i = 3; i <= 8; ++i)
                        key += q.value(i).toString() + u'|';
                    keyOf.insert(id, key);
                }
                const QString sku =
                    q.value(9).isNull() ? u'?' + q.value(10).toString() : q.value(9).toString();
                lines[id] << qMakePair(sku, q.value(11).toInt());
            }
        }
    };
    read(QStringLiteral("o.receiver_phone IN (%1)"), phones);
    read(QStringLiteral("o.receiver_name IN (%1) AND COALESCE(o.receiver_phone, '') = ''"), names);
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        it->lines = signature(lines.value(it.key()));
        byReceiver[keyOf.value(it.key())] << *it;
    }

    for (const ReviewOrder &o : batch.orders) {
        const auto me = seen.constFind(o.id);
        if (me == seen.cend())
            continue;
        QStringList twins;
        for (const Seen &other : byReceiver.value(keyOf.value(o.id))) {
            if (other.id == o.id || other.lines != me->lines)
                continue;
            if (me->paid.isValid() && other.paid.isValid() && std::abs(me->paid.secsTo(other.paid)) > window)
                continue;
            twins << other.orderNo;
        }
        if (!twins.isEmpty())
            flags << ReviewFlag{
                o.id, code(),
                tr("Same receiver and same items as order %1 within %n hour(s).", nullptr, int(window / 3600))
                    .arg(twins.join(tr(", ")))};
    }
}
