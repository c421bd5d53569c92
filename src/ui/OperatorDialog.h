#pragma once

#include "base/Actor.h"

#include <QDialog>
#include <QSqlDatabase>
#include <memory>

namespace Ui {
class OperatorDialog;
}

// At start: who is working, at which station. New names are added to the operators table.
class OperatorDialog : public QDialog {
    Q_OBJECT
public:
    OperatorDialog(QSqlDatabase db, const Actor &last, QWidget *parent = nullptr);
    ~OperatorDialog() override;

    Actor actor() const;
    void accept() override;

private:
    std::unique_ptr<Ui::OperatorDialog> m_ui;
    QSqlDatabase m_db;
};
