<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressRule</name>
    <message>
        <source>Address incomplete or unparseable</source>
        <translation>地址不完整或无法解析</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>Could not read the %1 from “%2”.</source>
        <translation>无法从“%2”中识别出%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Address incomplete: no %1.</source>
        <translation>地址不完整：缺少%1。</translation>
    </message>
    <message>
        <source>Street address “%1” is too short to deliver to.</source>
        <translation>详细地址“%1”太短，无法派送。</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU code, then Enter</source>
        <translation>扫条码或输入商家编码，然后按回车</translation>
    </message>
    <message>
        <source>Positive adds to on hand, negative removes</source>
        <translation>正数增加在库，负数减少</translation>
    </message>
    <message>
        <source>Why (required for Other)</source>
        <translation>原因（选“其他”时必填）</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>商品(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Quantity (+/−):</source>
        <translation>数量（+/−）(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>调整(&amp;A)</translation>
    </message>
    <message>
        <source>Ledger of this SKU (newest first):</source>
        <translation>该商品的库存流水（最新在前）：</translation>
    </message>
    <message>
        <source>× Unknown barcode or code: %1</source>
        <translation>× 未知条码或编码：%1</translation>
    </message>
    <message>
        <source>No SKU chosen yet.</source>
        <translation>还没有选择商品。</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · bin %4 — on hand %5, reserved %6, pre-packed %7</source>
        <translation>%1 · %2 %3 · 库位 %4 — 在库 %5，占用 %6，预打包 %7</translation>
    </message>
    <message>
        <source>× Scan or type the SKU first.</source>
        <translation>× 请先扫描或输入商品。</translation>
    </message>
</context>
<context>
    <name>AfterSalesDesk</name>
    <message>
        <source>Refund only</source>
        <translation>仅退款</translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>补寄</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Cancelled before submit</source>
        <translation>提交前已取消</translation>
    </message>
    <message>
        <source>Intercepted</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <source>Refused delivery</source>
        <translation>买家拒收</translation>
    </message>
    <message>
        <source>Returned and received</source>
        <translation>退货已入库</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>已换货</translation>
    </message>
    <message>
        <source>Reshipped</source>
        <translation>已补寄</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Completion time &quot;%1&quot; is not yyyy-MM-dd HH:mm:ss.</source>
        <translation>完结时间“%1”不是 yyyy-MM-dd HH:mm:ss 格式。</translation>
    </message>
    <message>
        <source>After-sales case %1 does not exist.</source>
        <translation>售后单 %1 不存在。</translation>
    </message>
    <message>
        <source>This case already has its new order (id %1).</source>
        <translation>该售后单已经生成过新订单（ID %1）。</translation>
    </message>
    <message>
        <source>The case&apos;s order no longer exists.</source>
        <translation>该售后单对应的原订单已不存在。</translation>
    </message>
    <message>
        <source>The new order needs at least one line.</source>
        <translation>新订单至少要有一行商品。</translation>
    </message>
</context>
<context>
    <name>AfterSalesModel</name>
    <message>
        <source> · dispute</source>
        <translation> · 纠纷</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>发起时阶段</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新订单</translation>
    </message>
</context>
<context>
    <name>AfterSalesTab</name>
    <message>
        <source>%1 cases, %2 open</source>
        <translation>共 %1 单，%2 单处理中</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>A new order for %1 waits in review (no charge, same receiver).</source>
        <translation>已为 %1 生成新订单，等待审核（不收费，收货人不变）。</translation>
    </message>
    <message>
        <source>Export after-sales list</source>
        <translation>导出售后列表</translation>
    </message>
    <message>
        <source>Open cases only</source>
        <translation>只看处理中</translation>
    </message>
    <message>
        <source>Set outcome</source>
        <translation>设置处理结果</translation>
    </message>
    <message>
        <source>Exchange / reship order</source>
        <translation>换货 / 补寄下单</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>AlarmCue</name>
    <message>
        <source>Short blip: item accepted</source>
        <translation>短促“嘀”一声：商品正确</translation>
    </message>
    <message>
        <source>Rising chord: parcel finished and packed</source>
        <translation>上扬和弦：包裹完成，已打包</translation>
    </message>
    <message>
        <source>Ding-dong: read the buyer message or memo first</source>
        <translation>“叮咚”：先看买家留言或备注</translation>
    </message>
    <message>
        <source>Two knocks: this order is already packed</source>
        <translation>“咚咚”两声：这个订单已经打包过</translation>
    </message>
    <message>
        <source>Low double buzz: wrong item, too many or unknown code</source>
        <translation>低沉“嗡嗡”两声：商品不对、多扫或未知条码</translation>
    </message>
    <message>
        <source>Siren: STOP, put the parcel in the exceptions bin</source>
        <translation>警笛声：拦截，把包裹放进异常筐</translation>
    </message>
    <message>
        <source>Falling notes: parcel for another courier</source>
        <translation>下行音阶：包裹属于别的快递</translation>
    </message>
</context>
<context>
    <name>BarcodePainter</name>
    <message>
        <source>Cannot make a barcode of &apos;%1&apos;: %2</source>
        <translation>无法为“%1”生成条码：%2</translation>
    </message>
    <message>
        <source>Cannot draw the barcode of &apos;%1&apos;: %2</source>
        <translation>无法绘制“%1”的条码：%2</translation>
    </message>
</context>
<context>
    <name>BatchRule</name>
    <message>
        <source>all couriers</source>
        <translation>全部快递</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>single SKU %1</source>
        <translation>单品 %1</translation>
    </message>
    <message>
        <source>single-SKU groups</source>
        <translation>爆款单品分组</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最多 %1 单</translation>
    </message>
</context>
<context>
    <name>BatchSheet</name>
    <message>
        <source>Pre-pack batch %1</source>
        <translation>预打包批次 %1</translation>
    </message>
    <message>
        <source>Unpack batch %1</source>
        <translation>拆包批次 %1</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>活动：%1</translation>
    </message>
    <message>
        <source>Recorded %1 UTC by %2 at %3</source>
        <translation>%1 UTC 由 %2 在 %3 登记</translation>
    </message>
    <message>
        <source>Spec: %1</source>
        <translation>规格：%1</translation>
    </message>
    <message>
        <source>Bin: %1</source>
        <translation>库位：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Barcodes: %1</source>
        <translation>条码：%1</translation>
    </message>
    <message>
        <source>%1 parcels</source>
        <translation>%1 件预包</translation>
    </message>
    <message>
        <source>%1 units back to loose stock</source>
        <translation>%1 件拆回散货库存</translation>
    </message>
    <message>
        <source>Packing material: %1</source>
        <translation>包材：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Batch %1, continued</source>
        <translation>批次 %1（续）</translation>
    </message>
    <message>
        <source>Packed by: ____________________</source>
        <translation>打包人：____________________</translation>
    </message>
    <message>
        <source>Checked by: ____________________</source>
        <translation>复核人：____________________</translation>
    </message>
    <message>
        <source>Printed %1 UTC</source>
        <translation>打印时间 %1（UTC）</translation>
    </message>
</context>
<context>
    <name>BulkResult</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyerContacts</name>
    <message>
        <source>Already contacted: %1 sent the %2 by %3 at %4 (UTC).</source>
        <translation>已联系过：%1 已于 %4（UTC）通过%3发送了%2。</translation>
    </message>
</context>
<context>
    <name>CalibrationLabel</name>
    <message>
        <source>Printer test label</source>
        <translation>打印机测试标签</translation>
    </message>
    <message>
        <source>Packline printer test</source>
        <translation>发货台打印机测试</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>活动需要名称。</translation>
    </message>
    <message>
        <source>Start and end must be times like 2026-11-11 00:00:00.</source>
        <translation>开始和结束时间格式应为 2026-11-11 00:00:00。</translation>
    </message>
    <message>
        <source>The campaign must end after it starts (%1 → %2).</source>
        <translation>活动结束时间必须晚于开始时间（%1 → %2）。</translation>
    </message>
    <message>
        <source>The pre-pack ratio is a percentage from 0 to 100, not %1.</source>
        <translation>预打包比例应为 0 到 100 的百分比，而不是 %1。</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>活动 %1 不存在。</translation>
    </message>
    <message>
        <source>Limits, expected orders and planned quantities cannot be negative.</source>
        <translation>限购数、预计单量和计划数量不能为负数。</translation>
    </message>
    <message>
        <source>SKU #%1 is not in the catalog.</source>
        <translation>商品 #%1 不在商品资料中。</translation>
    </message>
    <message>
        <source>No SKU has the code or barcode &quot;%1&quot;.</source>
        <translation>没有商家编码或条码为“%1”的商品。</translation>
    </message>
    <message>
        <source>SKU #%1 is not in campaign %2.</source>
        <translation>商品 #%1 不在活动 %2 中。</translation>
    </message>
    <message>
        <source>This SKU already has pre-pack batches in the campaign; it stays.</source>
        <translation>该商品在此活动中已有预打包批次，不能移除。</translation>
    </message>
</context>
<context>
    <name>CatalogCsv</name>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>%1 appears on an earlier line too</source>
        <translation>%1 在前面的行里已出现过</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more</source>
        <translation>“%1”不是 0 或以上的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in yuan like 128.00</source>
        <translation>“%1”不是以元为单位的价格（如 128.00）</translation>
    </message>
    <message>
        <source>%1 is over the limit of %2</source>
        <translation>%1 超过上限 %2</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Wangwang</source>
        <translation>旺旺</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>packline: unknown command &apos;%1&apos;.</source>
        <translation>packline：未知命令“%1”。</translation>
    </message>
    <message>
        <source>Database file (default: $PACKLINE_DB, then %1).</source>
        <translation>数据库文件（默认：$PACKLINE_DB，其次 %1）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Usage: packline [--db PATH]            start the desktop app
       packline COMMAND [options]      run a command

Commands:
</source>
        <translation>用法：packline [--db 路径]            启动桌面程序
      packline 命令 [选项]            执行命令

命令：
</translation>
    </message>
    <message>
        <source>
Every command takes --db PATH (or $PACKLINE_DB) and --help.
Exit codes: 0 ok, 1 bad input, 2 usage.
</source>
        <translation>
每个命令都接受 --db 路径（或 $PACKLINE_DB）和 --help。
退出码：0 成功，1 输入有误，2 用法错误。
</translation>
    </message>
    <message>
        <source>Replace the output file even when it is an SQLite database (never the open database).</source>
        <translation>即使输出文件是 SQLite 数据库也替换它（当前打开的数据库除外）。</translation>
    </message>
</context>
<context>
    <name>CodeTable</name>
    <message>
        <source>Unknown code &quot;%1&quot; in the database: it was written by a newer Packline.</source>
        <translation>数据库中有未知的代码“%1”：它由更新版本的 Packline 写入。</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping names no column for: %1</source>
        <translation>映射中缺少以下字段对应的列：%1</translation>
    </message>
    <message>
        <source>There is no column mapping named “%1” (known: %2).</source>
        <translation>没有名为“%1”的列映射（已有：%2）。</translation>
    </message>
    <message>
        <source>not a column mapping (JSON): %1</source>
        <translation>不是列映射（JSON）：%1</translation>
    </message>
    <message>
        <source>the mapping has no name: give one.</source>
        <translation>该映射没有名称：请指定一个。</translation>
    </message>
    <message>
        <source>“%1” is not a name a mapping can have.</source>
        <translation>映射不能使用“%1”这个名称。</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>not paid: keep aside</source>
        <translation>未付款：暂不处理</translation>
    </message>
    <message>
        <source>paid: to review</source>
        <translation>已付款：进入审核</translation>
    </message>
    <message>
        <source>shipped on the platform</source>
        <translation>平台上已发货</translation>
    </message>
    <message>
        <source>closed / refunded</source>
        <translation>已关闭 / 已退款</translation>
    </message>
    <message>
        <source>No sample file: pick one to choose from its header.</source>
        <translation>尚无样例文件：选一个文件，即可从它的表头中选择列。</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>pdd and jd are shipped; type a new name for a shop&apos;s own sheet.</source>
        <translation>已内置 pdd 和 jd；店铺自己的表格请输入新名称。</translation>
    </message>
    <message>
        <source>Sample &amp;file…</source>
        <translation>样例文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>映射(&amp;M)：</translation>
    </message>
    <message>
        <source>Packline field</source>
        <translation>发货台字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Status text</source>
        <translation>状态文字</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be read</source>
        <translation>预览：前几行将按如下方式读取</translation>
    </message>
    <message>
        <source>Sample export</source>
        <translation>样例导出文件</translation>
    </message>
    <message>
        <source>Order exports (*.csv *.txt);;All files (*)</source>
        <translation>订单导出文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Sample: %1 (%2, %3 columns)</source>
        <translation>样例：%1（%2，%3 列）</translation>
    </message>
    <message>
        <source>(no such column)</source>
        <translation>（没有这一列）</translation>
    </message>
    <message>
        <source>Give the mapping a name (not auto or taobao).</source>
        <translation>请给映射起个名字（不能是 auto 或 taobao）。</translation>
    </message>
</context>
<context>
    <name>ContactCommand</name>
    <message>
        <source>Payment reminders for unpaid orders: list, or export an SMS batch (list|export).</source>
        <translation>未付款订单催付：列出，或导出短信批量文件（list|export）。</translation>
    </message>
    <message>
        <source>Shipping notices for shipped orders: list, or export an SMS batch (list|export).</source>
        <translation>已发货订单发货通知：列出，或导出短信批量文件（list|export）。</translation>
    </message>
    <message>
        <source>list or export</source>
        <translation>list 或 export</translation>
    </message>
    <message>
        <source>CSV file to write (export).</source>
        <translation>要写入的 CSV 文件（export 时）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Template channel: sms (default), wangwang or phone.</source>
        <translation>模板渠道：sms（默认）、wangwang 或 phone。</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>utf8 (UTF-8 with BOM, default: Excel-safe, keeps every character) or gb18030.</source>
        <translation>utf8（带 BOM 的 UTF-8，默认：Excel 打开不乱码，所有字符都能保留）或 gb18030。</translation>
    </message>
    <message>
        <source>ENC</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Write the file but record nobody as contacted.</source>
        <translation>只写文件，不记录为已联系。</translation>
    </message>
    <message>
        <source>Only orders the platform closes within H hours.</source>
        <translation>只导出平台将在 H 小时内关闭的订单。</translation>
    </message>
    <message>
        <source>H</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Only orders shipped from this UTC time on.</source>
        <translation>只导出此 UTC 时间之后发货的订单。</translation>
    </message>
    <message>
        <source>yyyy-MM-dd[ HH:mm:ss]</source>
        <translation>yyyy-MM-dd[ HH:mm:ss]</translation>
    </message>
    <message>
        <source>Say list or export.</source>
        <translation>请指定 list 或 export。</translation>
    </message>
    <message>
        <source>Unknown channel or encoding (this Qt may lack GB18030).</source>
        <translation>未知的渠道或编码（当前 Qt 可能不支持 GB18030）。</translation>
    </message>
    <message>
        <source>--closing-within takes a whole number of hours.</source>
        <translation>--closing-within 需要整数小时数。</translation>
    </message>
    <message>
        <source>--since takes yyyy-MM-dd or yyyy-MM-dd HH:mm:ss (UTC).</source>
        <translation>--since 需要 yyyy-MM-dd 或 yyyy-MM-dd HH:mm:ss（UTC）。</translation>
    </message>
    <message>
        <source>export needs -o FILE.</source>
        <translation>export 需要 -o 文件。</translation>
    </message>
    <message>
        <source>%1 messages for %2 orders written to %3%4.</source>
        <translation>已将 %2 个订单的 %1 条消息写入 %3%4。</translation>
    </message>
    <message>
        <source> (dry run: nobody recorded)</source>
        <translation>（试运行：未记录任何联系）</translation>
    </message>
    <message>
        <source>Left out: %1 already contacted, %2 closed by the platform, %3 that need a person:</source>
        <translation>未导出：%1 个已联系过，%2 个已被平台关闭，%3 个需要人工处理：</translation>
    </message>
    <message>
        <source>%1 h old, %2 h left</source>
        <translation>已下单 %1 小时，剩余 %2 小时</translation>
    </message>
    <message>
        <source>closed by the platform</source>
        <translation>已被平台关闭</translation>
    </message>
    <message>
        <source>contacted by %1 at %2</source>
        <translation>%1 于 %2 已联系</translation>
    </message>
    <message>
        <source>not contacted</source>
        <translation>未联系</translation>
    </message>
    <message>
        <source>%1 orders.</source>
        <translation>共 %1 个订单。</translation>
    </message>
</context>
<context>
    <name>ContactExport</name>
    <message>
        <source>There is no %1 template for %2.</source>
        <translation>没有%2渠道的%1模板。</translation>
    </message>
    <message>
        <source>phone masked by the platform: use Wangwang</source>
        <translation>手机号被平台隐藏：请用旺旺联系</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>没有手机号</translation>
    </message>
    <message>
        <source>not a mobile number: %1</source>
        <translation>不是手机号：%1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
</context>
<context>
    <name>ContactKinds</name>
    <message>
        <source>Payment reminder</source>
        <translation>催付</translation>
    </message>
    <message>
        <source>Shipping notice</source>
        <translation>发货通知</translation>
    </message>
</context>
<context>
    <name>ContactLists</name>
    <message>
        <source>A close window is 1 to 720 hours, not %1.</source>
        <translation>关单时限应为 1 到 720 小时，不能是 %1。</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1（已隐藏）</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>Closed by the platform</source>
        <translation>已被平台关闭</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The platform closes it at %1</source>
        <translation>平台将于 %1 关闭此订单</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下单</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Courier, tracking no.</source>
        <translation>快递、运单号</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>已催付</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
</context>
<context>
    <name>ContactTab</name>
    <message>
        <source>%1 to contact, %2 listed</source>
        <translation>待联系 %1，列出 %2</translation>
    </message>
    <message>
        <source>⚠ Missing data: %1. Fix the order or the template before sending.</source>
        <translation>⚠ 缺少数据：%1。请先补全订单或修改模板再发送。</translation>
    </message>
    <message>
        <source>⚠ This phone cannot take an SMS (%1): use Wangwang or call.</source>
        <translation>⚠ 该号码无法接收短信（%1）：请用旺旺或电话联系。</translation>
    </message>
    <message>
        <source>Already contacted by %1 at %2.</source>
        <translation>%1 已于 %2 联系过。</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS segment(s)</source>
        <translation>
            <numerusform>%n 条短信</numerusform>
        </translation>
    </message>
    <message>
        <source>Already contacted</source>
        <translation>已联系过</translation>
    </message>
    <message>
        <source>Export SMS batch</source>
        <translation>导出短信批量文件</translation>
    </message>
    <message>
        <source>%1 messages for %2 orders written to %3 (UTF-8 with BOM).
Left out: %4 already contacted, %5 closed by the platform, %6 that need a person.</source>
        <translation>已将 %2 个订单的 %1 条消息写入 %3（带 BOM 的 UTF-8）。
未导出：%4 个已联系过，%5 个已被平台关闭，%6 个需要人工处理。</translation>
    </message>
    <message>
        <source>SMS batch</source>
        <translation>短信批量</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Show reminded</source>
        <translation>显示已催付</translation>
    </message>
    <message>
        <source>Show notified</source>
        <translation>显示已通知</translation>
    </message>
    <message>
        <source>Copy message and mark contacted (Ctrl+Shift+C)</source>
        <translation>复制消息并标记已联系（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Export SMS batch… (Ctrl+Shift+E)</source>
        <translation>导出短信批量文件…（Ctrl+Shift+E）</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>#%1 · %2 – %3 · started %4 by %5</source>
        <translation>#%1 · %2 – %3 · %4 由 %5 开始</translation>
    </message>
    <message>
        <source>&amp;Start count</source>
        <translation>开始盘点(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Continue selected</source>
        <translation>继续所选盘点(&amp;C)</translation>
    </message>
    <message>
        <source>Bins &amp;from:</source>
        <translation>起始库位(&amp;F)：</translation>
    </message>
    <message>
        <source>Bins &amp;to:</source>
        <translation>结束库位(&amp;T)：</translation>
    </message>
    <message>
        <source>Start a count for a range of bin locations:</source>
        <translation>按库位范围开始盘点：</translation>
    </message>
    <message>
        <source>Or continue an open count:</source>
        <translation>或继续未完成的盘点：</translation>
    </message>
    <message>
        <source>Scan each unit (or type a code), Enter</source>
        <translation>逐件扫描（或输入编码），回车</translation>
    </message>
    <message>
        <source>Units per scan; goes back to 1 after each scan</source>
        <translation>每次扫描的件数；扫描后恢复为 1</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统数</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Type a counted quantity into the Counted column to set it</source>
        <translation>在“实盘数”列输入数量即可设定</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>扫描(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Qty:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Post differences</source>
        <translation>差异过账(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel this count</source>
        <translation>取消本次盘点</translation>
    </message>
    <message>
        <source>✓ %1 counted</source>
        <translation>✓ 已盘 %1</translation>
    </message>
    <message>
        <source>× Unknown barcode or code: %1</source>
        <translation>× 未知条码或编码：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>Count #%1 · bins %2 – %3. Lines not counted are left as they are; the difference is against the system quantity when each line was counted.</source>
        <translation>盘点单 #%1 · 库位 %2 – %3。未盘的行保持不变；差异以每行盘点时的系统数为准。</translation>
    </message>
    <message>
        <source>= match</source>
        <translation>= 相符</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未盘</translation>
    </message>
    <message>
        <source>%1 of %2 lines counted · %3 differ · net %4</source>
        <translation>已盘 %1/%2 行 · %3 行有差异 · 净差 %4</translation>
    </message>
    <message>
        <source>Post stock count</source>
        <translation>盘点过账</translation>
    </message>
    <message>
        <source>Post the differences of count #%1 to the ledger as count corrections?</source>
        <translation>把盘点单 #%1 的差异作为盘点修正记入库存流水？</translation>
    </message>
    <message>
        <source>Cancel stock count</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <source>Cancel count #%1? Nothing of it is posted.</source>
        <translation>取消盘点单 #%1？其中任何差异都不会过账。</translation>
    </message>
</context>
<context>
    <name>CourierAllocator</name>
    <message>
        <source>No courier with quota left reaches %1.</source>
        <translation>没有尚有指标且能到达%1的快递。</translation>
    </message>
    <message>
        <source>%1 ships only with %2, whose quota is used up.</source>
        <translation>%1 只能发%2，其指标已用完。</translation>
    </message>
    <message>
        <source>No courier has a daily quota; set the quotas first.</source>
        <translation>所有快递都未设每日指标，请先设置指标。</translation>
    </message>
    <message>
        <source>Order %1 does not exist.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>%1: only orders before Submitted get a courier here.</source>
        <translation>%1：只有提交仓库前的订单可在此分配快递。</translation>
    </message>
    <message>
        <source>%1 already ships with %2.</source>
        <translation>%1 已指定 %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else; reload and try again.</source>
        <translation>%1 已被他人修改，请刷新后重试。</translation>
    </message>
</context>
<context>
    <name>CourierFormat</name>
    <message>
        <source>empty tracking number</source>
        <translation>运单号为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not look like a %2 tracking number (like %3)</source>
        <translation>“%1”不像%2的运单号（应类似 %3）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a wrong check digit (%2; it should be %3)</source>
        <translation>“%1”的校验位不对（是 %2，应为 %3）</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>This build of Qt cannot write GB18030 (GBK).</source>
        <translation>此版本的 Qt 无法写入 GB18030（GBK）编码。</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>required column is missing</source>
        <translation>缺少必填列</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>文件是空的（没有表头行）</translation>
    </message>
    <message>
        <source>the header row is refused: %1</source>
        <translation>表头行被拒绝：%1</translation>
    </message>
    <message>
        <source>the file has a header but no rows: there is nothing to import</source>
        <translation>文件只有表头没有数据行：没有可导入的内容</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote opened on line %1 is never closed</source>
        <translation>第 %1 行开始的引号没有闭合</translation>
    </message>
    <message>
        <source>text follows a closing quote (a quote inside a field must be doubled)</source>
        <translation>闭合引号后还有文字（字段内的引号须写成两个）</translation>
    </message>
    <message>
        <source>field %1 holds the control character %2 at character %3 (&quot;%4&quot;): only text is taken (tabs and line breaks are fine); the row is refused, remove the character from the file</source>
        <translation>第 %1 个字段的第 %3 个字符是控制字符 %2（“%4”）：只接受文本（制表符和换行可以）；此行被拒绝，请从文件中删除该字符</translation>
    </message>
    <message>
        <source>a quote in this row is never closed: the rest of the file (%1 characters) was skipped as one field</source>
        <translation>此行的引号没有闭合：文件剩余部分（%1 个字符）被当作一个字段跳过</translation>
    </message>
    <message>
        <source>field %1 is too long: %2 characters, the limit is %3</source>
        <translation>第 %1 个字段太长：%2 个字符，上限为 %3</translation>
    </message>
    <message>
        <source>the row is too long: %1 characters, the limit is %2</source>
        <translation>此行太长：%1 个字符，上限为 %2</translation>
    </message>
</context>
<context>
    <name>CsvReportDialog</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Nothing from this file was stored. Fix these rows in the spreadsheet and import the whole file again.</source>
        <translation>此文件的内容一条都没有保存。请在表格里改好这些行，再把整个文件重新导入。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CsvSource</name>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1：无法读取文件（%2）。</translation>
    </message>
    <message>
        <source>%1, line %2: the header row is broken: %3</source>
        <translation>%1 第 %2 行：表头行有误：%3</translation>
    </message>
    <message>
        <source>%1: the file is empty (no header row).</source>
        <translation>%1：文件为空（没有表头行）。</translation>
    </message>
    <message>
        <source>short row: %1 fields where the header has %2</source>
        <translation>行不完整：只有 %1 列，表头有 %2 列</translation>
    </message>
    <message>
        <source>long row: %1 fields where the header has %2 (a delimiter inside an unquoted field?)</source>
        <translation>行过长：有 %1 列，表头只有 %2 列（未加引号的字段里有分隔符？）</translation>
    </message>
</context>
<context>
    <name>CupsSpooler</name>
    <message>
        <source>The print server %1 does not answer.</source>
        <translation>打印服务器 %1 没有响应。</translation>
    </message>
    <message>
        <source>The printer %1 refused the job: %2</source>
        <translation>打印机 %1 拒绝了作业：%2</translation>
    </message>
    <message>
        <source>The document did not reach the printer %1: %2</source>
        <translation>文档未能送达打印机 %1：%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>%1 is not a Packline database (not an SQLite file). It was not changed.</source>
        <translation>%1 不是发货台数据库（不是 SQLite 文件）。文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is read-only: Packline needs to write to it.</source>
        <translation>%1 是只读的：发货台需要写入该文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable: the database and its journal live there.</source>
        <translation>文件夹 %1 不可写：数据库及其日志文件都放在这里。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable Packline database: %2</source>
        <translation>%1 不是可读取的发货台数据库：%2</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation>无法设置数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2. Nothing was changed.</source>
        <translation>无法升级数据库 %1：%2。未做任何改动。</translation>
    </message>
    <message>
        <source>%1 has %2 names (hard links). SQLite keeps its journal beside the name a database is opened by, so stations using different names would miss each other&apos;s changes. Remove the extra links and open it by one name; the file was not changed.</source>
        <translation>%1 有 %2 个名字（硬链接）。SQLite 把日志文件放在打开数据库时所用的名字旁边，用不同名字打开的工作站会看不到彼此的修改。请删除多余的链接，只用一个名字打开；文件未被改动。</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device or a pipe): a Packline database is a file. Nothing was written.</source>
        <translation>%1 不是普通文件（而是设备或管道）：发货台数据库必须是文件。未写入任何内容。</translation>
    </message>
    <message>
        <source>No database at %1. Check the path (--db or $PACKLINE_DB); packline import or packline demo creates a new one.</source>
        <translation>%1 处没有数据库。请检查路径（--db 或 $PACKLINE_DB）；packline import 或 packline demo 会新建数据库。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: Packline does not create folders for a database path it was given. Check the path, or create the folder first.</source>
        <translation>文件夹 %1 不存在：对于指定的数据库路径，发货台不会自动创建文件夹。请检查路径，或先创建该文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a URL Packline does not open: give --db the path of a database file, or a postgresql:// URI naming a PostgreSQL server.</source>
        <translation>发货台不能打开网址 %1：请给 --db 一个数据库文件的路径，或一个指向 PostgreSQL 服务器的 postgresql:// URI。</translation>
    </message>
    <message>
        <source>This Packline cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation>此发货台无法连接 PostgreSQL 服务器：未安装 Qt 的 PostgreSQL 驱动（QPSQL，Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1:%2 (database %3): %4</source>
        <translation>无法连接 %1:%2 上的 PostgreSQL 服务器（数据库 %3）：%4</translation>
    </message>
    <message>
        <source>%1 holds tables that are not Packline&apos;s (no schema_migrations table). Packline uses a database of its own; nothing was changed.</source>
        <translation>%1 中有不属于发货台的表（没有 schema_migrations 表）。发货台需要一个专用的数据库；未做任何改动。</translation>
    </message>
    <message>
        <source>The database %1 has no Packline tables yet. packline import or packline demo creates them.</source>
        <translation>数据库 %1 中还没有发货台的表。packline import 或 packline demo 会创建它们。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Packline (schema level %2; this version knows up to %3). Update Packline to open it; the database was not changed.</source>
        <translation>%1 由更新版本的发货台写入（结构版本 %2；本版本最高支持 %3）。请升级发货台后再打开；数据库未被改动。</translation>
    </message>
    <message>
        <source>the role %1 may read and write Packline&apos;s tables but not change them, and this Packline needs schema level %2. Run `packline db migrate` once as the role that owns the database (README, PostgreSQL), then start the stations again</source>
        <translation>角色 %1 只能读写 Packline 的表，不能修改表结构，而此版本 Packline 需要结构版本 %2。请用数据库所有者角色运行一次 `packline db migrate`（见 README 的 PostgreSQL 部分），然后重新启动各工作站</translation>
    </message>
</context>
<context>
    <name>DatabaseBusy</name>
    <message>
        <source>Another Packline station or process is writing to the database and did not finish within 10 seconds.</source>
        <translation>另一个发货台工位或进程正在写入数据库，10 秒内没有完成。</translation>
    </message>
    <message>
        <source>Another Packline station or process is writing to the database %1 and did not finish within 10 seconds.</source>
        <translation>另一个发货台工位或进程正在写入数据库 %1，10 秒内没有完成。</translation>
    </message>
    <message>
        <source>Nothing was changed here. Wait until the other station&apos;s import, print run or export is done, then try again; if nothing else is running, close any other Packline window on this database and try again.</source>
        <translation>这里没有做任何改动。请等其他工位的导入、打印或导出完成后再试；如果没有其他任务在运行，请关闭使用该数据库的其他发货台窗口后再试。</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The tables reference each other in a ring; cannot order the copy.</source>
        <translation>数据表之间存在循环引用，无法确定复制顺序。</translation>
    </message>
    <message>
        <source>The source and the target are the same database (%1).</source>
        <translation>源数据库和目标数据库是同一个（%1）。</translation>
    </message>
    <message>
        <source>The source is at schema level %1 and the target at %2; both must be this Packline&apos;s.</source>
        <translation>源数据库的结构版本为 %1，目标为 %2；两者都必须是本版本 Packline 的结构。</translation>
    </message>
    <message>
        <source>The source %1 has no table %2.</source>
        <translation>源数据库 %1 中没有表 %2。</translation>
    </message>
    <message>
        <source>Table %1 read back from the target differs from the source: %2 row(s), checksum %3, against %4 row(s), checksum %5. Nothing was copied.</source>
        <translation>从目标读回的表 %1 与源不一致：%2 行、校验和 %3，源为 %4 行、校验和 %5。未复制任何内容。</translation>
    </message>
    <message>
        <source>%1 exists: a copy is written to a new file, never over one.</source>
        <translation>%1 已存在：副本只写入新文件，绝不覆盖已有文件。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot put the copy in place at %1: %2</source>
        <translation>无法把副本放到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot make a new database to compare the target with: %1</source>
        <translation>无法创建用于比对目标的新数据库：%1</translation>
    </message>
    <message>
        <source>%1 is not empty: its table %2 has %3 row(s) (a new database has %4). A copy goes into a new database only; nothing was changed.</source>
        <translation>%1 不是空数据库：其表 %2 有 %3 行（新数据库有 %4 行）。副本只能写入新数据库；未做任何修改。</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Copy the whole database into a new one (a file onto a PostgreSQL server, or back), or bring its tables to this version.</source>
        <translation>把整个数据库复制到一个新数据库（从文件到 PostgreSQL 服务器，或反向），或把数据表升级到本版本。</translation>
    </message>
    <message>
        <source>copy: every table of --from into --to, which must be new (a file that does not exist, or an empty database on a server); each table&apos;s rows and checksum are compared before the copy is kept. migrate: create or upgrade the tables of --db (on a server, as the role that owns the database).</source>
        <translation>copy：把 --from 的每张表复制到 --to，目标必须是新的（不存在的文件，或服务器上的空数据库）；保留副本前逐表比对行数和校验和。migrate：创建或升级 --db 的数据表（在服务器上须以数据库所有者角色运行）。</translation>
    </message>
    <message>
        <source>The database to copy (a file or a postgresql:// URI; default: --db).</source>
        <translation>要复制的数据库（文件或 postgresql:// 地址；默认：--db）。</translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>The new database (a file or a postgresql:// URI).</source>
        <translation>新数据库（文件或 postgresql:// 地址）。</translation>
    </message>
    <message>
        <source>packline db: say what to do: copy or migrate.</source>
        <translation>packline db：请指明操作：copy 或 migrate。</translation>
    </message>
    <message>
        <source>packline db copy: give the new database with --to.</source>
        <translation>packline db copy：请用 --to 指定新数据库。</translation>
    </message>
    <message>
        <source>Copying %1 %2 (schema level %3):</source>
        <translation>正在复制 %1 %2（结构版本 %3）：</translation>
    </message>
    <message>
        <source>Copied into %1 in %2 s: %3 table(s), %4 row(s); every table&apos;s rows and checksum read back equal the source&apos;s.</source>
        <translation>已复制到 %1，用时 %2 秒：%3 张表，%4 行；读回的每张表行数和校验和都与源一致。</translation>
    </message>
    <message>
        <source>packline db copy: %1</source>
        <translation>packline db copy：%1</translation>
    </message>
    <message>
        <source>%1 %2 is at schema level %3, this version&apos;s.</source>
        <translation>%1 %2 的结构版本为 %3，与本版本一致。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill the database with realistic demo SKUs, stock and orders.</source>
        <translation>在数据库中填入逼真的演示商品、库存和订单。</translation>
    </message>
    <message>
        <source>How many orders (default 1000).</source>
        <translation>订单数量（默认 1000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>随机种子；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>--orders takes a whole number of orders and --seed a whole number.</source>
        <translation>--orders 需要整数订单数，--seed 需要整数。</translation>
    </message>
    <message>
        <source>Demo data: %1 orders (%2 lines), %3 SKUs, %4 shops in %5 s → %6</source>
        <translation>演示数据：%1 个订单（%2 行商品），%3 个 SKU，%4 个店铺，用时 %5 秒 → %6</translation>
    </message>
</context>
<context>
    <name>DevicePort</name>
    <message>
        <source>Cannot open the printer %1: %2</source>
        <translation>无法打开打印机 %1：%2</translation>
    </message>
    <message>
        <source>The printer %1 took %2 of %3 bytes: %4</source>
        <translation>打印机 %1 只收到 %3 字节中的 %2 字节：%4</translation>
    </message>
    <message>
        <source>The printer %1 did not take the label: %2</source>
        <translation>打印机 %1 没有收下这张标签：%2</translation>
    </message>
</context>
<context>
    <name>DirectorySink</name>
    <message>
        <source>Cannot create the test printer folder %1.</source>
        <translation>无法创建测试打印机文件夹 %1。</translation>
    </message>
    <message>
        <source>The printer %1 is offline.</source>
        <translation>打印机 %1 离线。</translation>
    </message>
    <message>
        <source>The test printer cannot write %1.</source>
        <translation>测试打印机无法写入 %1。</translation>
    </message>
    <message>
        <source>The test printer cannot finish page %1.</source>
        <translation>测试打印机无法完成第 %1 页。</translation>
    </message>
</context>
<context>
    <name>DuplicateRule</name>
    <message>
        <source>Suspected duplicate order</source>
        <translation>疑似重复订单</translation>
    </message>
    <message numerus="yes">
        <source>Same receiver and same items as order %1 within %n hour(s).</source>
        <translation>
            <numerusform>与订单 %1 在 %n 小时内收货人相同、商品相同。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ExportShippingCommand</name>
    <message>
        <source>Write the platform&apos;s bulk-shipping upload (order number, courier, tracking number).</source>
        <translation>生成平台批量发货上传文件（订单编号、物流公司、运单号）。</translation>
    </message>
    <message>
        <source>Platform (taobao).</source>
        <translation>平台（taobao）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>File to write (GBK CSV).</source>
        <translation>要写入的文件（GBK 编码 CSV）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Only orders shipped since this China time (yyyy-MM-dd HH:mm:ss).</source>
        <translation>只导出此北京时间之后出库的订单（yyyy-MM-dd HH:mm:ss）。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>After writing, mark the orders as synced back (do this once the upload worked).</source>
        <translation>写完后把这些订单标记为已回传（确认上传成功后再用）。</translation>
    </message>
    <message>
        <source>Say where to write the file with -o FILE.</source>
        <translation>请用 -o 文件 指定写到哪里。</translation>
    </message>
    <message>
        <source>--since takes a time like 2023-11-11 20:00:00 (China time).</source>
        <translation>--since 需要形如 2023-11-11 20:00:00 的时间（北京时间）。</translation>
    </message>
    <message>
        <source>%1 orders written to %2.</source>
        <translation>已将 %1 个订单写入 %2。</translation>
    </message>
    <message>
        <source>%1 orders marked as synced back.</source>
        <translation>已将 %1 个订单标记为已回传。</translation>
    </message>
    <message>
        <source>The upload of FILE worked: mark exactly the orders in FILE as synced back (orders shipped since it was written stay for the next upload).</source>
        <translation>FILE 已上传成功：只把 FILE 中的订单标记为已回传（文件生成后才发货的订单留到下一次上传）。</translation>
    </message>
    <message>
        <source>Upload the file, then run again with --confirm %1 to mark them synced back.</source>
        <translation>请先上传该文件，上传成功后运行 --confirm %1 将这些订单标记为已回传。</translation>
    </message>
    <message>
        <source>%1 orders marked as synced back (%2 were already).</source>
        <translation>已将 %1 个订单标记为已回传（另有 %2 个此前已回传）。</translation>
    </message>
</context>
<context>
    <name>FastPack</name>
    <message>
        <source>Label put back; scan the next label.</source>
        <translation>面单已放回，请扫描下一张面单。</translation>
    </message>
    <message>
        <source>No order has the tracking or order number %1.</source>
        <translation>没有运单号或订单号为 %1 的订单。</translation>
    </message>
    <message>
        <source>STOP: order %1 is %2. Put the label aside; do not ship it.</source>
        <translation>停！订单 %1 状态为%2。请把面单放到一边，不要发货。</translation>
    </message>
    <message>
        <source>Order %1 is %2, not waiting to be packed.</source>
        <translation>订单 %1 状态为%2，不在待打包状态。</translation>
    </message>
    <message>
        <source>Order %1 is not a single-item order: pack it at the normal pack station.</source>
        <translation>订单 %1 不是单件订单：请到普通打包台打包。</translation>
    </message>
    <message>
        <source>No pre-packed parcels of %1 left: pack order %2 at the normal pack station.</source>
        <translation>%1 已没有预打包件：请到普通打包台打包订单 %2。</translation>
    </message>
    <message>
        <source>Order %1: stick the label on a pre-packed %2 parcel and scan its barcode.</source>
        <translation>订单 %1：把面单贴到一件 %2 预打包件上，再扫描它的条码。</translation>
    </message>
    <message>
        <source>Wrong parcel: %1 is not %2. Take a pre-packed %2 parcel.</source>
        <translation>拿错了：%1 不是 %2。请拿一件 %2 预打包件。</translation>
    </message>
    <message>
        <source>Order %1 packed from pre-packed stock.</source>
        <translation>订单 %1 已用预打包件打包。</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>GenericReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the %2 mapping needs column(s) %3, which the file does not have.</source>
        <translation>%1：%2 映射需要列 %3，但文件中没有。</translation>
    </message>
    <message>
        <source>its order is refused because of line %1</source>
        <translation>因第 %1 行有误，整张订单未导入</translation>
    </message>
    <message>
        <source>the order number is empty</source>
        <translation>订单编号为空</translation>
    </message>
    <message>
        <source>this order&apos;s rows are not together: it already started on line %1</source>
        <translation>同一订单的行没有连在一起：该订单已在第 %1 行出现过</translation>
    </message>
</context>
<context>
    <name>GiftRules</name>
    <message>
        <source>A gift rule needs a name.</source>
        <translation>赠品规则需要一个名称。</translation>
    </message>
    <message>
        <source>A gift rule gives at least one unit.</source>
        <translation>赠品规则至少赠送一件。</translation>
    </message>
    <message>
        <source>A gift rule needs a condition: a member level, an order amount, or both.</source>
        <translation>赠品规则需要条件：会员等级、订单金额，或两者都设。</translation>
    </message>
    <message>
        <source>The gift SKU does not exist.</source>
        <translation>赠品 SKU 不存在。</translation>
    </message>
    <message>
        <source>%1: gift %2 not added, only %3 free</source>
        <translation>%1：赠品 %2 未添加，可用库存只有 %3</translation>
    </message>
    <message>
        <source>%1 ×%2 (rule %3)</source>
        <translation>%1 ×%2（规则：%3）</translation>
    </message>
</context>
<context>
    <name>GiftsCommand</name>
    <message>
        <source>Gift rules applied at review: gifts list | gifts add --name N --sku CODE [--qty Q] [--min-amount YUAN] [--min-level L] [--shop S] | gifts member --shop S --buyer NICK --level L</source>
        <translation>审核时应用的赠品规则：gifts list | gifts add --name 名称 --sku 编码 [--qty 数量] [--min-amount 元] [--min-level 等级] [--shop 店铺] | gifts member --shop 店铺 --buyer 买家昵称 --level 等级</translation>
    </message>
    <message>
        <source>list, add or member</source>
        <translation>list、add 或 member</translation>
    </message>
    <message>
        <source>Rule name.</source>
        <translation>规则名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Gift SKU (outer code).</source>
        <translation>赠品 SKU（商家编码）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Units per order (default 1).</source>
        <translation>每单赠送件数（默认 1）。</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Goods amount from which the gift is given, in yuan.</source>
        <translation>商品金额达到多少元送赠品。</translation>
    </message>
    <message>
        <source>YUAN</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Member level from which the gift is given.</source>
        <translation>会员等级达到多少送赠品。</translation>
    </message>
    <message>
        <source>L</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Shop name (default: every shop).</source>
        <translation>店铺名称（默认：所有店铺）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Buyer nick (member).</source>
        <translation>买家昵称（member 时）。</translation>
    </message>
    <message>
        <source>NICK</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Member level (member).</source>
        <translation>会员等级（member 时）。</translation>
    </message>
    <message>
        <source>Say list, add or member.</source>
        <translation>请指定 list、add 或 member。</translation>
    </message>
    <message>
        <source>No shop named %1.</source>
        <translation>没有名为 %1 的店铺。</translation>
    </message>
    <message>
        <source>from %1 yuan</source>
        <translation>满 %1 元</translation>
    </message>
    <message>
        <source>level ≥ %1</source>
        <translation>会员等级 ≥ %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>member needs --shop, --buyer and --level.</source>
        <translation>member 需要 --shop、--buyer 和 --level。</translation>
    </message>
    <message>
        <source>No SKU with outer code &quot;%1&quot;.</source>
        <translation>没有商家编码为“%1”的 SKU。</translation>
    </message>
    <message>
        <source>--qty takes a whole number.</source>
        <translation>--qty 需要整数。</translation>
    </message>
    <message>
        <source>--min-amount takes yuan, like 199.00.</source>
        <translation>--min-amount 需要以元为单位的金额，例如 199.00。</translation>
    </message>
    <message>
        <source>--min-level takes a whole number.</source>
        <translation>--min-level 需要整数。</translation>
    </message>
    <message>
        <source>Gift rule %1 added.</source>
        <translation>已添加赠品规则 %1。</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>Packline desktop app</source>
        <translation>发货台桌面程序</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>Work as this operator (no prompt).</source>
        <translation>以该操作员身份工作（不再询问）。</translation>
    </message>
    <message>
        <source>This station&apos;s id.</source>
        <translation>本工位编号。</translation>
    </message>
    <message>
        <source>Packline cannot open its database</source>
        <translation>发货台无法打开数据库</translation>
    </message>
    <message>
        <source>No database yet</source>
        <translation>还没有数据库</translation>
    </message>
    <message>
        <source>There is no Packline database at %1.

Create a new, empty database there?</source>
        <translation>%1 处没有发货台数据库。

要在那里新建一个空数据库吗？</translation>
    </message>
    <message>
        <source>Database server not answering</source>
        <translation>数据库服务器无响应</translation>
    </message>
    <message>
        <source>%1

Retry when the server is back, or Cancel to close Packline.</source>
        <translation>%1

服务器恢复后点“重试”，或点“取消”关闭 Packline。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Handover batch %1 is closed: open a new one.</source>
        <translation>交接单 %1 已关闭：请新开一张。</translation>
    </message>
    <message>
        <source>No parcel has the code %1.</source>
        <translation>没有包裹的单号是 %1。</translation>
    </message>
    <message>
        <source>STOP — order %1 is %2: it must not leave. Pull the parcel.</source>
        <translation>停！订单 %1 状态为%2：不能发出，请把包裹拣出来。</translation>
    </message>
    <message>
        <source>Order %1 is %2, not packed: it cannot be handed over.</source>
        <translation>订单 %1 状态为%2，尚未打包：不能交接。</translation>
    </message>
    <message>
        <source>WRONG COURIER — parcel %1 goes with %2, this batch is %3. Keep it off this cart.</source>
        <translation>快递不符！包裹 %1 应走%2，这张交接单是%3。不要放上这辆车。</translation>
    </message>
    <message>
        <source>Parcel %1 is already in this batch.</source>
        <translation>包裹 %1 已在本交接单中。</translation>
    </message>
    <message>
        <source>Parcel %1 is already in batch %2.</source>
        <translation>包裹 %1 已在交接单 %2 中。</translation>
    </message>
    <message>
        <source>Parcel %1 added.</source>
        <translation>包裹 %1 已加入。</translation>
    </message>
    <message>
        <source>Parcel %1 is not in this open batch.</source>
        <translation>包裹 %1 不在这张未关闭的交接单中。</translation>
    </message>
    <message>
        <source>Handover batch %1 is not open.</source>
        <translation>交接单 %1 未处于打开状态。</translation>
    </message>
    <message>
        <source>Handover batch %1 is empty: scan parcels into it first.</source>
        <translation>交接单 %1 是空的：请先扫描包裹。</translation>
    </message>
    <message>
        <source>Nothing was shipped: parcel %1 (order %2) cannot go: %3 Pull it from the batch and try again.</source>
        <translation>没有出库任何包裹：包裹 %1（订单 %2）不能发出：%3 请把它从交接单中移出后重试。</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Courier %1: scan the parcels going on this cart.</source>
        <translation>快递 %1：请扫描装上这辆车的包裹。</translation>
    </message>
    <message>
        <source>%1 · no open batch yet</source>
        <translation>%1 · 还没有打开的交接单</translation>
    </message>
    <message>
        <source>Taken off the batch: %1</source>
        <translation>已从交接单移出：%1</translation>
    </message>
    <message>
        <source>Nothing to print: the batch is empty.</source>
        <translation>没有可打印的：交接单是空的。</translation>
    </message>
    <message>
        <source>Manifest saved: %1</source>
        <translation>交接单已保存：%1</translation>
    </message>
    <message>
        <source>The batch is empty: scan parcels into it first.</source>
        <translation>交接单是空的：请先扫描包裹。</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>出库交接</translation>
    </message>
    <message>
        <source>Scan a parcel&apos;s tracking number, or a courier code…</source>
        <translation>扫描包裹运单号，或快递编码…</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Weight g</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <source>Enter: add parcel  ·  -CODE: take it off  ·  PgUp/PgDn or scan ZTO/YTO…: courier  ·  Ctrl+S: save manifest PDF  ·  Ctrl+P: print manifest  ·  Ctrl+Enter: mark all shipped  ·  F8: pack</source>
        <translation>回车：加入包裹  ·  -单号：移出  ·  PgUp/PgDn 或扫 ZTO/YTO…：切换快递  ·  Ctrl+S：保存交接单 PDF  ·  Ctrl+P：打印交接单  ·  Ctrl+回车：全部出库  ·  F8：打包</translation>
    </message>
    <message>
        <source>No printer is set up on the print server: save the manifest as PDF (Ctrl+S).</source>
        <translation>打印服务器上没有设置打印机：请把交接单另存为 PDF（Ctrl+S）。</translation>
    </message>
    <message>
        <source>Print manifest</source>
        <translation>打印交接单</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>打印机：</translation>
    </message>
    <message>
        <source>Handover manifest %1</source>
        <translation>交接单 %1</translation>
    </message>
    <message>
        <source>The manifest was not printed: %1</source>
        <translation>交接单没有打印：%1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>交接单：%1</translation>
    </message>
    <message>
        <source>Manifest printed: %1</source>
        <translation>交接单已打印：%1</translation>
    </message>
    <message>
        <source>The manifest did not print: %1 Print it again (Ctrl+P) or save it as PDF (Ctrl+S).</source>
        <translation>交接单没有打印出来：%1 请重新打印（Ctrl+P）或另存为 PDF（Ctrl+S）。</translation>
    </message>
    <message>
        <source>%1 · batch %2</source>
        <translation>%1 · 交接单 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n 个包裹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message>
        <source>This parcel goes with %1, not %2.</source>
        <translation>这个包裹走%1，不是%2。</translation>
    </message>
    <message>
        <source>Keep it off the cart, give it to the supervisor, then press Enter.</source>
        <translation>不要装车，交给主管，然后按回车。</translation>
    </message>
    <message>
        <source>Put it on the %1 cart, then press Enter.</source>
        <translation>把它放到%1的车上，然后按回车。</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n parcel(s) of batch %1 as shipped with %2?</source>
        <translation>
            <numerusform>将交接单 %1 的 %n 个包裹标记为已由%2出库？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 shipped: %n parcel(s) handed to %2.</source>
        <translation>
            <numerusform>交接单 %1 已出库：%n 个包裹已交给%2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HourlyChart</name>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出库</translation>
    </message>
    <message>
        <source>Parcels per hour today</source>
        <translation>今日每小时包裹数</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import order exports (Taobao order+item reports, 拼多多, 京东).</source>
        <translation>导入平台导出的订单（淘宝订单报表+宝贝报表、拼多多、京东）。</translation>
    </message>
    <message>
        <source>Export files (CSV).</source>
        <translation>导出文件（CSV）。</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>taobao, pdd, jd, a saved mapping, or auto (default).</source>
        <translation>taobao、pdd、jd、已保存的映射名，或 auto（默认）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The shop the orders belong to (default: the platform&apos;s only shop).</source>
        <translation>订单所属店铺（默认：该平台唯一的店铺）。</translation>
    </message>
    <message>
        <source>file,line,column,value,why</source>
        <translation>文件,行号,列,值,原因</translation>
    </message>
    <message>
        <source>Name at least one file to import.</source>
        <translation>请至少指定一个要导入的文件。</translation>
    </message>
    <message>
        <source>%1 (%2, %3, shop %4): %5 new, %6 updated, %7 unchanged, %8 skipped, %9 rows rejected, %10 s</source>
        <translation>%1（%2，%3，店铺 %4）：新增 %5，更新 %6，未变 %7，跳过 %8，拒收 %9 行，用时 %10 秒</translation>
    </message>
    <message>
        <source>  This file was imported before (run %1); nothing was duplicated.</source>
        <translation>  此文件之前已导入过（第 %1 次导入）；没有产生重复订单。</translation>
    </message>
    <message>
        <source>%1:%2: %3 [%4] %5</source>
        <translation>%1:%2：%3 [%4] %5</translation>
    </message>
    <message>
        <source>Rejected rows written to %1</source>
        <translation>拒收的行已写入 %1</translation>
    </message>
    <message>
        <source>  Review rules: %1 orders checked, %2 flagged.</source>
        <translation>  审单规则：已检查 %1 单，标记 %2 单。</translation>
    </message>
    <message>
        <source>The --shop name is a new shop: make it (an unknown name is refused otherwise).</source>
        <translation>--shop 给出的是新店铺：新建它（否则未知的店铺名会被拒绝）。</translation>
    </message>
    <message>
        <source>Review rules owed to %1 earlier import(s): %2 orders checked, %3 flagged.</source>
        <translation>补跑此前 %1 次导入欠下的审单规则：检查 %2 个订单，标记 %3 个。</translation>
    </message>
    <message>
        <source>The review rules owed to earlier imports did not run: %1</source>
        <translation>此前导入欠下的审单规则未能运行：%1</translation>
    </message>
    <message>
        <source>  %1 order number(s) of this file were already in shop %2 of the same platform: they are now in both. Was --shop right?</source>
        <translation>  本文件中有 %1 个订单号已存在于同平台的店铺 %2：现在两个店铺里都有。--shop 写对了吗？</translation>
    </message>
    <message>
        <source>Read the files with this column mapping, saved in the import dialog or with `packline mappings import`.</source>
        <translation>按此列映射读取文件（在导入对话框中保存，或用 `packline mappings import` 导入）。</translation>
    </message>
    <message>
        <source>Say --platform or --mapping, not both.</source>
        <translation>请只指定 --platform 或 --mapping 之一，不要同时指定。</translation>
    </message>
    <message>
        <source>There is no column mapping named “%1” (known: %2). Make it in the import dialog, or bring one in with `packline mappings import FILE`.</source>
        <translation>没有名为“%1”的列映射（已有：%2）。请在导入对话框中新建，或用 `packline mappings import 文件` 导入。</translation>
    </message>
    <message>
        <source>  Inferred: %1</source>
        <translation>  推断：%1</translation>
    </message>
    <message>
        <source>The import is in, but the review rules of the orders it changed did not run: %1. They run with the next import, `packline review` or when the app starts.</source>
        <translation>订单已导入，但其改动订单的审单规则未运行：%1。下一次导入、`packline review` 或程序启动时会补跑。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>Column &amp;mappings…</source>
        <translation>列映射(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Pick the shop&apos;s export files, or drop them here. Taobao needs the order report and the item report together; 拼多多 and 京东 files are read through their column mapping.</source>
        <translation>选择店铺导出的文件，或直接拖到这里。淘宝需要订单报表和宝贝报表一起导入；拼多多和京东的文件按各自的列映射读取。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>the platform&apos;s only shop</source>
        <translation>该平台唯一的店铺</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>店铺(&amp;S)：</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>根据表头识别</translation>
    </message>
    <message>
        <source>Taobao / Tmall</source>
        <translation>淘宝 / 天猫</translation>
    </message>
    <message>
        <source>拼多多 (PDD)</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <source>京东 (JD)</source>
        <translation>京东</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>映射：%1</translation>
    </message>
    <message>
        <source>Order exports</source>
        <translation>订单导出文件</translation>
    </message>
    <message>
        <source>Order exports (*.csv *.txt);;All files (*)</source>
        <translation>订单导出文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>✓ ready</source>
        <translation>✓ 可以导入</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelling: undoing what this file wrote…</source>
        <translation>正在取消：撤销此文件已写入的内容…</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 行，每秒 %2 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 new, %5 updated, %6 unchanged, %7 skipped, %8 rows rejected.</source>
        <translation>%1（%2，%3）：新增 %4，更新 %5，未变 %6，跳过 %7，拒收 %8 行。</translation>
    </message>
    <message>
        <source>   This file was imported before (run %1); nothing was duplicated.</source>
        <translation>   此文件之前已导入过（第 %1 次导入）；没有产生重复订单。</translation>
    </message>
    <message>
        <source>&amp;New shop: make a shop of this name</source>
        <translation>新店铺(&amp;N)：按此名称新建店铺</translation>
    </message>
    <message>
        <source>   %1 order number(s) of this file were already in shop %2 of the same platform: they are now in both. Was the shop right?</source>
        <translation>   本文件中有 %1 个订单号已存在于同平台的店铺 %2：现在两个店铺里都有。店铺选对了吗？</translation>
    </message>
    <message>
        <source>   Inferred: %1</source>
        <translation>   推断：%1</translation>
    </message>
    <message>
        <source>Import %p%</source>
        <translation>导入 %p%</translation>
    </message>
    <message>
        <source>Stopping the review rules after the batch they are writing…</source>
        <translation>正在停止审单规则（写完当前这一批后停止）…</translation>
    </message>
    <message>
        <source>Review rules %p%</source>
        <translation>审单规则 %p%</translation>
    </message>
    <message>
        <source>Stop the rules</source>
        <translation>停止规则</translation>
    </message>
    <message>
        <source>Imported. Running the review rules over the imported orders…</source>
        <translation>已导入。正在对导入的订单运行审单规则…</translation>
    </message>
    <message>
        <source>%1 of %2 orders checked, %3 orders/s</source>
        <translation>已检查 %1 / %2 个订单，每秒 %3 个</translation>
    </message>
    <message>
        <source>Review rules stopped after %1 order(s). The import above is kept: it was saved before the rules began. Its rules are still owed and run again at the next import, when Packline starts, or with Run rules (F5) on the review desk; until then some of its orders have no rule flags and no stock check.</source>
        <translation>审单规则在检查 %1 个订单后停止。上面的导入已保留：规则开始前它已保存。它的审单规则仍待运行，会在下次导入、Packline 启动时或在审单台按“运行规则 (F5)”时再次运行；在此之前，其中部分订单没有规则标记，也未检查库存。</translation>
    </message>
    <message>
        <source>Review rules failed (%1). They are still owed and run again at the next import, when Packline starts, or with Run rules (F5) on the review desk.</source>
        <translation>审单规则运行失败（%1）。它们仍待运行，会在下次导入、Packline 启动时或在审单台按“运行规则 (F5)”时再次运行。</translation>
    </message>
    <message>
        <source>Review rules: %1 order(s) checked, %2 flagged.</source>
        <translation>审单规则：检查了 %1 个订单，%2 个有标记。</translation>
    </message>
    <message>
        <source>Every row is read. Making the indexes and checking the review rules over the new orders…</source>
        <translation>所有行已读完。正在建立索引，并对新订单运行审核规则…</translation>
    </message>
</context>
<context>
    <name>JobExport</name>
    <message>
        <source>Print job %1 does not exist.</source>
        <translation>打印任务 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>JobTemplates</name>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>无法读取模板 %1：%2</translation>
    </message>
    <message>
        <source>Print job %1 does not exist.</source>
        <translation>打印任务 %1 不存在。</translation>
    </message>
    <message>
        <source>the copy of %1 kept with print job %2</source>
        <translation>打印任务 %2 保存的 %1 副本</translation>
    </message>
</context>
<context>
    <name>LabelEncoder</name>
    <message>
        <source>The printer %1 takes PDF pages, not TSPL or ZPL labels.</source>
        <translation>打印机 %1 接收 PDF 页面，而不是 TSPL 或 ZPL 标签。</translation>
    </message>
</context>
<context>
    <name>LabelRenderer</name>
    <message>
        <source>The font &apos;%1&apos; is not installed, so Chinese names and addresses would print as empty boxes. Install it (Debian: apt-get install fonts-noto-cjk) or choose another CJK font in the template.</source>
        <translation>未安装字体“%1”，中文姓名和地址会打印成空方框。请安装该字体（Debian：apt-get install fonts-noto-cjk），或在模板中改用其他中文字体。</translation>
    </message>
</context>
<context>
    <name>LabelSelfCheck</name>
    <message>
        <source>Self-check: the barcode %1 does not read (it should say %2); the label was not sent.</source>
        <translation>自检：条码 %1 无法识读（应为 %2），标签未发送。</translation>
    </message>
    <message>
        <source>Self-check: the barcode %1 reads %2 but should say %3; the label was not sent.</source>
        <translation>自检：条码 %1 读出 %2，应为 %3，标签未发送。</translation>
    </message>
</context>
<context>
    <name>LabelTemplate</name>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>无法读取模板 %1：%2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at line %2, column %3: %4</source>
        <translation>%1：第 %2 行第 %3 列不是有效的 JSON：%4</translation>
    </message>
    <message>
        <source>%1: a template is a JSON object {…}, not a list or a value.</source>
        <translation>%1：模板须为 JSON 对象 {…}，不能是列表或单个值。</translation>
    </message>
</context>
<context>
    <name>LargeOrderRule</name>
    <message>
        <source>Large amount or quantity</source>
        <translation>大额或大数量订单</translation>
    </message>
    <message>
        <source>paid ¥%1 (over ¥%2)</source>
        <translation>实付 ¥%1（超过 ¥%2）</translation>
    </message>
    <message>
        <source>%1 items (over %2)</source>
        <translation>%1 件（超过 %2 件）</translation>
    </message>
    <message>
        <source>Large order: %1.</source>
        <translation>大单：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>占用</translation>
    </message>
    <message>
        <source>Pre-packed</source>
        <translation>预打包</translation>
    </message>
    <message>
        <source>Reserved for order</source>
        <translation>订单占用</translation>
    </message>
    <message>
        <source>Reservation released</source>
        <translation>释放占用</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货出库</translation>
    </message>
    <message>
        <source>Unpacked</source>
        <translation>拆包</translation>
    </message>
    <message>
        <source>Initial stock</source>
        <translation>期初库存</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>库存类别</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Operator@station</source>
        <translation>操作员@工位</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Order %1 does not exist.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>The order was changed by someone else; reload and try again.</source>
        <translation>订单已被他人修改，请刷新后重试。</translation>
    </message>
    <message>
        <source>An order keeps at least one line; cancel it instead.</source>
        <translation>订单至少保留一个商品行；如不要了请取消订单。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation>商品行 %1：数量至少为 1。</translation>
    </message>
    <message>
        <source>SKU %1 does not exist.</source>
        <translation>SKU %1 不存在。</translation>
    </message>
</context>
<context>
    <name>ListingMatches</name>
    <message>
        <source>Unmatched listing (no SKU for it): %1. Match it in the review desk (Match listing…).</source>
        <translation>商品未对应（没有对应的 SKU）：%1。请在审单台用“商品对应…”设置。</translation>
    </message>
    <message>
        <source>A listing needs an outer code, or a title.</source>
        <translation>平台商品需要商家编码或标题。</translation>
    </message>
    <message>
        <source>Listing %1: say which SKU it is.</source>
        <translation>平台商品 %1：请指定对应的 SKU。</translation>
    </message>
    <message>
        <source>Listing %1: the quantity of a component is a whole number from 1 to 10000.</source>
        <translation>平台商品 %1：组成商品的数量须为 1 到 10000 的整数。</translation>
    </message>
    <message>
        <source>Listing %1: a SKU is named twice.</source>
        <translation>平台商品 %1：同一个 SKU 出现了两次。</translation>
    </message>
    <message>
        <source>SKU %1 does not exist.</source>
        <translation>SKU %1 不存在。</translation>
    </message>
    <message>
        <source>Unmatched listing: %1 orders, %2 listings</source>
        <translation>商品未对应：%1 个订单，%2 个平台商品</translation>
    </message>
</context>
<context>
    <name>ListingsCommand</name>
    <message>
        <source>Listing mappings (商品对应: what a shop sold → SKUs, combos too): listings export -o FILE | listings import FILE | listings unmatched</source>
        <translation>商品对应（平台所售商品 → SKU，含组合装）：listings export -o 文件 | listings import 文件 | listings unmatched</translation>
    </message>
    <message>
        <source>export: every mapping as CSV (outer_code, title, spec, sku, qty; one row per component); import FILE: save the file&apos;s mappings and apply them to waiting orders; unmatched: the listings no SKU is known for, most orders first.</source>
        <translation>export：把全部对应关系导出为 CSV（outer_code、title、spec、sku、qty；每个组成商品一行）；import 文件：保存文件中的对应关系并应用到待处理订单；unmatched：尚无对应 SKU 的平台商品，订单多的在前。</translation>
    </message>
    <message>
        <source>export|import|unmatched</source>
        <translation>export|import|unmatched</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <source>Write the export to FILE.</source>
        <translation>把导出内容写入文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>packline listings: say export, import or unmatched.</source>
        <translation>packline listings：请指定 export、import 或 unmatched。</translation>
    </message>
    <message>
        <source>packline listings import: give one CSV file.</source>
        <translation>packline listings import：请给出一个 CSV 文件。</translation>
    </message>
    <message>
        <source>packline listings export: give the output file with -o FILE.</source>
        <translation>packline listings export：请用 -o 文件 指定输出文件。</translation>
    </message>
    <message>
        <source>Wrote the listing mappings to %1.</source>
        <translation>已把商品对应关系写入 %1。</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows above and import the file again.</source>
        <translation>未导入任何内容：请改正上面的行后重新导入。</translation>
    </message>
    <message>
        <source>Imported %1: %2 listing(s) mapped, %3 mapped anew; %4 waiting order(s) now matched.</source>
        <translation>已导入 %1：新建 %2 个商品对应，重设 %3 个；%4 个待处理订单现已对应。</translation>
    </message>
</context>
<context>
    <name>ListingsCsv</name>
    <message>
        <source>the file needs an outer_code or a title column for the listing</source>
        <translation>文件需要 outer_code 或 title 列来表示平台商品</translation>
    </message>
    <message>
        <source>no listing: give an outer code, or a title</source>
        <translation>没有平台商品：请给出商家编码或标题</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>no SKU with this code in the catalog</source>
        <translation>商品资料中没有此编码的 SKU</translation>
    </message>
    <message>
        <source>not a quantity (a whole number from 1 to 10000)</source>
        <translation>不是数量（须为 1 到 10000 的整数）</translation>
    </message>
    <message>
        <source>this SKU is already a component of the listing on an earlier line</source>
        <translation>该 SKU 在前面的行中已是此平台商品的组成商品</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Orders</source>
        <translation>订单审核</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>打印队列</translation>
    </message>
    <message>
        <source>Pack station</source>
        <translation>打包台</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Pre-pack</source>
        <translation>预打包</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Packline — warehouse desk</source>
        <translation>发货台 Packline — 仓库工作台</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Shortcuts</source>
        <translation>快捷键(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Packline</source>
        <translation>关于发货台(&amp;A)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Operator: %1 @ %2</source>
        <translation>操作员：%1 @ %2</translation>
    </message>
    <message>
        <source>About Packline</source>
        <translation>关于发货台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Packline %1&lt;/h3&gt;&lt;p&gt;Warehouse back office for online shops: review, print, pack and ship orders during flash-sale peaks.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema level: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;发货台 Packline %1&lt;/h3&gt;&lt;p&gt;网店仓库后台：大促高峰期的订单审核、打单、打包与发货。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;br&gt;结构版本：%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>导入订单(&amp;I)…</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>S&amp;end tracking numbers to the shop (回传)…</source>
        <translation>回传运单号到店铺(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ManifestRenderer</name>
    <message>
        <source>Handover manifest — %1</source>
        <translation>交接单 — %1</translation>
    </message>
    <message>
        <source>Batch %1 · opened %2 UTC by %3 at %4 · %5 parcels, %6 items</source>
        <translation>交接单 %1 · %2（UTC）由 %3 在 %4 开单 · 共 %5 个包裹、%6 件商品</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Weight g</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <source>Total: %1 parcels, %2 items</source>
        <translation>合计：%1 个包裹，%2 件商品</translation>
    </message>
    <message>
        <source>Warehouse: ____________________</source>
        <translation>仓库交接人：____________________</translation>
    </message>
    <message>
        <source>Courier driver: ____________________</source>
        <translation>快递揽收人：____________________</translation>
    </message>
    <message>
        <source>Printed %1 UTC</source>
        <translation>打印时间 %1（UTC）</translation>
    </message>
    <message>
        <source>Handover manifest %1</source>
        <translation>交接单 %1</translation>
    </message>
</context>
<context>
    <name>MappingsCommand</name>
    <message>
        <source>Column mappings of other shop exports: mappings list | mappings export NAME -o FILE | mappings import FILE [--name NAME]</source>
        <translation>其他店铺导出文件的列映射：mappings list | mappings export 名称 -o 文件 | mappings import 文件 [--name 名称]</translation>
    </message>
    <message>
        <source>list: the mappings (built in and saved); export NAME: one as JSON; import FILE: save a shared one (replacing one of the same name).</source>
        <translation>list：列出映射（内置和已保存的）；export 名称：把一个映射导出为 JSON；import 文件：保存别人分享的映射（替换同名映射）。</translation>
    </message>
    <message>
        <source>list|export|import</source>
        <translation>list|export|import</translation>
    </message>
    <message>
        <source>The mapping&apos;s name, or the file to import.</source>
        <translation>映射名称，或要导入的文件。</translation>
    </message>
    <message>
        <source>[NAME|FILE]</source>
        <translation>[名称|文件]</translation>
    </message>
    <message>
        <source>Write the export to FILE.</source>
        <translation>把导出内容写入文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Import: save it under this name.</source>
        <translation>导入：以此名称保存。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>packline mappings: say list, export or import.</source>
        <translation>packline mappings：请指定 list、export 或 import。</translation>
    </message>
    <message>
        <source>packline mappings %1: give one %2.</source>
        <translation>packline mappings %1：请给出一个%2。</translation>
    </message>
    <message>
        <source>mapping name</source>
        <translation>映射名称</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>packline mappings export: give the output file with -o FILE.</source>
        <translation>packline mappings export：请用 -o 文件 指定输出文件。</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Wrote the %1 mapping to %2.</source>
        <translation>已把映射 %1 写入 %2。</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>Saved the mapping %1: import with --mapping %1.</source>
        <translation>已保存映射 %1：导入时使用 --mapping %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>MatchListingDialog</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Add as component</source>
        <translation>加为组成商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存对应</translation>
    </message>
    <message>
        <source>Match listing</source>
        <translation>商品对应</translation>
    </message>
    <message>
        <source>Search the catalog: code, title or spec</source>
        <translation>搜索商品资料：编码、标题或规格</translation>
    </message>
    <message>
        <source>Listings without a SKU (orders waiting):</source>
        <translation>没有对应 SKU 的平台商品（待处理订单数）：</translation>
    </message>
    <message>
        <source>SKUs like this listing, or search:</source>
        <translation>与此平台商品相似的 SKU，或搜索：</translation>
    </message>
    <message>
        <source>Quantity per listing:</source>
        <translation>每件平台商品的数量：</translation>
    </message>
    <message>
        <source>The listing is (several SKUs: a combo/套装):</source>
        <translation>此平台商品对应（多个 SKU 即组合装/套装）：</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) · %1</source>
        <translation>
            <numerusform>%n 个订单 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the SKU (or the SKUs of a combo) this listing is first.</source>
        <translation>请先添加此平台商品对应的 SKU（组合装则添加各个 SKU）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: remembered; %n waiting order(s) matched.</source>
        <translation>
            <numerusform>%1：已记住；%n 个待处理订单已对应。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageRule</name>
    <message>
        <source>Buyer message or seller memo present</source>
        <translation>有买家留言或卖家备注</translation>
    </message>
    <message>
        <source>Buyer wrote: “%1”</source>
        <translation>买家留言：“%1”</translation>
    </message>
    <message>
        <source>Seller memo: “%1”</source>
        <translation>卖家备注：“%1”</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>A message template cannot be empty.</source>
        <translation>消息模板不能为空。</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. Known ones are: %2.</source>
        <translation>未知的占位符：%1。可用的占位符：%2。</translation>
    </message>
</context>
<context>
    <name>MetricFigure</name>
    <message>
        <source>%1 h (%2 d)</source>
        <translation>%1 小时（%2 天）</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>谁在上岗？</translation>
    </message>
    <message>
        <source>Choose your name. Everything you do is recorded under it, with this station.</source>
        <translation>请选择您的名字。您的每项操作都会连同本工位一起记录在该名字下。</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;tation:</source>
        <translation>工位(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message numerus="yes">
        <source>%n order(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an order to see it here.</source>
        <translation>选择一个订单，在此查看详情。</translation>
    </message>
    <message>
        <source>On hold:</source>
        <translation>挂起原因：</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>付款于</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation>发货批次：</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Courier:</source>
        <translation>快递：</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Buyer message:</source>
        <translation>买家留言：</translation>
    </message>
    <message>
        <source>Seller memo:</source>
        <translation>卖家备注：</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title / spec</source>
        <translation>名称 / 规格</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>unknown SKU</source>
        <translation>未知SKU</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Nothing yet: the order has not changed since it was imported.</source>
        <translation>暂无记录：订单自导入以来没有改动过。</translation>
    </message>
</context>
<context>
    <name>OrderEditDialog</name>
    <message>
        <source>Edit order %1</source>
        <translation>修改订单 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>As the platform wrote it</source>
        <translation>平台原始地址</translation>
    </message>
    <message>
        <source>Seller memo</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price (¥)</source>
        <translation>单价（¥）</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加商品行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除商品行</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Line %1: give a SKU code, a quantity of at least 1 and a price such as 59.00.</source>
        <translation>第 %1 行：请填写商家编码、至少为 1 的数量和价格（如 59.00）。</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>The order is %1: from Submitted on the warehouse owns it and edits are refused.</source>
        <translation>订单状态为“%1”：提交仓库后由仓库处理，不能再修改。</translation>
    </message>
    <message>
        <source>The order is %1 and can no longer be edited.</source>
        <translation>订单状态为“%1”，不能再修改。</translation>
    </message>
    <message>
        <source>Order %1 does not exist.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>The order was changed by someone else; reload and try again.</source>
        <translation>订单已被他人修改；请刷新后重试。</translation>
    </message>
</context>
<context>
    <name>OrderField</name>
    <message>
        <source>Order number</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Buyer nickname</source>
        <translation>买家昵称</translation>
    </message>
    <message>
        <source>Receiver name</source>
        <translation>收货人姓名</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Landline phone</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>Full address (province city district street)</source>
        <translation>完整地址（省 市 区 详细地址）</translation>
    </message>
    <message>
        <source>Changed address (wins when filled)</source>
        <translation>修改后的地址（有值时优先）</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Buyer message</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <source>Seller memo</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Goods amount</source>
        <translation>货款金额</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>邮费</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>关闭原因</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>商品标题</translation>
    </message>
    <message>
        <source>Item spec</source>
        <translation>商品规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Outer code (商家编码)</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Line status</source>
        <translation>子订单状态</translation>
    </message>
    <message>
        <source>Line id</source>
        <translation>子订单编号</translation>
    </message>
    <message>
        <source>Package (套餐信息)</source>
        <translation>套餐信息</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>new, waiting for review</source>
        <translation>新增，待审核</translation>
    </message>
    <message>
        <source>new, not paid yet</source>
        <translation>新增，待付款</translation>
    </message>
    <message>
        <source>paid since the last import, now waiting for review</source>
        <translation>上次导入后已付款，转为待审核</translation>
    </message>
    <message>
        <source>updated before review/submit</source>
        <translation>提交仓库前已更新</translation>
    </message>
    <message>
        <source>line refunded before submit</source>
        <translation>提交仓库前部分商品已退款</translation>
    </message>
    <message>
        <source>cancelled (closed before submit)</source>
        <translation>已取消（提交仓库前交易关闭）</translation>
    </message>
    <message>
        <source>intercepted (refund after submit)</source>
        <translation>已拦截（提交仓库后退款）</translation>
    </message>
    <message>
        <source>refund after shipping: after-sales case</source>
        <translation>出库后退款：已转售后</translation>
    </message>
    <message>
        <source>address changed after submit: flagged</source>
        <translation>提交仓库后改了地址：已标记</translation>
    </message>
    <message>
        <source>skipped: closed before we saw it</source>
        <translation>跳过：导入前交易已关闭</translation>
    </message>
    <message>
        <source>skipped: already shipped on the platform</source>
        <translation>跳过：平台上已发货</translation>
    </message>
    <message>
        <source>%1: not a Taobao order or item report (its header has none of 订单编号 with 收货地址 or 购买数量).</source>
        <translation>%1：不是淘宝订单报表或宝贝报表（表头中没有 订单编号 加 收货地址 或 购买数量）。</translation>
    </message>
    <message>
        <source>%1: not an export Packline recognises. Choose the platform, or make a column mapping for it in the import dialog.</source>
        <translation>%1：无法识别的导出文件。请选择平台，或在导入窗口中为它建立列映射。</translation>
    </message>
    <message>
        <source>%1 is a Taobao item report (宝贝报表); its order report (订单报表, ExportOrderList…csv) is missing. Import the two files together.</source>
        <translation>%1 是淘宝宝贝报表；缺少对应的订单报表（ExportOrderList…csv）。请两个文件一起导入。</translation>
    </message>
    <message>
        <source>There are several %1 shops (%2): say which one the file belongs to.</source>
        <translation>有多个 %1 店铺（%2）：请指定文件属于哪个店铺。</translation>
    </message>
    <message>
        <source>Default shop</source>
        <translation>默认店铺</translation>
    </message>
    <message>
        <source>%1: cannot read the file.</source>
        <translation>%1：无法读取文件。</translation>
    </message>
    <message>
        <source>Cancelled: nothing from this file was kept.</source>
        <translation>已取消：此文件的内容都没有保留。</translation>
    </message>
    <message>
        <source>%1 was not imported (nothing from it was kept): %2</source>
        <translation>%1 未导入（其内容都没有保留）：%2</translation>
    </message>
    <message>
        <source>There is no %1 shop named “%2” (no %1 shop yet). Check the name, or make the new shop on purpose (import --new-shop, or “New shop” in the import dialog).</source>
        <translation>没有名为“%2”的 %1 店铺（还没有任何 %1 店铺）。请检查名称，或有意新建该店铺（import --new-shop，或在导入对话框中勾选“新店铺”）。</translation>
    </message>
    <message>
        <source>There is no %1 shop named “%2”. The %1 shops are: %3; the closest is “%4”. Check the name, or make the new shop on purpose (import --new-shop, or “New shop” in the import dialog).</source>
        <translation>没有名为“%2”的 %1 店铺。现有 %1 店铺：%3；最接近的是“%4”。请检查名称，或有意新建该店铺（import --new-shop，或在导入对话框中勾选“新店铺”）。</translation>
    </message>
    <message>
        <source>the file has a header but no rows: there is nothing to import.</source>
        <translation>文件只有表头没有数据行：没有可导入的内容。</translation>
    </message>
    <message>
        <source>the two files have a header but no rows: there is nothing to import.</source>
        <translation>两个文件都只有表头没有数据行：没有可导入的内容。</translation>
    </message>
    <message>
        <source>%1 is a Taobao order report (订单报表); its item report (宝贝报表, ExportOrderDetailList…csv) is missing, and it has no title and quantity columns (宝贝标题, 宝贝总数量) to make lines from. Import the two files together.</source>
        <translation>%1 是淘宝订单报表；缺少对应的宝贝报表（ExportOrderDetailList…csv），而且它没有可生成订单明细的标题和数量列（宝贝标题、宝贝总数量）。请两个文件一起导入。</translation>
    </message>
</context>
<context>
    <name>OrderMerger</name>
    <message>
        <source>Merged into %1</source>
        <translation>已合并到 %1</translation>
    </message>
    <message>
        <source>The order was changed by someone else; reload and try again.</source>
        <translation>订单已被他人修改，请刷新后重试。</translation>
    </message>
    <message>
        <source>Select at least two orders to merge.</source>
        <translation>请至少选择两个订单进行合并。</translation>
    </message>
    <message>
        <source>Some of the selected orders no longer exist.</source>
        <translation>部分所选订单已不存在。</translation>
    </message>
    <message>
        <source>%1 is %2: only orders waiting for review or approved (not submitted, not held) are merged.</source>
        <translation>%1 为%2：只能合并待审核或已审核（未提交、未挂起）的订单。</translation>
    </message>
    <message>
        <source>%1 and %2 are from different buyers: orders are never merged across buyer IDs.</source>
        <translation>%1 与 %2 属于不同买家：不同买家ID的订单不能合并。</translation>
    </message>
    <message>
        <source>%1 and %2 go to different receivers or addresses.</source>
        <translation>%1 与 %2 的收货人或地址不同。</translation>
    </message>
</context>
<context>
    <name>OrderPrintData</name>
    <message>
        <source>No bin</source>
        <translation>无库位</translation>
    </message>
    <message>
        <source>Order %1 does not exist.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>OrderSplitter</name>
    <message>
        <source>Order %1 does not exist.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is %2: only orders waiting for review or approved are split.</source>
        <translation>%1 为%2：只能拆分待审核或已审核的订单。</translation>
    </message>
    <message>
        <source>Choose lines of this order to split off.</source>
        <translation>请选择要拆出的本订单商品行。</translation>
    </message>
    <message>
        <source>Leave at least one line on the original order.</source>
        <translation>原订单至少要保留一个商品行。</translation>
    </message>
    <message>
        <source>The order was changed by someone else; reload and try again.</source>
        <translation>订单已被他人修改，请刷新后重试。</translation>
    </message>
</context>
<context>
    <name>OrderSubmitter</name>
    <message>
        <source>Order %1 does not exist.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>%1: only approved orders are submitted (it is %2).</source>
        <translation>%1：只有已审核的订单才能提交（当前为%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) have no SKU; fix them first.</source>
        <translation>
            <numerusform>%1：有 %n 个商品行未匹配SKU，请先修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs %2, %3 available</source>
        <translation>%1 需要 %2，可用 %3</translation>
    </message>
    <message>
        <source>Out of stock at submit: %1.</source>
        <translation>提交时缺货：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>OrderUpsert</name>
    <message>
        <source>Closed or refunded on the platform: %1</source>
        <translation>平台上交易关闭或已退款：%1</translation>
    </message>
    <message>
        <source>Order %1 changed while it was imported; import the file again.</source>
        <translation>订单 %1 在导入时被修改了，请重新导入该文件。</translation>
    </message>
    <message>
        <source>The buyer changed the receiver after the order went to the warehouse; now: %1 %2 %3</source>
        <translation>订单提交仓库后买家修改了收货信息；现在是：%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>OrdersFilterBar</name>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Has message/memo</source>
        <translation>有留言/备注</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Search order no, buyer, receiver, phone tail, tracking no (Ctrl+F)</source>
        <translation>搜索订单号、买家、收货人、手机尾号、运单号（Ctrl+F）</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>全部标记</translation>
    </message>
    <message>
        <source>⚠ Any flag</source>
        <translation>⚠ 有任意标记</translation>
    </message>
    <message>
        <source>All couriers</source>
        <translation>全部快递</translation>
    </message>
    <message>
        <source>No courier yet</source>
        <translation>未分配快递</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>搜索…（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Stage</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Buyer message</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <source>Seller memo</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>地址已修改</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <source>Presale</source>
        <translation>预售</translation>
    </message>
    <message>
        <source>Limit per buyer</source>
        <translation>买家超限购</translation>
    </message>
    <message>
        <source>Limit per receiver</source>
        <translation>收货人超限购</translation>
    </message>
    <message>
        <source>Large order</source>
        <translation>大单</translation>
    </message>
    <message>
        <source>Duplicate?</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Unmatched listing</source>
        <translation>商品未对应</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>全部 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>显示 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Give a reason; it goes on the order&apos;s history.</source>
        <translation>请填写原因，它会记入订单的操作记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) were not changed:</source>
        <translation>
            <numerusform>%n 个订单未改动：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n order(s)?</source>
        <translation>
            <numerusform>审核通过 %n 个订单？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) approved.</source>
        <translation>
            <numerusform>已审核 %n 个订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n order(s) on hold?</source>
        <translation>
            <numerusform>挂起 %n 个订单？</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Why are these orders held?</source>
        <translation>挂起这些订单的原因？</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) on hold.</source>
        <translation>
            <numerusform>已挂起 %n 个订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n order(s) from hold?</source>
        <translation>
            <numerusform>解除 %n 个订单的挂起？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) released.</source>
        <translation>
            <numerusform>已解除挂起 %n 个订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n order(s)?</source>
        <translation>
            <numerusform>取消 %n 个订单？</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Why are these orders cancelled?</source>
        <translation>取消这些订单的原因？</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) cancelled.</source>
        <translation>
            <numerusform>已取消 %n 个订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Order %1 saved.</source>
        <translation>订单 %1 已保存。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合单</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n order(s) into one parcel?</source>
        <translation>
            <numerusform>将 %n 个订单合并为一个包裹？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) merged.</source>
        <translation>
            <numerusform>已合并 %n 个订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆单</translation>
    </message>
    <message>
        <source>Order %1 split.</source>
        <translation>订单 %1 已拆分。</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交仓库</translation>
    </message>
    <message numerus="yes">
        <source>Submit %n order(s) to the warehouse? Stock is reserved now and the orders can no longer be edited.</source>
        <translation>
            <numerusform>将 %n 个订单提交仓库？库存将立即预占，订单此后不能再修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 submitted, %2 out of stock.</source>
        <translation>已提交 %1 个，缺货 %2 个。</translation>
    </message>
    <message>
        <source>Rules checked %1 order(s) in %2 ms: %3 flagged, %4 auto-approved.</source>
        <translation>规则用时 %2 毫秒检查了 %1 个订单：%3 个有标记，自动审核 %4 个。</translation>
    </message>
    <message>
        <source>Review rules</source>
        <translation>审单规则</translation>
    </message>
    <message numerus="yes">
        <source>Allocate couriers to %n order(s) by quota and region?</source>
        <translation>
            <numerusform>按指标和地区为 %n 个订单分配快递？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) got a courier.</source>
        <translation>
            <numerusform>已为 %n 个订单分配快递。</numerusform>
        </translation>
    </message>
    <message>
        <source>Up / Down, Shift+Up / Down</source>
        <translation>上 / 下，Shift+上 / 下</translation>
    </message>
    <message>
        <source>Move through the orders, extend the selection</source>
        <translation>在订单间移动，扩展选择</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search: order no, buyer, receiver, phone tail, tracking no</source>
        <translation>搜索：订单号、买家、收货人、手机尾号、运单号</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Approve the selected orders</source>
        <translation>审核通过所选订单</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Hold the selected orders (with a reason)</source>
        <translation>挂起所选订单（需填写原因）</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Release held orders</source>
        <translation>解除挂起</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel the selected orders (before Submitted, with a reason)</source>
        <translation>取消所选订单（提交仓库前，需填写原因）</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Edit the order: address, lines, courier, memo</source>
        <translation>修改订单：地址、商品、快递、备注</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Merge orders of one buyer to one address</source>
        <translation>合并同一买家发往同一地址的订单</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Split lines off into a new order</source>
        <translation>把商品行拆到新订单</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Submit the selected orders to the warehouse</source>
        <translation>将所选订单提交仓库</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Run the review rules</source>
        <translation>运行审单规则</translation>
    </message>
    <message>
        <source>Move between the chips, filters and the table</source>
        <translation>在阶段按钮、筛选和表格之间切换</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>审核 (A)</translation>
    </message>
    <message>
        <source>Hold (H)</source>
        <translation>挂起 (H)</translation>
    </message>
    <message>
        <source>Release (R)</source>
        <translation>解挂 (R)</translation>
    </message>
    <message>
        <source>Cancel (Del)</source>
        <translation>取消 (Del)</translation>
    </message>
    <message>
        <source>Edit (E)</source>
        <translation>修改 (E)</translation>
    </message>
    <message>
        <source>Merge (M)</source>
        <translation>合单 (M)</translation>
    </message>
    <message>
        <source>Split (S)</source>
        <translation>拆单 (S)</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation>提交仓库 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Run rules (F5)</source>
        <translation>运行规则 (F5)</translation>
    </message>
    <message>
        <source>Allocate couriers</source>
        <translation>分配快递</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则设置…</translation>
    </message>
    <message>
        <source>Quota left: %1</source>
        <translation>剩余指标：%1</translation>
    </message>
    <message>
        <source>More than %L1 orders shown</source>
        <translation>显示超过 %L1 单</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) cannot be cancelled here:</source>
        <translation>
            <numerusform>%n 个订单不能在这里取消：</numerusform>
        </translation>
    </message>
    <message>
        <source>Once submitted to the warehouse, an order is stopped by interception (the platform&apos;s refund) at the service desk.</source>
        <translation>订单提交仓库后，只能通过拦截（平台退款）在客服台处理。</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the other %n order(s)?</source>
        <translation>
            <numerusform>取消其余 %n 个订单？</numerusform>
        </translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Match listing…: say which SKU (or combo) a listing without one is</source>
        <translation>商品对应…：为没有 SKU 的平台商品指定对应的 SKU（或组合装）</translation>
    </message>
    <message>
        <source>Match listing… (L)</source>
        <translation>商品对应…（L）</translation>
    </message>
    <message>
        <source>%1 — Match listing… (L)</source>
        <translation>%1 — 商品对应…（L）</translation>
    </message>
    <message>
        <source>Running the review rules…</source>
        <translation>正在运行审单规则…</translation>
    </message>
    <message>
        <source>Review rules: %1 of %2 orders checked, %3 orders/s</source>
        <translation>审单规则：已检查 %1 / %2 个订单，每秒 %3 个</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1 is a folder: name a file to write.</source>
        <translation>%1 是文件夹：请指定要写入的文件。</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device or a pipe): name a file to write.</source>
        <translation>%1 不是普通文件（而是设备或管道）：请指定要写入的文件。</translation>
    </message>
    <message>
        <source>%1 is the database Packline has open (%2): writing there would destroy it. Choose another file.</source>
        <translation>%1 就是发货台正在使用的数据库（%2）：写入会毁掉它。请另选一个文件。</translation>
    </message>
    <message>
        <source>%1 is a working file of the open database (%2): writing there would damage it. Choose another file.</source>
        <translation>%1 是正在使用的数据库（%2）的工作文件：写入会损坏数据库。请另选一个文件。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, not an earlier export: it was not replaced. Choose another file (on the command line, --force replaces it).</source>
        <translation>%1 是一个 SQLite 数据库，不是之前导出的文件：未替换它。请另选一个文件（命令行中加 --force 可替换）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>Verify a parcel by its codes and pack it (scan by scan).</source>
        <translation>按条码逐件核验包裹并打包。</translation>
    </message>
    <message>
        <source>Tracking or order number, then item barcodes.</source>
        <translation>先给运单号或订单号，再给商品条码。</translation>
    </message>
    <message>
        <source>PARCEL ITEM…</source>
        <translation>包裹 商品…</translation>
    </message>
    <message>
        <source>Weigh the parcel: grams, or kilograms with kg.</source>
        <translation>包裹称重：单位为克，带 kg 则为千克。</translation>
    </message>
    <message>
        <source>G</source>
        <translation>克</translation>
    </message>
    <message>
        <source>Station id written on the parcel (default: settings).</source>
        <translation>写入包裹记录的工位号（默认取设置）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Drills and tests: before the last item scan, print &apos;ready&apos; and wait until FILE exists.</source>
        <translation>演练和测试用：扫最后一件前输出 ready，并等待 FILE 出现。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Give the parcel&apos;s tracking or order number and at least one item barcode.</source>
        <translation>请给出包裹的运单号或订单号，以及至少一个商品条码。</translation>
    </message>
    <message>
        <source>Not packed: %1</source>
        <translation>未打包：%1</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <source>No parcel on the bench</source>
        <translation>台上没有包裹</translation>
    </message>
    <message>
        <source>Order %1 · %2 %3 · %4 · %5 / %6 items</source>
        <translation>订单 %1 · %2 %3 · %4 · %5 / %6 件</translation>
    </message>
    <message>
        <source>Buyer message: %1</source>
        <translation>买家留言：%1</translation>
    </message>
    <message>
        <source>Seller memo: %1</source>
        <translation>卖家备注：%1</translation>
    </message>
    <message>
        <source>⏎ Press Enter once you have read this.</source>
        <translation>⏎ 看完后请按回车。</translation>
    </message>
    <message>
        <source>Next scan × %1</source>
        <translation>下一次扫描 × %1</translation>
    </message>
    <message>
        <source>Weighing: on (F6)</source>
        <translation>称重：开（F6）</translation>
    </message>
    <message>
        <source>Weighing: off (F6)</source>
        <translation>称重：关（F6）</translation>
    </message>
    <message>
        <source>Fast mode: on (F7)</source>
        <translation>快速模式：开（F7）</translation>
    </message>
    <message>
        <source>Fast mode: off (F7)</source>
        <translation>快速模式：关（F7）</translation>
    </message>
    <message>
        <source>» FAST MODE — the label alone packs a pre-packed order (F7 to turn off)</source>
        <translation>» 快速模式 —— 预打包订单扫面单即完成打包（按 F7 关闭）</translation>
    </message>
    <message>
        <source>Scan tracking no., order no., slot or item…</source>
        <translation>扫运单号、订单号、格口码或商品条码…</translation>
    </message>
    <message>
        <source>Pre-packed order %1 · no box at hand? Scan the label again · Esc: put it back</source>
        <translation>预打包订单 %1 · 手边没有预打包件？再扫一次面单 · Esc：放回面单</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>订单 %1：%2</translation>
    </message>
    <message>
        <source>Do not pack. Put it in the exceptions bin, then press Enter.</source>
        <translation>不要打包。放进异常筐，然后按回车。</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n 个包裹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 次错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n 次拦截</numerusform>
        </translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>本班次</translation>
    </message>
    <message>
        <source>Enter: scan  ·  Enter on empty: confirm message / STOP  ·  Esc: put parcel back  ·  Ctrl+Z: undo  ·  *6 then scan: six at once  ·  F6: weighing  ·  F7: fast mode  ·  F9: handover  ·  F11: full screen</source>
        <translation>回车：扫描  ·  空回车：确认留言 / 拦截  ·  Esc：放回包裹  ·  Ctrl+Z：撤销  ·  *6 再扫：一次计 6 件  ·  F6：称重  ·  F7：快速模式  ·  F9：出库交接  ·  F11：全屏</translation>
    </message>
    <message>
        <source>Supervisor: lift the hold on %1</source>
        <translation>主管：解除 %1 的挂起</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>主管：</translation>
    </message>
    <message>
        <source>Why the hold is over:</source>
        <translation>解除挂起的原因：</translation>
    </message>
    <message>
        <source>Do not pack. Put it in the exceptions bin, then press Enter. A supervisor can lift the hold: F12.</source>
        <translation>不要打包。放进异常筐，然后按回车。主管可以解除挂起：F12。</translation>
    </message>
    <message>
        <source>Only a hold can be lifted at the bench, not an interception or a cancellation. Put it in the exceptions bin, then press Enter.</source>
        <translation>打包台上只能解除挂起，不能解除拦截或取消。放进异常筐，然后按回车。</translation>
    </message>
    <message>
        <source>A supervisor gives their name and why the hold is over (F12), or put it in the exceptions bin and press Enter.</source>
        <translation>需要主管填写姓名和解除挂起的原因（F12），否则放进异常筐并按回车。</translation>
    </message>
