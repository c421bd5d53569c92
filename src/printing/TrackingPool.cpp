#include "TrackingPool.h"

#include "CourierFormats.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Locks.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include "csv/CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TrackingPool", text);
}

CourierFormat formatOf(const QSqlDatabase &db, const QString &courierCode)
{
    const auto formats = CourierFormats::load(db);
    const auto it = formats.constFind(courierCode);
    if (it == formats.cend())
        throw Error(tr("No tracking-number format is known for the courier '%1'. Known: %2.")
                        .arg(courierCode, QStringList(formats.keys()).join(QStringLiteral(", "))));
    return *it;
}

PoolImport insertAll(const QSqlDatabase &db, const Actor &actor, const CourierFormat &format,
                     const QStringList &numbers)
{
    PoolImport result;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (const Result<> valid = format.accepts(numbers.at(i)); !valid)
            result.problems << tr("row %1: %2").arg(i + 1).arg(valid.message);
    }
    if (!result.problems.isEmpty())
        return result;
    return Transaction::run(db, [&](Transaction &tx) {
        result.added = result.duplicates = 0; // counted afresh when the run is tried again
        const QString now = Clock::nowText();
        Sql::Statement exists(
            db, QStringLiteral("SELECT courier_code FROM tracking_numbers WHERE tracking_no = ?"));
        Sql::Statement insert(
            db,
            QStringLiteral(
                "INSERT INTO tracking_numbers (courier_code, tracking_no, imported_at) VALUES (?, ?, ?)"));
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            if (exists.firstRow({numbers.at(i)})) {
                ++result.duplicates;
                continue;
            }
            insert.run({format.courierCode, numbers.at(i), now});
            ++result.added;
        }
        AuditLog::record(db, actor, QStringLiteral("tracking_pool"), 0, QStringLiteral("import"), {},
                         {{QStringLiteral("courier"), format.courierCode},
                          {QStringLiteral("added"), result.added},
                          {QStringLiteral("duplicates"), result.duplicates},
                          {QStringLiteral("first"), numbers.value(0)},
                          {QStringLiteral("last"), numbers.value(numbers.size() - 1)}});
        tx.commit();
        return result;
    });
}

// The digits that count up in a range: the longest run of digits (the S10 serial excludes its check digit).
struct Serial {
    qsizetype start = 0;
    qsizetype length = 0;
};
Serial serialOf(const QString &number, bool s10)
{
    if (s10)
        return {2, 8};
    qsizetype bestStart = 0, bestLen = 0;
    for (qsizetype i = 0; i < number.size();) {
        if (!number.at(i).isDigit()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < number.size() && number.at(j).isDigit())
            ++j;
        if (j - i > bestLen) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    return {bestStart, bestLen};
}
} // namespace

PoolImport TrackingPool::importList(const QSqlDatabase &db, const Actor &actor, const QString &courierCode,
                                    const QStringList &numbers)
{
    // Nothing to do is refused, not recorded: no transaction, no audit row.
    if (numbers.isEmpty()) {
        PoolImport nothing;
        nothing.problems << tr("no tracking numbers were given: there is nothing to import");
        return nothing;
    }
    QStringList cleaned;
    cleaned.reserve(numbers.size());
    for (const QString &n : numbers)
        cleaned << n.trimmed().toUpper();
    return insertAll(db, actor, formatOf(db, courierCode), cleaned);
}

PoolImport TrackingPool::importFile(const QSqlDatabase &db, const Actor &actor, const QString &courierCode,
                                    const QString &path)
{
    PoolImport bad;
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        bad.problems << tr("cannot read the file (%1)").arg(file.errorString());
        return bad;
    }
    const CourierFormat format = formatOf(db, courierCode);
    CsvReader reader(&file, TextEncodings::detect(file), u',');
    QStringList numbers;
    CsvRecord record;
    while (reader.next(record)) {
        if (!record.error.isEmpty()) {
            bad.problems << tr("line %1: %2").arg(record.line).arg(record.error);
            continue;
        }
        const QString number = record.fields.value(0).trimmed().toUpper();
        if (number.isEmpty())
            continue;
        if (const Result<> valid = format.accepts(number); !valid)
            bad.problems << tr("line %1: %2").arg(record.line).arg(valid.message);
        numbers << number;
    }
    if (!bad.problems.isEmpty())
        return bad;
    return importList(db, actor, courierCode, numbers);
}

