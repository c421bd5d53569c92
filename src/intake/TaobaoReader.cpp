#include "TaobaoReader.h"

#include "FieldText.h"
#include "GenericReader.h"
#include "ItemStage.h"
#include "RowParser.h"
#include "base/Error.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TaobaoReader", text);
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *n : list)
        result << QString::fromUtf8(n);
    return result;
}

void requireColumns(const CsvSource &source, const HeaderMap &h, const QString &kind)
{
    if (!h.missingRequired().isEmpty())
        throw Error(QCoreApplication::translate("TaobaoReader", "%1: not a usable %2: missing column(s) %3.")
                        .arg(source.fileName(), kind, h.missingRequired().join(QStringLiteral(", "))));
}

RejectedRow rejectAt(const CsvSource &source, qint64 line, const QString &column, const QString &value,
                     const QString &why)
{
    return {source.fileName(), line, column, value, why};
}

// The item report is held in memory (see ItemStage) while the order report streams past it.
void stageItems(CsvSource &items, ItemStage &stage, const ImportSink &sink)
{
    const HeaderMap h(items.header(), TaobaoReader::itemAliases());
    requireColumns(items, h, QCoreApplication::translate("TaobaoReader", "Taobao item report"));
    const StatusVocabulary vocabulary = StatusVocabulary::taobao();
    CsvRecord record;
    qint64 rows = 0;
    while (items.next(record)) {
        if (record.isBlank())
            continue;
        if (++rows % 2000 == 0 && sink.progress)
            sink.progress(items.bytesRead(), rows);
        if (!record.error.isEmpty()) {
            sink.reject(rejectAt(items, record.line, items.errorColumn(record), {}, record.error));
            continue;
        }
        const QString orderNo = FieldText::numberText(h.value(record.fields, OrderField::OrderNo));
        if (orderNo.isEmpty()) {
            sink.reject(rejectAt(items, record.line, h.headerOf(OrderField::OrderNo), {},
                                 QCoreApplication::translate("TaobaoReader", "the order number is empty")));
            continue;
        }
        OrderLine line;
        RejectedRow bad;
        QString problem = items.shapeProblem(record);
        if (problem.isEmpty() && !RowParser::line(h, record.fields, vocabulary, line, bad)) {
            bad.file = items.fileName();
            bad.line = record.line;
            sink.reject(bad);
            problem = QCoreApplication::translate("TaobaoReader", "line %1 of %2 was rejected (%3)")
                          .arg(record.line)
                          .arg(items.fileName(), bad.why);
        } else if (!problem.isEmpty()) {
            sink.reject(rejectAt(items, record.line, {}, {}, problem));
            problem = QCoreApplication::translate("TaobaoReader", "line %1 of %2 was rejected (%3)")
                          .arg(record.line)
                          .arg(items.fileName(), problem);
        }
        // A bad line is staged with its problem, so its order is refused rather than imported short.
        stage.add(orderNo, record.line, line, problem);
    }
}
} // namespace

QList<FieldAliases> TaobaoReader::orderAliases()
{
    using F = OrderField;
    return {
        {F::OrderNo, names({"订单编号", "订单号"}), true},
        {F::Status, names({"订单状态"}), true},
        {F::BuyerNick, names({"买家会员名", "买家昵称"})},
        {F::ReceiverName, names({"收货人姓名", "收货人"}), true},
        {F::FullAddress, names({"收货地址"}), true},
        {F::ChangedAddress, names({"修改后的收货地址"})},
        {F::Mobile, names({"联系手机", "手机"})},
        {F::Landline, names({"联系电话"})},
        {F::BuyerMessage, names({"买家留言"})},
        {F::SellerMemo, names({"订单备注", "卖家备注"})},
        {F::CreatedAt, names({"订单创建时间"})},
        {F::PaidAt, names({"订单付款时间"})},
        {F::GoodsAmount, names({"买家应付货款"})},
        {F::ShippingFee, names({"买家应付邮费"})},
        {F::PaidAmount, names({"买家实际支付金额", "支付金额", "实际支付金额"})},
        {F::RefundAmount, names({"退款金额"})},
        {F::CloseReason, names({"订单关闭原因"})},
        {F::ShopName, names({"店铺名称", "分销商店铺名称"})},
    };
}

QList<FieldAliases> TaobaoReader::itemAliases()
{
    using F = OrderField;
    return {
        {F::OrderNo, names({"订单编号", "订单号"}), true},
        {F::Title, names({"标题", "宝贝标题"}), true},
        {F::Price, names({"价格", "单价"})},
        {F::Qty, names({"购买数量", "数量"}), true},
        {F::OuterCode, names({"商家编码", "商家编码(SKU)"})},
        {F::Spec, names({"商品属性", "销售属性"})},
        {F::LineStatus, names({"订单状态"})},
        {F::LineId, names({"子订单编号"})},
    };
}

