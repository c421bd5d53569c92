#include "ColumnMapping.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *n : list)
        result << QString::fromUtf8(n);
    return result;
}
} // namespace

QList<OrderField> ColumnMapping::requiredFields()
{
    return {OrderField::OrderNo, OrderField::ReceiverName, OrderField::Qty};
}

QList<FieldAliases> ColumnMapping::aliases() const
{
    QList<FieldAliases> result;
    const QList<OrderField> required = requiredFields();
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        result << FieldAliases{it.key(), it.value(), required.contains(it.key())};
    return result;
}

StatusVocabulary ColumnMapping::vocabulary() const
{
    StatusVocabulary v;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        v.add(it.key(), it.value());
    return v;
}

Result<> ColumnMapping::usable() const
{
    QStringList missing;
    for (OrderField f : requiredFields())
        if (columns.value(f).isEmpty())
            missing << OrderFields::displayName(f);
    if (columns.value(OrderField::FullAddress).isEmpty() && columns.value(OrderField::Street).isEmpty())
        missing << OrderFields::displayName(OrderField::Street);
    if (columns.value(OrderField::Title).isEmpty() && columns.value(OrderField::OuterCode).isEmpty())
        missing << OrderFields::displayName(OrderField::OuterCode);
    if (missing.isEmpty())
        return Result<>::success();
    return Result<>::failure(
        QCoreApplication::translate("ColumnMapping", "The mapping names no column for: %1")
            .arg(missing.join(QStringLiteral(", "))));
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject cols;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        cols.insert(OrderFields::code(it.key()), QJsonArray::fromStringList(it.value()));
    QJsonObject sts;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        sts.insert(it.key(), StatusVocabulary::stateCode(it.value()));
    return {{QStringLiteral("platform"), platform},
            {QStringLiteral("columns"), cols},
            {QStringLiteral("statuses"), sts}};
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json)
{
    ColumnMapping m;
    m.platform = json.value(QStringLiteral("platform")).toString();
    const QJsonObject cols = json.value(QStringLiteral("columns")).toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it) {
        const auto field = OrderFields::fromCode(it.key());
        if (!field)
            continue;
        QStringList list;
        for (const QJsonValue &v : it.value().toArray())
            if (!v.toString().isEmpty())
                list << v.toString();
        if (!list.isEmpty())
            m.columns.insert(*field, list);
    }
    const QJsonObject sts = json.value(QStringLiteral("statuses")).toObject();
    for (auto it = sts.begin(); it != sts.end(); ++it)
        if (const auto state = StatusVocabulary::stateFromCode(it.value().toString()))
            m.statuses.insert(it.key(), *state);
    return m;
}

QStringList ColumnMapping::builtInPlatforms()
{
    return {QStringLiteral("pdd"), QStringLiteral("jd")};
}

ColumnMapping ColumnMapping::builtIn(const QString &platform)
{
    using F = OrderField;
    using S = PlatformState;
    ColumnMapping m;
    m.platform = platform;
    if (platform == u"pdd") {
        m.columns = {
            {F::OrderNo, names({"订单号"})},
            {F::Status, names({"订单状态"})},
            {F::Title, names({"商品", "商品名称"})},
            {F::Spec, names({"商品规格", "规格"})},
            {F::Qty, names({"数量", "商品数量(件)"})},
            {F::Price, names({"商品单价", "单价"})},
            {F::OuterCode, names({"商家编码-SKU维度", "商家编码", "样式ID"})},
            {F::ReceiverName, names({"收货人"})},
            {F::Mobile, names({"手机", "收货人手机号"})},
            {F::Province, names({"省"})},
            {F::City, names({"市"})},
            {F::District, names({"区"})},
            {F::Street, names({"街道", "详细地址"})},
            {F::BuyerMessage, names({"买家留言"})},
            {F::SellerMemo, names({"商家备注"})},
            {F::PaidAt, names({"支付时间"})},
            {F::CreatedAt, names({"订单成交时间"})},
            {F::PaidAmount, names({"用户实付金额(元)", "实付金额"})},
            {F::ShippingFee, names({"邮费(元)", "运费"})},
        };
        m.statuses = {
            {QStringLiteral("待付款"), S::Unpaid},           {QStringLiteral("待发货"), S::Paid},
            {QStringLiteral("已发货，待签收"), S::Shipped},  {QStringLiteral("已发货"), S::Shipped},
            {QStringLiteral("已签收"), S::Shipped},          {QStringLiteral("已取消"), S::Closed},
            {QStringLiteral("交易已取消"), S::Closed},       {QStringLiteral("未发货，退款成功"), S::Closed},
            {QStringLiteral("已发货，退款成功"), S::Closed},
        };
    } else if (platform == u"jd") {
        m.columns = {
            {F::OrderNo, names({"订单号"})},
            {F::Status, names({"订单状态"})},
            {F::Title, names({"商品名称", "商品"})},
            {F::Spec, names({"商品规格", "销售属性"})},
            {F::Qty, names({"订购数量", "数量"})},
            {F::Price, names({"京东价", "单价"})},
            {F::OuterCode, names({"商家SKUID", "商家编码"})},
            {F::ReceiverName, names({"客户姓名", "收货人"})},
            {F::Mobile, names({"联系电话", "手机"})},
            {F::Province, names({"省"})},
            {F::City, names({"市"})},
            {F::District, names({"区", "县"})},
            {F::Street, names({"客户地址", "详细地址", "街道"})},
            {F::BuyerMessage, names({"订单备注", "买家留言"})},
            {F::SellerMemo, names({"商家备注"})},
            {F::PaidAt, names({"付款确认时间", "支付时间"})},
            {F::CreatedAt, names({"下单时间"})},
            {F::PaidAmount, names({"应付金额", "实付金额"})},
            {F::ShippingFee, names({"运费金额", "运费"})},
        };
        m.statuses = {
            {QStringLiteral("等待付款"), S::Unpaid}, {QStringLiteral("等待出库"), S::Paid},
            {QStringLiteral("等待发货"), S::Paid},   {QStringLiteral("等待确认收货"), S::Shipped},
            {QStringLiteral("已出库"), S::Shipped},  {QStringLiteral("完成"), S::Shipped},
            {QStringLiteral("已取消"), S::Closed},   {QStringLiteral("锁定"), S::Closed},
        };
    }
    return m;
}

