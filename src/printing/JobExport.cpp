#include "JobExport.h"

#include "JobPageReader.h"
#include "JobTemplates.h"
#include "LabelRenderer.h"
#include "PageSink.h"
#include "base/Error.h"

#include <QCoreApplication>

PrintData JobExport::pageData(const QSqlDatabase &db, const PrintQueue::JobRow &job,
                              const PrintQueue::PageRow &page, const SenderInfo &sender)
{
    return JobPageReader(db, job.id, job.kind, job.title)
        .read(page.seq, page.orderId, page.payload, page.reprints, job.total, sender);
}

int JobExport::toPdf(const QSqlDatabase &db, qint64 jobId, const QString &path,
                     OutputFile::Overwrite overwrite)
{
    const auto job = PrintQueue::job(db, jobId);
    if (!job)
        throw Error(QCoreApplication::translate("JobExport", "Print job %1 does not exist.").arg(jobId));
    LabelRenderer renderer(JobTemplates::forJob(db, jobId));
    PdfSink sink(path, PdfSink::Existing::Replace, OutputFile::databaseFile(db), overwrite);
    JobPageReader reader(db, job->id, job->kind, job->title);
    for (const PrintQueue::PageRow &p : PrintQueue::pages(db, jobId))
        sink.printPage(p.id, 1, renderer, reader.read(p.seq, p.orderId, p.payload, p.reprints, job->total));
    sink.finish();
    return sink.pages();
}