PoolImport TrackingPool::importRange(const QSqlDatabase &db, const Actor &actor, const QString &courierCode,
                                     const QString &firstIn, const QString &lastIn)
{
    const CourierFormat format = formatOf(db, courierCode);
    const QString first = firstIn.trimmed().toUpper();
    const QString last = lastIn.trimmed().toUpper();
    PoolImport bad;
    for (const QString &n : {first, last}) {
        if (const Result<> valid = format.accepts(n); !valid)
            bad.problems << valid.message;
    }
    if (!bad.problems.isEmpty())
        return bad;
    const bool s10 = format.checkKind == u"s10";
    const Serial serial = serialOf(first, s10);
    const QString head = first.left(serial.start);
    // After the serial: the suffix (S10: the check digit is recomputed, only the country must match).
    const qsizetype tailFrom = serial.start + serial.length + (s10 ? 1 : 0);
    const QString tail = first.mid(tailFrom);
    if (first.size() != last.size() || last.left(serial.start) != head || last.mid(tailFrom) != tail ||
        serial.length == 0 || serial.length > 18) {
        bad.problems << tr("'%1' and '%2' are not one range: they must differ only in their serial digits.")
                            .arg(first, last);
        return bad;
    }
    const qint64 from = first.mid(serial.start, serial.length).toLongLong();
    const qint64 to = last.mid(serial.start, serial.length).toLongLong();
    if (to < from || to - from >= 1000000) {
        bad.problems
            << tr("The range %1 … %2 is empty, backwards, or over a million numbers.").arg(first, last);
        return bad;
    }
    QStringList numbers;
    numbers.reserve(to - from + 1);
    for (qint64 n = from; n <= to; ++n) {
        const QString digits = QStringLiteral("%1").arg(n, int(serial.length), 10, QLatin1Char('0'));
        if (s10)
            numbers << head + digits + QString::number(CourierFormats::s10CheckDigit(digits)) +
                           first.right(2);
        else
            numbers << head + digits + tail;
    }
    return insertAll(db, actor, format, numbers);
}

std::optional<QString> TrackingPool::take(const QSqlDatabase &db, const QString &courierCode, qint64 orderId)
{
    // Lowest free id first, passing over numbers another station is taking right now (SKIP LOCKED
    // on a server); the guarded UPDATE makes a taker that still meets another lose cleanly and try
    // the next one instead of sharing the number.
    for (int attempt = 0; attempt < 50; ++attempt) {
        const auto next = Sql::firstRow(
            db,
            Locks::forUpdateSkipLocked(db, QStringLiteral("SELECT id, tracking_no FROM tracking_numbers "
                                                          "WHERE courier_code = ? AND state = 'free' "
                                                          "ORDER BY id LIMIT 1")),
            {courierCode});
        if (!next)
            return std::nullopt;
        const qint64 id = next->at(0).toLongLong();
        const QString number = next->at(1).toString();
        QSqlQuery mark =
            Sql::run(db,
                     QStringLiteral("UPDATE tracking_numbers SET state = 'used', order_id = ?, used_at = ? "
                                    "WHERE id = ? AND state = 'free'"),
                     {orderId, Clock::nowText(), id});
        if (mark.numRowsAffected() == 1)
            return number;
    }
    throw Error(tr("Could not take a %1 tracking number: the pool is too busy. Try again.").arg(courierCode));
}

QList<PoolLevel> TrackingPool::levels(const QSqlDatabase &db)
{
    QList<PoolLevel> out;
    QSqlQuery q = Sql::run(
        db, QStringLiteral(
                "SELECT f.courier_code, c.name, f.low_water, "
                "(SELECT COUNT(*) FROM tracking_numbers t WHERE t.courier_code = f.courier_code AND t.state "
                "= 'free'), "
                "(SELECT COUNT(*) FROM tracking_numbers t WHERE t.courier_code = f.courier_code AND t.state "
                "= 'used') "
                "FROM courier_formats f JOIN couriers c ON c.code = f.courier_code ORDER BY f.courier_code"));
    while (q.next())
        out << PoolLevel{q.value(0).toString(), q.value(1).toString(), q.value(3).toInt(), q.value(4).toInt(),
                         q.value(2).toInt()};
    return out;
}

QStringList TrackingPool::lowWarnings(const QSqlDatabase &db)
{
    QStringList out;
    for (const PoolLevel &l : levels(db))
        if (l.low() && (l.used > 0 || l.free > 0))
            out << tr("%1 (%2): %3 tracking numbers left, below %4. Import more before the pool runs out.")
                       .arg(l.courierName, l.courierCode)
                       .arg(l.free)
                       .arg(l.lowWater);
    return out;
}
