#include "DuplicateRule.h"

#include "base/Clock.h"
#include "db/Sql.h"
#include "orders/Stage.h"

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

QString DuplicateRule::sameReceiverSql(qsizetype rows)
{
    return QStringLiteral(
               "SELECT n.column1 FROM (VALUES %1) AS n WHERE (SELECT COUNT(*) FROM orders o WHERE "
               "o.receiver_phone = n.column1 AND (o.receiver_name || '') = n.column2 AND "
               "(o.receiver_province || '') = n.column3 AND (o.receiver_city || '') = n.column4 AND "
               "(o.receiver_district || '') = n.column5 AND (o.receiver_address || '') = n.column6) > 1")
        .arg(QStringLiteral("(?, ?, ?, ?, ?, ?),").repeated(rows - 1) + QStringLiteral("(?, ?, ?, ?, ?, ?)"));
}

namespace {
// Bound in chunks of one size (padded with the last value), so each statement is parsed once.
constexpr qsizetype kChunk = 256;
// Orders handed to candidates() at a time by candidatesAfter() (a run's batch).
constexpr qsizetype kBatch = 2000;

// Runs sql (its %1: the chunk's values as placeholders) once per chunk of values; row(q) per row.
template <typename Row>
void eachChunk(const QSqlDatabase &db, const QString &sql, const QString &placeholders,
               const QSet<QString> &values, const Row &row)
{
    const QStringList list(values.cbegin(), values.cend());
    if (list.isEmpty())
        return;
    Sql::Statement chunkRead(db, sql.arg(placeholders));
    for (qsizetype at = 0; at < list.size(); at += kChunk) {
        QVariantList bound;
        bound.reserve(kChunk);
        for (qsizetype i = 0; i < kChunk; ++i)
            bound << list.at(std::min(at + i, list.size() - 1));
        QSqlQuery &q = chunkRead.run(bound);
        while (q.next())
            row(q);
    }
}

// Of the batch's orders with a shared phone, keeps the phones of those whose whole receiver (name,
// phone, address) another order has too. A masked phone (138****1234) is shared by thousands of
// receivers: reading every order of each one back, with its lines, was most of the rule's time on
// a peak-day file (6 s of a 1M-order import, for no duplicate). Each order is counted through the
// phone index on its own row of a VALUES table, the rest of the receiver compared on those rows
// (as expressions, so SQLite does not take the name index instead: a common name is thousands of
// rows).
void samePhoneReceivers(const ReviewBatch &batch, QSet<QString> &phones)
{
    QList<const ReviewOrder *> shared;
    for (const ReviewOrder &o : batch.orders)
        if (!o.receiverPhone.isEmpty() && phones.contains(o.receiverPhone))
            shared << &o;
    phones.clear();
    if (shared.isEmpty())
        return;
    constexpr qsizetype kRows = 64;
    Sql::Statement count(batch.db, DuplicateRule::sameReceiverSql(kRows));
    for (qsizetype at = 0; at < shared.size(); at += kRows) {
        QVariantList bound;
        bound.reserve(kRows * 6);
        for (qsizetype i = 0; i < kRows; ++i) {
            const ReviewOrder &o = *shared.at(std::min(at + i, shared.size() - 1));
            bound << Sql::text(o.receiverPhone) << Sql::text(o.receiverName) << Sql::text(o.province)
                  << Sql::text(o.city) << Sql::text(o.district) << Sql::text(o.address);
        }
        QSqlQuery &q = count.run(bound);
        while (q.next())
            phones.insert(q.value(0).toString());
    }
}

// The batch's receivers more than one order has: phones, and names of receivers without a phone.
// Only the index is read: on a peak day nearly every receiver is new, and reading every batch
// order's row and lines back to learn that was two fifths of a 100k-order rule run (perf). Each
// value is counted on its own (a subquery per row of a VALUES table): right after a big import the
// server has no statistics of the new orders (a station's role may not ANALYZE them), and planned
// an IN list as a scan of every order, per chunk.
void sharedReceivers(const ReviewBatch &batch, QSet<QString> &phones, QSet<QString> &names)
{
    for (const ReviewOrder &o : batch.orders) {
        if (o.receiverPhone.isEmpty())
            names.insert(o.receiverName);
        else
            phones.insert(o.receiverPhone);
    }
    const QString valueRows = QStringLiteral("(?),").repeated(kChunk - 1) + QStringLiteral("(?)");
    auto shared = [&](const QString &column, const QSet<QString> &values) {
        QSet<QString> twice;
        eachChunk(
            batch.db,
            QStringLiteral("SELECT n.column1 FROM (VALUES %1) AS n WHERE (SELECT COUNT(*) FROM orders o "
                           "WHERE o.") +
                column + QStringLiteral(" = n.column1) > 1"),
            valueRows, values, [&](const QSqlQuery &q) { twice.insert(q.value(0).toString()); });
        return twice;
    };
    phones = shared(QStringLiteral("receiver_phone"), phones);
    names = shared(QStringLiteral("receiver_name"), names);
    samePhoneReceivers(batch, phones);
}

const QString kByPhone = QStringLiteral("o.receiver_phone IN (%1)");
const QString kByName = QStringLiteral("o.receiver_name IN (%1) AND o.receiver_phone = ''");
const QString kInList = QStringLiteral("?,").repeated(kChunk - 1) + u'?';
} // namespace

