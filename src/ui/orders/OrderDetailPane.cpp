#include "ui/orders/OrderDetailPane.h"

#include "base/Clock.h"
#include "base/Money.h"
#include "orders/Couriers.h"
#include "review/OrderDetails.h"
#include "review/rules/MessageRule.h"
#include "ui/orders/OrdersModel.h"

#include <QLocale>

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString localTime(const QString &utc)
{
    return utc.isEmpty()
               ? QString()
               : QLocale().toString(Clock::fromText(utc).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

OrderDetailPane::OrderDetailPane(QSqlDatabase db, QWidget *parent)
    : QTextBrowser(parent)
    , m_db(std::move(db))
{
    setOpenLinks(false);
    setFocusPolicy(Qt::ClickFocus);
}

void OrderDetailPane::showSelectionCount(int count)
{
    m_orderId = 0;
    setHtml(QStringLiteral("<h3>%1</h3>").arg(esc(tr("%n order(s) selected", nullptr, count))));
}

void OrderDetailPane::showOrder(qint64 orderId)
{
    m_orderId = orderId;
    const std::optional<OrderDetails> d = orderId > 0 ? OrderDetails::load(m_db, orderId) : std::nullopt;
    if (!d) {
        setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Select an order to see it here."))));
        return;
    }
    const Order &o = d->order;
    const Receiver &r = o.receiver;
    QString html;
    html += QStringLiteral("<h3>%1 · %2</h3>").arg(esc(o.platformOrderNo), esc(Stages::displayName(o.stage)));
    if (o.stage == Stage::OnHold)
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("On hold:")), esc(o.holdReason));
    html += QStringLiteral("<p>%1 · %2 · %3 %4<br>%5 ¥%6</p>")
                .arg(esc(d->shopName), esc(o.buyerNick), esc(tr("paid")), esc(localTime(o.paidAt)),
                     esc(tr("Paid amount")), esc(Money::formatYuan(o.paidFen)));
    if (!d->waveDate.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Wave:")), esc(d->waveDate));

    html += QStringLiteral("<h4>%1</h4><p>%2 %3<br>%4 %5 %6 %7</p>")
                .arg(esc(tr("Receiver")), esc(r.name), esc(r.phone), esc(r.province), esc(r.city),
                     esc(r.district), esc(r.address));
    if (!o.courierCode.isEmpty())
        html += QStringLiteral("<p>%1 %2 %3</p>")
                    .arg(esc(tr("Courier:")), esc(Couriers::name(m_db, o.courierCode)), esc(o.trackingNo));

    if (!d->flags.isEmpty()) {
        html += QStringLiteral("<h4>⚠ %1</h4><ul>").arg(esc(tr("Flags")));
        for (const OrderDetails::Flag &f : d->flags) {
            // A buyer's or seller's note reads in the language shown, whoever ran the rules.
            const QString &note = f.code == u"seller_memo" ? o.sellerMemo : o.buyerMessage;
            const QString now = note.trimmed().isEmpty() ? QString() : MessageRule::reason(f.code, note);
            html += QStringLiteral("<li><b>%1</b>: %2</li>")
                        .arg(esc(OrdersModel::flagName(f.code)), esc(now.isEmpty() ? f.reason : now));
        }
        html += QStringLiteral("</ul>");
    }
    if (!o.buyerMessage.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Buyer message:")), esc(o.buyerMessage));
    if (!o.sellerMemo.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Seller memo:")), esc(o.sellerMemo));

    html +=
        QStringLiteral(
            "<h4>%1</h4><table border=0 cellspacing=0 cellpadding=3><tr><th align=left>%2</th>"
            "<th align=left>%3</th><th align=right>%4</th><th align=right>%5</th><th align=left>%6</th></tr>")
            .arg(esc(tr("Lines")), esc(tr("SKU")), esc(tr("Title / spec")), esc(tr("Qty")),
                 esc(tr("Available")), esc(tr("Bin")));
    for (const OrderDetails::Line &l : d->lines) {
        const bool short_ = l.line.skuId > 0 && l.available < l.line.qty;
        QString available = l.line.skuId > 0 ? QString::number(l.available) : tr("unknown SKU");
        if (short_)
            available = QStringLiteral("<b>%1 ×</b>").arg(esc(available)); // not colour alone
        else
            available = esc(available);
        html += QStringLiteral("<tr><td>%1</td><td>%2<br><small>%3</small></td><td align=right>%4</td>"
                               "<td align=right>%5</td><td>%6</td></tr>")
                    .arg(esc(l.line.outerCode), esc(l.line.title), esc(l.line.spec))
                    .arg(l.line.qty)
                    .arg(available, esc(l.location));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("History")));
    for (const OrderDetails::Event &e : d->history)
        html += QStringLiteral("<li>%1 %2@%3: <b>%4</b> <small>%5 → %6</small></li>")
                    .arg(esc(localTime(e.at)), esc(e.operatorName), esc(e.station), esc(e.action),
                         esc(e.before), esc(e.after));
    if (d->history.isEmpty())
        html += QStringLiteral("<li><i>%1</i></li>")
                    .arg(esc(tr("Nothing yet: the order has not changed since it was imported.")));
    html += QStringLiteral("</ul>");
    setHtml(html);
}
