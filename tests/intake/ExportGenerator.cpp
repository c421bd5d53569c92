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
// Realistic shape: four-level, municipality and postcode-less addresses beside the plain ones.
const char *const kRealAddresses[] = {"浙江省 杭州市 西湖区 文三路 %1号(310000)",
                                      "北京 北京市 朝阳区 建国路 %1号(100020)",
                                      "广东省 深圳市 南山区 粤海街道 科技园路%1号(518000)",
                                      "上海 上海市 浦东新区 世纪大道 %1号(200120)",
                                      "四川省 成都市 武侯区 人民南路 %1号(610041)",
                                      "重庆 重庆市 渝中区 解放碑街道 民族路%1号(400010)",
                                      "江苏省 苏州市 工业园区 星湖街%1号",
                                      "广东省 广州市 天河区 石牌街道 天河路%1号 华师大学城3栋(510000)",
                                      "河南省 郑州市 金水区 花园路%1号(450000)",
                                      "湖北省 武汉市 洪山区 珞喻路%1号(430074)"};
const char *const kRealMessages[] = {"",
                                     "",
                                     "",
                                     "",
                                     "",
                                     "",
                                     "请发顺丰,谢谢",
                                     "周末送货\n工作日不在家\n放门卫",
                                     "送\"老婆\"的礼物",
                                     "不要放快递柜\r\n谢谢",
                                     "尽快发货"};
const char *const kTitles[] = {"2023冬季新款加厚羽绒服", "纯棉短袖T恤 男女同款", "保温杯 316不锈钢 500ml",
                               "手机壳 硅胶 防摔",       "儿童保暖袜 5双装",     "无线蓝牙耳机 降噪"};

class Out {
public:
    Out(const QString &path, bool gbk)
        : m_file(path)
        , m_encoder(gbk ? "GB18030" : "UTF-8")
    {
        m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    ~Out() { flush(); }
    void line(const QString &text)
    {
        m_buf += text;
        m_buf += QStringLiteral("\r\n");
        if (m_buf.size() > (1 << 20))
            flush();
    }
    void flush()
    {
        m_file.write(m_encoder.encode(m_buf));
        m_buf.clear();
    }

private:
    QFile m_file;
    QStringEncoder m_encoder;
    QString m_buf;
};

QString quoted(const QString &s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
        return u'"' + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return s;
}
} // namespace

