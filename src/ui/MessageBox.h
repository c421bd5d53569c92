#pragma once

#include <QMessageBox>
#include <QStringList>
#include <optional>

// Message boxes and small prompts with a seam for tests: preset the next answer and nothing blocks
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
// About the program (rich text).
void about(QWidget *parent, const QString &title, const QString &text);
// A line of text (a reason for a hold); nullopt when the person cancelled.
std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label);
// One of items, current preselected; nullopt when the person cancelled.
std::optional<QString> askItem(QWidget *parent, const QString &title, const QString &label,
                               const QStringList &items, qsizetype current);

// Tests: the next box returns this at once. Also records what the box said.
void setNextAnswer(QMessageBox::StandardButton answer);
QString lastText();
// Tests: the next askText/askItem returns this at once (nullopt: the person cancelled).
void setNextInput(std::optional<QString> input);
int inputsAsked(); // askText/askItem calls so far
} // namespace MessageBox