</context>
<context>
    <name>PackStationView</name>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Scan: parcel, then each item</source>
        <translation>扫描：先扫包裹，再逐件扫商品</translation>
    </message>
    <message>
        <source>Enter on an empty field / F2</source>
        <translation>空白时按回车 / F2</translation>
    </message>
    <message>
        <source>Confirm the buyer message, or that a STOP parcel is aside</source>
        <translation>确认已看买家留言，或拦截包裹已放到一边</translation>
    </message>
    <message>
        <source>*6 then scan</source>
        <translation>先输 *6 再扫</translation>
    </message>
    <message>
        <source>Count six identical items at once</source>
        <translation>一次计 6 件相同商品</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last scan</source>
        <translation>撤销上一次扫描</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Put the parcel back unpacked</source>
        <translation>放回包裹，不打包</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Weighing on / off</source>
        <translation>称重开/关</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>PgUp / PgDn</source>
        <translation>PgUp / PgDn</translation>
    </message>
    <message>
        <source>Handover: change courier</source>
        <translation>出库交接：切换快递</translation>
    </message>
    <message>
        <source>Ctrl+S / Ctrl+P</source>
        <translation>Ctrl+S / Ctrl+P</translation>
    </message>
    <message>
        <source>Handover: save / print the manifest</source>
        <translation>出库交接：保存/打印交接单</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+回车</translation>
    </message>
    <message>
        <source>Handover: mark the batch shipped</source>
        <translation>出库交接：整单标记出库</translation>
    </message>
    <message>
        <source>Pack (F8)</source>
        <translation>打包（F8）</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Fast mode on / off: the label alone packs a pre-packed order</source>
        <translation>快速模式开/关：预打包订单扫面单即完成打包</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Handover to the courier</source>
        <translation>出库交接给快递</translation>
    </message>
    <message>
        <source>Full screen on / off: hides the menu, the views and the status bar</source>
        <translation>全屏开 / 关：隐藏菜单、页面导航和状态栏</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>Handover (F9)</source>
        <translation>出库交接（F9）</translation>
    </message>
    <message>
        <source>F12</source>
        <translation>F12</translation>
    </message>
    <message>
        <source>On a STOP for a hold: a supervisor lifts the hold (name and why) and the parcel opens</source>
        <translation>挂起订单的停止画面：主管解除挂起（填写姓名和原因），包裹随即打开</translation>
    </message>