ColumnMapping ColumnMappings::load(const QSqlDatabase &db, const QString &platform)
{
    const QVariant json = Sql::scalar(
        db, QStringLiteral("SELECT mapping_json FROM intake_mappings WHERE platform = ?"), {platform});
    if (json.isValid()) {
        ColumnMapping m = ColumnMapping::fromJson(QJsonDocument::fromJson(json.toString().toUtf8()).object());
        m.platform = platform;
        return m;
    }
    return ColumnMapping::builtIn(platform);
}

void ColumnMappings::save(const QSqlDatabase &db, const ColumnMapping &mapping)
{
    Sql::run(
        db,
        QStringLiteral("INSERT INTO intake_mappings (platform, mapping_json, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (platform) DO UPDATE SET mapping_json = excluded.mapping_json, "
                       "updated_at = excluded.updated_at"),
        {mapping.platform, QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)),
         Clock::nowText()});
}

QStringList ColumnMappings::platforms(const QSqlDatabase &db)
{
    QStringList result = ColumnMapping::builtInPlatforms();
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT platform FROM intake_mappings ORDER BY platform"));
    while (q.next())
        if (!result.contains(q.value(0).toString()))
            result << q.value(0).toString();
    return result;
}

QStringList ColumnMappings::saved(const QSqlDatabase &db)
{
    QStringList result;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT platform FROM intake_mappings ORDER BY platform"));
    while (q.next())
        result << q.value(0).toString();
    return result;
}

QByteArray ColumnMappings::exportJson(const QSqlDatabase &db, const QString &name)
{
    if (!platforms(db).contains(name))
        throw Error(
            QCoreApplication::translate("ColumnMapping", "There is no column mapping named “%1” (known: %2).")
                .arg(name, platforms(db).join(QStringLiteral(", "))));
    return QJsonDocument(load(db, name).toJson()).toJson(QJsonDocument::Indented);
}

QString ColumnMappings::importJson(const QSqlDatabase &db, const Actor &actor, const QByteArray &json,
                                   const QString &name)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        throw Error(QCoreApplication::translate("ColumnMapping", "not a column mapping (JSON): %1")
                        .arg(error.error == QJsonParseError::NoError ? QStringLiteral("not an object")
                                                                     : error.errorString()));
    ColumnMapping m = ColumnMapping::fromJson(doc.object());
    if (!name.trimmed().isEmpty())
        m.platform = name.trimmed();
    if (m.platform.isEmpty())
        throw Error(QCoreApplication::translate("ColumnMapping", "the mapping has no name: give one."));
    if (m.platform == u"taobao" || m.platform == u"auto")
        throw Error(QCoreApplication::translate("ColumnMapping", "“%1” is not a name a mapping can have.")
                        .arg(m.platform));
    if (const Result<> usable = m.usable(); !usable)
        throw Error(usable.message);
    Transaction::run(db, [&](Transaction &tx) {
        const QVariant before = Sql::scalar(
            db, QStringLiteral("SELECT mapping_json FROM intake_mappings WHERE platform = ?"), {m.platform});
        save(db, m);
        AuditLog::record(db, actor, QStringLiteral("intake_mapping"), 0, QStringLiteral("import"),
                         before.isValid() ? QJsonObject{{QStringLiteral("mapping"), before.toString()}}
                                          : QJsonObject(),
                         m.toJson());
        tx.commit();
    });
    return m.platform;
}
