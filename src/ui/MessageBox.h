#pragma once

#include <QMessageBox>

// Message boxes with a seam for tests: preset the next answer and nothing blocks
// (after KeePassXC's MessageBox::setNextAnswer).
namespace MessageBox {
QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text);
QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                            QMessageBox::No);
void information(QWidget *parent, const QString &title, const QString &text);
// Says what is wrong and offers the fix as a button ("Choose a printer…") beside Cancel.
// True when the person took the offer (tests: setNextAnswer(QMessageBox::Yes)).
bool offer(QWidget *parent, const QString &title, const QString &text, const QString &fix);

// Tests: the next box returns this at once. Also records what the box said.
void setNextAnswer(QMessageBox::StandardButton answer);
QString lastText();
} // namespace MessageBox
