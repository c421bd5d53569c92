#include "DemoSeeder.h"

#include "Ean13.h"
#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/Stage.h"
#include "stock/Sku.h"
#include "stock/SkuCatalog.h"
#include "stock/StockLedger.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <optional>

namespace {
QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

struct Place {
    const char *province;
    const char *city;
    const char *districts[4];
    const char *postcode;
};

// Real places; the first five are the default priority cities.
constexpr Place kPlaces[] = {
    {"北京", "北京市", {"朝阳区", "海淀区", "东城区", "丰台区"}, "100020"},
    {"上海", "上海市", {"浦东新区", "徐汇区", "静安区", "闵行区"}, "200120"},
    {"广东省", "广州市", {"天河区", "越秀区", "海珠区", "白云区"}, "510620"},
    {"广东省", "深圳市", {"南山区", "福田区", "宝安区", "龙岗区"}, "518057"},
    {"浙江省", "杭州市", {"西湖区", "余杭区", "滨江区", "拱墅区"}, "310013"},
    {"江苏省", "南京市", {"鼓楼区", "玄武区", "江宁区", "建邺区"}, "210008"},
    {"江苏省", "苏州市", {"姑苏区", "工业园区", "吴中区", "相城区"}, "215000"},
    {"四川省", "成都市", {"武侯区", "锦江区", "青羊区", "高新区"}, "610041"},
    {"湖北省", "武汉市", {"武昌区", "洪山区", "江汉区", "汉阳区"}, "430061"},
    {"陕西省", "西安市", {"雁塔区", "碑林区", "未央区", "长安区"}, "710061"},
    {"山东省", "青岛市", {"市南区", "崂山区", "黄岛区", "李沧区"}, "266071"},
    {"福建省", "厦门市", {"思明区", "湖里区", "集美区", "海沧区"}, "361001"},
    {"湖南省", "长沙市", {"岳麓区", "芙蓉区", "天心区", "雨花区"}, "410006"},
    {"河南省", "郑州市", {"金水区", "二七区", "中原区", "管城回族区"}, "450003"},
    {"重庆", "重庆市", {"渝中区", "江北区", "南岸区", "沙坪坝区"}, "400010"},
    {"天津", "天津市", {"和平区", "南开区", "河西区", "滨海新区"}, "300041"},
    {"辽宁省", "沈阳市", {"和平区", "沈河区", "皇姑区", "浑南区"}, "110001"},
    {"安徽省", "合肥市", {"蜀山区", "庐阳区", "包河区", "瑶海区"}, "230031"},
    {"云南省", "昆明市", {"五华区", "盘龙区", "官渡区", "西山区"}, "650021"},
    {"新疆维吾尔自治区", "乌鲁木齐市", {"天山区", "沙依巴克区", "新市区", "水磨沟区"}, "830002"},
    {"西藏自治区", "拉萨市", {"城关区", "堆龙德庆区", "达孜区", "柳梧新区"}, "850000"},
    {"黑龙江省", "哈尔滨市", {"南岗区", "道里区", "香坊区", "松北区"}, "150001"},
};

constexpr const char *kStreets[] = {"文三路", "人民路",   "解放路",   "中山路",   "建设路",
                                    "长安街", "南京西路", "天河路",   "深南大道", "和平路",
                                    "学府路", "科技路",   "滨江大道", "朝阳路"};
constexpr const char *kCommunities[] = {"阳光小区",   "锦绣花园", "翠苑一区", "万科城",   "金地广场",
                                        "绿城桂花园", "保利香槟", "碧桂园",   "华润中心", "科技园"};
constexpr const char *kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                     "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
constexpr const char *kGiven[] = {"伟", "芳",   "娜", "敏", "静", "丽",   "强",   "磊",
                                  "洋", "艳",   "勇", "军", "杰", "娟",   "涛",   "明",
                                  "超", "秀英", "霞", "平", "刚", "桂英", "子涵", "雨桐"};
constexpr const char *kNickParts[] = {"tb", "小", "爱吃鱼的", "momo", "快乐",
                                      "阿", "cc", "jiajia",   "星星", "喵"};
constexpr const char *kMessages[] = {
    "请尽快发货，谢谢！",       "不要放快递柜，送货上门", "是送人的，请不要放发票", "发顺丰可以吗？补运费",
    "请帮忙检查一下有没有瑕疵", "周末不在家，请工作日送", "颜色要和图片一样的",     "多送点小样吧～"};
constexpr const char *kMemos[] = {"老客户，送试用装", "已改地址", "赠品：钥匙扣", "客户要求发中通"};

struct Product {
    const char *title;
    const char *prefix;
    const char *specName;
    const char *specs[4];
    int weight;
    int priceFen;
};

constexpr Product kProducts[] = {
    {"纯棉短袖T恤 男女同款", "TS", "颜色分类：%1;尺码：%2", {"白色", "黑色", "藏青", "灰色"}, 220, 5900},
    {"加绒连帽卫衣 宽松", "HD", "颜色分类：%1;尺码：%2", {"杏色", "黑色", "雾霾蓝", "燕麦"}, 650, 12900},
    {"高腰阔腿牛仔裤", "JN", "颜色分类：%1;尺码：%2", {"浅蓝", "深蓝", "黑色", "烟灰"}, 520, 15900},
    {"保温杯 316不锈钢 500ml",
     "CP",
     "颜色分类：%1;容量：%2",
     {"奶白", "墨绿", "樱花粉", "星空黑"},
     380,
     8900},
    {"蓝牙耳机 降噪 长续航", "EP", "颜色分类：%1;版本：%2", {"白色", "黑色", "薄荷绿", "午夜蓝"}, 120, 19900},
    {"洗面奶 氨基酸 温和清洁", "FW", "规格：%1;%2", {"100g", "150g", "200g", "旅行装"}, 180, 6900},
    {"坚果礼盒 每日坚果", "NT", "口味：%1;规格：%2", {"原味", "混合", "蜂蜜", "海盐"}, 760, 9900},
    {"手机壳 磨砂 防摔",
     "PC",
     "型号：%1;颜色：%2",
     {"iPhone 15", "iPhone 16", "Mate 60", "小米14"},
     40,
     2900},
    {"儿童运动鞋 魔术贴", "KS", "颜色分类：%1;尺码：%2", {"粉色", "蓝色", "白色", "黑色"}, 450, 13900},
    {"护手霜 礼盒装", "HC", "香型：%1;规格：%2", {"玫瑰", "樱花", "白茶", "柑橘"}, 210, 4900},
};
constexpr const char *kSizes[] = {"S", "M", "L", "XL", "XXL"};
constexpr const char *kSecond[] = {"标准", "大号", "礼盒", "2件装", "Pro"};

struct Courier {
    const char *code;
    const char *prefix;
    int digits;
};
constexpr Courier kCouriers[] = {{"ZTO", "75", 12},   {"YTO", "YT", 13}, {"STO", "77", 13},
                                 {"YUNDA", "43", 13}, {"SF", "SF", 13},  {"JT", "JT", 13}};

template <typename T, size_t N> const T &pick(QRandomGenerator &rng, const T (&array)[N])
{
    return array[rng.bounded(int(N))];
}

QString digits(QRandomGenerator &rng, int n)
{
    QString s;
    s.reserve(n);
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + rng.bounded(10));
    return s;
}

