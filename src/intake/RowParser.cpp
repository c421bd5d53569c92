#include "RowParser.h"

#include "AddressParser.h"
#include "FieldText.h"
#include "PhoneNumber.h"
#include "base/Money.h"

#include <QCoreApplication>
#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RowParser", text);
}

bool fail(RejectedRow &reject, const HeaderMap &h, OrderField field, const QString &value, const QString &why)
{
    reject.column = h.headerOf(field);
    reject.value = value;
    reject.why = why;
    return false;
}

bool money(const HeaderMap &h, const QStringList &row, OrderField field, qint64 &fen, RejectedRow &reject)
{
    const QString v = FieldText::numberText(h.value(row, field));
    if (v.isEmpty()) {
        fen = 0;
        return true;
    }
    const auto parsed = Money::parseYuan(v);
    if (!parsed || *parsed < 0)
        return fail(reject, h, field, v,
                    QCoreApplication::translate("RowParser", "not an amount in yuan (like 128.00)"));
    fen = *parsed;
    return true;
}

bool time(const HeaderMap &h, const QStringList &row, OrderField field, QString &utc, RejectedRow &reject,
          ReadNotes *notes)
{
    const QString v = h.value(row, field);
    QString layout;
    const auto parsed = FieldText::chinaTimeToUtc(v, notes ? &layout : nullptr);
    if (!parsed)
        return fail(reject, h, field, v,
                    QCoreApplication::translate("RowParser", "not a time like 2023-11-11 20:00:00"));
    if (!layout.isEmpty())
        notes->add(QStringLiteral("time:") + layout, [&] {
            return QCoreApplication::translate("RowParser", "times like “%1” read as %2, China time")
                .arg(v, layout);
        });
    utc = *parsed;
    return true;
}

void appendJsonString(QString &out, const QString &text)
{
    // The escapes QJsonDocument writes; other control characters as \u00XX.
    static constexpr std::pair<char16_t, char16_t> kShort[] = {{u'"', u'"'},  {u'\\', u'\\'}, {u'\n', u'n'},
                                                               {u'\r', u'r'}, {u'\t', u't'},  {u'\b', u'b'},
                                                               {u'\f', u'f'}};
    out += u'"';
    for (QChar c : text) {
        const auto escape = std::find_if(std::begin(kShort), std::end(kShort),
                                         [&](const auto &e) { return e.first == c.unicode(); });
        if (escape != std::end(kShort))
            out += QChar(u'\\') + QChar(escape->second);
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    out += u'"';
}
} // namespace

// Written by hand in QJsonDocument's compact form (keys sorted, later duplicate header wins, as a
// QJsonObject would have it): building a QJsonObject per row was 8% of an import's time.
QString RowParser::rawJson(const HeaderMap &h, const QStringList &row)
{
    QString out;
    const QList<HeaderMap::Unknown> &columns = h.unknownByKey();
    for (qsizetype k = 0; k < columns.size(); ++k) {
        // Among columns with the same name, the last non-empty one counts.
        QString value;
        const QString &key = columns.at(k).key;
        for (; k < columns.size() && columns.at(k).key == key; ++k) {
            const int i = columns.at(k).column;
            if (i < row.size())
                if (QString v = FieldText::trimmed(row.at(i)); !v.isEmpty())
                    value = std::move(v);
        }
        --k;
        if (value.isEmpty())
            continue;
        out += out.isEmpty() ? u'{' : u',';
        appendJsonString(out, key);
        out += u':';
        appendJsonString(out, value);
    }
    if (!out.isEmpty())
        out += u'}';
    return out;
}