</context>
<context>
    <name>PageSinks</name>
    <message>
        <source>No printer is chosen for this job.</source>
        <translation>此任务尚未选择打印机。</translation>
    </message>
    <message>
        <source>The print server does not answer, so the printer %1 cannot be checked: %2</source>
        <translation>打印服务器没有响应，无法检查打印机 %1：%2</translation>
    </message>
    <message>
        <source>There is no printer called &apos;%1&apos;. Printers here: %2.</source>
        <translation>没有名为“%1”的打印机。本机打印机：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ParcelLinesModel</name>
    <message>
        <source>%1 — refunded, do not pack</source>
        <translation>%1 — 已退款，不要装</translation>
    </message>
    <message>
        <source>× 0</source>
        <translation>× 0</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Scanned / needed</source>
        <translation>已扫 / 应扫</translation>
    </message>
</context>
<context>
    <name>PdfBatch</name>
    <message>
        <source>Cannot draw the labels for the printer.</source>
        <translation>无法为打印机绘制面单。</translation>
    </message>
</context>
<context>
    <name>PdfSink</name>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: %2</source>
        <translation>无法写入 PDF %1：%2</translation>
    </message>
    <message>
        <source>The PDF %1 was not made: a page in it could not be drawn (%2).</source>
        <translation>PDF %1 未生成：其中一页无法绘制（%2）。</translation>
    </message>
    <message>
        <source>Cannot start writing the PDF %1: %2</source>
        <translation>无法开始写入 PDF %1：%2</translation>
    </message>
    <message>
        <source>The PDF %1 was not made: a page in it could not be drawn.</source>
        <translation>PDF %1 未生成：其中一页无法绘制。</translation>
    </message>
