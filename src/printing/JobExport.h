#pragma once

#include "OrderPrintData.h"
#include "PrintQueue.h"
#include "db/OutputFile.h"

#include <QSqlDatabase>
#include <QString>

// What a queue page shows, and a whole job written to one PDF (for the GUI's and the CLI's
// "print to PDF"; page states do not change: a PDF is a copy, not the printed label).
namespace JobExport {
PrintData pageData(const QSqlDatabase &db, const PrintQueue::JobRow &job, const PrintQueue::PageRow &page,
                   const SenderInfo &sender = {});
// Returns the number of PDF pages written; throws Error (the PDF is then not there, and a database
// at path is never replaced: OutputFile).
int toPdf(const QSqlDatabase &db, qint64 jobId, const QString &path,
          OutputFile::Overwrite overwrite = OutputFile::Overwrite::RefuseDatabases);
} // namespace JobExport