bool RowParser::orderFields(const HeaderMap &h, const QStringList &row, const StatusVocabulary &vocabulary,
                            IncomingOrder &in, RejectedRow &reject, ReadNotes *notes)
{
    Order &o = in.order;
    o.platformOrderNo = FieldText::numberText(h.value(row, OrderField::OrderNo));
    if (o.platformOrderNo.isEmpty())
        return fail(reject, h, OrderField::OrderNo, QString(), tr("the order number is empty"));
    if (o.platformOrderNo.size() > 64)
        return fail(reject, h, OrderField::OrderNo, o.platformOrderNo.left(64),
                    tr("too long for an order number"));

    if (h.has(OrderField::Status)) {
        o.platformStatus = h.value(row, OrderField::Status);
        bool synonym = false;
        const auto state = vocabulary.stateOf(o.platformStatus, &synonym);
        if (!state)
            return fail(reject, h, OrderField::Status, o.platformStatus, tr("unknown order status"));
        if (synonym && notes)
            notes->add(QStringLiteral("status:") + o.platformStatus, [&] {
                return tr("status “%1” read as “%2”")
                    .arg(o.platformStatus, StatusVocabulary::stateName(*state));
            });
        in.state = *state;
    } else {
        in.state = PlatformState::Paid;
    }
    in.closeReason = h.value(row, OrderField::CloseReason);

    o.buyerNick = h.value(row, OrderField::BuyerNick);
    o.buyerMessage = h.value(row, OrderField::BuyerMessage);
    o.sellerMemo = h.value(row, OrderField::SellerMemo);
    if (!money(h, row, OrderField::GoodsAmount, o.goodsFen, reject) ||
        !money(h, row, OrderField::ShippingFee, o.shippingFen, reject) ||
        !money(h, row, OrderField::PaidAmount, o.paidFen, reject) ||
        !money(h, row, OrderField::RefundAmount, in.refundFen, reject))
        return false;
    if (!time(h, row, OrderField::CreatedAt, o.createdAt, reject, notes) ||
        !time(h, row, OrderField::PaidAt, o.paidAt, reject, notes))
        return false;

    Receiver &r = o.receiver;
    r.name = h.value(row, OrderField::ReceiverName);
    const QString mobile = h.value(row, OrderField::Mobile);
    QString phoneText = FieldText::numberText(mobile).isEmpty() ? h.value(row, OrderField::Landline) : mobile;

    const QString changed = h.value(row, OrderField::ChangedAddress);
    const QString full = changed.isEmpty() ? h.value(row, OrderField::FullAddress) : changed;
    if (!full.isEmpty()) {
        const ParsedAddress a = AddressParser::parse(full);
        r.province = a.province;
        r.city = a.city;
        r.district = a.district;
        r.address = a.detail;
        r.postcode = a.postcode;
        r.raw = full;
        if (FieldText::numberText(phoneText).isEmpty())
            phoneText = a.phone;
        if (a.tailRead && notes)
            notes->add(QStringLiteral("address-tail"), [&] {
                return tr("postcode and phone read from the end of the address (%1: “%2”)")
                    .arg(h.headerOf(changed.isEmpty() ? OrderField::FullAddress : OrderField::ChangedAddress),
                         full);
            });
    } else {
        r.province = h.value(row, OrderField::Province);
        r.city = h.value(row, OrderField::City);
        r.district = h.value(row, OrderField::District);
        r.address = h.value(row, OrderField::Street);
        QStringList parts{r.province, r.city, r.district, r.address};
        parts.removeAll(QString());
        r.raw = parts.join(u' ');
    }
    const PhoneNumber phone = PhoneNumber::parse(phoneText);
    r.phone = phone.text;
    r.phoneMasked = phone.masked;
    if (h.has(OrderField::Postcode))
        r.postcode = FieldText::numberText(h.value(row, OrderField::Postcode));
    if (in.state != PlatformState::Closed && r.raw.isEmpty())
        return fail(reject, h, h.has(OrderField::FullAddress) ? OrderField::FullAddress : OrderField::Street,
                    QString(), tr("no delivery address"));
    o.rawJson = rawJson(h, row);
    return true;
}

bool RowParser::line(const HeaderMap &h, const QStringList &row, const StatusVocabulary &vocabulary,
                     OrderLine &l, RejectedRow &reject)
{
    l.title = h.value(row, OrderField::Title);
    l.spec = h.value(row, OrderField::Spec);
    if (const QString package = h.value(row, OrderField::PackageInfo); !package.isEmpty())
        l.spec = l.spec.isEmpty() ? package : l.spec + u' ' + package;
    l.outerCode = FieldText::numberText(h.value(row, OrderField::OuterCode));
    l.platformLineId = FieldText::numberText(h.value(row, OrderField::LineId));
    const QString qtyText = FieldText::numberText(h.value(row, OrderField::Qty));
    bool ok = false;
    l.qty = qtyText.toInt(&ok);
    if (!ok || l.qty <= 0 || l.qty > 100000)
        return fail(reject, h, OrderField::Qty, qtyText, tr("not a quantity (a whole number above zero)"));
    if (!money(h, row, OrderField::Price, l.priceFen, reject))
        return false;
    l.refundStatus = QStringLiteral("none");
    const QString status = h.value(row, OrderField::LineStatus);
    if (!status.isEmpty()) {
        const auto state = vocabulary.stateOf(status);
        if (state == PlatformState::Closed)
            l.refundStatus = QStringLiteral("refunded");
        else if (StatusVocabulary::mentionsRefund(status))
            l.refundStatus = QStringLiteral("refunding");
    }
    return true;
}