</context>
<context>
    <name>PhoneRule</name>
    <message>
        <source>Receiver phone missing or invalid</source>
        <translation>收货人电话缺失或无效</translation>
    </message>
    <message>
        <source>No receiver phone: the courier cannot call.</source>
        <translation>没有收货人电话：快递员无法联系。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1”不是有效的电话号码。</translation>
    </message>
</context>
<context>
    <name>PrepackBatches</name>
    <message>
        <source>The quantity must be above zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>SKU #%1 is not in campaign %2.</source>
        <translation>商品 #%1 不在活动 %2 中。</translation>
    </message>
    <message>
        <source>leftovers after the sale</source>
        <translation>活动结束后剩余</translation>
    </message>
    <message>
        <source>Carton no. 1</source>
        <translation>1号纸箱</translation>
    </message>
    <message>
        <source>Carton no. 2</source>
        <translation>2号纸箱</translation>
    </message>
    <message>
        <source>Carton no. 3</source>
        <translation>3号纸箱</translation>
    </message>
    <message>
        <source>Poly mailer</source>
        <translation>快递袋</translation>
    </message>
    <message>
        <source>Bubble mailer</source>
        <translation>气泡袋</translation>
    </message>
</context>
<context>
    <name>PrepackCommand</name>
    <message>
        <source>Flash-sale campaigns, pre-pack plans and batches (create, add-sku, batch, plan, …).</source>
        <translation>大促活动、预打包计划和批次（create、add-sku、batch、plan 等）。</translation>
    </message>
    <message>
        <source>create | add-sku | batch | unpack-leftovers | plan | sync-limits</source>
        <translation>create | add-sku | batch | unpack-leftovers | plan | sync-limits</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation>活动名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Start, UTC yyyy-MM-dd HH:mm:ss.</source>
        <translation>开始时间，UTC，格式 yyyy-MM-dd HH:mm:ss。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>End, UTC yyyy-MM-dd HH:mm:ss.</source>
        <translation>结束时间，UTC，格式 yyyy-MM-dd HH:mm:ss。</translation>
    </message>
    <message>
        <source>Pre-pack ratio in percent (default 60).</source>
        <translation>预打包比例，百分比（默认 60）。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Campaign id.</source>
        <translation>活动编号。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>SKU outer code or barcode.</source>
        <translation>商家编码或条码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Expected single-item orders.</source>
        <translation>预计单件订单数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Per-buyer limit (default 1, 0: none).</source>
        <translation>每人限购（默认 1，0 为不限）。</translation>
    </message>
    <message>
        <source>Units packed in the batch.</source>
        <translation>本批次打包件数。</translation>
    </message>
    <message>
        <source>Packing material.</source>
        <translation>包材。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Write the batch sheet to this PDF.</source>
        <translation>把批次单保存为此 PDF。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Say what to do: %1.</source>
        <translation>请指定操作：%1。</translation>
    </message>
    <message>
        <source>%1 SKU limits changed.</source>
        <translation>%1 个商品的限购已更新。</translation>
    </message>
    <message>
        <source>Give an existing campaign with --campaign ID.</source>
        <translation>请用 --campaign 编号 指定一个已有活动。</translation>
    </message>
    <message>
        <source>%1 units back to loose stock.</source>
        <translation>%1 件已拆回散货库存。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 需要整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>No SKU has the code or barcode &quot;%1&quot;.</source>
        <translation>没有商家编码或条码为“%1”的商品。</translation>
    </message>
    <message>
        <source>Batch %1: %2 parcels of %3 pre-packed.</source>
        <translation>批次 %1：%3 已预打包 %2 件。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议数量</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划数量</translation>
    </message>
    <message>
        <source>Boxed</source>
        <translation>已预打包</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待发</translation>
    </message>
    <message>
        <source>To pack</source>
        <translation>待打包</translation>
    </message>
</context>
<context>
    <name>PrepackLane</name>
    <message>
        <source>PACKED ✓ %1 Scan the next parcel.</source>
        <translation>已打包 ✓ %1 请扫下一个包裹。</translation>
    </message>
    <message>
        <source>The database refused: %1</source>
        <translation>数据库拒绝了操作：%1</translation>
    </message>
    <message>
        <source>Pre-packed order %1 put back unpacked.</source>
        <translation>预打包订单 %1 已放回，未打包。</translation>
    </message>
</context>
<context>
    <name>PrepackPlanModel</name>
    <message>
        <source>none</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Set by hand; clear it to follow the suggestion.</source>
        <translation>手工设定；清空后按建议数量。</translation>
    </message>
    <message>
        <source>Follows the suggestion; type a number to override.</source>
        <translation>按建议数量；输入数字可修改。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限购</translation>
    </message>
    <message>
        <source>Expected orders</source>
        <translation>预计单量</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议数量</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划数量</translation>
    </message>
    <message>
        <source>Pre-packed</source>
        <translation>已预打包</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>待发订单</translation>
    </message>
    <message>
        <source>To pack</source>
        <translation>待打包</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>PrepackPrinting</name>
    <message>
        <source>Pre-packed %1 (%2), bin %3</source>
        <translation>预打包 %1（%2），库位 %3</translation>
    </message>
