#include "ui/FileChooser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <optional>

namespace {
std::optional<QStringList> g_next;
QString g_lastTitle;

std::optional<QStringList> preset(const QString &title)
{
    g_lastTitle = title;
    return std::exchange(g_next, std::nullopt);
}
} // namespace

QString FileChooser::open(QWidget *parent, const QString &title, const QString &filter)
{
    if (const auto answer = preset(title))
        return answer->value(0);
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QStringList FileChooser::openMany(QWidget *parent, const QString &title, const QString &filter)
{
    if (const auto answer = preset(title))
        return *answer;
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString FileChooser::save(QWidget *parent, const QString &title, const QString &suggested,
                          const QString &filter, bool confirmOverwrite)
{
    if (const auto answer = preset(title))
        return answer->value(0);
    const QString start = suggested.isEmpty() || QFileInfo(suggested).isAbsolute()
                              ? suggested
                              : QDir::home().filePath(suggested);
    return QFileDialog::getSaveFileName(parent, title, start, filter, nullptr,
                                        confirmOverwrite ? QFileDialog::Options()
                                                         : QFileDialog::DontConfirmOverwrite);
}

QString FileChooser::saveCsv(QWidget *parent, const QString &title, const QString &suggestedName)
{
    return save(parent, title, suggestedName,
                QCoreApplication::translate("FileChooser", "CSV files (*.csv)"));
}

void FileChooser::setNextAnswer(const QStringList &paths)
{
    g_next = paths;
}

void FileChooser::setNextAnswer(const QString &path)
{
    g_next = path.isEmpty() ? QStringList() : QStringList{path};
}

QString FileChooser::lastTitle()
{
    return g_lastTitle;
}
