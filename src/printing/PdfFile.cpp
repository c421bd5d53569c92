#include "PdfFile.h"

#include "db/OutputFile.h"

void PdfFile::write(const QString &path, const QString &title, const std::function<void(QPdfWriter &)> &paint)
{
    OutputFile file(path, QString()); // whole or not at all, 0600, never over a database
    file.open();
    {
        QPdfWriter writer(&file.device());
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Packline"));
        paint(writer);
    } // the writer finishes the PDF when it goes
    file.commit();
}
