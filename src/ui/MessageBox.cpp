#include "ui/MessageBox.h"

#include <QPushButton>

namespace {
QMessageBox::StandardButton g_next = QMessageBox::NoButton;
QString g_lastText;

QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                 const QString &text, QMessageBox::StandardButtons buttons)
{
    g_lastText = text;
    if (g_next != QMessageBox::NoButton) {
        const auto answer = g_next;
        g_next = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    return QMessageBox::StandardButton(box.exec());
}
} // namespace

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons)
{
    return show(QMessageBox::Question, parent, title, text, buttons);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, QMessageBox::Ok);
}

bool MessageBox::offer(QWidget *parent, const QString &title, const QString &text, const QString &fix)
{
    g_lastText = text;
    if (g_next != QMessageBox::NoButton) {
        const bool taken = g_next == QMessageBox::Yes;
        g_next = QMessageBox::NoButton;
        return taken;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *fixButton = box.addButton(fix, QMessageBox::AcceptRole);
    box.setDefaultButton(fixButton);
    box.exec();
    return box.clickedButton() == fixButton;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_next = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}
