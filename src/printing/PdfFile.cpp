#include "PdfFile.h"

#include <QCoreApplication>
#include <QFile>

bool PdfFile::write(const QString &path, const QString &title, const std::function<void(QPdfWriter &)> &paint,
                    QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                QCoreApplication::translate("PdfFile", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Packline"));
    paint(writer);
    return true;
}
