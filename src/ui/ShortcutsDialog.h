#pragma once

#include <QDialog>

class QTableWidget;

// F1: the keys of the current view and of the window, in a table a person can read.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QString &viewTitle, const QList<QPair<QString, QString>> &keys,
                    QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitRows();

    QTableWidget *m_table;
};