struct DemoReceiver {
    QString name, phone, province, city, district, address, postcode, raw;
    bool masked = false;
};

DemoReceiver makeReceiver(QRandomGenerator &rng)
{
    const Place &p = pick(rng, kPlaces);
    DemoReceiver r;
    r.name = u8(pick(rng, kSurnames)) + u8(pick(rng, kGiven));
    const QString mobile = QStringLiteral("1") + QString::number(3 + rng.bounded(7)) + digits(rng, 9);
    r.masked = rng.bounded(5) == 0; // the platform hides some phones
    r.phone = r.masked ? mobile.left(3) + QStringLiteral("****") + mobile.right(4) : mobile;
    r.province = u8(p.province);
    r.city = u8(p.city);
    r.district = u8(p.districts[rng.bounded(4)]);
    r.address = u8(pick(rng, kStreets)) + QString::number(1 + rng.bounded(999)) + u8("号") +
                u8(pick(rng, kCommunities)) + QString::number(1 + rng.bounded(30)) + u8("幢") +
                QString::number(101 + rng.bounded(2500)) + u8("室");
    r.postcode = QString::fromLatin1(p.postcode);
    r.raw = r.province + u' ' + r.city + u' ' + r.district + u' ' + r.address + u'(' + r.postcode + u')';
    return r;
}