</context>
<context>
    <name>PrepackProgress</name>
    <message>
        <source>Running out: %1 parcels left for %2 open orders.</source>
        <translation>即将用完：剩 %1 件预打包，未完成订单 %2 个。</translation>
    </message>
    <message>
        <source>Pre-packed stock is out: %1 open orders go the normal way.</source>
        <translation>预打包件已用完：%1 个未完成订单走普通流程。</translation>
    </message>
    <message>
        <source>Too much left as the sale ends: %1 parcels beyond open orders; unpack the leftovers.</source>
        <translation>活动即将结束，预打包剩余过多：比未完成订单多 %1 件，请拆包剩余件。</translation>
    </message>
</context>
<context>
    <name>PrepackView</name>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Pre-pack ratio</source>
        <translation>预打包比例</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>SKU code or barcode</source>
        <translation>商家编码或条码</translation>
    </message>
    <message>
        <source>Expected orders</source>
        <translation>预计单量</translation>
    </message>
    <message>
        <source>Limit per buyer</source>
        <translation>每人限购</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Add SKU</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>包材</translation>
    </message>
    <message>
        <source>Record batch (Ctrl+B)</source>
        <translation>记录批次 (Ctrl+B)</translation>
    </message>
    <message>
        <source>Unpack</source>
        <translation>拆包</translation>
    </message>
    <message>
        <source>Unpack leftovers</source>
        <translation>拆回剩余</translation>
    </message>
    <message>
        <source>Batch sheet (PDF)…</source>
        <translation>批次单 (PDF)…</translation>
    </message>
    <message>
        <source>Record a pre-pack batch of the selected SKU</source>
        <translation>为选中商品记录一个预打包批次</translation>
    </message>
    <message>
        <source>Edit the planned quantity (empty: follow the suggestion)</source>
        <translation>修改计划数量（留空：按建议数量）</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>%1 · %2 → %3 · pre-pack %4% of expected single-item orders</source>
        <translation>%1 · %2 → %3 · 按预计单件订单的 %4% 预打包</translation>
    </message>
    <message>
        <source>Create a campaign on the left to plan pre-packing.</source>
        <translation>请先在左侧新建活动，再制定预打包计划。</translation>
    </message>
    <message>
        <source>Campaign %1 created.</source>
        <translation>活动 %1 已创建。</translation>
    </message>
    <message>
        <source>Campaign %1 saved.</source>
        <translation>活动 %1 已保存。</translation>
    </message>
    <message>
        <source>%1 added to the campaign.</source>
        <translation>%1 已加入活动。</translation>
    </message>
    <message>
        <source>The planned quantity is a whole number of parcels, not &quot;%1&quot;.</source>
        <translation>计划数量应为整数件数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Planned quantity set to %1.</source>
        <translation>计划数量已设为 %1。</translation>
    </message>
    <message>
        <source>Planned quantity follows the suggestion.</source>
        <translation>计划数量已恢复为建议数量。</translation>
    </message>
    <message>
        <source>Select a SKU in the plan first.</source>
        <translation>请先在计划表中选中一个商品。</translation>
    </message>
    <message>
        <source>Batch %1 recorded: %2 parcels pre-packed.</source>
        <translation>批次 %1 已记录：预打包 %2 件。</translation>
    </message>
    <message>
        <source>Open %1 pre-packed parcels and put the units back on the shelf?</source>
        <translation>拆开 %1 件预打包件，把商品放回货架？</translation>
    </message>
    <message>
        <source>Batch %1 recorded: %2 units back to loose stock.</source>
        <translation>批次 %1 已记录：%2 件拆回散货库存。</translation>
    </message>
    <message>
        <source>Put every pre-packed parcel this campaign did not ship back to loose stock?</source>
        <translation>把本活动未发出的预打包件全部拆回散货库存？</translation>
    </message>
    <message>
        <source>%1 units back to loose stock.</source>
        <translation>%1 件已拆回散货库存。</translation>
    </message>
    <message>
        <source>Batch sheet</source>
        <translation>批次单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Batch sheet written to %1.</source>
        <translation>批次单已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>PrepackedStock</name>
    <message>
        <source>Pre-pack a quantity above zero.</source>
        <translation>预打包数量必须大于零。</translation>
    </message>
    <message>
        <source>Unpack a quantity above zero.</source>
        <translation>拆包数量必须大于零。</translation>
    </message>
    <message>
        <source>Only %1 loose units of %2 are on hand (%3 on hand, %4 already pre-packed); cannot pre-pack %5.</source>
        <translation>%2 只有 %1 件散货（在库 %3 件，已预打包 %4 件），无法预打包 %5 件。</translation>
    </message>
    <message>
        <source>Only %1 units of %2 are pre-packed; cannot unpack %3.</source>
        <translation>%2 只有 %1 件预打包，无法拆包 %3 件。</translation>
    </message>
</context>
<context>
    <name>PresaleRule</name>
    <message>
        <source>Presale SKU not shipping yet</source>
        <translation>预售商品未到发货日期</translation>
    </message>
    <message>
        <source>%1 ships from %2</source>
        <translation>%1 于 %2 起发货</translation>
    </message>
    <message>
        <source>Presale: %1.</source>
        <translation>预售：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>PrintBatchBar</name>
    <message>
        <source>The couriers could not be read: %1</source>
        <translation>无法读取快递公司：%1</translation>
    </message>
    <message>
        <source> (edited copy)</source>
        <translation>（自定义副本）</translation>
    </message>
    <message>
        <source>New job from Submitted orders</source>
        <translation>从“已提交仓库”的订单新建任务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Shipping labels</source>
        <translation>快递面单</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>All couriers</source>
        <translation>全部快递</translation>
    </message>
    <message>
        <source>Priority orders only</source>
        <translation>只打优先订单</translation>
    </message>
    <message>
        <source>Single-SKU groups (hot items)</source>
        <translation>爆款单品分组</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> orders</source>
        <translation> 单</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备用</translation>
    </message>
    <message>
        <source>&amp;New job</source>
        <translation>新建任务(&amp;N)</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <source>Preview the templates, and edit your own copies (Ctrl+T)</source>
        <translation>预览模板，编辑自己的副本（Ctrl+T）</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Print a job (resuming exactly the pages not done), make a job, or export labels to PDF.</source>
        <translation>打印任务（中断后只补打未完成的页）、创建任务，或把面单导出为 PDF。</translation>
    </message>
    <message>
        <source>The print job to print or export.</source>
        <translation>要打印或导出的打印任务。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write the pages to this PDF instead of a printer (no page states change).</source>
        <translation>把各页写入此 PDF 而不是打印机（不改变页面状态）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Printer for this run or the new job (a CUPS name, or dir:FOLDER for the file-backed test printer).</source>
        <translation>本次或新任务使用的打印机（CUPS 名称，或 dir:文件夹 表示写文件的测试打印机）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Backup printer of the new job.</source>
        <translation>新任务的备用打印机。</translation>
    </message>
    <message>
        <source>Orders (ids or platform order numbers, comma-separated) to export.</source>
        <translation>要导出的订单（内部编号或平台订单号，逗号分隔）。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Template id (label-100x150, slip-a5, picklist-a4, …) or a .json file.</source>
        <translation>模板编号（label-100x150、slip-a5、picklist-a4 等）或 .json 文件。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Make a job from Submitted orders chosen by the batch options below.</source>
        <translation>按下列批次条件从“已提交仓库”的订单创建打印任务。</translation>
    </message>
    <message>
        <source>Kind of the new job: label, slip or picklist (default label).</source>
        <translation>新任务类型：label（面单）、slip（发货单）或 picklist（拣货单），默认 label。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Batch: only this courier (ZTO, SF, …).</source>
        <translation>批次：只要这家快递（ZTO、SF 等）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Batch: only priority orders, highest first.</source>
        <translation>批次：只要优先订单，优先级高的在前。</translation>
    </message>
    <message>
        <source>Batch: single-SKU orders grouped by SKU (hot-item printing).</source>
        <translation>批次：单品订单按 SKU 分组（爆款打单）。</translation>
    </message>
    <message>
        <source>Batch: at most N orders.</source>
        <translation>批次：最多 N 单。</translation>
    </message>
    <message>
        <source>List the print jobs.</source>
        <translation>列出打印任务。</translation>
    </message>
    <message>
        <source>Print page P again (needs --reason).</source>
        <translation>补打第 P 页（须加 --reason）。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Say what to print: --job N, --orders LIST --template ID --to-pdf FILE, --new-job, or --list.</source>
        <translation>请说明要打印什么：--job N、--orders 列表 --template 编号 --to-pdf 文件、--new-job 或 --list。</translation>
    </message>
    <message>
        <source>Page queued again; run packline print --job N to print it.</source>
        <translation>该页已重新排队；运行 packline print --job N 打印。</translation>
    </message>
    <message>
        <source>--kind is label, slip or picklist.</source>
        <translation>--kind 只能是 label、slip 或 picklist。</translation>
    </message>
    <message>
        <source>%1 chosen orders</source>
        <translation>选定的 %1 单</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>已跳过 %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Job %1: %2 pages.</source>
        <translation>任务 %1：共 %2 页。</translation>
    </message>
    <message>
        <source>No order &apos;%1&apos; (neither an order number nor an id).</source>
        <translation>没有订单“%1”（既不是订单号也不是内部编号）。</translation>
    </message>
    <message>
        <source>--orders needs --to-pdf FILE (print orders through a job: --new-job).</source>
        <translation>--orders 需要配合 --to-pdf 文件（要打印请通过任务：--new-job）。</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 单</translation>
    </message>
    <message>
        <source>%1 pages → %2</source>
        <translation>%1 页 → %2</translation>
    </message>
    <message>
        <source>--job takes a job number.</source>
        <translation>--job 后面要跟任务号。</translation>
    </message>
    <message>
        <source>After the interruption: %1 pages had come out, %2 are printed again, %3 need a person to check the printer.</source>
        <translation>中断后核对：%1 页已打出，%2 页重新打印，%3 页需要人工查看打印机。</translation>
    </message>
    <message>
        <source>Job %1: %2 of %3 pages done (%4) in %5 s.</source>
        <translation>任务 %1：已完成 %2/%3 页（%4），用时 %5 秒。</translation>
    </message>
    <message>
        <source>With --job: the pages not done print on this printer from now on (the old one becomes the backup).</source>
        <translation>与 --job 一起使用：未完成的页从现在起在此打印机上打印（原打印机成为备用）。</translation>
    </message>
    <message>
        <source>PRINTER</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>With --job: cancel the job (and its batches waiting at CUPS).</source>
        <translation>与 --job 一起使用：取消作业（以及在 CUPS 中等待的批次）。</translation>
    </message>
    <message>
        <source>Show the CUPS printers&apos; state and reasons in words (only --printer NAME when given).</source>
        <translation>用文字显示 CUPS 打印机的状态和原因（指定 --printer NAME 时只显示该打印机）。</translation>
    </message>
    <message>
        <source>With --job: move to the backup printer (or pause) when the printer is in trouble this long (default: the station&apos;s setting, 60).</source>
        <translation>与 --job 一起使用：打印机故障持续这么久时转到备用打印机（或暂停）（默认：本工作站的设置，60）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>No printers at the print server %1.</source>
        <translation>打印服务器 %1 上没有打印机。</translation>
    </message>
    <message>
        <source>Job %1 cancelled.</source>
        <translation>作业 %1 已取消。</translation>
    </message>
    <message>
        <source>moved from the command line</source>
        <translation>从命令行转移</translation>
    </message>
    <message>
        <source>Job %1 moves to %2: the pages not done print there.</source>
        <translation>作业 %1 转到 %2：未完成的页将在那里打印。</translation>
    </message>
    <message>
        <source>Job %1 was %2 (%3): resuming it.</source>
        <translation>作业 %1 曾%2（%3）：正在继续。</translation>
    </message>
    <message>
        <source>Page P, left sent or failed, came out whole: mark it done (needs --reason).</source>
        <translation>第 P 页停在“已发送”或“失败”，但其实已完整打出：标记为完成（需要 --reason）。</translation>
    </message>
    <message>
        <source>Why the page is printed again, or marked done.</source>
        <translation>为什么重打这一页，或为什么标记为完成。</translation>
    </message>
    <message>
        <source>With --job: pause the job (resume it with --job N).</source>
        <translation>与 --job 同用：暂停任务（用 --job N 继续）。</translation>
    </message>
    <message>
        <source>With --job: list its pages (number, state, order, tracking number, printer, error).</source>
        <translation>与 --job 同用：列出各页（编号、状态、订单、运单号、打印机、错误）。</translation>
    </message>
    <message>
        <source>--mark-done needs --reason: say how you know the page came out.</source>
        <translation>--mark-done 需要 --reason：请说明怎么确认这一页已经打出。</translation>
    </message>
    <message>
        <source>Page marked done.</source>
        <translation>该页已标记为完成。</translation>
    </message>
    <message>
        <source>Print job %1 does not exist.</source>
        <translation>打印任务 %1 不存在。</translation>
    </message>
    <message>
        <source>Job %1 paused; resume it with packline print --job %1.</source>
        <translation>任务 %1 已暂停；用 packline print --job %1 继续。</translation>
    </message>
</context>
<context>
    <name>PrintJobLease</name>
    <message>
        <source>process %1 on %2, station %3</source>
        <translation>主机 %2 上的进程 %1，工作站 %3</translation>
    </message>
    <message>
        <source>Print job %1 is being printed by another Packline (%2). Let it finish, or pause it there.</source>
        <translation>打印任务 %1 正由另一个 Packline 打印（%2）。请等它打完，或在那边暂停。</translation>
    </message>
    <message>
        <source>Print job %1 was taken over by another Packline (%2) while this one was not answering. This one stopped without printing further.</source>
        <translation>本程序无响应期间，打印任务 %1 已被另一个 Packline 接管（%2）。本程序已停止，不再继续打印。</translation>
    </message>
    <message>
        <source>Print job %1 is no longer held by this Packline (its lease was removed). This one stopped without printing further.</source>
        <translation>打印任务 %1 已不再由本 Packline 持有（其租约已被删除）。本程序已停止，不再继续打印。</translation>
    </message>
</context>
<context>
    <name>PrintJobsModel</name>
    <message>
        <source>  (%1 failed)</source>
        <translation>（%1 页失败）</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pages done</source>
        <translation>已完成页数</translation>
    </message>
    <message>
        <source>Printer → backup</source>
        <translation>打印机 → 备用</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
</context>
<context>
    <name>PrintPagesModel</name>
    <message>
        <source>batch</source>
        <translation>整批</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Printer / problem</source>
        <translation>打印机 / 问题</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>shipping labels</source>
        <translation>快递面单</translation>
    </message>
    <message>
        <source>packing slips</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>No orders to print.</source>
        <translation>没有可打印的订单。</translation>
    </message>
    <message>
        <source>Choose a printer for the job.</source>
        <translation>请为任务选择打印机。</translation>
    </message>
    <message>
        <source>Print job %1 does not exist.</source>
        <translation>打印任务 %1 不存在。</translation>
    </message>
    <message>
        <source>Job %1 has no backup printer: choose one first.</source>
        <translation>任务 %1 没有备用打印机：请先选择一台。</translation>
    </message>
    <message>
        <source>Job %1 is %2: nothing is left to move.</source>
        <translation>任务 %1 %2：没有可转移的页。</translation>
    </message>
    <message>
        <source>Choose a printer.</source>
        <translation>请选择打印机。</translation>
    </message>
    <message>
        <source>Job %1 is printing or gone: pause it first.</source>
        <translation>任务 %1 正在打印或已不存在：请先暂停。</translation>
    </message>
    <message>
        <source>Say why the page is printed again (jammed, smudged, lost, …).</source>
        <translation>请填写补打原因（卡纸、模糊、丢失等）。</translation>
    </message>
    <message>
        <source>Page %1 does not exist.</source>
        <translation>第 %1 页不存在。</translation>
    </message>
    <message>
        <source>Page %1 is still %2: wait for it before printing it again.</source>
        <translation>第 %1 页仍在%2：请等它完成后再补打。</translation>
    </message>
    <message>
        <source>Page %1 is not waiting for a decision.</source>
        <translation>第 %1 页不需要确认。</translation>
    </message>
    <message>
        <source>Job %1 is %2: no pages can be added.</source>
        <translation>任务 %1 %2：不能再添加页面。</translation>
    </message>
    <message>
        <source>Job %1 already prints on %2.</source>
        <translation>作业 %1 已经在 %2 上打印。</translation>
    </message>
    <message>
        <source>None of the orders can be printed: %1</source>
        <translation>这些订单都不能打印：%1</translation>
    </message>
</context>
<context>
    <name>PrintQueueView</name>
    <message>
        <source>New print job</source>
        <translation>新建打印任务</translation>
    </message>
    <message>
        <source>No Submitted orders match this batch rule.</source>
        <translation>没有符合此批次条件的“已提交仓库”订单。</translation>
    </message>
    <message>
        <source>Print labels for %1 orders? They get tracking numbers and become Printed.</source>
        <translation>为 %1 个订单打印面单？这些订单将分配运单号并变为“已打单”。</translation>
    </message>
    <message>
        <source>Job %1: %2 pages.</source>
        <translation>任务 %1：共 %2 页。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) skipped: %1</source>
        <translation>
            <numerusform>跳过 %n 个订单：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>打印队列</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) were being printed when Packline stopped. Check the printer: reprint them or mark them done.</source>
        <translation>
            <numerusform>发货台停止时有 %n 页正在打印。请查看打印机：补打或标记为已完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing job %1…</source>
        <translation>正在打印任务 %1…</translation>
    </message>
    <message>
        <source>Job %1 printed.</source>
        <translation>任务 %1 已打印完成。</translation>
    </message>
    <message>
        <source>Printer failed</source>
        <translation>打印机故障</translation>
    </message>
    <message>
        <source>%1

Send the remaining pages to the backup printer %2?</source>
        <translation>%1

