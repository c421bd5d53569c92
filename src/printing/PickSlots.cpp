#include "PickSlots.h"

#include "db/Sql.h"

#include <QRegularExpression>
#include <QSet>

QString PickSlots::code(qint64 jobId, int slot)
{
    return QStringLiteral("PL%1-%2").arg(jobId).arg(slot);
}

std::optional<std::pair<qint64, int>> PickSlots::parse(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^PL(\\d{1,12})-(\\d{1,5})$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(code.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return std::make_pair(m.captured(1).toLongLong(), m.captured(2).toInt());
}

void PickSlots::assign(const QSqlDatabase &db, qint64 jobId, const QList<qint64> &orderIds)
{
    Sql::Statement insert(db,
                          QStringLiteral("INSERT INTO pick_slots (job_id, slot, order_id) VALUES (?, ?, ?)"));
    QSet<qint64> seen;
    int slot = 0;
    for (qint64 id : orderIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        insert.run({jobId, ++slot, id});
    }
}

QList<PickSlots::Slot> PickSlots::forJob(const QSqlDatabase &db, qint64 jobId)
{
    QList<Slot> out;
    QSqlQuery q = Sql::run(
        db, QStringLiteral("SELECT slot, order_id FROM pick_slots WHERE job_id = ? ORDER BY slot"), {jobId});
    while (q.next())
        out << Slot{q.value(0).toInt(), q.value(1).toLongLong()};
    return out;
}

std::optional<qint64> PickSlots::orderFor(const QSqlDatabase &db, const QString &code)
{
    const auto slot = parse(code);
    if (!slot)
        return std::nullopt;
    const QVariant id =
        Sql::scalar(db, QStringLiteral("SELECT order_id FROM pick_slots WHERE job_id = ? AND slot = ?"),
                    {slot->first, slot->second});
    if (!id.isValid() || id.isNull())
        return std::nullopt;
    return id.toLongLong();
}