// How the demo spreads orders over stages (per mille).
Stage pickStage(QRandomGenerator &rng)
{
    const int x = rng.bounded(1000);
    if (x < 520)
        return Stage::Imported;
    if (x < 620)
        return Stage::Reviewed;
    if (x < 700)
        return Stage::Submitted;
    if (x < 760)
        return Stage::Printed;
    if (x < 800)
        return Stage::Packed;
    if (x < 880)
        return Stage::Shipped;
    if (x < 920)
        return Stage::SyncedBack;
    if (x < 950)
        return Stage::AwaitingPayment;
    if (x < 970)
        return Stage::OnHold;
    if (x < 985)
        return Stage::Cancelled;
    if (x < 992)
        return Stage::Intercepted;
    return Stage::OutOfStock;
}

struct SkuRow {
    qint64 id;
    QString code;
    QString title;
    QString spec;
    qint64 priceFen;
};

QList<SkuRow> seedSkus(const QSqlDatabase &db, QRandomGenerator &rng, int count)
{
    QList<SkuRow> rows;
    for (int i = 0; i < count; ++i) {
        const Product &p = kProducts[i % std::size(kProducts)];
        const int variant = i / int(std::size(kProducts));
        Sku sku;
        sku.code =
            QString::fromLatin1(p.prefix) + QStringLiteral("%1").arg(1001 + i, 4, 10, QLatin1Char('0'));
        sku.title = u8(p.title);
        sku.spec = u8(p.specName)
                       .arg(u8(p.specs[variant % 4]),
                            QString::fromUtf8(variant % 2 ? kSizes[variant % 5] : kSecond[variant % 5]));
        sku.location = QStringLiteral("%1-%2-%3")
                           .arg(QChar(u'A' + (i / 40) % 6))
                           .arg((i / 8) % 5 + 1, 2, 10, QLatin1Char('0'))
                           .arg(i % 8 + 1, 2, 10, QLatin1Char('0'));
        sku.weightGrams = p.weight + rng.bounded(40);
        sku.priceFen = p.priceFen + 1000 * (variant % 3);
        sku.safetyStock = (i % 5 == 0) ? 5 : 0;
        sku.lowStockThreshold = 20;
        sku.barcodes << Ean13::complete(QStringLiteral("69") +
                                        QStringLiteral("%1").arg(12345000 + i * 7, 10, 10, QLatin1Char('0')));
        if (i % 10 == 0) // a few SKUs carry a second barcode (our own label)
            sku.barcodes << Ean13::complete(QStringLiteral("20") +
                                            QStringLiteral("%1").arg(i, 10, 10, QLatin1Char('0')));
        if (i % 37 == 5) // presale: ships later
            sku.presaleShipDate = Clock::nowUtc().addDays(10).date().toString(Qt::ISODate);
        SkuCatalog::insert(db, sku);
        rows << SkuRow{sku.id, sku.code, sku.title, sku.spec, sku.priceFen};
    }
    return rows;
}
} // namespace