QList<FieldAliases> TaobaoReader::aloneAliases()
{
    using F = OrderField;
    QList<FieldAliases> aliases = orderAliases();
    // Per-line counts first: a file with one row per line may also carry the order's total.
    aliases << FieldAliases{F::Title, names({"宝贝标题", "商品标题", "标题", "商品名称"}), true}
            << FieldAliases{F::Qty, names({"购买数量", "宝贝数量", "商品数量", "数量", "宝贝总数量"}), true}
            << FieldAliases{F::Spec, names({"商品属性", "销售属性", "商品规格"})}
            << FieldAliases{F::PackageInfo, names({"套餐信息"})}
            << FieldAliases{F::Price, names({"价格", "单价", "商品单价"})}
            << FieldAliases{F::OuterCode, names({"商家编码", "商家编码(SKU)", "商品编码"})};
    return aliases;
}

bool TaobaoReader::canReadAlone(const QStringList &header)
{
    const HeaderMap h(header, aloneAliases());
    return h.has(OrderField::Title) && h.has(OrderField::Qty);
}

bool TaobaoReader::isOrderReport(const QStringList &header)
{
    const HeaderMap h(header, orderAliases());
    return h.has(OrderField::OrderNo) && (h.has(OrderField::FullAddress) || h.has(OrderField::BuyerNick)) &&
           !h.has(OrderField::Qty);
}

bool TaobaoReader::isItemReport(const QStringList &header)
{
    const HeaderMap orders(header, orderAliases());
    const HeaderMap h(header, itemAliases());
    return h.has(OrderField::OrderNo) && h.has(OrderField::Qty) && h.has(OrderField::Title) &&
           !orders.has(OrderField::FullAddress);
}

void TaobaoReader::readAlone(CsvSource &orders, const ImportSink &sink, ReadNotes *notes)
{
    const HeaderMap h(orders.header(), aloneAliases());
    requireColumns(orders, h, tr("order report read alone"));
    if (notes)
        notes->add(QStringLiteral("alone"), [&] {
            QStringList spec;
            for (OrderField f : {OrderField::Spec, OrderField::PackageInfo})
                if (h.has(f))
                    spec << h.headerOf(f);
            return tr("order report alone: lines from titles (%1 × %2, spec from %3)")
                .arg(h.headerOf(OrderField::Title), h.headerOf(OrderField::Qty),
                     spec.isEmpty() ? tr("no column") : spec.join(QStringLiteral(" + ")));
        });
    GenericReader::read(orders, tr("order report"), aloneAliases(), StatusVocabulary::taobao(), sink, notes);
}

void TaobaoReader::read(CsvSource &orders, CsvSource &items, const ImportSink &sink, ReadNotes *notes)
{
    const HeaderMap h(orders.header(), orderAliases());
    requireColumns(orders, h, tr("Taobao order report"));
    const qint64 itemBytes = items.size();
    ItemStage stage;
    stageItems(items, stage, sink);

    const StatusVocabulary vocabulary = StatusVocabulary::taobao();
    OrderNumberMap<qint64> seen; // order number → the line it was first on
    CsvRecord record;
    qint64 rows = 0;
    while (orders.next(record)) {
        if (record.isBlank())
            continue;
        if (++rows % 1000 == 0 && sink.progress)
            sink.progress(itemBytes + orders.bytesRead(), rows);
        if (!record.error.isEmpty()) {
            sink.reject(rejectAt(orders, record.line, orders.errorColumn(record), {}, record.error));
            continue;
        }
        // Mark the number seen first, so a rejected order's item lines are not also called orphans.
        const QString no = FieldText::numberText(h.value(record.fields, OrderField::OrderNo));
        if (!no.isEmpty()) {
            bool isNew = false;
            qint64 &first = seen.insert(no, &isNew);
            if (!isNew) {
                sink.reject(
                    rejectAt(orders, record.line, h.headerOf(OrderField::OrderNo), no,
                             tr("the same order number is already on line %1 of this file").arg(first)));
                continue;
            }
            first = record.line;
        }
        std::optional<ItemStage::Taken> taken;
        if (!no.isEmpty())
            taken = stage.take(no);
        const QString shape = orders.shapeProblem(record);
        if (!shape.isEmpty()) {
            sink.reject(rejectAt(orders, record.line, {}, {}, shape));
            continue;
        }
        IncomingOrder in;
        in.sourceLine = record.line;
        RejectedRow bad;
        if (!RowParser::orderFields(h, record.fields, vocabulary, in, bad, notes)) {
            bad.file = orders.fileName();
            bad.line = record.line;
            sink.reject(bad);
            continue;
        }
        if (taken && !taken->problem.isEmpty()) {
            sink.reject(rejectAt(orders, record.line, h.headerOf(OrderField::OrderNo), no,
                                 tr("its item lines are incomplete: %1").arg(taken->problem)));
            continue;
        }
        if (!taken) {
            sink.reject(rejectAt(orders, record.line, h.headerOf(OrderField::OrderNo), no,
                                 tr("no lines for this order in the item report %1").arg(items.fileName())));
            continue;
        }
        in.order.lines = std::move(taken->lines);
        sink.order(in);
    }
    if (sink.progress)
        sink.progress(itemBytes + orders.bytesRead(), rows);

    // Item lines whose order is not in the order report would otherwise vanish without a word.
    const HeaderMap ih(items.header(), itemAliases());
    for (const ItemStage::Orphan &o : stage.orphans())
        sink.reject(rejectAt(items, o.fileLine, ih.headerOf(OrderField::OrderNo), o.orderNo,
                             tr("no such order in the order report %1").arg(orders.fileName())));
}
