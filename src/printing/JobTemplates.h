#pragma once

#include "LabelTemplate.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

// The template a print job prints with, kept in the database (template_copies) when the job is
// made: printing, preview, reprint and export read that copy, so a job made with
// --template tpl/x.json prints from any folder and editing the file later changes no job made.
namespace JobTemplates {
struct Resolved {
    QString id;     // the template's id (a file's base name)
    QString origin; // the absolute file (":/templates/…" for a shipped one)
    QByteArray json;
    LabelTemplate layout; // parsed and validated
};
// Reads and validates the template an id or .json path names (relative to the current folder).
// Throws Error naming the file, line and column when it is not a valid template.
Resolved resolve(const QString &templateId);
// Keeps the copy (once per distinct origin and text, safe when stations race) in the caller's
// transaction; returns its hash for print_jobs.template_hash.
QString store(const QSqlDatabase &db, const Resolved &copy);
// The job's template: its stored copy, or by id for a job made before copies were kept.
// Throws Error when the job does not exist or the template cannot be loaded.
LabelTemplate forJob(const QSqlDatabase &db, qint64 jobId);
} // namespace JobTemplates
