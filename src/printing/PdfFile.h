#pragma once

#include <QPdfWriter>
#include <QString>
#include <functional>

// A 300-dpi PDF file written by one paint function (manifests, batch sheets).
namespace PdfFile {
// Written whole or not at all (OutputFile); false with *error set (the file and why) when it was not.
bool write(const QString &path, const QString &title, const std::function<void(QPdfWriter &)> &paint,
           QString *error = nullptr);
} // namespace PdfFile
