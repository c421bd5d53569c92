#include "JobExport.h"

#include "LabelRenderer.h"
#include "PageSink.h"
#include "TemplateLibrary.h"
#include "base/Error.h"

#include <QCoreApplication>

PrintData JobExport::pageData(const QSqlDatabase &db, const PrintQueue::JobRow &job,
                              const PrintQueue::PageRow &page, const SenderInfo &sender)
{
    PrintData d;
    if (job.kind == u"picklist") {
        QList<qint64> ids;
        for (const QString &s : page.payload.split(u',', Qt::SkipEmptyParts))
            ids << s.toLongLong();
        d = OrderPrintData::forPickList(db, ids, job.title, job.id);
    } else {
        d = OrderPrintData::forOrder(db, page.orderId, sender);
    }
    d.fields.insert(QStringLiteral("page.seq"), QString::number(page.seq));
    d.fields.insert(QStringLiteral("page.total"), QString::number(job.total));
    d.fields.insert(QStringLiteral("reprint.count"),
                    page.reprints ? QString::number(page.reprints) : QString());
    return d;
}

int JobExport::toPdf(const QSqlDatabase &db, qint64 jobId, const QString &path)
{
    const auto job = PrintQueue::job(db, jobId);
    if (!job)
        throw Error(QCoreApplication::translate("JobExport", "Print job %1 does not exist.").arg(jobId));
    LabelRenderer renderer(TemplateLibrary::load(job->templateId));
    PdfSink sink(path);
    for (const PrintQueue::PageRow &p : PrintQueue::pages(db, jobId))
        sink.printPage(p.id, 1, renderer, pageData(db, *job, p));
    sink.finish();
    return sink.pages();
}