void DuplicateRule::candidates(const ReviewBatch &batch, std::vector<qint64> &ids) const
{
    // Every order of a shared receiver: a twin this batch brings makes an earlier order of the
    // same import a duplicate too.
    QSet<QString> phones, names;
    sharedReceivers(batch, phones, names);
    auto read = [&](const QString &match, const QSet<QString> &values) {
        eachChunk(batch.db, QStringLiteral("SELECT o.id FROM orders o WHERE ") + match, kInList, values,
                  [&](const QSqlQuery &q) { ids.push_back(q.value(0).toLongLong()); });
    };
    read(kByPhone, phones);
    read(kByName, names);
}

void DuplicateRule::candidatesAfter(const ReviewBatch &batch, qint64 createdAfter,
                                    std::vector<qint64> &ids) const
{
    // The new orders in review that may share a receiver, read back by receiver (every order of the
    // file was never held at once) and handed to candidates() a batch at a time: those with a phone
    // more than one order has (one walk of the phone index, which holds the ids too) and those
    // without a phone (candidates() counts their names).
    QSet<QString> phones;
    // Streamed (forward only): a file without phones has every new order here.
    QSqlQuery shared = Sql::stream(
        batch.db,
        QStringLiteral("SELECT receiver_phone FROM orders WHERE receiver_phone <> '' GROUP BY receiver_phone "
                       "HAVING COUNT(*) > 1 AND MAX(id) > ?"),
        {createdAfter});
    while (shared.next())
        phones.insert(shared.value(0).toString());
    const QString imported = Stages::code(Stage::Imported);
    ReviewBatch some = batch;
    auto add = [&](const QSqlQuery &q) {
        if (q.value(0).toLongLong() <= createdAfter || q.value(1).toString() != imported)
            return;
        ReviewOrder o;
        o.id = q.value(0).toLongLong();
        o.receiverPhone = q.value(2).toString();
        o.receiverName = q.value(3).toString();
        o.province = q.value(4).toString();
        o.city = q.value(5).toString();
        o.district = q.value(6).toString();
        o.address = q.value(7).toString();
        some.orders << std::move(o);
        if (some.orders.size() == kBatch) {
            candidates(some, ids);
            some.orders.clear();
        }
    };
    const QString receivers =
        QStringLiteral("SELECT o.id, o.stage, o.receiver_phone, o.receiver_name, o.receiver_province, "
                       "o.receiver_city, o.receiver_district, o.receiver_address FROM orders o WHERE ");
    eachChunk(batch.db, receivers + kByPhone, kInList, phones, add);
    QSqlQuery phoneless = Sql::stream(
        batch.db, receivers + QStringLiteral("o.receiver_phone = '' AND o.id > ?"), {createdAfter});
    while (phoneless.next())
        add(phoneless);
    if (!some.orders.isEmpty())
        candidates(some, ids);
}

void DuplicateRule::check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const
{
    const qint64 window = qint64(intParam(params, defaults(), "window_hours")) * 3600;
    // Found through the phone index (the name index for receivers without a phone): a few rows per
    // order of the batch, whatever the size of the database.
    QSet<QString> phones;
    QSet<QString> names;
    sharedReceivers(batch, phones, names);

    // The live orders (any stage but cancelled/unpaid) of those receivers, with their lines. The
    // full receiver key and the lines are compared in memory.
    QHash<QString, QList<Seen>> byReceiver;
    QHash<qint64, QList<QPair<QString, int>>> lines;
    QHash<qint64, QString> keyOf;
    QHash<qint64, Seen> seen;
    auto read = [&](const QString &match, const QSet<QString> &values) {
        eachChunk(
            batch.db,
            QStringLiteral("SELECT o.id, o.platform_order_no, o.paid_at, o.receiver_name, o.receiver_phone, "
                           "o.receiver_province, o.receiver_city, o.receiver_district, o.receiver_address, "
                           "l.sku_id, l.outer_code, l.qty FROM orders o JOIN order_lines l ON l.order_id = "
                           "o.id WHERE ") +
                match +
                QStringLiteral(
                    " AND o.stage NOT IN ('cancelled', 'awaiting_payment') ORDER BY o.id, l.line_no"),
            kInList, values, [&](const QSqlQuery &q) {
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
            });
    };
    read(kByPhone, phones);
    read(kByName, names);
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
