#pragma once

#include <QString>

class QWidget;

// Asks which file to open, with a seam for tests (like ExportFile and MessageBox::setNextAnswer):
// a preset path is returned at once, without a dialog.
namespace OpenFile {
QString ask(QWidget *parent, const QString &title, const QString &filter);
void setNextPath(const QString &path); // tests; "" answers Cancel
} // namespace OpenFile
