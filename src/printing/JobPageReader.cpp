#include "JobPageReader.h"

#include "TemplateFields.h"

JobPageReader::JobPageReader(const QSqlDatabase &db, qint64 jobId, const QString &kind, const QString &title)
    : m_db(db)
    , m_orders(db)
    , m_jobId(jobId)
    , m_kind(kind)
    , m_title(title)
{
}

PrintData JobPageReader::read(int seq, qint64 orderId, const QString &payload, int reprints, int total,
                              const SenderInfo &sender)
{
    PrintData d;
    if (m_kind == u"picklist") { // one page for the whole batch: its orders are the payload
        QList<qint64> ids;
        for (const QString &s : payload.split(u',', Qt::SkipEmptyParts))
            ids << s.toLongLong();
        d = OrderPrintData::forPickList(m_db, ids, m_title, m_jobId);
    } else {
        d = m_orders.forOrder(orderId, sender);
    }
    d.fields.insert(TemplateFields::PageSeq, QString::number(seq));
    d.fields.insert(TemplateFields::PageTotal, QString::number(total));
    d.fields.insert(TemplateFields::ReprintCount, reprints > 0 ? QString::number(reprints) : QString());
    return d;
}
