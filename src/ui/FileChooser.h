#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Every file dialog goes through here, so a test answers it the way MessageBox::setNextAnswer
// answers a message box: preset the next answer and nothing blocks.
namespace FileChooser {
// An existing file to read; "" when the person cancelled.
QString open(QWidget *parent, const QString &title, const QString &filter);
// Several existing files to read; empty when the person cancelled.
QStringList openMany(QWidget *parent, const QString &title, const QString &filter);
// Where to write; suggested is a file name (put in the home folder) or a path. "" when cancelled.
// confirmOverwrite false: choosing an existing file is not a replacement (a database to open).
QString save(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
             bool confirmOverwrite = true);
// An export: a CSV file, suggested in the home folder.
QString saveCsv(QWidget *parent, const QString &title, const QString &suggestedName);

// Tests: the next file dialog returns these at once ({} or "" answers Cancel). Also records what
// the dialog was called.
void setNextAnswer(const QStringList &paths);
void setNextAnswer(const QString &path);
QString lastTitle();
} // namespace FileChooser
