#include "ui/OpenFile.h"

#include <QFileDialog>
#include <optional>

namespace {
std::optional<QString> g_next;
}

QString OpenFile::ask(QWidget *parent, const QString &title, const QString &filter)
{
    if (g_next)
        return std::exchange(g_next, std::nullopt).value();
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

void OpenFile::setNextPath(const QString &path)
{
    g_next = path;
}
