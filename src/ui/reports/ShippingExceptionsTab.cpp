#include "ui/reports/ShippingExceptionsTab.h"

#include "base/Clock.h"
#include "db/Database.h"
#include "orders/Couriers.h"
#include "ui/AppContext.h"
#include "ui/Tables.h"

#include <QColor>
#include <QEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ShippingExceptionsTab::ShippingExceptionsTab(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_summary(new QLabel(this))
{
    using E = ShippingException;
    m_model = new Model(
        {
            {[] { return tr("Kind"); },
             [](const E &e) -> QString {
                 return (e.kind == E::Kind::Stuck ? QStringLiteral("○ ") : QStringLiteral("⚠ ")) +
                        ShippingExceptions::kindName(e.kind);
             },
             [](const E &e) {
                 return int(e.kind);
             }},
            {[] { return tr("Order no."); },
             [](const E &e) {
                 return e.orderNo;
             }},
            {[] { return tr("Stage"); }, [](const E &e) { return Stages::displayName(e.stage); },
             [](const E &e) {
                 return Stages::code(e.stage);
             }},
            {[] { return tr("Courier / tracking"); },
             [this](const E &e) {
                 return QString(m_couriers.value(e.courierCode, e.courierCode) + u' ' + e.trackingNo)
                     .trimmed();
             }},
            {[] { return tr("Since"); },
             [](const E &e) { return QLocale().toString(e.since.toLocalTime(), QLocale::ShortFormat); },
             [](const E &e) {
                 return e.since;
             }},
            {[] { return tr("What to do"); },
             [](const E &e) {
                 return e.action;
             }},
        },
        this);
    m_model->setBackground([](const E &e) {
        return e.kind != E::Kind::Stuck ? QVariant(QColor(0xff, 0xe0, 0xe0)) : QVariant();
    });
    m_table = Tables::readOnly(this, m_model);
    QFont f = m_summary->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_summary->setFont(f);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void ShippingExceptionsTab::refresh()
{
    QList<ShippingException> list =
        ShippingExceptions::list(m_context.database.connection(), Clock::nowUtc());
    m_couriers = Couriers::names(m_context.database.connection());
    int counts[3] = {0, 0, 0};
    for (const ShippingException &e : std::as_const(list))
        ++counts[int(e.kind)];
    m_model->setRows(std::move(list));
    m_summary->setText(tr("%1 intercepted to pull · %2 refunded after shipping · %3 stuck")
                           .arg(counts[0])
                           .arg(counts[1])
                           .arg(counts[2]));
}

void ShippingExceptionsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && isVisible())
        refresh();
    QWidget::changeEvent(event);
}
