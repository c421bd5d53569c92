#include "OrderField.h"

#include <QCoreApplication>

namespace {
struct Info {
    const char *code;
    const char *name;
};
// In enum order.
constexpr Info kInfo[] = {
    {"order_no", QT_TRANSLATE_NOOP("OrderField", "Order number")},
    {"status", QT_TRANSLATE_NOOP("OrderField", "Order status")},
    {"buyer_nick", QT_TRANSLATE_NOOP("OrderField", "Buyer nickname")},
    {"receiver_name", QT_TRANSLATE_NOOP("OrderField", "Receiver name")},
    {"mobile", QT_TRANSLATE_NOOP("OrderField", "Mobile phone")},
    {"landline", QT_TRANSLATE_NOOP("OrderField", "Landline phone")},
    {"full_address", QT_TRANSLATE_NOOP("OrderField", "Full address (province city district street)")},
    {"changed_address", QT_TRANSLATE_NOOP("OrderField", "Changed address (wins when filled)")},
    {"province", QT_TRANSLATE_NOOP("OrderField", "Province")},
    {"city", QT_TRANSLATE_NOOP("OrderField", "City")},
    {"district", QT_TRANSLATE_NOOP("OrderField", "District")},
    {"street", QT_TRANSLATE_NOOP("OrderField", "Street address")},
    {"postcode", QT_TRANSLATE_NOOP("OrderField", "Postcode")},
    {"buyer_message", QT_TRANSLATE_NOOP("OrderField", "Buyer message")},
    {"seller_memo", QT_TRANSLATE_NOOP("OrderField", "Seller memo")},
    {"created_at", QT_TRANSLATE_NOOP("OrderField", "Created at")},
    {"paid_at", QT_TRANSLATE_NOOP("OrderField", "Paid at")},
    {"goods_amount", QT_TRANSLATE_NOOP("OrderField", "Goods amount")},
    {"shipping_fee", QT_TRANSLATE_NOOP("OrderField", "Shipping fee")},
    {"paid_amount", QT_TRANSLATE_NOOP("OrderField", "Amount paid")},
    {"refund_amount", QT_TRANSLATE_NOOP("OrderField", "Refund amount")},
    {"close_reason", QT_TRANSLATE_NOOP("OrderField", "Close reason")},
    {"shop_name", QT_TRANSLATE_NOOP("OrderField", "Shop name")},
    {"title", QT_TRANSLATE_NOOP("OrderField", "Item title")},
    {"spec", QT_TRANSLATE_NOOP("OrderField", "Item spec")},
    {"qty", QT_TRANSLATE_NOOP("OrderField", "Quantity")},
    {"price", QT_TRANSLATE_NOOP("OrderField", "Unit price")},
    {"outer_code", QT_TRANSLATE_NOOP("OrderField", "Outer code (商家编码)")},
    {"line_status", QT_TRANSLATE_NOOP("OrderField", "Line status")},
    {"line_id", QT_TRANSLATE_NOOP("OrderField", "Line id")},
    {"package_info", QT_TRANSLATE_NOOP("OrderField", "Package (套餐信息)")},
};
static_assert(std::size(kInfo) == size_t(OrderField::Count_));
} // namespace

QString OrderFields::code(OrderField field)
{
    return QString::fromLatin1(kInfo[int(field)].code);
}

std::optional<OrderField> OrderFields::fromCode(const QString &code)
{
    for (int i = 0; i < int(OrderField::Count_); ++i)
        if (code == QLatin1String(kInfo[i].code))
            return OrderField(i);
    return std::nullopt;
}

QString OrderFields::displayName(OrderField field)
{
    return QCoreApplication::translate("OrderField", kInfo[int(field)].name);
}

QList<OrderField> OrderFields::all()
{
    QList<OrderField> result;
    for (int i = 0; i < int(OrderField::Count_); ++i)
        result << OrderField(i);
    return result;
}
