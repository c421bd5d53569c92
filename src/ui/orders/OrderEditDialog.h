#pragma once

#include "orders/Order.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLineEdit;
class QTableWidget;

// Edit one order before Submitted: receiver and address, seller memo, courier, lines (SKU code
// and quantity). The view hands the result to OrderEditor / LineEditor, which validate and audit.
class OrderEditDialog : public QDialog {
    Q_OBJECT
public:
    OrderEditDialog(QSqlDatabase db, const Order &order, QWidget *parent = nullptr);
    Receiver receiver() const;
    QString sellerMemo() const;
    QString courierCode() const;
    // The lines as edited; a code that matches no SKU keeps skuId 0. False with why when invalid.
    bool lines(QList<OrderLine> &out, QString &why) const;
    bool linesChanged() const;

private:
    QSqlDatabase m_db;
    Order m_order;
    QLineEdit *m_name, *m_phone, *m_province, *m_city, *m_district, *m_address, *m_postcode, *m_memo;
    QComboBox *m_courier;
    QTableWidget *m_lines;
};