DemoSummary DemoSeeder::seed(const QSqlDatabase &db, const Actor &actor, const DemoOptions &options,
                             const std::function<void(int)> &progress)
{
    QRandomGenerator rng(options.seed);
    DemoSummary summary;
    Transaction tx(db);
    const QString now = Clock::nowText();
    const QDateTime nowUtc = Clock::nowUtc();

    Sql::run(db,
             QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('taobao', ?, ?) "
                            "ON CONFLICT (platform, name) DO NOTHING"),
             {u8("星河旗舰店"), now});
    Sql::run(db,
             QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('pdd', ?, ?) "
                            "ON CONFLICT (platform, name) DO NOTHING"),
             {u8("星河拼多多店"), now});
    QList<qint64> shops;
    QSqlQuery shopIds = Sql::run(db, QStringLiteral("SELECT id FROM shops ORDER BY id"));
    while (shopIds.next())
        shops << shopIds.value(0).toLongLong();
    summary.shops = int(shops.size());
    for (const char *name : {"张三", "李四", "王芳"})
        Sql::run(db,
                 QStringLiteral(
                     "INSERT INTO operators (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"),
                 {u8(name), now});

    const qint64 existingSkus = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM skus")).toLongLong();
    QList<SkuRow> skus;
    if (existingSkus == 0) {
        skus = seedSkus(db, rng, options.skus);
    } else {
        QSqlQuery q =
            Sql::run(db, QStringLiteral("SELECT id, code, title, spec, price_fen FROM skus ORDER BY id"));
        while (q.next())
            skus << SkuRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toLongLong()};
    }
    summary.skus = int(skus.size());
    const int flashSaleSkus = std::min<int>(5, int(skus.size())); // the first few are this sale's hot items

    Sql::Statement order(
        db, QStringLiteral(
                "INSERT INTO orders (shop_id, platform_order_no, buyer_nick, receiver_name, receiver_phone, "
                "phone_masked, receiver_province, receiver_city, receiver_district, receiver_address, "
                "receiver_postcode, address_raw, buyer_message, seller_memo, platform_status, created_at, "
                "paid_at, "
                "goods_fen, shipping_fen, paid_fen, item_count, stage, held_from_stage, hold_reason, "
                "courier_code, "
                "tracking_no, priority, stage_changed_at, imported_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?) RETURNING id"));
    Sql::Statement line(db, QStringLiteral("INSERT INTO order_lines (order_id, line_no, sku_id, outer_code, "
                                           "title, spec, qty, price_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QHash<qint64, int> reservedBySku; // Submitted … Packed: reserved stock
    QHash<qint64, int> shippedBySku;  // Shipped and later: left the building
    QHash<qint64, int> demandBySku;
    DemoReceiver previous = makeReceiver(rng);
    const qint64 orderNoBase = 2000000000000000000LL + qint64(options.seed) * 1000000000LL +
                               Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();

    for (int i = 0; i < options.orders; ++i) {
        // About one order in 25 goes to an address seen just before (family, office, or a limit dodger).
        const bool sameAddress = rng.bounded(25) == 0;
        const DemoReceiver r = sameAddress ? previous : makeReceiver(rng);
        previous = r;
        const Stage stage = pickStage(rng);
        const QDateTime created =
            nowUtc.addSecs(-qint64(700 + rng.bounded(3 * 24 * 3600))); // paid before now
        const QDateTime paid = created.addSecs(30 + rng.bounded(600));

        int lineCount = 1;
        const int roll = rng.bounded(100);
        if (roll >= 70)
            lineCount = roll >= 95 ? 3 + rng.bounded(3) : 2;
        struct L {
            const SkuRow *sku;
            int qty;
        };
        QList<L> lines;
        const bool flash = rng.bounded(100) < 35;
        for (int l = 0; l < lineCount; ++l) {
            const SkuRow &sku =
                (flash && l == 0) ? skus[rng.bounded(flashSaleSkus)] : skus[rng.bounded(int(skus.size()))];
            lines << L{&sku, rng.bounded(10) == 0 ? 2 + rng.bounded(3) : 1};
        }
        qint64 goods = 0;
        int items = 0;
        for (const L &l : lines) {
            goods += l.sku->priceFen * l.qty;
            items += l.qty;
        }
        const qint64 shipping = goods >= 9900 ? 0 : 800;
        const bool warehouse = Stages::isWarehouseOwned(stage) && stage != Stage::Intercepted;
        QString courier, tracking;
        const bool labelled = stage == Stage::Printed || stage == Stage::Packed || stage == Stage::Shipped ||
                              stage == Stage::SyncedBack;
        if (stage != Stage::Imported && stage != Stage::AwaitingPayment) {
            // Nine in ten reviewed orders have a courier already; a printed label always has one.
            // The one in ten takes its courier from a generator of its own, so the main sequence
            // (and every other order of a seed) stays as it was.
            const bool allocated = rng.bounded(10) < 9;
            if (allocated || labelled) {
                // Seeded only for the orders that use it (seeding a Mersenne Twister fills 624 words).
                std::optional<QRandomGenerator> own;
                if (!allocated)
                    own.emplace(quint32(options.seed * 7919u + quint32(i)));
                QRandomGenerator &from = allocated ? rng : *own;
                const Courier &c = pick(from, kCouriers);
                courier = QString::fromLatin1(c.code);
                if (labelled)
                    tracking =
                        QString::fromLatin1(c.prefix) + digits(from, c.digits - (c.prefix[0] > '9' ? 0 : 2));
            }
        }
        const QString platformStatus = stage == Stage::AwaitingPayment ? u8("等待买家付款")
                                       : stage == Stage::Cancelled     ? u8("交易关闭")
                                       : (stage == Stage::Shipped || stage == Stage::SyncedBack)
                                           ? u8("卖家已发货，等待买家确认")
                                           : u8("买家已付款，等待卖家发货");
        const QString nick =
            u8(pick(rng, kNickParts)) + r.name.right(1) + QString::number(rng.bounded(10000));
        const bool hasMessage = rng.bounded(100) < 12;
        const bool hasMemo = rng.bounded(100) < 5;
        const bool priorityCity =
            std::distance(std::begin(kPlaces),
                          std::find_if(std::begin(kPlaces), std::end(kPlaces),
                                       [&](const Place &p) { return r.city == u8(p.city); })) < 5;

        const qint64 orderId = Sql::returnedId(
            order.run({QVariant(shops[rng.bounded(10) < 8 ? 0 : 1]),
                       QVariant(QString::number(orderNoBase + i * 7919LL)),
                       QVariant(nick),
                       QVariant(r.name),
                       QVariant(r.phone),
                       QVariant(r.masked ? 1 : 0),
                       QVariant(r.province),
                       QVariant(r.city),
                       QVariant(r.district),
                       QVariant(r.address),
                       QVariant(r.postcode),
                       QVariant(r.raw),
                       QVariant(hasMessage ? u8(pick(rng, kMessages)) : QStringLiteral("")),
                       QVariant(hasMemo ? u8(pick(rng, kMemos)) : QStringLiteral("")),
                       QVariant(platformStatus),
                       QVariant(Clock::toText(created)),
                       stage == Stage::AwaitingPayment ? QVariant() : QVariant(Clock::toText(paid)),
                       QVariant(goods),
                       QVariant(shipping),
                       QVariant(stage == Stage::AwaitingPayment ? 0 : goods + shipping),
                       QVariant(items),
                       QVariant(Stages::code(stage)),
                       stage == Stage::OnHold ? QVariant(Stages::code(Stage::Imported)) : QVariant(),
                       stage == Stage::OnHold ? QVariant(u8("买家要求改地址，等回复")) : QVariant(),
                       courier.isEmpty() ? QVariant() : courier,
                       tracking.isEmpty() ? QVariant() : tracking,
                       QVariant((priorityCity ? 2 : 0) + (items == 1 ? 1 : 0)),
                       QVariant(Clock::toText(paid)),
                       QVariant(now),
                       QVariant(now)}));
        int lineNo = 0;
        for (const L &l : lines) {
            line.run({QVariant(orderId), QVariant(++lineNo), QVariant(l.sku->id), QVariant(l.sku->code),
                      QVariant(l.sku->title), QVariant(l.sku->spec), QVariant(l.qty),
                      QVariant(l.sku->priceFen)});
            if (warehouse && (stage == Stage::Shipped || stage == Stage::SyncedBack))
                shippedBySku[l.sku->id] += l.qty;
            else if (warehouse)
                reservedBySku[l.sku->id] += l.qty;
            demandBySku[l.sku->id] += l.qty;
            ++summary.lines;
        }
        ++summary.orders;
        if (progress && (i + 1) % 10000 == 0)
            progress(i + 1);
    }

    // Stock through the ledger, so levels and ledger agree from the first minute.
    for (const SkuRow &sku : std::as_const(skus)) {
        const int shipped = shippedBySku.value(sku.id);
        const int reserved = reservedBySku.value(sku.id);
        const int onHand = reserved + int(demandBySku.value(sku.id) * 0.6) + rng.bounded(60);
        StockLedger::post(db, actor,
                          {sku.id,
                           StockBucket::OnHand,
                           onHand + shipped,
                           QStringLiteral("received"),
                           QStringLiteral("demo"),
                           {}});
        StockLedger::post(db, actor,
                          {sku.id,
                           StockBucket::Reserved,
                           reserved + shipped,
                           QStringLiteral("reserve"),
                           QStringLiteral("demo"),
                           {}});
        StockLedger::post(
            db, actor,
            {sku.id, StockBucket::OnHand, -shipped, QStringLiteral("ship"), QStringLiteral("demo"), {}});
        StockLedger::post(
            db, actor,
            {sku.id, StockBucket::Reserved, -shipped, QStringLiteral("ship"), QStringLiteral("demo"), {}});
    }
    AuditLog::record(
        db, actor, QStringLiteral("database"), 0, QStringLiteral("demo"), {},
        {{QStringLiteral("orders"), summary.orders}, {QStringLiteral("seed"), qint64(options.seed)}});
    tx.commit();
    return summary;
}
