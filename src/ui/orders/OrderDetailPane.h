#pragma once

#include <QSqlDatabase>
#include <QTextBrowser>

// The selected order in full: receiver, lines with stock, messages, flags with reasons, history.
class OrderDetailPane : public QTextBrowser {
    Q_OBJECT
public:
    explicit OrderDetailPane(QSqlDatabase db, QWidget *parent = nullptr);
    void showOrder(qint64 orderId); // 0 clears
    void showSelectionCount(int count);
    qint64 orderId() const { return m_orderId; }

private:
    QSqlDatabase m_db;
    qint64 m_orderId = 0;
};
