#include "JobTemplates.h"

#include "TemplateLibrary.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "db/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("JobTemplates", text);
}
} // namespace

JobTemplates::Resolved JobTemplates::resolve(const QString &templateId)
{
    const QString path = TemplateLibrary::pathOf(templateId);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read the template %1: %2").arg(path, file.errorString()));
    Resolved r;
    const QFileInfo info(path);
    r.id = info.completeBaseName();
    r.origin = path;
    r.json = file.readAll();
    r.layout = LabelTemplate::fromJson(r.json, r.id, path, info.absolutePath());
    return r;
}

QString JobTemplates::store(const QSqlDatabase &db, const Resolved &copy)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(copy.origin.toUtf8());
    sha.addData(QByteArrayView("\0", 1));
    sha.addData(copy.json);
    const QString hash = QString::fromLatin1(sha.result().toHex());
    // Two stations making jobs from the same template: the first insert wins, both use it.
    Sql::run(db,
             QStringLiteral("INSERT INTO template_copies (hash, template_id, origin, json, stored_at) "
                            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING"),
             {hash, copy.id, copy.origin, QString::fromUtf8(copy.json), Clock::nowText()});
    return hash;
}

LabelTemplate JobTemplates::forJob(const QSqlDatabase &db, qint64 jobId)
{
    const auto row = Sql::firstRow(
        db,
        QStringLiteral("SELECT j.template_id, c.template_id, c.origin, c.json FROM print_jobs j "
                       "LEFT JOIN template_copies c ON c.hash = j.template_hash WHERE j.id = ?"),
        {jobId});
    if (!row)
        throw Error(tr("Print job %1 does not exist.").arg(jobId));
    if (row->at(3).isNull()) // made before jobs kept their template
        return TemplateLibrary::load(row->at(0).toString());
    const QString origin = row->at(2).toString();
    return LabelTemplate::fromJson(row->at(3).toString().toUtf8(), row->at(1).toString(),
                                   tr("the copy of %1 kept with print job %2").arg(origin).arg(jobId),
                                   QFileInfo(origin).absolutePath());
}
