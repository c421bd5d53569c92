#!/usr/bin/env python3
"""Writes the single-file order-report fixtures next to this script (checked in; re-run after editing).

Shop systems that are not Taobao (self-hosted 商城, 分销 platforms, older 打单 tools) write orders
in the Taobao order-report layout as one file, with no item report. These are written the way
their export code writes them (tst_intake_import asserts the outcome row by row):

- shop_quoted.csv: UTF-8 without BOM, every field quoted, LF, order numbers with a "-NN" tail,
  the header 收货人, "省 市 区 - 街道" addresses, one row per order (宝贝标题, 宝贝总数量, 商品属性,
  套餐信息), a quoted comma and a doubled quote, one bad quantity.
- shop_gb2312.csv: GB2312 bytes, CRLF, nothing quoted (commas inside fields written as "，"),
  the header 收货人姓名, one row per line item with the order number repeated, the short statuses
  已付款 / 已发货, times like 2026/11/11 9:05:33, postcode and phone appended to the address, and
  an order whose second row has a bad quantity.
- shop_bom_items.csv: UTF-8 with BOM, CRLF, quoted only where needed, one row per line item, both
  a per-line 购买数量 and the order's 宝贝总数量, 已完成 for a shipped order.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def quoted(fields):
    return ",".join('"' + f.replace('"', '""') + '"' for f in fields)


def minimal(fields):
    out = []
    for f in fields:
        out.append('"' + f.replace('"', '""') + '"' if any(c in f for c in ',"\r\n') else f)
    return ",".join(out)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


QUOTED_HEADER = ["订单编号", "买家会员名", "买家应付货款", "买家应付邮费", "买家实际支付金额", "订单状态", "买家留言",
                 "收货人", "收货地址", "联系手机", "订单创建时间", "订单付款时间", "宝贝标题", "宝贝总数量", "商品属性",
                 "套餐信息", "订单备注", "店铺名称"]
QUOTED_ROWS = [
    ["20261111000000-100", "buyer_a", "118.00", "0.00", "118.00", "买家已付款，等待卖家发货", "尽快发货, 谢谢",
     "王小明", "浙江省 杭州市 西湖区 - 文三路1号", "13800000001", "2026-11-11 00:01:02", "2026-11-11 00:01:10",
     "纯棉T恤 男款 短袖", "2", "颜色分类:黑色;尺码:XL", "", "", "小店"],
    ["20261111000000-101", "buyer_b", "99.00", "0.00", "99.00", "买家已付款，等待卖家发货", '要"大"杯',
     "张红", "江苏省 南京市 玄武区 - 中山路8号", "13800000002", "2026-11-11 00:02:00", "2026-11-11 00:02:30",
     "马克杯 陶瓷 大容量", "1", "", "套餐一：杯+勺", "", "小店"],
    ["20261111000000-102", "buyer_c", "59.00", "0.00", "59.00", "等待买家付款", "",
     "赵六", "上海 上海市 浦东新区 - 世纪大道100号", "13800000003", "2026-11-11 00:03:00", "",
     "纯棉T恤 男款 短袖", "1", "颜色分类:黑色;尺码:XL", "", "", "小店"],
    ["20261111000000-103", "buyer_d", "59.00", "0.00", "59.00", "买家已付款，等待卖家发货", "",
     "钱七", "浙江省 杭州市 西湖区 - 文三路2号", "13800000004", "2026-11-11 00:04:00", "2026-11-11 00:04:05",
     "纯棉T恤 男款 短袖", "两件", "颜色分类:黑色;尺码:XL", "", "", "小店"],
    ["20261111000000-104", "buyer_e", "59.00", "0.00", "0.00", "交易关闭", "",
     "孙八", "浙江省 杭州市 西湖区 - 文三路3号", "13800000005", "2026-11-11 00:05:00", "",
     "纯棉T恤 男款 短袖", "1", "颜色分类:黑色;尺码:XL", "", "", "小店"],
]
write("shop_quoted.csv", ("\n".join(quoted(r) for r in [QUOTED_HEADER] + QUOTED_ROWS) + "\n").encode("utf-8"))

GB_HEADER = ["订单编号", "买家会员名", "买家实际支付金额", "订单状态", "收货人姓名", "收货地址", "订单创建时间",
             "订单付款时间", "宝贝标题", "宝贝总数量", "商品属性", "买家留言"]
GB_ROWS = [
    ["202611110905001", "买家甲", "177.00", "已付款", "李雷", "广东省 深圳市 南山区 科技园路2号，518000，13900000002",
     "2026/11/11 9:05:33", "2026/11/11 9:06:01", "纯棉T恤 男款 短袖", "1", "颜色分类:黑色;尺码:XL", "送袜子，谢谢"],
    ["202611110905001", "买家甲", "177.00", "已付款", "李雷", "广东省 深圳市 南山区 科技园路2号，518000，13900000002",
     "2026/11/11 9:05:33", "2026/11/11 9:06:01", "马克杯 陶瓷 大容量", "2", "", "送袜子，谢谢"],
    ["202611110905002", "买家乙", "59.00", "已发货", "韩梅梅", "北京 北京市 朝阳区 建国路5号，100020，13900000003",
     "2026/11/10 18:00:00", "2026/11/10 18:00:09", "纯棉T恤 男款 短袖", "1", "颜色分类:黑色;尺码:XL", ""],
    ["202611110905003", "买家丙", "118.00", "已付款", "周明", "浙江省 宁波市 海曙区 中山西路9号，315000，13900000004",
     "2026/11/11 10:00:00", "2026/11/11 10:00:10", "纯棉T恤 男款 短袖", "1", "颜色分类:黑色;尺码:XL", ""],
    ["202611110905003", "买家丙", "118.00", "已付款", "周明", "浙江省 宁波市 海曙区 中山西路9号，315000，13900000004",
     "2026/11/11 10:00:00", "2026/11/11 10:00:10", "马克杯 陶瓷 大容量", "x", "", ""],
    ["202611110905004", "买家丁", "59.00", "已付款", "吴磊", "四川省 成都市 武侯区 人民南路4号，610000，13900000005",
     "2026/11/11 11:30:00", "2026/11/11 11:30:20", "纯棉T恤 男款 短袖", "1", "颜色分类:黑色;尺码:XL", ""],
]
write("shop_gb2312.csv", ("\r\n".join(",".join(r) for r in [GB_HEADER] + GB_ROWS) + "\r\n").encode("gb2312"))

BOM_HEADER = ["订单编号", "订单状态", "收货人", "收货地址", "联系手机", "订单付款时间", "宝贝标题", "购买数量",
              "宝贝总数量", "商品属性", "套餐信息"]
BOM_ROWS = [
    ["A-20261111-7", "买家已付款，等待卖家发货", "刘一", "湖北省 武汉市 洪山区 珞喻路1号(430070)", "13700000001",
     "2026-11-11 12:00:00", "秋冬套装, 三件", "1", "3", "颜色分类:黑色", "套餐二：T恤+杯"],
    ["A-20261111-7", "买家已付款，等待卖家发货", "刘一", "湖北省 武汉市 洪山区 珞喻路1号(430070)", "13700000001",
     "2026-11-11 12:00:00", "马克杯 陶瓷 大容量", "2", "3", "", ""],
    ["A-20261111-8", "已完成", "陈二", "湖北省 武汉市 洪山区 珞喻路2号(430070)", "13700000002",
     "2026-11-09 12:00:00", "马克杯 陶瓷 大容量", "1", "1", "", ""],
]
write("shop_bom_items.csv",
      b"\xef\xbb\xbf" + ("\r\n".join(minimal(r) for r in [BOM_HEADER] + BOM_ROWS) + "\r\n").encode("utf-8"))
