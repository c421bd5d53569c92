#include "ui/reports/ExportFile.h"

#include <QDir>
#include <QFileDialog>
#include <optional>

namespace {
std::optional<QString> g_next;
}

QString ExportFile::ask(QWidget *parent, const QString &title, const QString &suggestedName)
{
    if (g_next) {
        const QString path = *g_next;
        g_next.reset();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggestedName),
                                        QFileDialog::tr("CSV files (*.csv)"));
}

void ExportFile::setNextPath(const QString &path)
{
    g_next = path;
}
