#pragma once

#include "orders/Order.h"

#include <QDialog>

class QListWidget;

// Choose the lines that leave for a new order (e.g. the presale part).
class SplitDialog : public QDialog {
    Q_OBJECT
public:
    explicit SplitDialog(const Order &order, QWidget *parent = nullptr);
    QList<qint64> chosenLineIds() const;

private:
    QListWidget *m_lines;
};
