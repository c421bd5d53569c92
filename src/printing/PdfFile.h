#pragma once

#include <QPdfWriter>
#include <QString>
#include <functional>

// A 300-dpi PDF file written by one paint function (manifests, batch sheets).
namespace PdfFile {
// False with *error set when the file cannot be opened for writing.
bool write(const QString &path, const QString &title, const std::function<void(QPdfWriter &)> &paint,
           QString *error = nullptr);
} // namespace PdfFile
