#include "ui/orders/OrdersFilterBar.h"

#include "base/Clock.h"
#include "orders/Couriers.h"
#include "orders/Shops.h"
#include "ui/FlowLayout.h"
#include "ui/orders/OrdersModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace {
const QStringList kFlags = {
    QStringLiteral("buyer_message"),   QStringLiteral("seller_memo"), QStringLiteral("address"),
    QStringLiteral("address_changed"), QStringLiteral("phone"),       QStringLiteral("unknown_sku"),
    QStringLiteral("out_of_stock"),    QStringLiteral("presale"),     QStringLiteral("limit_buyer"),
    QStringLiteral("limit_receiver"),  QStringLiteral("large"),       QStringLiteral("duplicate")};

// Local midnight of a date as the UTC text the database compares.
QString utcText(const QDate &localDate)
{
    return Clock::toText(QDateTime(localDate, QTime(0, 0)).toUTC());
}
} // namespace

OrdersFilterBar::OrdersFilterBar(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_flag(new QComboBox(this))
    , m_courier(new QComboBox(this))
    , m_shop(new QComboBox(this))
    , m_province(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_sku(new QLineEdit(this))
    , m_paidRange(new QCheckBox(tr("Paid"), this))
    , m_paidFrom(new QDateEdit(QDate::currentDate().addDays(-1), this))
    , m_paidTo(new QDateEdit(QDate::currentDate(), this))
    , m_hasNote(new QCheckBox(tr("Has message/memo"), this))
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
{
    m_province->setPlaceholderText(tr("Province"));
    m_city->setPlaceholderText(tr("City"));
    m_sku->setPlaceholderText(tr("SKU code"));
    m_search->setPlaceholderText(tr("Search… (Ctrl+F)"));
    m_search->setToolTip(tr("Search order no, buyer, receiver, phone tail, tracking no (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("ordersSearch"));
    m_flag->setObjectName(QStringLiteral("flagFilter"));
    for (QLineEdit *e : {m_province, m_city, m_sku})
        e->setFixedWidth(80);
    m_search->setMinimumWidth(260);
    m_paidFrom->setCalendarPopup(true);
    m_paidTo->setCalendarPopup(true);
    m_paidFrom->setEnabled(false);
    m_paidTo->setEnabled(false);

    // Wraps to a second row on a narrow screen rather than scrolling sideways.
    auto *layout = new FlowLayout(this);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_search, m_flag, m_courier, m_shop, m_province, m_city, m_sku,
                                          m_paidRange, m_paidFrom, m_paidTo, m_hasNote})
        layout->addWidget(w);
    reloadChoices();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &OrdersFilterBar::changed);
    for (QLineEdit *e : {m_province, m_city, m_sku, m_search})
        connect(e, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        emit changed();
    });
    for (QComboBox *c : {m_flag, m_courier, m_shop})
        connect(c, &QComboBox::activated, this, &OrdersFilterBar::changed);
    connect(m_hasNote, &QCheckBox::toggled, this, &OrdersFilterBar::changed);
    connect(m_paidRange, &QCheckBox::toggled, this, [this](bool on) {
        m_paidFrom->setEnabled(on);
        m_paidTo->setEnabled(on);
        emit changed();
    });
    connect(m_paidFrom, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_paidTo, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
}

void OrdersFilterBar::reloadChoices()
{
    const QString flag = m_flag->currentData().toString();
    m_flag->clear();
    m_flag->addItem(tr("All flags"), QString());
    m_flag->addItem(tr("⚠ Any flag"), QStringLiteral("*"));
    for (const QString &f : kFlags)
        m_flag->addItem(OrdersModel::flagName(f), f);
    m_flag->setCurrentIndex(std::max(0, m_flag->findData(flag)));

    const QString courier = m_courier->currentData().toString();
    m_courier->clear();
    m_courier->addItem(tr("All couriers"), QString());
    m_courier->addItem(tr("No courier yet"), QStringLiteral("-"));
    for (const Courier &c : Couriers::active(m_db))
        m_courier->addItem(c.name, c.code);
    m_courier->setCurrentIndex(std::max(0, m_courier->findData(courier)));

    const qint64 shop = m_shop->currentData().toLongLong();
    m_shop->clear();
    m_shop->addItem(tr("All shops"), qint64(0));
    for (const Shop &s : Shops::byName(m_db))
        m_shop->addItem(s.name, s.id);
    m_shop->setCurrentIndex(std::max(0, m_shop->findData(shop)));
}

void OrdersFilterBar::clear()
{
    for (QLineEdit *e : {m_province, m_city, m_sku, m_search})
        e->clear();
    for (QComboBox *c : {m_flag, m_courier, m_shop})
        c->setCurrentIndex(0);
    m_paidRange->setChecked(false);
    m_hasNote->setChecked(false);
    m_debounce->stop();
    emit changed();
}

OrdersFilter OrdersFilterBar::apply(OrdersFilter f) const
{
    f.flag = m_flag->currentData().toString();
    f.courier = m_courier->currentData().toString();
    f.shopId = m_shop->currentData().toLongLong();
    f.province = m_province->text();
    f.city = m_city->text();
    f.skuCode = m_sku->text();
    f.hasNote = m_hasNote->isChecked();
    f.search = m_search->text();
    f.paidFrom = m_paidRange->isChecked() ? utcText(m_paidFrom->date()) : QString();
    f.paidTo = m_paidRange->isChecked() ? utcText(m_paidTo->date().addDays(1)) : QString();
    return f;
}
