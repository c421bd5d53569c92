#pragma once

#include <QList>
#include <QString>
#include <optional>

// What an export column can mean. Importers map header names (with aliases) to these.
enum class OrderField {
    OrderNo,        // 订单编号 / 订单号
    Status,         // 订单状态
    BuyerNick,      // 买家会员名
    ReceiverName,   // 收货人姓名
    Mobile,         // 联系手机 / 手机
    Landline,       // 联系电话
    FullAddress,    // 收货地址: 省 市 区 详细(邮编) in one field
    ChangedAddress, // 修改后的收货地址: wins over FullAddress when filled
    Province,       // 省
    City,           // 市
    District,       // 区
    Street,         // 街道 / 详细地址
    Postcode,
    BuyerMessage,
    SellerMemo,
    CreatedAt,
    PaidAt,
    GoodsAmount,
    ShippingFee,
    PaidAmount,
    RefundAmount,
    CloseReason,
    ShopName,
    Title,     // line: 标题 / 商品
    Spec,      // line: 商品属性 / 商品规格
    Qty,       // line: 购买数量 / 数量
    Price,     // line: 价格 (yuan per unit)
    OuterCode, // line: 商家编码
    LineStatus,
    LineId,
    PackageInfo, // line: 套餐信息, added to the spec (a listing is title + spec)
    Count_
};

namespace OrderFields {
// Stable code for mappings saved as JSON ("order_no", "receiver_name", …).
QString code(OrderField field);
std::optional<OrderField> fromCode(const QString &code);
// Translated label for the mapping editor.
QString displayName(OrderField field);
QList<OrderField> all();
} // namespace OrderFields
