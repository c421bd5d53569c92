#include "ui/MessageBox.h"

#include <QInputDialog>
#include <QPushButton>

namespace {
QMessageBox::StandardButton g_next = QMessageBox::NoButton;
QString g_lastText;
std::optional<std::optional<QString>> g_nextInput; // set: the next prompt's answer
int g_inputsAsked = 0;

// The preset answer if a test set one (consumed), else nothing. lastText() stays the last box's.
std::optional<std::optional<QString>> presetInput()
{
    ++g_inputsAsked;
    return std::exchange(g_nextInput, std::nullopt);
}

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

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    if (std::exchange(g_next, QMessageBox::NoButton) != QMessageBox::NoButton)
        return;
    QMessageBox::about(parent, title, text);
}

std::optional<QString> MessageBox::askText(QWidget *parent, const QString &title, const QString &label)
{
    if (auto preset = presetInput())
        return *preset;
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

std::optional<QString> MessageBox::askItem(QWidget *parent, const QString &title, const QString &label,
                                           const QStringList &items, qsizetype current)
{
    if (auto preset = presetInput())
        return *preset;
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, int(current), false, &ok);
    return ok ? std::optional<QString>(item) : std::nullopt;
}

void MessageBox::setNextInput(std::optional<QString> input)
{
    // emplace, not =: a nullopt input (the person cancels) must still set the outer optional.
    g_nextInput.emplace(std::move(input));
}

int MessageBox::inputsAsked()
{
    return g_inputsAsked;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_next = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}
