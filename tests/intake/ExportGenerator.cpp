#include "ExportGenerator.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QStringList>

namespace {
const char *const kOrderHeader = "订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,"
                                 "总金额,返点积分,买家实际支付金额,"
                                 "买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,"
                                 "联系手机,订单创建时间,订单付款时间,"
                                 "宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,"
                                 "订单关闭原因,卖家服务费,买家服务费,"
                                 "发票抬头,是否手机订单,修改后的收货地址,退款金额";
const char *const kItemHeader =
    "订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码";
const char *const kAddresses[] = {
    "浙江省 杭州市 西湖区 文三路 %1号(310000)", "北京 北京市 朝阳区 建国路 %1号(100020)",
    "广东省 深圳市 南山区 粤海街道 科技园路%1号(518000)", "上海 上海市 浦东新区 世纪大道 %1号(200120)",
    "四川省 成都市 武侯区 人民南路 %1号(610041)"};
const char *const kNames[] = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇"};
const char *const kMessages[] = {"", "", "", "请发顺丰,谢谢", "周末送货\n工作日不在家", "送\"老婆\"的礼物"};

class Out {
public:
    Out(const QString &path, bool gbk)
        : m_file(path)
        , m_encoder(gbk ? "GB18030" : "UTF-8") {
        m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    ~Out() { flush(); }
    void line(const QString &text) {
        m_buf += text;
        m_buf += QStringLiteral("\r\n");
        if (m_buf.size() > (1 << 20))
            flush();
    }
    void flush() {
        m_file.write(m_encoder.encode(m_buf));
        m_buf.clear();
    }

private:
    QFile m_file;
    QStringEncoder m_encoder;
    QString m_buf;
};

QString quoted(const QString &s) {
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
        return u'"' + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return s;
}
} // namespace

qint64 ExportGenerator::write(const QString &orderPath, const QString &itemPath) const {
    QRandomGenerator rng(seed);
    Out orderOut(orderPath, gbk);
    Out items(itemPath, gbk);
    orderOut.line(QString::fromUtf8(kOrderHeader));
    items.line(QString::fromUtf8(kItemHeader));
    const QStringList codes = skuCodes.isEmpty() ? QStringList{QStringLiteral("SKU-1")} : skuCodes;
    qint64 itemRows = 0;
    for (qint64 i = 0; i < orders; ++i) {
        const QString no = QStringLiteral("=\"%1\"").arg(3000000000000000000LL + i);
        const int lines = rng.bounded(100) < 66 ? 1 : (rng.bounded(10) < 8 ? 2 : 3); // ≈1.41 lines per order
        qint64 goods = 0;
        QStringList itemLines;
        for (int l = 0; l < lines; ++l) {
            const int qty = 1 + int(rng.bounded(3));
            const qint64 price = 990 + 100 * rng.bounded(200);
            goods += qty * price;
            itemLines << no + QStringLiteral(
                                  ",商品 %1,%2.%3,%4,,颜色分类：黑色;尺码：XL,,,买家已付款，等待卖家发货,%5")
                                  .arg(l)
                                  .arg(price / 100)
                                  .arg(price % 100, 2, 10, QLatin1Char('0'))
                                  .arg(qty)
                                  .arg(codes.at(int(rng.bounded(int(codes.size())))));
        }
        const QString money =
            QStringLiteral("%1.%2").arg(goods / 100).arg(goods % 100, 2, 10, QLatin1Char('0'));
        const QString name = QString::fromUtf8(kNames[rng.bounded(8)]);
        const QString address = QString::fromUtf8(kAddresses[rng.bounded(5)]).arg(1 + rng.bounded(999));
        const QString message = QString::fromUtf8(kMessages[rng.bounded(6)]);
        const QString mobile = QStringLiteral("'1%1").arg(3800000000LL + rng.bounded(99999999));
        orderOut.line(QStringList{no,
                                  QStringLiteral("tb_") + QString::number(i),
                                  QStringLiteral("a***@x.com"),
                                  money,
                                  QStringLiteral("0.00"),
                                  QStringLiteral("0"),
                                  money,
                                  QStringLiteral("0"),
                                  money,
                                  QStringLiteral("0"),
                                  QStringLiteral("买家已付款，等待卖家发货"),
                                  quoted(message),
                                  name,
                                  address,
                                  QStringLiteral("快递"),
                                  QString(),
                                  mobile,
                                  QStringLiteral("2023-11-11 00:%1:%2")
                                      .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                                      .arg(i % 60, 2, 10, QLatin1Char('0')),
                                  QStringLiteral("2023-11-11 01:00:00"),
                                  QStringLiteral("商品"),
                                  QString::number(lines),
                                  QString(),
                                  QString(),
                                  QString(),
                                  QString::number(lines),
                                  QStringLiteral("12345"),
                                  QStringLiteral("好物小店"),
                                  QString(),
                                  QStringLiteral("0"),
                                  QStringLiteral("0"),
                                  QString(),
                                  QStringLiteral("手机订单"),
                                  QString(),
                                  QStringLiteral("0.00")}
                          .join(u','));
        for (const QString &l : itemLines)
            items.line(l);
        itemRows += lines;
    }
    return itemRows;
}
