#!/usr/bin/env python3
"""Writes the intake test fixtures next to this script (checked in; re-run after editing).

Each file exercises the quirks of real shop exports: GBK and UTF-8 (with and without BOM), CRLF,
quoted multi-line fields with commas and doubled quotes, ="…"/tab/apostrophe-protected long
numbers, trailing empty columns, a blank last line, comma and tab delimiters, and malformed rows
(short row, bad money, unknown status, empty order number, unbalanced quote, bad quantity,
orphan item line, a non-adjacent repeat). tst_intake_import asserts the outcome row by row.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER_HEADER = ["订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "买家支付积分", "总金额",
                "返点积分", "买家实际支付金额", "买家实际支付积分", "订单状态", "买家留言", "收货人姓名", "收货地址",
                "运送方式", "联系电话", "联系手机", "订单创建时间", "订单付款时间", "宝贝标题", "宝贝种类", "物流单号",
                "物流公司", "订单备注", "宝贝总数量", "店铺Id", "店铺名称", "订单关闭原因", "卖家服务费", "买家服务费",
                "发票抬头", "是否手机订单", "修改后的收货地址", "退款金额"]
ITEM_HEADER = ["订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息", "备注", "订单状态", "商家编码"]

PAID = "买家已付款，等待卖家发货"


def q(text):
    """Quote a CSV field the way Excel does."""
    return '"' + text.replace('"', '""') + '"'


def order(no, status, receiver="张三", address="浙江省 杭州市 西湖区 文三路 123号(310000)", mobile="'13800138000",
          phone="", message="", paid="2023-11-11 00:00:10", amount="128.00", goods="128.00", post="0.00",
          changed="", close="", refund="0.00", memo=""):
    row = {h: "" for h in ORDER_HEADER}
    row.update({"订单编号": no, "买家会员名": "tb_" + receiver, "买家支付宝账号": "a***@example.com",
                "买家应付货款": goods, "买家应付邮费": post, "买家支付积分": "0", "总金额": amount,
                "返点积分": "0", "买家实际支付金额": amount, "买家实际支付积分": "0", "订单状态": status,
                "买家留言": message, "收货人姓名": receiver, "收货地址": address, "运送方式": "快递",
                "联系电话": phone, "联系手机": mobile, "订单创建时间": "2023-11-11 00:00:05",
                "订单付款时间": paid, "宝贝标题": "标题", "宝贝种类": "1", "订单备注": memo,
                "宝贝总数量": "1", "店铺Id": "12345", "店铺名称": "好物小店", "订单关闭原因": close,
                "卖家服务费": "0", "买家服务费": "0", "是否手机订单": "手机订单", "修改后的收货地址": changed,
                "退款金额": refund})
    return [row[h] for h in ORDER_HEADER]


def item(no, title, price, qty, code, spec="颜色分类：黑色;尺码：XL", status=PAID):
    return [no, title, price, qty, "", spec, "", "", status, code]


def field(value, delim):
    if value.startswith('="') or value.startswith("\t"):
        return value  # Excel's protections stay unquoted, as exports write them
    if any(c in value for c in (delim, '"', "\n", "\r")):
        return q(value)
    return value


def line(values, delim=","):
    return delim.join(field(v, delim) for v in values)


def write(name, lines, encoding, newline, bom=False, blank_last=True):
    text = newline.join(lines) + newline + (newline if blank_last else "")
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def set_a():
    """GBK, CRLF: the first export of the day."""
    rows = [line(ORDER_HEADER)]
    rows.append(line(order('="3456789012345678901"', PAID, message='请发顺丰,谢谢!\n放门口"快递柜"')))
    rows.append(line(order("1234567890123456781", "等待买家付款", receiver="李四", paid="", mobile="",
                           phone="010-88888888", address="北京 北京市 朝阳区 建国路 88号(100020)", amount="25.50",
                           goods="25.50")))
    rows.append(line(order("\t1234567890123456782", PAID, receiver="王五", mobile="138****8000",
                           address="广东省 深圳市 南山区 粤海街道 科技园路1号(518000)")) + ",,,")
    rows.append(line(order("1234567890123456783", "交易关闭", paid="", close="买家未付款")))
    rows.append(line(order("1234567890123456784", "交易成功")))
    rows.append(line(order("1234567890123456785", PAID, amount="12.3.4")))
    rows.append(line(order("1234567890123456786", "火星状态")))
    rows.append(line(order("", PAID)))
    rows.append("1234567890123456788,tb_short,x,1.00,0.00")
    # An unbalanced quote: the message opens a quote it never closes.
    broken = order("1234567890123456789", PAID)
    broken[11] = '"oops, the buyer typed a quote'
    rows.append(",".join(broken))
    rows.append(line(order("'1234567890123456790", PAID, receiver="赵六", mobile="+86 139 0013 9000",
                           address="上海 浦东新区 世纪大道 100号(200120)", message="周末送,工作日不在")))
    rows.append(line(order("1234567890123456791", PAID, receiver="钱七")))
    write("ExportOrderList_A.csv", rows, "gbk", "\r\n")

    items = [line(ITEM_HEADER)]
    items.append(line(item('="3456789012345678901"', "纯棉T恤 黑色", "59.00", "2", "TS-BLK-XL")))
    items.append(line(item('="3456789012345678901"', "神秘赠品", "10.00", "1", "NOPE-404", spec="")))
    items.append(line(item("1234567890123456781", "白色马克杯", "25.50", "1", "MUG-WHT", spec="颜色分类：白色",
                           status="等待买家付款")))
    items.append(line(item("\t1234567890123456782", "白色马克杯", "25.50", "3", "MUG-WHT", spec="颜色分类：白色")))
    items.append(line(item("1234567890123456783", "纯棉T恤 黑色", "59.00", "1", "TS-BLK-XL", status="交易关闭")))
    items.append(line(item("1234567890123456784", "白色马克杯", "25.50", "1", "MUG-WHT", status="交易成功")))
    items.append(line(item("1234567890123456785", "白色马克杯", "25.50", "1", "MUG-WHT")))
    items.append(line(item("1234567890123456786", "白色马克杯", "25.50", "1", "MUG-WHT")))
    items.append(line(item("1234567890123456788", "白色马克杯", "25.50", "1", "MUG-WHT")))
    items.append(line(item("'1234567890123456790", "纯棉T恤 黑色", "59.00", "1", "TS-BLK-XL")))
    items.append(line(item("1234567890123456791", "纯棉T恤 黑色", "59.00", "x", "TS-BLK-XL")))
    items.append(line(item("9999999999999999999", "无主之物", "1.00", "1", "MUG-WHT")))
    write("ExportOrderDetailList_A.csv", items, "gbk", "\r\n")


def set_b():
    """UTF-8 with BOM, LF, tab-delimited: a later export overlapping A."""
    rows = [line(ORDER_HEADER, "\t")]
    rows.append(line(order('="3456789012345678901"', PAID, message='请发顺丰,谢谢!\n放门口"快递柜"'), "\t"))
    rows.append(line(order("1234567890123456781", PAID, receiver="李四", mobile="", phone="010-88888888",
                           address="北京 北京市 朝阳区 建国路 88号(100020)", amount="25.50", goods="25.50"), "\t"))
    rows.append(line(order("1234567890123456800", PAID, receiver="孙八", address="重庆 重庆市 渝中区 解放碑 1号(400010)"),
                     "\t"))
    write("ExportOrderList_B.csv", rows, "utf-8", "\n", bom=True, blank_last=False)
    items = [line(ITEM_HEADER, "\t")]
    items.append(line(item('="3456789012345678901"', "纯棉T恤 黑色", "59.00", "2", "TS-BLK-XL"), "\t"))
    items.append(line(item('="3456789012345678901"', "神秘赠品", "10.00", "1", "NOPE-404", spec=""), "\t"))
    items.append(line(item("1234567890123456781", "白色马克杯", "25.50", "1", "MUG-WHT", spec="颜色分类：白色"), "\t"))
    items.append(line(item("1234567890123456800", "纯棉T恤 黑色", "59.00", "1", "TS-BLK-XL"), "\t"))
    write("ExportOrderDetailList_B.csv", items, "utf-8", "\n", bom=True)


def set_c():
    """UTF-8 without BOM: refunds and an address change after the orders went to the warehouse."""
    rows = [line(ORDER_HEADER)]
    rows.append(line(order('="3456789012345678901"', "交易关闭", close="买家申请退款", refund="128.00")))
    rows.append(line(order("\t1234567890123456782", PAID, receiver="王五", mobile="138****8000",
                           address="广东省 深圳市 南山区 粤海街道 科技园路1号(518000)",
                           changed="广东省 深圳市 福田区 福华路 8号(518000)")))
    rows.append(line(order("'1234567890123456790", "付款以后用户退款成功，交易自动关闭", receiver="赵六",
                           mobile="+86 139 0013 9000", address="上海 浦东新区 世纪大道 100号(200120)")))
    write("ExportOrderList_C.csv", rows, "utf-8", "\n")
    items = [line(ITEM_HEADER)]
    items.append(line(item('="3456789012345678901"', "纯棉T恤 黑色", "59.00", "2", "TS-BLK-XL", status="交易关闭")))
    items.append(line(item('="3456789012345678901"', "神秘赠品", "10.00", "1", "NOPE-404", spec="", status="交易关闭")))
    items.append(line(item("\t1234567890123456782", "白色马克杯", "25.50", "3", "MUG-WHT", spec="颜色分类：白色")))
    items.append(line(item("'1234567890123456790", "纯棉T恤 黑色", "59.00", "1", "TS-BLK-XL", status="交易关闭")))
    write("ExportOrderDetailList_C.csv", items, "utf-8", "\n")


def set_pdd():
    header = ["订单号", "订单状态", "商品", "商品规格", "数量", "商品单价", "商家编码-SKU维度", "收货人", "手机", "省",
              "市", "区", "街道", "买家留言", "商家备注", "支付时间", "用户实付金额(元)", "邮费(元)", "店铺自定义"]
    rows = [line(header)]
    base = ["待发货", "", "", "", "25.50", "", "周九", "13700137000", "江苏省", "南京市", "玄武区", "中山路 1号", "",
            "", "2023-11-11 10:00:00", "110.00", "0.00", "VIP"]

    def pdd(no, title, spec, qty, code, status="待发货"):
        r = [no] + base[:]
        r[1], r[2], r[3], r[4], r[6] = status, title, spec, qty, code
        return line(r)

    rows.append(pdd("231122-000000000000001", "纯棉T恤 黑色", "黑色 XL", "1", "TS-BLK-XL"))
    rows.append(pdd("231122-000000000000001", "白色马克杯", "白色", "2", "MUG-WHT"))
    rows.append(pdd("231122-000000000000002", "白色马克杯", "白色", "1", "MUG-WHT"))
    rows.append(pdd("231122-000000000000003", "白色马克杯", "白色", "1", "MUG-WHT", status="已取消"))
    rows.append(pdd("231122-000000000000004", "白色马克杯", "白色", "0", "MUG-WHT"))
    rows.append(pdd("231122-000000000000001", "白色马克杯", "白色", "1", "MUG-WHT"))
    write("pdd_orders.csv", rows, "utf-8", "\n")


def set_jd():
    header = ["订单号", "订单状态", "商品名称", "订购数量", "京东价", "商家SKUID", "客户姓名", "联系电话", "省", "市", "区",
              "客户地址", "付款确认时间", "应付金额"]
    rows = [line(header)]
    rows.append(line(["305678901234", "等待出库", "纯棉T恤 黑色", "1", "59.00", "TS-BLK-XL", "吴十", "13600136000",
                      "湖北省", "武汉市", "洪山区", "珞喻路 1037号", "2023-11-11 12:00:00", "59.00"]))
    write("jd_orders.csv", rows, "gbk", "\r\n")


if __name__ == "__main__":
    set_a()
    set_b()
    set_c()
    set_pdd()
    set_jd()
