#include "ui/orders/OrderEditDialog.h"

#include "base/Money.h"
#include "orders/Couriers.h"
#include "stock/SkuCatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

OrderEditDialog::OrderEditDialog(QSqlDatabase db, const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_order(order)
{
    setWindowTitle(tr("Edit order %1").arg(order.platformOrderNo));
    const Receiver &r = order.receiver;
    auto line = [this](const QString &text) {
        return new QLineEdit(text, this);
    };
    m_name = line(r.name);
    m_phone = line(r.phone);
    m_province = line(r.province);
    m_city = line(r.city);
    m_district = line(r.district);
    m_address = line(r.address);
    m_postcode = line(r.postcode);
    m_memo = line(order.sellerMemo);
    m_courier = new QComboBox(this);
    m_courier->addItem(tr("(none)"), QString());
    for (const Courier &c : Couriers::active(m_db))
        m_courier->addItem(c.name, c.code);
    m_courier->setCurrentIndex(std::max(0, m_courier->findData(order.courierCode)));

    auto *form = new QFormLayout;
    form->addRow(tr("Receiver"), m_name);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Province"), m_province);
    form->addRow(tr("City"), m_city);
    form->addRow(tr("District"), m_district);
    form->addRow(tr("Street and number"), m_address);
    form->addRow(tr("Postcode"), m_postcode);
    if (!r.raw.isEmpty())
        form->addRow(tr("As the platform wrote it"), new QLabel(r.raw.toHtmlEscaped(), this));
    form->addRow(tr("Seller memo"), m_memo);
    form->addRow(tr("Courier"), m_courier);

    m_lines = new QTableWidget(int(order.lines.size()), 4, this);
    m_lines->setHorizontalHeaderLabels({tr("SKU code"), tr("Title"), tr("Qty"), tr("Price (¥)")});
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int i = 0; i < order.lines.size(); ++i) {
        const OrderLine &l = order.lines.at(i);
        m_lines->setItem(i, 0, new QTableWidgetItem(l.outerCode));
        auto *title = new QTableWidgetItem(l.title);
        title->setFlags(title->flags() & ~Qt::ItemIsEditable);
        m_lines->setItem(i, 1, title);
        m_lines->setItem(i, 2, new QTableWidgetItem(QString::number(l.qty)));
        m_lines->setItem(i, 3, new QTableWidgetItem(Money::formatYuan(l.priceFen)));
    }
    auto *addLine = new QPushButton(tr("Add line"), this);
    auto *removeLine = new QPushButton(tr("Remove line"), this);
    connect(addLine, &QPushButton::clicked, this, [this] {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        m_lines->setItem(row, 0, new QTableWidgetItem);
        m_lines->setItem(row, 1, new QTableWidgetItem);
        m_lines->setItem(row, 2, new QTableWidgetItem(QStringLiteral("1")));
        m_lines->setItem(row, 3, new QTableWidgetItem(QStringLiteral("0.00")));
        m_lines->setCurrentCell(row, 0);
    });
    connect(removeLine, &QPushButton::clicked, this, [this] {
        if (m_lines->currentRow() >= 0)
            m_lines->removeRow(m_lines->currentRow());
    });
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addLine);
    lineButtons->addWidget(removeLine);
    lineButtons->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Lines"), this));
    layout->addWidget(m_lines);
    layout->addLayout(lineButtons);
    layout->addWidget(buttons);
    resize(640, 620);
}

Receiver OrderEditDialog::receiver() const
{
    Receiver r = m_order.receiver;
    r.name = m_name->text().trimmed();
    if (m_phone->text().trimmed() != r.phone) {
        r.phone = m_phone->text().trimmed();
        r.phoneMasked = r.phone.contains(u'*');
    }
    r.province = m_province->text().trimmed();
    r.city = m_city->text().trimmed();
    r.district = m_district->text().trimmed();
    r.address = m_address->text().trimmed();
    r.postcode = m_postcode->text().trimmed();
    return r;
}

QString OrderEditDialog::sellerMemo() const
{
    return m_memo->text();
}

QString OrderEditDialog::courierCode() const
{
    return m_courier->currentData().toString();
}

bool OrderEditDialog::lines(QList<OrderLine> &out, QString &why) const
{
    out.clear();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QString code = m_lines->item(row, 0) ? m_lines->item(row, 0)->text().trimmed() : QString();
        bool okQty = false;
        const int qty = m_lines->item(row, 2) ? m_lines->item(row, 2)->text().toInt(&okQty) : 0;
        const auto price =
            Money::parseYuan(m_lines->item(row, 3) ? m_lines->item(row, 3)->text() : QString());
        if (code.isEmpty() || !okQty || qty <= 0 || !price) {
            why = tr("Line %1: give a SKU code, a quantity of at least 1 and a price such as 59.00.")
                      .arg(row + 1);
            return false;
        }
        OrderLine l = row < m_order.lines.size() ? m_order.lines.at(row) : OrderLine{};
        if (l.outerCode != code || l.skuId == 0) {
            l.skuId = SkuCatalog::idByCode(m_db, code).value_or(0);
            l.outerCode = code;
            l.title.clear();
            l.spec.clear();
        }
        l.qty = qty;
        l.priceFen = *price;
        out << l;
    }
    return true;
}

bool OrderEditDialog::linesChanged() const
{
    QList<OrderLine> now;
    QString why;
    if (!lines(now, why) || now.size() != m_order.lines.size())
        return true;
    for (int i = 0; i < now.size(); ++i) {
        const OrderLine &a = now.at(i), &b = m_order.lines.at(i);
        if (a.skuId != b.skuId || a.outerCode != b.outerCode || a.qty != b.qty || a.priceFen != b.priceFen)
            return true;
    }
    return false;
}
