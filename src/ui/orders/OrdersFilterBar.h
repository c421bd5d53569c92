#pragma once

#include "orders/OrdersFilter.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

// Quick filters under the stage chips: flag, courier, province/city, SKU, shop, paid-time range,
// has message/memo, and the search box (Ctrl+F). Emits changed() a moment after typing stops.
class OrdersFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit OrdersFilterBar(QSqlDatabase db, QWidget *parent = nullptr);
    // The bar's part of a filter (the stage comes from the chips).
    OrdersFilter apply(OrdersFilter filter) const;
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *flagBox() const { return m_flag; }
    void reloadChoices();
    void clear();

signals:
    void changed();

private:
    QSqlDatabase m_db;
    QComboBox *m_flag;
    QComboBox *m_courier;
    QComboBox *m_shop;
    QLineEdit *m_province;
    QLineEdit *m_city;
    QLineEdit *m_sku;
    QCheckBox *m_paidRange;
    QDateEdit *m_paidFrom;
    QDateEdit *m_paidTo;
    QCheckBox *m_hasNote;
    QLineEdit *m_search;
    QTimer *m_debounce;
};
