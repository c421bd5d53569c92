#pragma once

#include <QString>

class QWidget;

// Asks where to save an export, with a seam for tests (like MessageBox::setNextAnswer):
// a preset path is returned at once, without a dialog.
namespace ExportFile {
QString ask(QWidget *parent, const QString &title, const QString &suggestedName);
void setNextPath(const QString &path); // tests; "" answers Cancel
} // namespace ExportFile
