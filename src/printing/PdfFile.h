#pragma once

#include <QPdfWriter>
#include <QString>
#include <functional>

// A 300-dpi PDF file written by one paint function (manifests, batch sheets).
namespace PdfFile {
// Written whole or not at all (OutputFile); throws Error (the file and why) when it was not.
void write(const QString &path, const QString &title, const std::function<void(QPdfWriter &)> &paint);
} // namespace PdfFile