把剩余页面转到备用打印机 %2？</translation>
    </message>
    <message>
        <source>Job %1 stopped.</source>
        <translation>任务 %1 已停止。</translation>
    </message>
    <message>
        <source>Cancel job %1? Pages not printed yet are dropped; the orders stay Printed with their numbers.</source>
        <translation>取消任务 %1？尚未打印的页将被丢弃；订单仍保持“已打单”及其运单号。</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>打印为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>已写入 %n 页到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>seen on the printer</source>
        <translation>已在打印机上确认</translation>
    </message>
    <message>
        <source>Preview: page %1 of %2 (%3)</source>
        <translation>预览：第 %1/%2 页（%3）</translation>
    </message>
    <message>
        <source>New job from the batch rule</source>
        <translation>按批次条件新建任务</translation>
    </message>
    <message>
        <source>Print (or resume) the selected job</source>
        <translation>打印（或继续）选中的任务</translation>
    </message>
    <message>
        <source>&amp;Print / resume</source>
        <translation>打印/继续(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Move to backup printer</source>
        <translation>转到备用打印机</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>打印为 PDF…</translation>
    </message>
    <message>
        <source>Reason for the reprint (jammed, smudged, lost…)</source>
        <translation>补打原因（卡纸、模糊、丢失…）</translation>
    </message>
    <message>
        <source>Reprint page</source>
        <translation>补打此页</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记已完成</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Templates: preview, edit a copy</source>
        <translation>模板：预览、编辑副本</translation>
    </message>
    <message>
        <source>Job %1 paused: %2</source>
        <translation>作业 %1 已暂停：%2</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>打印机 %1：%2</translation>
    </message>
    <message>
        <source>Job %1 is %2: %3</source>
        <translation>作业 %1 %2：%3</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>等待中：%1</translation>
    </message>
    <message>
        <source>Nothing was printed and no order changed.</source>
        <translation>没有打印任何内容，也没有改动任何订单。</translation>
    </message>
    <message>
        <source>Choose a printer…</source>
        <translation>选择打印机…</translation>
    </message>
    <message>
        <source>No print jobs yet: choose a batch above and press New job.</source>
        <translation>还没有打印任务：请在上方选择批次，然后点“新建任务”。</translation>
    </message>
    <message>
        <source>Select a job to preview its pages.</source>
        <translation>选择一个任务即可预览它的页面。</translation>
    </message>
    <message>
        <source>The pages could not be read: %1</source>
        <translation>无法读取页面：%1</translation>
    </message>
    <message>
        <source>The print jobs could not be read: %1</source>
        <translation>无法读取打印任务：%1</translation>
    </message>
    <message>
        <source>The tracking-number pools could not be read: %1</source>
        <translation>无法读取运单号池：%1</translation>
    </message>
</context>
<context>
    <name>PrintRunner</name>
    <message>
        <source>Print job %1 does not exist.</source>
        <translation>打印任务 %1 不存在。</translation>
    </message>
    <message>
        <source>Interrupted while printing: check whether it came out, then reprint it or mark it done.</source>
        <translation>打印时中断：请查看是否已打出，然后补打或标记为已完成。</translation>
    </message>
    <message>
        <source>CUPS job %1 did not print (cancelled, aborted or gone): printed again.</source>
        <translation>CUPS 作业 %1 未打印（已取消、中止或消失）：将重新打印。</translation>
    </message>
    <message>
        <source>CUPS job %1 on %2 was cancelled: the job moved to %3.</source>
        <translation>%2 上的 CUPS 作业 %1 已取消：作业已转到 %3。</translation>
    </message>
    <message>
        <source>Packline job %1: %2 labels</source>
        <translation>Packline 作业 %1：%2 张面单</translation>
    </message>
    <message>
        <source>First label on the backup printer %1: label %2%3.</source>
        <translation>备用打印机 %1 上的第一张面单：第 %2 张%3。</translation>
    </message>
    <message>
        <source>, tracking number %1</source>
        <translation>，运单号 %1</translation>
    </message>
    <message>
        <source>%1 The backup printer %2 cannot take over: %3</source>
        <translation>%1 备用打印机 %2 无法接替：%3</translation>
    </message>
    <message>
        <source>The printer %1 failed (%2). %3 labels (%4–%5) went to %1; the rest go to the backup printer %6.</source>
        <translation>打印机 %1 故障（%2）。%3 张面单（%4–%5）已发往 %1；其余发往备用打印机 %6。</translation>
    </message>
    <message>
        <source>The printer %1 failed (%2) before any label came out; all labels go to the backup printer %3.</source>
        <translation>打印机 %1 在出任何面单之前就故障了（%2）；所有面单发往备用打印机 %3。</translation>
    </message>
</context>
<context>
    <name>PrinterHealth</name>
    <message>
        <source>out of labels</source>
        <translation>面单纸用完</translation>
    </message>
    <message>
        <source>needs labels loaded</source>
        <translation>需要装入面单纸</translation>
    </message>
    <message>
        <source>labels running low</source>
        <translation>面单纸快用完</translation>
    </message>
    <message>
        <source>label jam</source>
        <translation>卡纸</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>door open</source>
        <translation>舱门打开</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>上盖打开</translation>
    </message>
    <message>
        <source>stopped at the print server</source>
        <translation>已在打印服务器上停用</translation>
    </message>
    <message>
        <source>toner low</source>
        <translation>墨粉不足</translation>
    </message>
    <message>
        <source>toner empty</source>
        <translation>墨粉用完</translation>
    </message>
    <message>
        <source>ribbon or ink low</source>
        <translation>碳带或墨水不足</translation>
    </message>
    <message>
        <source>ribbon or ink empty</source>
        <translation>碳带或墨水用完</translation>
    </message>
    <message>
        <source>cannot reach the printer (connecting)</source>
        <translation>无法连接打印机（连接中）</translation>
    </message>
    <message>
        <source>label holder missing</source>
        <translation>纸仓缺失</translation>
    </message>
    <message>
        <source>output full</source>
        <translation>出纸口已满</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>the print server cannot convert the labels (missing filter)</source>
        <translation>打印服务器无法转换面单（缺少过滤器）</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1（警告）</translation>
    </message>
    <message>
        <source>The print server does not answer (is cupsd running?): %1</source>
        <translation>打印服务器没有响应（cupsd 是否在运行？）：%1</translation>
    </message>
    <message>
        <source>There is no printer called &apos;%1&apos; at the print server.</source>
        <translation>打印服务器上没有名为“%1”的打印机。</translation>
    </message>
    <message>
        <source>The printer %1 is stopped.</source>
        <translation>打印机 %1 已停用。</translation>
    </message>
    <message>
        <source>The printer %1 is stopped: %2.</source>
        <translation>打印机 %1 已停用：%2。</translation>
    </message>
    <message>
        <source>The printer %1 is rejecting jobs.</source>
        <translation>打印机 %1 正在拒绝作业。</translation>
    </message>
    <message>
        <source>The printer %1: %2.</source>
        <translation>打印机 %1：%2。</translation>
    </message>
    <message>
        <source>print server not answering</source>
        <translation>打印服务器无响应</translation>
    </message>
    <message>
        <source>no such printer</source>
        <translation>无此打印机</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>, rejecting jobs</source>
        <translation>，拒绝作业</translation>
    </message>
    <message>
        <source>CUPS job %1 was cancelled at the print server.</source>
        <translation>CUPS 作业 %1 已在打印服务器上被取消。</translation>
    </message>
    <message>
        <source>CUPS job %1 was aborted by the print server: %2</source>
        <translation>CUPS 作业 %1 被打印服务器中止：%2</translation>
    </message>
    <message>
        <source>CUPS job %1 is gone from the print server.</source>
        <translation>CUPS 作业 %1 已从打印服务器上消失。</translation>
    </message>
</context>
<context>
    <name>PrinterSetupOptions</name>
    <message>
        <source>--%1 takes a number, not &apos;%2&apos;.</source>
        <translation>--%1 需要一个数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 is on or off, not &apos;%2&apos;.</source>
        <translation>--%1 取 on 或 off，而不是“%2”。</translation>
    </message>
    <message>
        <source>--language is pdf, tspl or zpl, not &apos;%1&apos;.</source>
        <translation>--language 取 pdf、tspl 或 zpl，而不是“%1”。</translation>
    </message>
    <message>
        <source>--media is gap, black-mark or continuous, not &apos;%1&apos;.</source>
        <translation>--media 取 gap、black-mark 或 continuous，而不是“%1”。</translation>
    </message>
    <message>
        <source>Test label (%1 × %2 mm) sent to %3.</source>
        <translation>测试标签（%1 × %2 毫米）已发送到 %3。</translation>
    </message>
    <message>
        <source>Show a label printer&apos;s settings, or change them with the options below (this station&apos;s).</source>
        <translation>显示标签打印机的设置，或用下面的选项修改（本工位的设置）。</translation>
    </message>
    <message>
        <source>PRINTER</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Print the test label (border, mm rulers, a barcode, the settings) on PRINTER.</source>
        <translation>在打印机上打印测试标签（边框、毫米刻度尺、一个条码和当前设置）。</translation>
    </message>
    <message>
        <source>Printer language: pdf, tspl or zpl.</source>
        <translation>打印机语言：pdf、tspl 或 zpl。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Print head resolution: 203 or 300.</source>
        <translation>打印头分辨率：203 或 300。</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>Darkness (heat), 0 to 15.</source>
        <translation>打印浓度（加热），0 到 15。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Print speed, inches per second.</source>
        <translation>打印速度，英寸每秒。</translation>
    </message>
    <message>
        <source>Gray level (1 to 254) below which a dot prints.</source>
        <translation>灰度阈值（1 到 254），低于此值的点会打印。</translation>
    </message>
    <message>
        <source>Media: gap, black-mark or continuous.</source>
        <translation>纸张：gap（间隙纸）、black-mark（黑标纸）或 continuous（连续纸）。</translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Gap or black mark height in mm.</source>
        <translation>间隙或黑标高度，单位毫米。</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>Move the print right by this many mm (negative: left).</source>
        <translation>打印内容向右移动的毫米数（负数：向左）。</translation>
    </message>
    <message>
        <source>Move the print down by this many mm (negative: up).</source>
        <translation>打印内容向下移动的毫米数（负数：向上）。</translation>
    </message>
    <message>
        <source>Turn labels 180°: on or off.</source>
        <translation>标签旋转 180°：on 或 off。</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>Read every label&apos;s barcodes back before it is sent: on or off.</source>
        <translation>每张标签发送前回读其条码：on 或 off。</translation>
    </message>
</context>
<context>
    <name>ProductivityTab</name>
    <message>
        <source>Export productivity</source>
        <translation>导出人效</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Day (Beijing):</source>
        <translation>日期（北京时间）：</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Counted from the audit log: each order an operator moved to Reviewed, Printed or Packed. Per hour divides by the clock hours in which the operator moved at least one order.</source>
        <translation>按操作日志统计：操作员把订单改为已审核、已打单或已打包的次数。每小时数 = 数量 ÷ 该操作员至少处理过一单的整点小时数。</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打单</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>在岗小时</translation>
    </message>
    <message>
        <source>Reviewed / h</source>
        <translation>审核/小时</translation>
    </message>
    <message>
        <source>Printed / h</source>
        <translation>打单/小时</translation>
    </message>
    <message>
        <source>Packed / h</source>
        <translation>打包/小时</translation>
    </message>
</context>
<context>
    <name>PurchaseLimitRule</name>
    <message>
        <source>Flash-sale limit per buyer and per receiver</source>
        <translation>活动限购（按买家与收货人）</translation>
    </message>
    <message>
        <source>%1: buyer %2 has %3 (limit %4)</source>
        <translation>%1：买家 %2 共购买 %3 件（限购 %4）</translation>
    </message>
    <message>
        <source>%1: %2 to this phone from %3 buyer(s) (limit %4)</source>
        <translation>%1：%3 个买家共 %2 件发往此电话（限购 %4）</translation>
    </message>
    <message>
        <source>%1: %2 to this address from %3 buyer(s) (limit %4)</source>
        <translation>%1：%3 个买家共 %2 件发往此地址（限购 %4）</translation>
    </message>
    <message>
        <source>Over the flash-sale limit: %1.</source>
        <translation>超出活动限购：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Over the flash-sale limit per receiver (do not merge): %1.</source>
        <translation>同一收货人超出活动限购（不要合并）：%1。</translation>
    </message>
</context>
<context>
    <name>RawPort</name>
    <message>
        <source>&apos;%1&apos; is not a printer address: write socket://HOST:9100 or device:/dev/usb/lp0.</source>
        <translation>“%1”不是打印机地址：请写 socket://主机:9100 或 device:/dev/usb/lp0。</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive stock</source>
        <translation>到货入库</translation>
    </message>
    <message>
        <source>Scan a barcode (or type a SKU code) and press Enter</source>
        <translation>扫条码（或输入商家编码）后按回车</translation>
    </message>
    <message>
        <source>Units per scan; goes back to 1 after each scan</source>
        <translation>每次扫描的件数；扫描后恢复为 1</translation>
    </message>
    <message>
        <source>Delivery note or supplier (optional)</source>
        <translation>送货单号或供应商（可选）</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>扫描(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Quantity per scan:</source>
        <translation>每次件数(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>单号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Post receipt</source>
        <translation>确认入库(&amp;P)</translation>
    </message>
    <message>
        <source>Remove &amp;line</source>
        <translation>删除此行(&amp;L)</translation>
    </message>
    <message>
        <source>× Unknown barcode or code: %1</source>
        <translation>× 未知条码或编码：%1</translation>
    </message>
    <message>
        <source>✓ +%1 %2 %3 (%4 in this receipt)</source>
        <translation>✓ +%1 %2 %3（本次入库共 %4 件）</translation>
    </message>
    <message>
        <source>× Nothing scanned yet.</source>
        <translation>× 还没有扫描任何商品。</translation>
    </message>
</context>
<context>
    <name>Reconnection</name>
    <message>
        <source>The database server %1 cannot be reached: %2. Nothing was saved; Packline connects again when you try again.</source>
        <translation>无法连接数据库服务器 %1：%2。本次未保存任何内容；重试时 Packline 会重新连接。</translation>
    </message>
    <message>
        <source>the transaction it was in is gone</source>
        <translation>所在的事务已随旧连接失效</translation>
    </message>
    <message>
        <source>it did not answer a moment ago</source>
        <translation>它刚才没有响应</translation>
    </message>
    <message>
        <source>The connection to the database server was lost (%1). Nothing of this step was saved; Packline connects again when you try again.</source>
        <translation>与数据库服务器的连接已断开（%1）。这一步未保存任何内容；重试时 Packline 会重新连接。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving (%1). Look whether the change was saved before doing it again.</source>
        <translation>保存时与数据库服务器的连接断开（%1）。请先查看这次修改是否已保存，再决定是否重做。</translation>
    </message>
</context>
<context>
    <name>RefundMetrics</name>
    <message>
        <source>Orders whose first refund request (refund only or return) in the window gives a quality reason, over orders paid in the window.</source>
        <translation>统计期内首次发起的退款申请（仅退款或退货退款）原因为品质问题的订单数，除以统计期内付款的订单数。</translation>
    </message>
    <message>
        <source>Refund-only cases completed in the window, request to completion; cases the platform intervened in are not self-completed and are left out.</source>
        <translation>统计期内完结的仅退款，从申请到完结的时长；小二介入的退款不算自主完结，不计入。</translation>
    </message>
    <message>
        <source>The source prints the refund-only count as the denominator, an evident copy error (it would mix two populations); Packline divides by the return-and-refund count. Interventions are left out as above.</source>
        <translation>原文分母写成了“仅退款完结总笔数”，明显是笔误（会把两类退款混在一起）；本系统按退货退款完结笔数计算。小二介入的同样不计入。</translation>
    </message>
    <message>
        <source>As printed in the source, for comparison only.</source>
        <translation>按原文公式计算，仅供对比。</translation>
    </message>
    <message>
        <source>Refunds the platform ruled the seller&apos;s fault, completed in the window, over orders paid in the window.</source>
        <translation>统计期内生效、被平台判定为卖家责任的退款笔数，除以统计期内付款的订单数。</translation>
    </message>
</context>
<context>
    <name>RefundReportImport</name>
    <message>
        <source>%1: the refund report has no column &quot;%2&quot;.</source>
        <translation>%1：退款报表缺少“%2”列。</translation>
    </message>
    <message>
        <source>%1: the refund report needs &quot;是否需要退货&quot; or &quot;退款类型&quot; to tell refunds from returns.</source>
        <translation>%1：退款报表需要“是否需要退货”或“退款类型”列，才能区分仅退款和退货退款。</translation>
    </message>
    <message>
        <source>empty order number</source>
        <translation>订单编号为空</translation>
    </message>
    <message>
        <source>no such order in Packline (import the order report first)</source>
        <translation>系统中没有这个订单（请先导入订单报表）</translation>
    </message>
    <message>
        <source>the order number is in more than one shop</source>
        <translation>该订单编号在多个店铺中都存在</translation>
    </message>
    <message>
        <source>not a time (yyyy-MM-dd HH:mm:ss, China time)</source>
        <translation>不是有效时间（yyyy-MM-dd HH:mm:ss，北京时间）</translation>
    </message>
    <message>
        <source>not an amount in yuan</source>
        <translation>不是以元为单位的金额</translation>
    </message>
    <message>
        <source>%1: the refund report has a header but no rows: there is nothing to import.</source>
        <translation>%1：退款报表只有表头没有数据行：没有可导入的内容。</translation>
    </message>
</context>
<context>
    <name>RefundsCommand</name>
    <message>
        <source>Import the platform&apos;s refund report (退款报表 CSV) for the refund metrics: refunds import FILE…</source>
        <translation>导入平台退款报表（退款报表 CSV），用于计算退款指标：refunds import 文件…</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Refund report CSV files (GBK or UTF-8).</source>
        <translation>退款报表 CSV 文件（GBK 或 UTF-8）。</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Usage: packline refunds import FILE…</source>
        <translation>用法：packline refunds import 文件…</translation>
    </message>
    <message>
        <source>%1: %2 new cases, %3 updated, %4 rows rejected.</source>
        <translation>%1：新增售后单 %2，更新 %3，拒收 %4 行。</translation>
    </message>
    <message>
        <source>%1:%2: %3 &quot;%4&quot;: %5</source>
        <translation>%1:%2：%3“%4”：%5</translation>
    </message>
</context>
<context>
    <name>RefundsTab</name>
    <message>
        <source>Window: %1 … %2 (30 days, Beijing dates)</source>
        <translation>统计期：%1 至 %2（30 天，北京时间）</translation>
    </message>
    <message>
        <source>%1 (as printed)</source>
        <translation>%1（按原文公式）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 h / %2 cases</source>
        <translation>%1 小时 / %2 笔</translation>
    </message>
    <message>
        <source>Export refund metrics</source>
        <translation>导出退款指标</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Last day of the window:</source>
        <translation>统计截止日：</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Reports: shipping (one day), refunds (30-day platform metrics), productivity, after-sales.</source>
        <translation>报表：发货（单日）、退款（平台近 30 天指标）、人效、售后。</translation>
    </message>
    <message>
        <source>shipping, refunds, productivity or after-sales</source>
        <translation>shipping、refunds、productivity 或 after-sales</translation>
    </message>
    <message>
        <source>Beijing date: the shipping day, the productivity day, or the last day of the refund window (default today).</source>
        <translation>北京时间日期：发货报表的日期、人效报表的日期，或退款统计期的最后一天（默认今天）。</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Shipping promise in hours after payment (default 48).</source>
        <translation>承诺付款后多少小时内发货（默认 48）。</translation>
    </message>
    <message>
        <source>H</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>CSV encoding: utf8 (with BOM, default) or gb18030.</source>
        <translation>CSV 编码：utf8（带 BOM，默认）或 gb18030。</translation>
    </message>
    <message>
        <source>ENC</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name one report: %1.</source>
        <translation>请指定一个报表：%1。</translation>
    </message>
    <message>
        <source>--day takes a date like 2026-11-11.</source>
        <translation>--day 需要类似 2026-11-11 的日期。</translation>
    </message>
    <message>
        <source>--deadline takes hours; --encoding utf8 or gb18030.</source>
        <translation>--deadline 需要小时数；--encoding 为 utf8 或 gb18030。</translation>
    </message>
    <message>
        <source>CSV written to %1.</source>
        <translation>CSV 已写入 %1。</translation>
    </message>
    <message>
        <source>Shipping on %1 (Beijing), promise %2 h after payment</source>
        <translation>%1（北京时间）发货情况，承诺付款后 %2 小时内发货</translation>
    </message>
    <message>
        <source>  Paid %1, cancelled/intercepted %2, to ship %3, shipped %4</source>
        <translation>  付款 %1，已取消/拦截 %2，应发 %3，已发 %4</translation>
    </message>
    <message>
        <source>  Within 24 h %1 (%2), 48 h %3 (%4), 72 h %5 (%6)</source>
        <translation>  24 小时内 %1（%2），48 小时内 %3（%4），72 小时内 %5（%6）</translation>
    </message>
    <message>
        <source>  Left the warehouse that day: %1; late: %2</source>
        <translation>  当天出库：%1；超时：%2</translation>
    </message>
    <message>
        <source>(no courier)</source>
        <translation>（未分配快递）</translation>
    </message>
    <message>
        <source>  late: %1 %2 %3 h</source>
        <translation>  超时：%1 %2 %3 小时</translation>
    </message>
    <message>
        <source>Refund metrics, %1 … %2 (Beijing dates)</source>
        <translation>退款指标，%1 至 %2（北京时间）</translation>
    </message>
    <message>
        <source>Also write the report as CSV to FILE.</source>
        <translation>同时把报表以 CSV 写入文件。</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Next report</source>
        <translation>下一个报表</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Open the calendar of a date field</source>
        <translation>打开日期框的日历</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Refund metrics</source>
        <translation>退款指标</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>人效</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Refresh the report</source>
        <translation>刷新报表</translation>
    </message>
    <message>
        <source>Shipping progress</source>
        <translation>发货进度</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
</context>
<context>
    <name>Reservations</name>
    <message>
        <source>%1: only %2 on hand, order %3 ships %4. Count the bin or take the order off the shelf list.</source>
        <translation>%1：在库只有 %2 件，订单 %3 要发 %4 件。请先盘点该库位，或把该订单撤出拣货单。</translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <source>Returns receiving</source>
        <translation>退库验货</translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s tracking or order number, then each item</source>
        <translation>先扫包裹的运单号或订单号，再逐件扫商品</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发</translation>
    </message>
    <message>
        <source>Back before</source>
        <translation>此前已退</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Condition, courier remarks (optional)</source>
        <translation>货品状况、快递备注（可选）</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>扫描(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Receive return</source>
        <translation>确认退货入库(&amp;R)</translation>
    </message>
    <message>
        <source>No parcel yet.</source>
        <translation>还没有扫描包裹。</translation>
    </message>
    <message>
        <source>× %1: all %2 still out are already checked.</source>
        <translation>× %1：未退回的 %2 件都已验过。</translation>
    </message>
    <message>
        <source>✓ %1 +1 good</source>
        <translation>✓ %1 完好 +1</translation>
    </message>
    <message>
        <source>× %1 was not in this parcel.</source>
        <translation>× %1 不在这个包裹里。</translation>
    </message>
    <message>
        <source>✓ Parcel found. Scan each item (good), or type Good/Damaged, then Receive.</source>
        <translation>✓ 已找到包裹。逐件扫描（记为完好），或填写完好/损坏数量，然后确认入库。</translation>
    </message>
    <message>
        <source>Order %1 · tracking %2 · %3</source>
        <translation>订单 %1 · 运单 %2 · %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>after-sales case #%1</source>
        <translation>售后单 #%1</translation>
    </message>
    <message>
        <source>no after-sales case yet (one is opened on receipt)</source>
        <translation>暂无售后单（入库时自动新建）</translation>
    </message>
    <message>
        <source>× Scan the parcel first.</source>
        <translation>× 请先扫描包裹。</translation>
    </message>
    <message>
        <source>× %1: Good and Damaged take whole numbers.</source>
        <translation>× %1：完好和损坏数量必须是整数。</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>only orders waiting for review are approved (it is %1).</source>
        <translation>只有待审核的订单可以审核（当前为%1）。</translation>
    </message>
    <message>
        <source>it is not on hold.</source>
        <translation>订单未挂起。</translation>
    </message>
    <message>
        <source>Order %1 does not exist.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>Run the review rules, or submit orders to the warehouse.</source>
        <translation>运行审单规则，或将订单提交仓库。</translation>
    </message>
    <message>
        <source>Submit these order ids (comma-separated) instead.</source>
        <translation>改为提交这些订单ID（逗号分隔）。</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>ID列表</translation>
    </message>
    <message>
        <source>Submit every approved order instead.</source>
        <translation>改为提交所有已审核订单。</translation>
    </message>
    <message>
        <source>--submit takes order ids such as 12,13,20; &apos;%1&apos; is not one.</source>
        <translation>--submit 需要订单ID，例如 12,13,20；“%1”不是有效ID。</translation>
    </message>
    <message>
        <source>Submitted %1 order(s); %2 out of stock; %3 refused.</source>
        <translation>已提交 %1 个订单；缺货 %2 个；拒绝 %3 个。</translation>
    </message>
    <message>
        <source>Checked %1 order(s) in %2 ms: %3 flagged (%4 flags), %5 auto-approved.</source>
        <translation>用时 %2 毫秒检查了 %1 个订单：%3 个有标记（共 %4 个标记），自动审核 %5 个。</translation>
    </message>
</context>
<context>
    <name>ReviewRulesDialog</name>
    <message>
        <source>Approve orders the rules found nothing on</source>
        <translation>自动审核没有任何标记的订单</translation>
    </message>
    <message>
        <source>Single-item orders first</source>
        <translation>单件订单优先</translation>
    </message>
    <message>
        <source>Review rules</source>
        <translation>审单规则</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Thresholds (key=value, …)</source>
        <translation>阈值（键=值，…）</translation>
    </message>
    <message>
        <source>Cut-off time (later payments ship in the next day&apos;s wave)</source>
        <translation>截单时间（之后付款的订单次日发货）</translation>
    </message>
    <message>
        <source>Priority cities</source>
        <translation>优先城市</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of its thresholds with a whole number.</source>
        <translation>%1：“%2”不是该规则的阈值，或不是整数。</translation>
    </message>
</context>
<context>
    <name>RowParser</name>
    <message>
        <source>the order number is empty</source>
        <translation>订单编号为空</translation>
    </message>
    <message>
        <source>too long for an order number</source>
        <translation>订单编号过长</translation>
    </message>
    <message>
        <source>unknown order status</source>
        <translation>未知的订单状态</translation>
    </message>
    <message>
        <source>no delivery address</source>
        <translation>没有收货地址</translation>
    </message>
    <message>
        <source>not a quantity (a whole number above zero)</source>
        <translation>数量无效（须为大于零的整数）</translation>
    </message>
    <message>
        <source>not an amount in yuan (like 128.00)</source>
        <translation>金额无效（应为以元计的金额，如 128.00）</translation>
    </message>
    <message>
        <source>not a time like 2023-11-11 20:00:00</source>
        <translation>时间无效（应形如 2023-11-11 20:00:00）</translation>
    </message>
    <message>
        <source>times like “%1” read as %2, China time</source>
        <translation>形如“%1”的时间按 %2（北京时间）读取</translation>
    </message>
    <message>
        <source>status “%1” read as “%2”</source>
        <translation>状态“%1”按“%2”处理</translation>
    </message>
    <message>
        <source>postcode and phone read from the end of the address (%1: “%2”)</source>
        <translation>邮编和电话取自地址末尾（%1：“%2”）</translation>
    </message>
</context>
<context>
    <name>ScanSession</name>
    <message>
        <source>A quantity needs an open parcel: scan the parcel first.</source>
        <translation>要先扫包裹，才能输入数量。</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <source>Next scan counts %1 items.</source>
        <translation>下一次扫描计 %1 件。</translation>
    </message>
    <message>
        <source>STOP: put parcel %1 in the exceptions bin, then press Enter.</source>
        <translation>拦截！请把包裹 %1 放进异常筐，然后按回车。</translation>
    </message>
    <message>
        <source>Read the buyer message and memo first, then press Enter to go on.</source>
        <translation>请先看买家留言和备注，再按回车继续。</translation>
    </message>
    <message>
        <source>The database refused: %1</source>
        <translation>数据库拒绝了操作：%1</translation>
    </message>
    <message>
        <source>Unknown code %1: no parcel and no item has it.</source>
        <translation>未知条码 %1：没有对应的包裹或商品。</translation>
    </message>
    <message>
        <source>Order number %1 exists in %2 shops: scan the tracking number instead.</source>
        <translation>订单号 %1 在 %2 个店铺中都有：请改扫运单号。</translation>
    </message>
    <message>
        <source>Unknown code %1.</source>
        <translation>未知条码 %1。</translation>
    </message>
    <message>
        <source> by %1 at %2 (%3)</source>
        <translation>（%1 在 %2，%3）</translation>
    </message>
    <message>
        <source>Order %1 is already %2%3: do not pack it again.</source>
        <translation>订单 %1 的状态是「%2」%3：不要重复打包。</translation>
    </message>
    <message>
        <source>Order %1 is %2: only orders with a printed label are packed.</source>
        <translation>订单 %1 状态为%2：只有已打单的订单才能打包。</translation>
    </message>
    <message>
        <source>Order %1 has a line (%2) that is not in the SKU catalog, so it cannot be verified. Give it to the supervisor.</source>
        <translation>订单 %1 有一行商品（%2）不在商品资料中，无法核验。请交给主管处理。</translation>
    </message>
    <message>
        <source>Order %1: read the message, then press Enter.</source>
        <translation>订单 %1：请先看留言，再按回车。</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: scan the %n item(s).</source>
        <translation>
            <numerusform>订单 %1：请扫描 %n 件商品。</numerusform>
        </translation>
    </message>
    <message>
        <source>intercepted: refunded after it was submitted</source>
        <translation>已拦截：提交仓库后买家退款</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>every line is refunded</source>
        <translation>所有商品均已退款</translation>
    </message>
    <message>
        <source>STOP — do not pack order %1: %2. Put it in the exceptions bin and press Enter.</source>
        <translation>拦截！不要打包订单 %1：%2。请放进异常筐，然后按回车。</translation>
    </message>
    <message>
        <source>WRONG: %1 was refunded. Leave it out of the parcel.</source>
        <translation>错误：%1 已退款，不要装进包裹。</translation>
    </message>
    <message>
        <source>TOO MANY: %1 needs %2, %3 already in. Take the extra out.</source>
        <translation>多扫了：%1 需要 %2 件，已装 %3 件。请把多出的拿出来。</translation>
    </message>
    <message numerus="yes">
        <source>%1 ✓ %2/%3 — %n item(s) to go.</source>
        <translation>
            <numerusform>%1 ✓ %2/%3 — 还差 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>This parcel is already open: scan its items.</source>
        <translation>这个包裹已经打开：请扫描商品。</translation>
    </message>
    <message>
        <source>Finish parcel %1 first, or press Esc to put it back unpacked.</source>
        <translation>请先完成包裹 %1，或按 Esc 放回不打包。</translation>
    </message>
    <message>
        <source>UNKNOWN CODE %1: no item has this barcode.</source>
        <translation>未知条码 %1：没有商品用这个条码。</translation>
    </message>
    <message>
        <source>All items in. Weigh the parcel (expected %1–%2 g).</source>
        <translation>商品已齐。请称重（应为 %1–%2 克）。</translation>
    </message>
    <message>
        <source>All items in. Weigh the parcel.</source>
        <translation>商品已齐。请称重。</translation>
    </message>
    <message>
        <source>Weigh the parcel first: type its weight in grams (or press Ctrl+Z to undo an item).</source>
        <translation>请先称重：输入克数（或按 Ctrl+Z 撤销一件）。</translation>
    </message>
    <message>
        <source>WEIGHT %1 g is off: expected %2–%3 g. Check the items; enter the same weight again to pack anyway.</source>
        <translation>重量 %1 克不对：应为 %2–%3 克。请检查商品；再次输入相同重量则强制打包。</translation>
    </message>
    <message>
        <source>Order %1 was not packed: %2</source>
        <translation>订单 %1 未打包：%2</translation>
    </message>
    <message numerus="yes">
        <source>PACKED ✓ order %1, %n item(s). Scan the next parcel.</source>
        <translation>
            <numerusform>已打包 ✓ 订单 %1，共 %n 件。请扫下一个包裹。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message read. Scan the %n item(s).</source>
        <translation>
            <numerusform>留言已读。请扫描 %n 件商品。</numerusform>
        </translation>
    </message>
    <message>
        <source>Parcel set aside. Scan the next parcel.</source>
        <translation>包裹已放到一边。请扫下一个包裹。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的扫描。</translation>
    </message>
    <message>
        <source>Undone: %1 × %2 taken back (%3/%4).</source>
        <translation>已撤销：%1 × %2 拿出（%3/%4）。</translation>
    </message>
    <message>
        <source>Parcel %1 put back unpacked.</source>
        <translation>包裹 %1 已放回，未打包。</translation>
    </message>
    <message>
        <source>Scan a tracking number, order number or pick-list slot to start a parcel.</source>
        <translation>扫运单号、订单号或拣货格口码，开始打包。</translation>
    </message>
    <message>
        <source>%1 is an item barcode. Scan the parcel&apos;s tracking number, order number or pick-list slot first.</source>
        <translation>%1 是商品条码。请先扫包裹的运单号、订单号或拣货格口码。</translation>
    </message>
    <message>
        <source>Scale reading %1 left aside: no finished parcel is waiting for its weight.</source>
        <translation>电子秤读数 %1 未使用：当前没有等待称重的已完成包裹。</translation>
    </message>
    <message>
        <source>The scale reads 0: put the parcel on the scale and send the weight again.</source>
        <translation>电子秤读数为 0：请把包裹放到秤上，再发送一次重量。</translation>
    </message>
    <message>
        <source>WRONG ITEM: %1 is not in this parcel.</source>
        <translation>商品不对：%1 不属于这个包裹。</translation>
    </message>
    <message>
        <source>intercepted</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>why a parcel stops, then the reason a person typed</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Not a PostgreSQL connection URI: %1</source>
        <translation>不是有效的 PostgreSQL 连接 URI：%1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>The database URI carries a password. Packline does not take passwords on the command line or in settings: put it in ~/.pgpass (or the file PGPASSFILE names, or a service file) and leave it out of the URI.</source>
        <translation>数据库 URI 中含有密码。发货台不接受命令行或设置中的密码：请把密码写在 ~/.pgpass（或 PGPASSFILE 指定的文件、服务文件）中，并从 URI 中去掉。</translation>
    </message>
    <message>
        <source>The database URI&apos;s port is not a number: %1</source>
        <translation>数据库 URI 的端口不是数字：%1</translation>
    </message>
</context>
<context>
    <name>ServiceDeskView</name>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the selected order&apos;s message and record the contact</source>
        <translation>复制所选订单的消息并记录联系</translation>
    </message>
    <message>
        <source>Export an SMS batch of everyone not yet contacted</source>
        <translation>把所有未联系的买家导出为短信批量文件</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <source>Payment reminders</source>
        <translation>催付</translation>
    </message>
    <message>
        <source>Shipping notices</source>
        <translation>发货通知</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>默认位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;tation:</source>
        <translation>工位(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. PACK-01</source>
        <translation>例如 PACK-01</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Packline database (*.db);;All files (*)</source>
        <translation>发货台数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Scale &amp;prefix:</source>
        <translation>电子秤前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>What the pack station&apos;s scale sends before a weight, e.g. W (empty: none)</source>
        <translation>打包台电子秤在重量前发送的字符，如 W（留空：无前缀）</translation>
    </message>
    <message>
        <source>e.g. W (empty: none)</source>
        <translation>如 W（留空：无）</translation>
    </message>
    <message>
        <source>Pack station so&amp;unds:</source>
        <translation>打包台提示音(&amp;U)：</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>音量(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>试听(&amp;T)</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>当前使用：%1</translation>
    </message>
    <message>
        <source>This window runs as %1 at station %2, on the database %3.</source>
        <translation>本窗口的当前会话：操作员 %1，工位 %2，数据库 %3。</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>A database file, or postgresql://USER@SERVER/DATABASE for a shared server</source>
        <translation>数据库文件，或共享服务器的 postgresql://用户@服务器/数据库</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Open this database now and say what is in it</source>
        <translation>现在打开这个数据库，显示其中的内容</translation>
    </message>
    <message>
        <source>The language changes at once. A different database is opened at the next start.</source>
        <translation>语言立即生效。更换的数据库在下次启动时打开。</translation>
    </message>
    <message>
        <source>%1 at %2: schema level %3, %4 order(s). It opens at the next start once you press OK.</source>
        <translation>%1（%2）：结构版本 %3，%4 个订单。点“确定”后，下次启动时打开它。</translation>
    </message>
</context>
<context>
    <name>ShippingExceptions</name>
    <message>
        <source>Intercepted</source>
        <translation>拦截</translation>
    </message>
    <message>
        <source>Refunded after shipping</source>
        <translation>发货后退款</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>滞留</translation>
    </message>
    <message>
        <source>On a courier cart: take it off the handover batch and back to the shelf.</source>
        <translation>已在快递车上：从交接单中移出，放回货架。</translation>
    </message>
    <message>
        <source>Set aside at the pack station: put the goods back on the shelf.</source>
        <translation>已在打包台放到一边：把商品放回货架。</translation>
    </message>
    <message>
        <source>Packed: find the parcel in the packed area and unpack it.</source>
        <translation>已打包：到待发区找出包裹并拆包。</translation>
    </message>
    <message>
        <source>Not packed yet: take its label and picked goods back.</source>
        <translation>尚未打包：收回面单和已拣商品。</translation>
    </message>
    <message>
        <source>Return requested: expect the parcel back and receive it.</source>
        <translation>买家申请退货：等包裹退回并收货入库。</translation>
    </message>
    <message>
        <source>Refund only: ask the courier to stop it or have the buyer refuse delivery.</source>
        <translation>仅退款：联系快递拦截，或请买家拒收。</translation>
    </message>
    <message>
        <source>%1 for %2 h (limit %3 h): find out what holds it.</source>
        <translation>%1 已 %2 小时（上限 %3 小时）：查明卡在哪里。</translation>
    </message>
</context>
<context>
    <name>ShippingExceptionsTab</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Courier / tracking</source>
        <translation>快递 / 运单号</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <source>%1 intercepted to pull · %2 refunded after shipping · %3 stuck</source>
        <translation>%1 个拦截待拣出 · %2 个发货后退款 · %3 个滞留</translation>
    </message>
</context>
<context>
    <name>ShippingExport</name>
    <message>
        <source>Only the Taobao bulk-shipping file is supported so far (asked for %1).</source>
        <translation>目前只支持淘宝批量发货文件（请求的是 %1）。</translation>
    </message>
    <message>
        <source>%1: shipped without a tracking number; left out.</source>
        <translation>%1：已出库但没有运单号，未导出。</translation>
    </message>
    <message>
        <source>%1: courier %2 is not in the couriers table; left out.</source>
        <translation>%1：快递公司 %2 不在快递列表中，未导出。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a bulk-shipping upload written by Packline (its first column is not 订单编号).</source>
        <translation>%1 不是 Packline 生成的批量发货文件（第一列不是“订单编号”）。</translation>
    </message>
    <message>
        <source>line %1: %2 is not an order of this database.</source>
        <translation>第 %1 行：%2 不是本数据库中的订单。</translation>
    </message>
    <message>
        <source>line %1: %2 is %3 now, not Shipped; left as it is.</source>
        <translation>第 %1 行：%2 当前为“%3”，不是“已发货”，保持不变。</translation>
    </message>
</context>
<context>
    <name>ShippingExportDialog</name>
    <message>
        <source>Send tracking numbers to the shop (回传)</source>
        <translation>回传运单号到店铺</translation>
    </message>
    <message>
        <source>Writes the platform&apos;s bulk-shipping file (order number, courier, tracking number) for every shipped order not yet sent back. Upload it in the shop&apos;s back office; when the upload worked, mark the orders in that file as synced back. If it failed, write the file again: nothing is marked until you say so.</source>
        <translation>为所有已发货但尚未回传的订单生成平台批量发货文件（订单编号、物流公司、运单号）。请在店铺后台上传；上传成功后，再把该文件中的订单标记为已回传。上传失败可重新生成文件：在您确认之前不会标记任何订单。</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>Shipped &amp;since:</source>
        <translation>发货时间不早于(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Write the upload file</source>
        <translation>生成上传文件(&amp;W)</translation>
    </message>
    <message>
        <source>Orders left out of the file, and why, appear here.</source>
        <translation>未写入文件的订单及原因会显示在这里。</translation>
    </message>
    <message>
        <source>Taobao / Tmall (批量发货)</source>
        <translation>淘宝 / 天猫（批量发货）</translation>
    </message>
    <message>
        <source>Bulk-shipping upload</source>
        <translation>批量发货上传文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Say where to write the file.</source>
        <translation>请指定文件保存位置。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) written to %1. Upload it in the shop&apos;s back office, then press &quot;The upload worked&quot;.</source>
        <translation>
            <numerusform>已将 %n 个订单写入 %1。请在店铺后台上传，然后点击“上传成功”。</numerusform>
        </translation>
    </message>
    <message>
        <source>No shipped orders are waiting to be sent back; the file has only its header.</source>
        <translation>没有待回传的已发货订单；文件中只有表头。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked as synced back.</source>
        <translation>
            <numerusform>已将 %n 个订单标记为已回传。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already.</source>
        <translation>
            <numerusform>另有 %n 个此前已回传。</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload worked: &amp;mark these orders synced back</source>
        <translation>上传成功：标记这些订单为已回传(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ShippingProgressTab</name>
    <message>
        <source>Today: %1 packed, %2 shipped · still due today: %3 · late: %4 · at risk (&lt; 12 h): %5</source>
        <translation>今日：已打包 %1，已出库 %2 · 今日还需发出：%3 · 已超时：%4 · 有风险（不足 12 小时）：%5</translation>
    </message>
    <message>
        <source>Day&apos;s target (every paid order shipped within 3 days): %1%</source>
        <translation>今日目标（所有已付款订单 3 天内发货）：%1%</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>To pack</source>
        <translation>待打包</translation>
    </message>
    <message>
        <source>To hand over</source>
        <translation>待交接</translation>
    </message>
    <message>
        <source>Shipped today</source>
        <translation>今日出库</translation>
    </message>
    <message>
        <source>(no courier)</source>
        <translation>（未分配快递）</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>⚠ LATE %1 h %2 min</source>
        <translation>⚠ 已超时 %1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Orders at risk of missing the 3-day promise, most urgent first (%1)</source>
        <translation>可能超过 3 天发货承诺的订单，最紧急的在前（%1）</translation>
    </message>
</context>
<context>
    <name>ShippingTab</name>
    <message>
        <source>&lt;b&gt;Paid %1&lt;/b&gt; · cancelled or intercepted %2 · to ship %3 · &lt;b&gt;shipped %4&lt;/b&gt; (within 24 h %5, 48 h %6, 72 h %7) · left the warehouse that day %8 · &lt;b&gt;late %9&lt;/b&gt;</source>
        <translation>&lt;b&gt;付款 %1&lt;/b&gt; · 已取消或拦截 %2 · 应发 %3 · &lt;b&gt;已发 %4&lt;/b&gt;（24 小时内 %5，48 小时内 %6，72 小时内 %7）· 当天出库 %8 · &lt;b&gt;超时 %9&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no courier yet)</source>
        <translation>（尚未分配快递）</translation>
    </message>
    <message>
        <source>not shipped</source>
        <translation>未发货</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Paid and shipped by hour (Beijing time)</source>
        <translation>按小时的付款与发货（北京时间）</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Export shipping report</source>
        <translation>导出发货报表</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Day (Beijing):</source>
        <translation>日期（北京时间）：</translation>
    </message>
    <message>
        <source>Ship within:</source>
        <translation>承诺发货时限：</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Late orders (most late first)</source>
        <translation>超时订单（最久的在前）</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Within 24 h</source>
        <translation>24 小时内</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Left that day</source>
        <translation>当天出库</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>超时</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Shortcuts: %1</source>
        <translation>快捷键：%1</translation>
    </message>
    <message>
        <source>Switch view</source>
        <translation>切换页面</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+7</source>
        <translation>Ctrl+1 … Ctrl+7</translation>
    </message>
</context>
<context>
    <name>ShownText</name>
    <message>
        <source>… (%1 characters)</source>
        <translation>……（共 %1 个字符）</translation>
    </message>
</context>
<context>
    <name>SkuDialog</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>&amp;Code (商家编码):</source>
        <translation>商家编码(&amp;C)：</translation>
    </message>
    <message>
        <source>The outer code the shop uses for this item, e.g. TEE-BLK-XL</source>
        <translation>店铺里这个商品用的商家编码，如 TEE-BLK-XL</translation>
    </message>
    <message>
        <source>&amp;Barcodes:</source>
        <translation>条码(&amp;B)：</translation>
    </message>
    <message>
        <source>Scan or type a barcode, then Enter</source>
        <translation>扫描或输入条码，按回车添加</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected barcodes (Delete)</source>
        <translation>移除选中的条码（Delete 键）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>What the packer sees, e.g. 纯棉T恤</source>
        <translation>打包员看到的商品名，如 纯棉T恤</translation>
    </message>
    <message>
        <source>S&amp;pec:</source>
        <translation>规格(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. 颜色分类：黑色;尺码：XL</source>
        <translation>如 颜色分类：黑色;尺码：XL</translation>
    </message>
    <message>
        <source>Bi&amp;n location:</source>
        <translation>库位(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. A-01-03</source>
        <translation>如 A-01-03</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>重量(&amp;W)：</translation>
    </message>
    <message>
        <source> g</source>
        <translation> 克</translation>
    </message>
    <message>
        <source>Weight of one item in grams, for the courier label and parcel check</source>
        <translation>单件重量（克），用于面单和包裹称重核对</translation>
    </message>
    <message>
        <source>Pres&amp;ale:</source>
        <translation>预售(&amp;A)：</translation>
    </message>
    <message>
        <source>Presale item, ships on</source>
        <translation>预售商品，发货日期</translation>
    </message>
    <message>
        <source>Sa&amp;fety stock:</source>
        <translation>安全库存(&amp;F)：</translation>
    </message>
    <message>
        <source>Units held back from the shops: available = on hand − reserved − safety stock</source>
        <translation>不对店铺放出的数量：可售 = 在库 − 已占用 − 安全库存</translation>
    </message>
    <message>
        <source>&amp;Low-stock threshold:</source>
        <translation>低库存阈值(&amp;L)：</translation>
    </message>
    <message>
        <source>The stock list marks the SKU as low when available falls below this</source>
        <translation>可售数量低于此值时，库存列表标记为低库存</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>图片(&amp;I)：</translation>
    </message>
    <message>
        <source>Picture file (optional)</source>
        <translation>图片文件（可不填）</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 已经在列表里了。</translation>
    </message>
    <message>
        <source>%1 already belongs to %2 (%3). One barcode can only scan as one SKU.</source>
        <translation>%1 已属于 %2（%3）。一个条码只能对应一个 SKU。</translation>
    </message>
    <message>
        <source>Picture of the item</source>
        <translation>商品图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>Cannot show this file</source>
        <translation>无法显示此文件</translation>
    </message>
    <message>
        <source>No picture can be read from %1.</source>
        <translation>无法从 %1 读取图片。</translation>
    </message>
    <message>
        <source>Edit SKU %1</source>
        <translation>编辑 SKU %1</translation>
    </message>
    <message>
        <source>New SKU</source>
        <translation>新建 SKU</translation>
    </message>
    <message>
        <source>The code cannot change: shop orders find the SKU by it.</source>
        <translation>商家编码不能修改：店铺订单靠它找到这个 SKU。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SkuEditor</name>
    <message>
        <source>The SKU code (商家编码) is empty.</source>
        <translation>商家编码为空。</translation>
    </message>
    <message>
        <source>The SKU code &quot;%1&quot; has spaces around it.</source>
        <translation>商家编码“%1”前后有空格。</translation>
    </message>
    <message>
        <source>Another SKU already has the code %1.</source>
        <translation>已有其他 SKU 使用商家编码 %1。</translation>
    </message>
    <message>
        <source>A barcode of %1 is empty or has spaces around it.</source>
        <translation>%1 的某个条码为空或前后有空格。</translation>
    </message>
    <message>
        <source>The barcode %1 is listed twice.</source>
        <translation>条码 %1 重复填写。</translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to %2.</source>
        <translation>条码 %1 已属于 %2。</translation>
    </message>
    <message>
        <source>The presale ship date &quot;%1&quot; is not a date like 2026-11-11.</source>
        <translation>预售发货日期“%1”不是 2026-11-11 这样的日期。</translation>
    </message>
    <message>
        <source>SKU #%1 does not exist.</source>
        <translation>SKU #%1 不存在。</translation>
    </message>
    <message>
        <source>The code of %1 cannot change: shop orders find the SKU by it. Create a new SKU instead.</source>
        <translation>%1 的商家编码不能修改：店铺订单靠它找到这个 SKU。请改为新建一个 SKU。</translation>
    </message>
    <message>
        <source>The title is empty: write what the item is, as the packer will see it.</source>
        <translation>标题为空：请填写商品名称，打包员会看到它。</translation>
    </message>
    <message>
        <source>The weight of %1 cannot be below 0 g.</source>
        <translation>%1 的重量不能小于 0 克。</translation>
    </message>
    <message>
        <source>The price of %1 cannot be below 0.</source>
        <translation>%1 的价格不能小于 0。</translation>
    </message>
    <message>
        <source>The safety stock of %1 cannot be below 0.</source>
        <translation>%1 的安全库存不能小于 0。</translation>
    </message>
    <message>
        <source>The low-stock threshold of %1 cannot be below 0.</source>
        <translation>%1 的低库存阈值不能小于 0。</translation>
    </message>
    <message>
        <source>%1 was changed at another station while you were editing it. Close this window and open the SKU again to see that change.</source>
        <translation>你编辑期间，%1 已在其他工位被修改。请关闭此窗口，重新打开该 SKU 查看改动。</translation>
    </message>
</context>
<context>
    <name>SocketPort</name>
    <message>
        <source>The printer %1 refused the connection (is it on, and is %2 its raw port?).</source>
        <translation>打印机 %1 拒绝了连接（是否已开机？%2 是否为它的原始端口？）。</translation>
    </message>
    <message>
        <source>There is no host %1 for the printer %2.</source>
        <translation>找不到打印机 %2 的主机 %1。</translation>
    </message>
    <message>
        <source>The printer %1 did not answer within %2 s (off, or not on this network?).</source>
        <translation>打印机 %1 在 %2 秒内没有应答（是否已关机，或不在本网络？）。</translation>
    </message>
    <message>
        <source>Cannot connect to the printer %1: %2</source>
        <translation>无法连接打印机 %1：%2</translation>
    </message>
    <message>
        <source>The printer %1 did not take the whole label (%2 bytes): %3</source>
        <translation>打印机 %1 没有收下完整的标签（%2 字节）：%3</translation>
    </message>
    <message>
        <source>it took nothing for %1 s (out of paper, cover open?)</source>
        <translation>它已 %1 秒没有接收数据（缺纸或盖子打开？）</translation>
    </message>
    <message>
        <source>%1 bytes still waiting after %2 s (out of paper, cover open?)</source>
        <translation>%2 秒后仍有 %1 字节未被接收（缺纸或盖子打开？）</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split order %1</source>
        <translation>拆分订单 %1</translation>
    </message>
    <message>
        <source>Tick the lines that move to a new order (e.g. presale items that ship later):</source>
        <translation>勾选要拆到新订单的商品行（例如稍后发货的预售商品）：</translation>
    </message>
</context>
<context>
    <name>SpooledDocument</name>
    <message>
        <source>CUPS job %1 is waiting at %2.</source>
        <translation>CUPS 作业 %1 正在 %2 排队。</translation>
    </message>
    <message>
        <source>Printed at %1 (CUPS job %2).</source>
        <translation>已在 %1 打印（CUPS 任务 %2）。</translation>
    </message>
    <message>
        <source>The print server does not answer; CUPS job %1 is not known to have printed.</source>
        <translation>打印服务器没有响应；无法确认 CUPS 作业 %1 已打印。</translation>
    </message>
    <message>
        <source>CUPS job %1 is held at %2: %3</source>
        <translation>CUPS 作业 %1 停在 %2：%3</translation>
    </message>
    <message>
        <source>CUPS job %1 is printing at %2.</source>
        <translation>CUPS 作业 %1 正在 %2 打印。</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>数据库错误：%1（语句：%2）</translation>
    </message>
    <message>
        <source>Database error: a transaction is already open on connection %1 (transactions do not nest).</source>
        <translation>数据库错误：连接 %1 上已有一个事务未结束（事务不能嵌套）。</translation>
    </message>
    <message>
        <source>Database error: %1 (in: COPY %2)</source>
        <translation>数据库错误：%1（在 COPY %2 中）</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>The database connection is not SQLite.</source>
        <translation>数据库连接不是 SQLite。</translation>
    </message>
    <message>
        <source>Database statement failed: %1 (%2)</source>
        <translation>数据库语句执行失败：%1（%2）</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交仓库</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打单</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出库</translation>
    </message>
    <message>
        <source>Synced back</source>
        <translation>已回传</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Intercepted</source>
        <translation>拦截</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
</context>
<context>
    <name>StageMachine</name>
    <message>
        <source>Order %1 does not exist.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>The order was changed by someone else (it is now %1); reload and try again.</source>
        <translation>订单已被他人修改（当前状态：%1）；请刷新后重试。</translation>
    </message>
    <message>
        <source>An order that is %1 cannot become %2.</source>
        <translation>“%1”的订单不能变为“%2”。</translation>
    </message>
    <message>
        <source>Say why the order becomes %1.</source>
        <translation>请说明订单改为“%1”的原因。</translation>
    </message>
    <message>
        <source>A held order is released to where it was (%1), or closed.</source>
        <translation>挂起的订单只能恢复到原状态（%1），或关闭。</translation>
    </message>
    <message>
        <source>The order was changed by someone else; reload and try again.</source>
        <translation>订单已被他人修改；请刷新后重试。</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show orders per stage, the database file and its schema level.</source>
        <translation>显示各状态订单数、数据库文件及其结构版本。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>以 JSON 而非表格输出。</translation>
    </message>
    <message>
        <source>Database:     %1</source>
        <translation>数据库：    %1</translation>
    </message>
    <message>
        <source>Schema level: %1</source>
        <translation>结构版本：  %1</translation>
    </message>
    <message>
        <source>Orders:       %1</source>
        <translation>订单数：    %1</translation>
    </message>
    <message>
        <source>The review rules have not run yet for %1 import(s): `packline review` or the next import runs them.</source>
        <translation>有 %1 次导入的审单规则尚未运行：`packline review` 或下一次导入会补跑。</translation>
    </message>
    <message>
        <source>Engine:       %1</source>
        <translation>数据库引擎：%1</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>OK</source>
        <translation>✓ 通过</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>拦截</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>SCAN ITEMS</source>
        <translation>请扫商品</translation>
    </message>
    <message>
        <source>ITEM OK</source>
        <translation>✓ 商品正确</translation>
    </message>
    <message>
        <source>PACKED</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>ALREADY PACKED</source>
        <translation>已打包过</translation>
    </message>
    <message>
        <source>WRONG</source>
        <translation>不对</translation>
    </message>
    <message>
        <source>WRONG COURIER</source>
        <translation>快递不对</translation>
    </message>
</context>
<context>
    <name>StatusVocabulary</name>
    <message>
        <source>not paid yet</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>paid, waiting to ship</source>
        <translation>已付款，待发货</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>StockAdjustments</name>
    <message>
        <source>Received</source>
        <translation>到货入库</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏报损</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>盘盈找到</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Count correction</source>
        <translation>盘点修正</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退货入库</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The quantity is zero: nothing to adjust.</source>
        <translation>数量为零：没有可调整的。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; adds stock: the quantity must be positive.</source>
        <translation>“%1”是增加库存：数量必须为正数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; removes stock: the quantity must be negative.</source>
        <translation>“%1”是减少库存：数量必须为负数。</translation>
    </message>
    <message>
        <source>&quot;Other&quot; needs a note saying why.</source>
        <translation>选“其他”时必须在备注里写明原因。</translation>
    </message>
    <message>
        <source>SKU #%1 does not exist.</source>
        <translation>SKU #%1 不存在。</translation>
    </message>
    <message>
        <source>%1 units in one adjustment is over the limit of %2.</source>
        <translation>一次调整 %1 件，超过上限 %2 件。</translation>
    </message>
</context>
<context>
    <name>StockCommand</name>
    <message>
        <source>Stock: verify the ledger, export available stock for a shop, import receipts or levels.</source>
        <translation>库存：核对流水账，导出店铺可售库存，导入到货或期初库存。</translation>
    </message>
    <message>
        <source>verify: prove levels equal the ledger sums (exit 1 on mismatch); rebuild: recompute levels from the ledger; export: available stock per 商家编码 for upload; import FILE: receive stock (or set levels with --set); catalog-export / catalog-import FILE: the SKU catalog as CSV.</source>
        <translation>verify：核对库存数与流水账合计一致（不一致时退出码 1）；rebuild：按流水账重算库存数；export：按商家编码导出可售库存供上传；import FILE：到货入库（加 --set 则设为期初库存）；catalog-export / catalog-import FILE：以 CSV 导出/导入商品资料。</translation>
    </message>
    <message>
        <source>verify|rebuild|export|import|catalog-export|catalog-import</source>
        <translation>verify|rebuild|export|import|catalog-export|catalog-import</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <source>Export format (taobao).</source>
        <translation>导出格式（taobao）。</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Write the export to FILE.</source>
        <translation>把导出内容写入该文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Import: the quantities are the new on-hand levels (initial stock), not receipts added to them.</source>
        <translation>导入：数量是新的在库数（期初库存），而不是在原有基础上增加的到货数。</translation>
    </message>
    <message>
        <source>packline stock: say what to do: %1.</source>
        <translation>packline stock：请指定要做的事：%1。</translation>
    </message>
    <message>
        <source>packline stock %1: give one CSV file.</source>
        <translation>packline stock %1：请给出一个 CSV 文件。</translation>
    </message>
    <message>
        <source>packline stock %1: give the output file with -o FILE.</source>
        <translation>packline stock %1：请用 -o 文件 指定输出文件。</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt stock levels from the ledger: %n level(s) changed.</source>
        <translation>
            <numerusform>已按流水账重算库存：改动了 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock verified: %1 SKUs, %2 ledger rows; every level equals its ledger sum, nothing is negative.</source>
        <translation>库存核对通过：%1 个 SKU，%2 条流水；每项库存都等于流水合计，没有负数。</translation>
    </message>
    <message numerus="yes">
        <source>%n stock level(s) do not match the ledger.</source>
        <translation>
            <numerusform>有 %n 项库存与流水账不符。</numerusform>
        </translation>
    </message>
    <message>
        <source>packline stock export: unknown platform &apos;%1&apos; (known: %2).</source>
        <translation>packline stock export：未知平台“%1”（支持：%2）。</translation>
    </message>
</context>
<context>
    <name>StockCounts</name>
    <message>
        <source>Give the first bin location of the range to count.</source>
        <translation>请填写要盘点范围的起始库位。</translation>
    </message>
    <message>
        <source>The range %1 – %2 is backwards.</source>
        <translation>范围 %1 – %2 前后颠倒了。</translation>
    </message>
    <message>
        <source>No SKU has a bin location between %1 and %2.</source>
        <translation>没有 SKU 的库位在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>Stock count #%1 is still open for part of this range: post or cancel it first.</source>
        <translation>盘点单 #%1 仍在盘点这个范围的一部分：请先过账或取消它。</translation>
    </message>
    <message>
        <source>No SKU has the barcode or code %1.</source>
        <translation>没有 SKU 的条码或编码是 %1。</translation>
    </message>
    <message>
        <source>A scanned quantity must be above zero.</source>
        <translation>扫描数量必须大于零。</translation>
    </message>
    <message>
        <source>counted %1, system %2</source>
        <translation>实盘 %1，系统 %2</translation>
    </message>
    <message>
        <source>Stock count #%1 does not exist.</source>
        <translation>盘点单 #%1 不存在。</translation>
    </message>
    <message>
        <source>A counted quantity cannot be below zero.</source>
        <translation>盘点数量不能小于零。</translation>
    </message>
    <message>
        <source>This SKU is being counted in stock count #%1.</source>
        <translation>该 SKU 正在盘点单 #%1 中盘点。</translation>
    </message>
    <message>
        <source>A counted quantity of %1 is over the limit of %2.</source>
        <translation>盘点数量 %1 超过上限 %2。</translation>
    </message>
    <message>
        <source>Stock count #%1 is posted: it cannot be changed any more.</source>
        <translation>盘点单 #%1 已过账：不能再修改。</translation>
    </message>
    <message>
        <source>Stock count #%1 is cancelled: it cannot be changed any more.</source>
        <translation>盘点单 #%1 已取消：不能再修改。</translation>
    </message>
</context>
<context>
    <name>StockCsv</name>
    <message>
        <source>required column is missing (商家编码/code or 条码/barcode)</source>
        <translation>缺少必填列（商家编码/code 或 条码/barcode）</translation>
    </message>
    <message>
        <source>required column is missing (数量/qty)</source>
        <translation>缺少必填列（数量/qty）</translation>
    </message>
    <message>
        <source>no SKU has the code %1</source>
        <translation>没有商家编码为 %1 的 SKU</translation>
    </message>
    <message>
        <source>no SKU has the barcode %1</source>
        <translation>没有条码为 %1 的 SKU</translation>
    </message>
    <message>
        <source>empty: which SKU?</source>
        <translation>为空：是哪个 SKU？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number above 0</source>
        <translation>“%1”不是大于 0 的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more</source>
        <translation>“%1”不是 0 或以上的整数</translation>
    </message>
    <message>
        <source>this SKU is already set on line %1</source>
        <translation>该 SKU 已在第 %1 行设置过</translation>
    </message>
    <message>
        <source>%1 units in one receipt is over the limit of %2 per move</source>
        <translation>一次入库 %1 件，超过每次变动上限 %2 件</translation>
    </message>
    <message>
        <source>a level of %1 units is over the limit of %2</source>
        <translation>库存水平 %1 件超过上限 %2</translation>
    </message>
    <message>
        <source>setting the level to %1 moves %2 units, over the limit of %3 per move</source>
        <translation>把库存设为 %1 需要变动 %2 件，超过每次变动上限 %3 件</translation>
    </message>
</context>
<context>
    <name>StockFiles</name>
    <message>
        <source>Unknown platform &apos;%1&apos; (known: %2).</source>
        <translation>未知平台“%1”（支持：%2）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote available stock of %n SKU(s) to %1 (GBK).</source>
        <translation>
            <numerusform>已将 %n 个 SKU 的可售库存写入 %1（GBK 编码）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the SKU catalog to %1.</source>
        <translation>已将 SKU 资料写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n stock movement(s) posted.</source>
        <translation>
            <numerusform>已导入 %1：记入 %n 笔库存变动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>未导入任何内容：有 %n 处问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 SKU(s) created, %3 updated, %4 already so.</source>
        <translation>已导入 %1：新建 %2 个 SKU，更新 %3 个，%4 个无变化。</translation>
    </message>
</context>
<context>
    <name>StockLedger</name>
    <message>
        <source>SKU #%1 does not exist.</source>
        <translation>SKU #%1 不存在。</translation>
    </message>
    <message>
        <source>SKU %1 has no stock level row.</source>
        <translation>SKU %1 没有库存记录。</translation>
    </message>
    <message>
        <source>Stock of %1 (%2) cannot go below zero: it is %3, the change is %4.</source>
        <translation>%1（%2）的库存不能小于零：当前为 %3，变动为 %4。</translation>
    </message>
    <message>
        <source>%1: %2 units are reserved by submitted orders; on hand would drop to %3. Release or re-stock those orders first, or post a stock count.</source>
        <translation>%1：已提交订单占用了 %2 件，在库会降到 %3。请先释放这些订单的占用或补货，或者做一次盘点。</translation>
    </message>
    <message>
        <source>%1: %2 units are pre-packed; on hand would drop to %3. Unpack them first.</source>
        <translation>%1：有 %2 件已预打包，在库会降到 %3。请先拆包。</translation>
    </message>
    <message>
        <source>%1: only %2 available (on hand %3, reserved %4, safety stock %5), %6 wanted.</source>
        <translation>%1：可用只有 %2 件（在库 %3，占用 %4，安全库存 %5），需要 %6 件。</translation>
    </message>
    <message>
        <source>Stock of %1 changed while this move was being written; try again.</source>
        <translation>%1 的库存在写入时被改动了，请重试。</translation>
    </message>
    <message>
        <source>Stock of %1 (%2) cannot go above %3: it is %4, the change is %5.</source>
        <translation>%1（%2）的库存不能超过 %3：当前为 %4，变动为 %5。</translation>
    </message>
    <message>
        <source>A move of %1 units is over the limit of %2 units per move.</source>
        <translation>一次变动 %1 件，超过每次变动上限 %2 件。</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <source>Oversell risk</source>
        <translation>超卖风险</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Available %1 = on hand %2 − reserved %3 − safety stock %4; open demand %5; low-stock threshold %6</source>
        <translation>可用 %1 = 在库 %2 − 占用 %3 − 安全库存 %4；待处理需求 %5；低库存阈值 %6</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>占用</translation>
    </message>
    <message>
        <source>Pre-packed</source>
        <translation>预打包</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Open demand</source>
        <translation>待处理需求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>StockReturns</name>
    <message>
        <source>No order has the tracking or order number %1.</source>
        <translation>没有运单号或订单号为 %1 的订单。</translation>
    </message>
    <message>
        <source>Order %1 has not left the warehouse (%2): there is nothing to take back.</source>
        <translation>订单 %1 尚未出库（%2）：没有可退回入库的货。</translation>
    </message>
    <message>
        <source>Quantities cannot be below zero.</source>
        <translation>数量不能小于零。</translation>
    </message>
    <message>
        <source>SKU #%1 was not shipped in order %2.</source>
        <translation>订单 %2 没有发出 SKU #%1。</translation>
    </message>
    <message>
        <source>%1: %2 checked, but only %3 of %4 shipped are still out.</source>
        <translation>%1：验了 %2 件，但发出的 %4 件中只有 %3 件尚未退回。</translation>
    </message>
    <message>
        <source>No item was checked: mark each returned item good or damaged.</source>
        <translation>还没有验任何商品：请把每件退回商品标为完好或损坏。</translation>
    </message>
    <message>
        <source>Parcel came back to the warehouse</source>
        <translation>包裹退回仓库</translation>
    </message>
    <message>
        <source>damaged in return</source>
        <translation>退货损坏</translation>
    </message>
</context>
<context>
    <name>StockRule</name>
    <message>
        <source>Out of stock for the available quantity</source>
        <translation>可用库存不足</translation>
    </message>
    <message>
        <source>%1 needs %2, %3 left</source>
        <translation>%1 需要 %2，剩余 %3</translation>
    </message>
    <message>
        <source>Out of stock: %1.</source>
        <translation>缺货：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>StockVerifier</name>
    <message>
        <source>%1 %2: level %3 is below zero</source>
        <translation>%1 %2：库存 %3 小于零</translation>
    </message>
    <message>
        <source>%1 %2: level %3, ledger sum %4 (difference %5)</source>
        <translation>%1 %2：库存 %3，流水合计 %4（相差 %5）</translation>
    </message>
    <message>
        <source>The ledger of %1 (%2) sums to %3: it cannot be rebuilt from.</source>
        <translation>%1（%2）的流水合计为 %3：无法据此重算。</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <source>Ledger of %1 · %2 %3 (newest first)</source>
        <translation>%1 · %2 %3 的库存流水（最新在前）</translation>
    </message>
    <message>
        <source>Select a SKU to see its ledger.</source>
        <translation>选择一个商品查看其库存流水。</translation>
    </message>
    <message>
        <source>Search SKUs (or scan a barcode into the search)</source>
        <translation>搜索商品（也可把条码扫进搜索框）</translation>
    </message>
    <message>
        <source>Adjust stock of the selected SKU</source>
        <translation>调整所选商品的库存</translation>
    </message>
    <message>
        <source>Receive stock by scanning</source>
        <translation>扫码到货入库</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Returns receiving</source>
        <translation>退库验货</translation>
    </message>
    <message>
        <source>Search code, title, spec, bin — or scan a barcode (Ctrl+F)</source>
        <translation>搜索编码、标题、规格、库位——或扫条码（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only low stock / oversell risk</source>
        <translation>只看库存不足/超卖风险</translation>
    </message>
    <message>
        <source>Adjust (F2)</source>
        <translation>调整 (F2)</translation>
    </message>
    <message>
        <source>Receive (F3)</source>
        <translation>入库 (F3)</translation>
    </message>
    <message>
        <source>Count (F4)</source>
        <translation>盘点 (F4)</translation>
    </message>
    <message>
        <source>Returns (F6)</source>
        <translation>退库验货 (F6)</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) shown · %1 with low stock or oversell risk · available = on hand − reserved − safety stock</source>
        <translation>
            <numerusform>显示 %n 个商品 · 其中 %1 个库存不足或有超卖风险 · 可用 = 在库 − 占用 − 安全库存</numerusform>
        </translation>
    </message>
    <message>
        <source>Import SKU catalog (CSV)…</source>
        <translation>导入 SKU 资料（CSV）…</translation>
    </message>
    <message>
        <source>Export SKU catalog (CSV)…</source>
        <translation>导出 SKU 资料（CSV）…</translation>
    </message>
    <message>
        <source>Receive stock from a CSV file…</source>
        <translation>从 CSV 文件入库…</translation>
    </message>
    <message>
        <source>Set on-hand levels from a CSV file (initial stock)…</source>
        <translation>从 CSV 文件设置在库数（期初库存）…</translation>
    </message>
    <message>
        <source>Export available stock for Taobao upload…</source>
        <translation>导出可售库存（淘宝上传）…</translation>
    </message>
    <message>
        <source>Import SKU catalog</source>
        <translation>导入 SKU 资料</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Set on-hand levels</source>
        <translation>设置在库数</translation>
    </message>
    <message>
        <source>Receive stock from a file</source>
        <translation>从文件入库</translation>
    </message>
    <message>
        <source>Make the on-hand quantity of each SKU in %1 exactly what the file says? The differences go into the ledger as initial stock.</source>
        <translation>把 %1 中每个 SKU 的在库数改成文件里的数量？差额会作为期初库存记入流水。</translation>
    </message>
    <message>
        <source>Export SKU catalog</source>
        <translation>导出 SKU 资料</translation>
    </message>
    <message>
        <source>Available stock for Taobao</source>
        <translation>淘宝可售库存</translation>
    </message>
    <message>
        <source>New SKU</source>
        <translation>新建 SKU</translation>
    </message>
    <message>
        <source>Enter / double-click</source>
        <translation>回车 / 双击</translation>
    </message>
    <message>
        <source>Edit the selected SKU</source>
        <translation>编辑选中的 SKU</translation>
    </message>
    <message>
        <source>New SKU (Ctrl+N)</source>
        <translation>新建 SKU (Ctrl+N)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SKU catalog and stock levels as CSV files; available stock for the shop</source>
        <translation>SKU 资料和库存数的 CSV 文件；店铺可售库存</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>未知条码</translation>
    </message>
    <message>
        <source>No SKU scans as %1. Create a new SKU with this barcode?</source>
        <translation>没有 SKU 使用条码 %1。用这个条码新建一个 SKU 吗？</translation>
    </message>
    <message>
        <source>Search or scan a barcode (Ctrl+F)</source>
        <translation>搜索或扫描条码（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>TaobaoReader</name>
    <message>
        <source>Taobao order report</source>
        <translation>淘宝订单报表</translation>
    </message>
    <message>
        <source>the same order number is already on line %1 of this file</source>
        <translation>同一订单编号已在本文件第 %1 行出现</translation>
    </message>
    <message>
        <source>its item lines are incomplete: %1</source>
        <translation>订单明细不完整：%1</translation>
    </message>
    <message>
        <source>no lines for this order in the item report %1</source>
        <translation>宝贝报表 %1 中没有该订单的明细</translation>
    </message>
    <message>
        <source>no such order in the order report %1</source>
        <translation>订单报表 %1 中没有这个订单</translation>
    </message>
    <message>
        <source>%1: not a usable %2: missing column(s) %3.</source>
        <translation>%1：不是可用的%2：缺少列 %3。</translation>
    </message>
    <message>
        <source>Taobao item report</source>
        <translation>淘宝宝贝报表</translation>
    </message>
    <message>
        <source>the order number is empty</source>
        <translation>订单编号为空</translation>
    </message>
    <message>
        <source>line %1 of %2 was rejected (%3)</source>
        <translation>%2 的第 %1 行被拒收（%3）</translation>
    </message>
    <message>
        <source>order report read alone</source>
        <translation>单独读取的订单报表</translation>
    </message>
    <message>
        <source>order report alone: lines from titles (%1 × %2, spec from %3)</source>
        <translation>仅有订单报表：按标题生成订单明细（%1 × %2，规格取自 %3）</translation>
    </message>
    <message>
        <source>no column</source>
        <translation>无此列</translation>
    </message>
    <message>
        <source>order report</source>
        <translation>订单报表</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Print templates</source>
        <translation>打印模板</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Edit a copy</source>
        <translation>编辑副本(&amp;E)</translation>
    </message>
    <message>
        <source>Back to the &amp;shipped one</source>
        <translation>恢复自带模板(&amp;S)</translation>
    </message>
    <message>
        <source>Layout in millimetres (JSON). Fields in braces, like {receiver.name}, are filled for each page:</source>
        <translation>版式，单位毫米（JSON）。花括号里的字段（如 {receiver.name}）每页按订单填入：</translation>
    </message>
    <message>
        <source>Pre&amp;view with:</source>
        <translation>预览数据(&amp;V)：</translation>
    </message>
    <message>
        <source>Field names</source>
        <translation>字段名</translation>
    </message>
    <message>
        <source>The newest order</source>
        <translation>最新的订单</translation>
    </message>
    <message>
        <source> (edited copy)</source>
        <translation>（自定义副本）</translation>
    </message>
    <message>
        <source>Your copy, used for printing: %1</source>
        <translation>你的副本，打印时使用：%1</translation>
    </message>
    <message>
        <source>Shipped with Packline, read only. Edit a copy to change it: the copy is used for printing from then on.</source>
        <translation>Packline 自带模板，只读。要修改请编辑副本：之后打印都用副本。</translation>
    </message>
    <message>
        <source>This template</source>
        <translation>此模板</translation>
    </message>
    <message>
        <source>Delete your copy of this template and print with the shipped one again?</source>
        <translation>删除此模板的副本，重新用自带模板打印？</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved. Your copy, used for printing: %1</source>
        <translation>已保存。你的副本，打印时使用：%1</translation>
    </message>
    <message>
        <source>Save your changes to this template?</source>
        <translation>保存对此模板的修改？</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>There is no template &apos;%1&apos;. Known templates: %2.</source>
        <translation>没有模板“%1”。现有模板：%2。</translation>
    </message>
    <message>
        <source>Cannot copy the template %1 to %2.</source>
        <translation>无法把模板 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>Shipping label 100×150 mm</source>
        <translation>快递面单 100×150 mm</translation>
    </message>
    <message>
        <source>Shipping label 100×180 mm (with stub)</source>
        <translation>快递面单 100×180 mm（带存根）</translation>
    </message>
    <message>
        <source>Shipping label 76×130 mm</source>
        <translation>快递面单 76×130 mm</translation>
    </message>
    <message>
        <source>Pick list A4 (by bin)</source>
        <translation>拣货单 A4（按库位）</translation>
    </message>
    <message>
        <source>Packing slip, 80 mm roll</source>
        <translation>发货单，80 mm 卷纸</translation>
    </message>
    <message>
        <source>Packing slip A5</source>
        <translation>发货单 A5</translation>
    </message>
    <message>
        <source>Cannot save the template %1: %2</source>
        <translation>无法保存模板 %1：%2</translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message>
        <source>%1, line %2, column %3: %4: %5</source>
        <translation>%1，第 %2 行第 %3 列：%4：%5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting here (known: %2).</source>
        <translation>此处没有“%1”这一设置（可用：%2）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is missing.</source>
        <translation>缺少%1“%2”。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be a number.</source>
        <translation>%1“%2”须为数字。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be between %3 and %4 %5; it is %6.</source>
        <translation>%1“%2”须在 %3 到 %4 %5 之间；现为 %6。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text in quotes.</source>
        <translation>“%1”须为带引号的文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>“%1”须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not known (%3).</source>
        <translation>无法识别的%1“%2”（可用：%3）。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a field this template gets (known: %3).</source>
        <translation>%1“%2”不是此模板可用的字段（可用：%3）。</translation>
    </message>
    <message>
        <source>the field {%1} is not known: it would print blank (known: %2).</source>
        <translation>无法识别字段 {%1}：打印出来会是空白（可用：%2）。</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>模板类型</translation>
    </message>
    <message>
        <source>&quot;page&quot; with &quot;width&quot; and &quot;height&quot; in millimetres is needed.</source>
        <translation>需要“page”，并以毫米给出“width”和“height”。</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>the width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>the height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>&quot;font&quot; names no font family.</source>
        <translation>“font”没有指定字体。</translation>
    </message>
    <message>
        <source>&quot;mask&quot; must be a list of fields, such as [&quot;receiver.name&quot;].</source>
        <translation>“mask”须为字段列表，例如 [&quot;receiver.name&quot;]。</translation>
    </message>
    <message>
        <source>&quot;mask&quot; lists &apos;%1&apos;, which is not a field this template gets (known: %2).</source>
        <translation>“mask”中的“%1”不是此模板可用的字段（可用：%2）。</translation>
    </message>
    <message>
        <source>&quot;elements&quot; must be a list of what the page shows, and not empty.</source>
        <translation>“elements”须为页面内容的列表，且不能为空。</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>第 %1 个元素</translation>
    </message>
    <message>
        <source>an element is an object {…}.</source>
        <translation>元素须为对象 {…}。</translation>
    </message>
    <message>
        <source>element %1 (%2)</source>
        <translation>第 %1 个元素（%2）</translation>
    </message>
    <message>
        <source>the type &apos;%1&apos; is not known (text, barcode, line, box, image, table).</source>
        <translation>无法识别类型“%1”（可用 text、barcode、line、box、image、table）。</translation>
    </message>
    <message>
        <source>the condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>the line&apos;s end</source>
        <translation>线条端点</translation>
    </message>
    <message>
        <source>the font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>磅</translation>
    </message>
    <message>
        <source>the alignment</source>
        <translation>对齐方式</translation>
    </message>
    <message>
        <source>the vertical alignment</source>
        <translation>垂直对齐方式</translation>
    </message>
    <message>
        <source>the symbology</source>
        <translation>条码类型</translation>
    </message>
    <message>
        <source>&quot;data&quot; (what the barcode carries) is missing.</source>
        <translation>缺少“data”（条码内容）。</translation>
    </message>
    <message>
        <source>the module (narrowest bar)</source>
        <translation>模块宽度（最窄条）</translation>
    </message>
    <message>
        <source>the quiet zone</source>
        <translation>静区</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>个模块</translation>
    </message>
    <message>
        <source>the line width</source>
        <translation>线宽</translation>
    </message>
    <message>
        <source>the left edge</source>
        <translation>左边距</translation>
    </message>
    <message>
        <source>the top edge</source>
        <translation>上边距</translation>
    </message>
    <message>
        <source>the box lies outside the %1 × %2 mm page: it ends at %3 mm, past the edge at %4 mm.</source>
        <translation>该框超出了 %1 × %2 毫米的页面：它止于 %3 毫米，超过了 %4 毫米处的页边。</translation>
    </message>
    <message>
        <source>the row list</source>
        <translation>行列表</translation>
    </message>
    <message>
        <source>the grouping</source>
        <translation>分组字段</translation>
    </message>
    <message>
        <source>the row height (a header and a row fit the box)</source>
        <translation>行高（框内须能容纳表头和一行）</translation>
    </message>
    <message>
        <source>a table needs &quot;columns&quot;: a list of {&quot;field&quot;, &quot;title&quot;, &quot;width&quot;}.</source>
        <translation>表格需要“columns”：由 {&quot;field&quot;, &quot;title&quot;, &quot;width&quot;} 组成的列表。</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1，第 %2 列</translation>
    </message>
    <message>
        <source>a column is an object {…}.</source>
        <translation>列须为对象 {…}。</translation>
    </message>
    <message>
        <source>&quot;field&quot; (what the column shows) is missing.</source>
        <translation>缺少“field”（该列显示的内容）。</translation>
    </message>
    <message>
        <source>the field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>the columns are %1 mm wide together, wider than the table (%2 mm).</source>
        <translation>各列合计宽 %1 毫米，超过了表格宽度（%2 毫米）。</translation>
    </message>
    <message>
        <source>&quot;source&quot; (the image file) is missing.</source>
        <translation>缺少“source”（图片文件）。</translation>
    </message>
    <message>
        <source>an image source is a file, not a field.</source>
        <translation>图片来源须为文件，不能是字段。</translation>
    </message>
    <message>
        <source>the image %1 is relative, but this template has no folder yet: save it first.</source>
        <translation>图片 %1 是相对路径，但此模板还没有所在文件夹：请先保存。</translation>
    </message>
    <message>
        <source>the image %1 does not exist.</source>
        <translation>图片 %1 不存在。</translation>
    </message>
    <message>
        <source>the image %1 is outside the folders images may come from (the template&apos;s own folder, %2, the shipped resources).</source>
        <translation>图片 %1 不在允许的文件夹内（模板所在文件夹、%2、随程序附带的资源）。</translation>
    </message>
    <message>
        <source>the image %1 cannot be read as SVG.</source>
        <translation>图片 %1 无法按 SVG 读取。</translation>
    </message>
    <message>
        <source>the image %1 cannot be read: %2</source>
        <translation>无法读取图片 %1：%2</translation>
    </message>
</context>
<context>
    <name>ThermalSettings</name>
    <message>
        <source>The resolution is 203 or 300 dpi, not %1.</source>
        <translation>分辨率应为 203 或 300 dpi，而不是 %1。</translation>
    </message>
    <message>
        <source>The darkness is 0 to 15, not %1.</source>
        <translation>浓度应为 0 到 15，而不是 %1。</translation>
    </message>
    <message>
        <source>The speed is 1 to 14 inches per second, not %1.</source>
        <translation>速度应为每秒 1 到 14 英寸，而不是 %1。</translation>
    </message>
    <message>
        <source>The threshold is 1 to 254, not %1.</source>
        <translation>阈值应为 1 到 254，而不是 %1。</translation>
    </message>
    <message>
        <source>The gap is 0 to 30 mm, not %1.</source>
        <translation>间隙应为 0 到 30 毫米，而不是 %1。</translation>
    </message>
    <message>
        <source>An offset is at most 20 mm either way.</source>
        <translation>偏移在任一方向上最多 20 毫米。</translation>
    </message>
    <message>
        <source>printer %1</source>
        <translation>打印机 %1</translation>
    </message>
    <message>
        <source>language %1, %2 dpi</source>
        <translation>语言 %1，%2 dpi</translation>
    </message>
    <message>
        <source>darkness %1, speed %2 ips, threshold %3</source>
        <translation>浓度 %1，速度 %2 英寸/秒，阈值 %3</translation>
    </message>
    <message>
        <source>media %1, gap %2 mm</source>
        <translation>纸张 %1，间隙 %2 毫米</translation>
    </message>
    <message>
        <source>offset x %1 mm, y %2 mm</source>
        <translation>偏移 x %1 毫米，y %2 毫米</translation>
    </message>
    <message>
        <source>rotate 180° %1, self-check %2</source>
        <translation>旋转 180° %1，自检 %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>ThermalStream</name>
    <message>
        <source>Printer %1: %2</source>
        <translation>打印机 %1：%2</translation>
    </message>
    <message>
        <source>Label %1 of %2: %3</source>
        <translation>第 %1 张标签（共 %2 张）：%3</translation>
    </message>
</context>
<context>
    <name>TrackingCommand</name>
    <message>
        <source>Import tracking numbers per courier (list or range); show the pools.</source>
        <translation>按快递导入运单号（清单或号段）；查看单号池。</translation>
    </message>
    <message>
        <source>Courier code (ZTO, YTO, STO, YUNDA, SF, EMS, JT, JD).</source>
        <translation>快递代码（ZTO、YTO、STO、YUNDA、SF、EMS、JT、JD）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>A file with one tracking number per line (first CSV column).</source>
        <translation>每行一个运单号的文件（取 CSV 第一列）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>First number of a range.</source>
        <translation>号段的起始单号。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Last number of a range.</source>
        <translation>号段的结束单号。</translation>
    </message>
    <message>
        <source>Say which courier the numbers belong to: --courier CODE.</source>
        <translation>请说明这些单号属于哪家快递：--courier 代码。</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the numbers above and run it again.</source>
        <translation>未导入任何单号：请改正上面的单号后重新运行。</translation>
    </message>
    <message>
        <source>%1: %2 numbers added, %3 were already in the pool.</source>
        <translation>%1：新增 %2 个单号，%3 个已在池中。</translation>
    </message>
    <message>
        <source>LOW (below %1)</source>
        <translation>余量不足（低于 %1）</translation>
    </message>
</context>
<context>
    <name>TrackingPool</name>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are not one range: they must differ only in their serial digits.</source>
        <translation>“%1”和“%2”不是同一号段：两者只能在序号数字上不同。</translation>
    </message>
    <message>
        <source>The range %1 … %2 is empty, backwards, or over a million numbers.</source>
        <translation>号段 %1 … %2 为空、起止颠倒或超过一百万个。</translation>
    </message>
    <message>
        <source>Could not take a %1 tracking number: the pool is too busy. Try again.</source>
        <translation>无法取得 %1 运单号：单号池繁忙，请重试。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 tracking numbers left, below %4. Import more before the pool runs out.</source>
        <translation>%1（%2）：仅剩 %3 个运单号，低于 %4。请在用完前补充导入。</translation>
    </message>
    <message>
        <source>no tracking numbers were given: there is nothing to import</source>
        <translation>没有给出运单号：没有可导入的内容</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>UnknownSkuRule</name>
    <message>
        <source>Unmatched listing</source>
        <translation>商品未对应</translation>
    </message>
</context>
</TS>
