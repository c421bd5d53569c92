#include "TaobaoReader.h"

#include "FieldText.h"
#include "RowParser.h"
#include "base/Error.h"
#include "db/Sql.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("TaobaoReader", text);
}

QStringList names(std::initializer_list<const char *> list) {
    QStringList result;
    for (const char *n : list)
        result << QString::fromUtf8(n);
    return result;
}

void requireColumns(const CsvSource &source, const HeaderMap &h, const QString &kind) {
    if (!h.missingRequired().isEmpty())
        throw Error(QCoreApplication::translate("TaobaoReader", "%1: not a usable %2: missing column(s) %3.")
                        .arg(source.fileName(), kind, h.missingRequired().join(QStringLiteral(", "))));
}

RejectedRow rejectAt(const CsvSource &source, qint64 line, const QString &column, const QString &value,
                     const QString &why) {
    return {source.fileName(), line, column, value, why};
}

// The item report goes into a TEMP table: per-connection, outside the database file, gone after.
void stageItems(const QSqlDatabase &db, CsvSource &items, const ImportSink &sink, qint64 totalBytes) {
    Sql::run(db, QStringLiteral("DROP TABLE IF EXISTS temp.intake_items"));
    Sql::run(db, QStringLiteral("DROP TABLE IF EXISTS temp.intake_seen"));
    Sql::run(db, QStringLiteral(
                     "CREATE TEMP TABLE intake_items (order_no TEXT NOT NULL, file_line INTEGER NOT NULL, "
                     "title TEXT, spec TEXT, qty INTEGER, price_fen INTEGER, outer_code TEXT, "
                     "line_id TEXT, refund_status TEXT, problem TEXT)"));
    Sql::run(db,
             QStringLiteral("CREATE TEMP TABLE intake_seen (order_no TEXT PRIMARY KEY, file_line INTEGER)"));
    const HeaderMap h(items.header(), TaobaoReader::itemAliases());
    requireColumns(items, h, QCoreApplication::translate("TaobaoReader", "Taobao item report"));
    const StatusVocabulary vocabulary = StatusVocabulary::taobao();
    QSqlQuery insert =
        Sql::prepare(db, QStringLiteral("INSERT INTO intake_items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    CsvRecord record;
    qint64 rows = 0;
    while (items.next(record)) {
        if (record.isBlank())
            continue;
        if (++rows % 2000 == 0 && sink.progress)
            sink.progress(items.bytesRead(), rows);
        if (!record.error.isEmpty()) {
            sink.reject(rejectAt(items, record.line, {}, {}, record.error));
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
        for (const QVariant &v :
             {QVariant(orderNo), QVariant(record.line), QVariant(line.title), QVariant(line.spec),
              QVariant(line.qty), QVariant(line.priceFen), QVariant(line.outerCode),
              QVariant(line.platformLineId), QVariant(line.refundStatus), Sql::nullable(problem)})
            insert.addBindValue(v);
        Sql::exec(insert);
    }
    Q_UNUSED(totalBytes);
    Sql::run(db,
             QStringLiteral("CREATE INDEX temp.intake_items_order ON intake_items (order_no, file_line)"));
}
} // namespace

QList<FieldAliases> TaobaoReader::orderAliases() {
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

QList<FieldAliases> TaobaoReader::itemAliases() {
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

bool TaobaoReader::isOrderReport(const QStringList &header) {
    const HeaderMap h(header, orderAliases());
    return h.has(OrderField::OrderNo) && (h.has(OrderField::FullAddress) || h.has(OrderField::BuyerNick)) &&
           !h.has(OrderField::Qty);
}

bool TaobaoReader::isItemReport(const QStringList &header) {
    const HeaderMap orders(header, orderAliases());
    const HeaderMap h(header, itemAliases());
    return h.has(OrderField::OrderNo) && h.has(OrderField::Qty) && h.has(OrderField::Title) &&
           !orders.has(OrderField::FullAddress);
}

void TaobaoReader::read(const QSqlDatabase &db, CsvSource &orders, CsvSource &items, const ImportSink &sink) {
    const HeaderMap h(orders.header(), orderAliases());
    requireColumns(orders, h, tr("Taobao order report"));
    const qint64 itemBytes = items.size();
    ImportSink staging = sink;
    staging.progress = [&](qint64 bytes, qint64 rows) {
        if (sink.progress)
            sink.progress(bytes, rows);
    };
    stageItems(db, items, staging, itemBytes);

    const StatusVocabulary vocabulary = StatusVocabulary::taobao();
    QSqlQuery seen =
        Sql::prepare(db, QStringLiteral("INSERT INTO intake_seen (order_no, file_line) VALUES (?, ?) "
                                        "ON CONFLICT (order_no) DO NOTHING"));
    QSqlQuery firstSeen =
        Sql::prepare(db, QStringLiteral("SELECT file_line FROM intake_seen WHERE order_no = ?"));
    QSqlQuery lines =
        Sql::prepare(db, QStringLiteral("SELECT title, spec, qty, price_fen, outer_code, line_id, "
                                        "refund_status, problem FROM intake_items WHERE order_no = ? "
                                        "ORDER BY file_line"));
    CsvRecord record;
    qint64 rows = 0;
    while (orders.next(record)) {
        if (record.isBlank())
            continue;
        if (++rows % 1000 == 0 && sink.progress)
            sink.progress(itemBytes + orders.bytesRead(), rows);
        if (!record.error.isEmpty()) {
            sink.reject(rejectAt(orders, record.line, {}, {}, record.error));
            continue;
        }
        // Mark the number seen first, so a rejected order's item lines are not also called orphans.
        const QString no = FieldText::numberText(h.value(record.fields, OrderField::OrderNo));
        if (!no.isEmpty()) {
            seen.addBindValue(no);
            seen.addBindValue(record.line);
            Sql::exec(seen);
            if (seen.numRowsAffected() != 1) {
                firstSeen.addBindValue(no);
                Sql::exec(firstSeen);
                const qint64 first = firstSeen.next() ? firstSeen.value(0).toLongLong() : 0;
                firstSeen.finish();
                sink.reject(
                    rejectAt(orders, record.line, h.headerOf(OrderField::OrderNo), no,
                             tr("the same order number is already on line %1 of this file").arg(first)));
                continue;
            }
        }
        const QString shape = orders.shapeProblem(record);
        if (!shape.isEmpty()) {
            sink.reject(rejectAt(orders, record.line, {}, {}, shape));
            continue;
        }
        IncomingOrder in;
        in.sourceLine = record.line;
        RejectedRow bad;
        if (!RowParser::orderFields(h, record.fields, vocabulary, in, bad)) {
            bad.file = orders.fileName();
            bad.line = record.line;
            sink.reject(bad);
            continue;
        }
        lines.addBindValue(no);
        Sql::exec(lines);
        QString problem;
        while (lines.next()) {
            if (!lines.value(7).isNull() && problem.isEmpty())
                problem = lines.value(7).toString();
            OrderLine l;
            l.title = lines.value(0).toString();
            l.spec = lines.value(1).toString();
            l.qty = lines.value(2).toInt();
            l.priceFen = lines.value(3).toLongLong();
            l.outerCode = lines.value(4).toString();
            l.platformLineId = lines.value(5).toString();
            l.refundStatus = lines.value(6).toString();
            in.order.lines << l;
        }
        lines.finish();
        if (!problem.isEmpty()) {
            sink.reject(rejectAt(orders, record.line, h.headerOf(OrderField::OrderNo), no,
                                 tr("its item lines are incomplete: %1").arg(problem)));
            continue;
        }
        if (in.order.lines.isEmpty()) {
            sink.reject(rejectAt(orders, record.line, h.headerOf(OrderField::OrderNo), no,
                                 tr("no lines for this order in the item report %1").arg(items.fileName())));
            continue;
        }
        sink.order(in);
    }
    if (sink.progress)
        sink.progress(itemBytes + orders.bytesRead(), rows);

    // Item lines whose order is not in the order report would otherwise vanish without a word.
    QSqlQuery orphans =
        Sql::run(db, QStringLiteral("SELECT file_line, order_no FROM intake_items WHERE problem IS NULL "
                                    "AND order_no NOT IN (SELECT order_no FROM intake_seen) "
                                    "ORDER BY file_line"));
    const HeaderMap ih(items.header(), itemAliases());
    while (orphans.next())
        sink.reject(rejectAt(items, orphans.value(0).toLongLong(), ih.headerOf(OrderField::OrderNo),
                             orphans.value(1).toString(),
                             tr("no such order in the order report %1").arg(orders.fileName())));
    orphans.finish();
    Sql::run(db, QStringLiteral("DROP TABLE temp.intake_items"));
    Sql::run(db, QStringLiteral("DROP TABLE temp.intake_seen"));
}