namespace {
// The realistic shape (ExportGenerator::realistic).
qint64 writeRealistic(qint64 orders, QRandomGenerator &rng, Out &orderOut, Out &items,
                      const QStringList &codes)
{
    // Four malformed rows spread through the file (none when it is too small to spread them).
    const qint64 step = orders >= 10 ? orders / 5 : -1;
    auto malformed = [&](qint64 i, int k) {
        return step > 0 && i == step * k;
    };
    qint64 itemRows = 0;
    for (qint64 i = 0; i < orders; ++i) {
        const QString no = QStringLiteral("=\"%1\"").arg(3000000000000000000LL + i);
        const int roll = int(rng.bounded(100));
        // 10% unpaid, 5% closed, 5% already shipped on the platform, the rest paid.
        const char *status = roll < 10   ? "等待买家付款"
                             : roll < 15 ? "交易关闭"
                             : roll < 20 ? "卖家已发货，等待买家确认"
                                         : "买家已付款，等待卖家发货";
        const bool paid = roll >= 15 || (roll >= 10 && rng.bounded(2) == 0);
        const int lines = rng.bounded(100) < 66 ? 1 : (rng.bounded(10) < 8 ? 2 : 3);
        qint64 goods = 0;
        QStringList itemLines;
        for (int l = 0; l < lines; ++l) {
            const int qty = 1 + int(rng.bounded(3));
            const qint64 price = 990 + 100 * rng.bounded(200);
            goods += qty * price;
            // About 18% of lines have no outer code, 12% one the catalog does not know yet.
            const int codeRoll = int(rng.bounded(100));
            const QString code = codeRoll < 18   ? QString()
                                 : codeRoll < 30 ? QStringLiteral("NEW-%1").arg(rng.bounded(40))
                                                 : codes.at(int(rng.bounded(int(codes.size()))));
            const QString qtyText = malformed(i, 4) && l == 0 ? QStringLiteral("两件") : QString::number(qty);
            itemLines << no + QStringLiteral(",%1 %2,%3.%4,%5,,颜色分类：%6;尺码：%7,,,%8,%9")
                                  .arg(QString::fromUtf8(kTitles[rng.bounded(6)]))
                                  .arg(l)
                                  .arg(price / 100)
                                  .arg(price % 100, 2, 10, QLatin1Char('0'))
                                  .arg(qtyText)
                                  .arg(rng.bounded(2) ? QStringLiteral("黑色") : QStringLiteral("米白"))
                                  .arg(QStringLiteral("XL"))
                                  .arg(QString::fromUtf8(status))
                                  .arg(code);
        }
        const QString money =
            QStringLiteral("%1.%2").arg(goods / 100).arg(goods % 100, 2, 10, QLatin1Char('0'));
        const QString name = QString::fromUtf8(kNames[rng.bounded(8)]);
        const QString address = QString::fromUtf8(kRealAddresses[rng.bounded(10)]).arg(1 + rng.bounded(999));
        const QString message = QString::fromUtf8(kRealMessages[rng.bounded(11)]);
        const int phoneRoll = int(rng.bounded(100));
        const QString mobile = phoneRoll < 3 ? QString()
                               : phoneRoll < 8
                                   ? QStringLiteral("138****%1").arg(1000 + rng.bounded(9000))
                                   : QStringLiteral("'1%1").arg(3800000000LL + rng.bounded(99999999));
        const QString landline =
            phoneRoll < 3 ? QStringLiteral("0571-8%1").arg(1000000 + rng.bounded(8999999)) : QString();
        const QString created = QStringLiteral("2023-11-11 %1:%2:%3")
                                    .arg(i / 3600 % 24, 2, 10, QLatin1Char('0'))
                                    .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                                    .arg(i % 60, 2, 10, QLatin1Char('0'));
        QStringList row{no,
                        QStringLiteral("tb_") + QString::number(i),
                        QStringLiteral("a***@x.com"),
                        malformed(i, 1) ? QStringLiteral("12.3.4") : money,
                        QStringLiteral("0.00"),
                        QStringLiteral("0"),
                        money,
                        QStringLiteral("0"),
                        paid ? money : QStringLiteral("0.00"),
                        QStringLiteral("0"),
                        malformed(i, 3) ? QStringLiteral("交易状态未知") : QString::fromUtf8(status),
                        quoted(message),
                        name,
                        address,
                        QStringLiteral("快递"),
                        landline,
                        mobile,
                        created,
                        paid ? created : QString(),
                        QStringLiteral("商品"),
                        QString::number(lines),
                        roll >= 15 && roll < 20 ? QStringLiteral("'75%1").arg(1000000000LL + i) : QString(),
                        roll >= 15 && roll < 20 ? QStringLiteral("中通快递") : QString(),
                        rng.bounded(20) == 0 ? QStringLiteral("赠品：袜子") : QString(),
                        QString::number(lines),
                        QStringLiteral("12345"),
                        QStringLiteral("好物小店"),
                        roll >= 10 && roll < 15 ? QStringLiteral("买家不想买了") : QString(),
                        QStringLiteral("0"),
                        QStringLiteral("0"),
                        QString(),
                        QStringLiteral("手机订单"),
                        QString(),
                        QStringLiteral("0.00")};
        if (malformed(i, 2))
            row = row.mid(0, 12); // a row cut off in the middle
        orderOut.line(row.join(u','));
        for (const QString &l : itemLines)
            items.line(l);
        itemRows += lines;
    }
    return itemRows;
}
} // namespace

qint64 ExportGenerator::write(const QString &orderPath, const QString &itemPath) const
{
    QRandomGenerator rng(seed);
    Out orderOut(orderPath, gbk);
    Out items(itemPath, gbk);
    orderOut.line(QString::fromUtf8(kOrderHeader));
    items.line(QString::fromUtf8(kItemHeader));
    const QStringList codes = skuCodes.isEmpty() ? QStringList{QStringLiteral("SKU-1")} : skuCodes;
    qint64 itemRows = 0;
    if (realistic)
        return writeRealistic(orders, rng, orderOut, items, codes);
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
