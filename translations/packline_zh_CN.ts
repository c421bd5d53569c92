<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <source>%1 was written by a newer Packline (schema level %2; this version knows up to %3). Update Packline to open it; the file was not changed.</source>
        <translation>%1 由更新版本的发货台写入（结构版本 %2；本版本最高支持 %3）。请升级发货台后再打开；文件未做任何改动。</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation>无法设置数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2. Nothing was changed.</source>
        <translation>无法升级数据库 %1：%2。未做任何改动。</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Handover manifest %1</source>
        <translation>交接单 %1</translation>
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
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Up / Down</source>
        <translation>上 / 下</translation>
    </message>
    <message>
        <source>Move through the orders</source>
        <translation>在订单间移动</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Move between the stage chips and the table</source>
        <translation>在状态按钮和表格之间切换</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Select the stage chip that has the focus</source>
        <translation>选中当前焦点所在的状态按钮</translation>
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
    <name>PlannedView</name>
    <message>
        <source>Shipping labels, packing slips and pick lists on the local printers.</source>
        <translation>在本地打印机上打印快递单、发货单和拣货单。</translation>
    </message>
    <message>
        <source>Jobs by courier, priority or hot SKU, sorted by bin location</source>
        <translation>按快递、优先级或爆款分批，按库位排序</translation>
    </message>
    <message>
        <source>Page states that survive a crash: resume prints exactly the rest</source>
        <translation>每页状态可在崩溃后恢复：续打时只打印未完成的页</translation>
    </message>
    <message>
        <source>Backup printer, reprint with a reason, preview and PDF</source>
        <translation>备用打印机、需填写原因的补打、预览和 PDF</translation>
    </message>
    <message>
        <source>Scan a parcel, scan each item, and pack it: no mouse needed.</source>
        <translation>扫描包裹，逐件扫描商品，完成打包：无需鼠标。</translation>
    </message>
    <message>
        <source>Large lines readable from a metre away</source>
        <translation>大字显示，一米外也能看清</translation>
    </message>
    <message>
        <source>Red STOP for wrong items and intercepted (refunded) orders</source>
        <translation>错件和已拦截（已退款）订单显示红色“停止”</translation>
    </message>
    <message>
        <source>Handover batches per courier with a printed manifest</source>
        <translation>按快递公司交接，打印交接单</translation>
    </message>
    <message>
        <source>Exact stock from an append-only ledger, so the shop never oversells.</source>
        <translation>由只追加的库存流水得出准确库存，店铺绝不超卖。</translation>
    </message>
    <message>
        <source>On hand, reserved, pre-packed and available per SKU</source>
        <translation>每个 SKU 的实物库存、占用、预打包和可用数量</translation>
    </message>
    <message>
        <source>Receive, adjust, count and take back returns by scanning</source>
        <translation>扫码入库、调整、盘点和退货验收</translation>
    </message>
    <message>
        <source>Low-stock and oversell-risk lists</source>
        <translation>低库存和超卖风险清单</translation>
    </message>
    <message>
        <source>Pre-pack hot SKUs before a flash sale; ship them with one scan.</source>
        <translation>大促前预先打包爆款，发货时扫一下即可。</translation>
    </message>
    <message>
        <source>Campaigns with per-buyer limits and expected volumes</source>
        <translation>活动：每人限购和预计单量</translation>
    </message>
    <message>
        <source>Suggested pre-pack quantities, batches and leftovers</source>
        <translation>建议预打包数量、批次和剩余处理</translation>
    </message>
    <message>
        <source>Label-and-go shipping for single-item orders</source>
        <translation>单件订单贴单即发</translation>
    </message>
    <message>
        <source>How far today&apos;s shipping has got, and the numbers a shop is judged by.</source>
        <translation>今日发货进度，以及店铺考核指标。</translation>
    </message>
    <message>
        <source>Shipping progress by courier and by hour, late orders first</source>
        <translation>按快递和小时统计发货进度，超时订单优先</translation>
    </message>
    <message>
        <source>Refund metrics computed the way the platform does</source>
        <translation>按平台口径计算的退款指标</translation>
    </message>
    <message>
        <source>Productivity per operator</source>
        <translation>操作员工作效率</translation>
    </message>
    <message>
        <source>This view is being built. It will offer:</source>
        <translation>此页面正在建设中，将提供：</translation>
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
    <name>PrepackLedger</name>
    <message>
        <source>Pre-pack a quantity above zero.</source>
        <translation>预打包数量必须大于零。</translation>
    </message>
    <message>
        <source>Only %1 loose units of %2 are on hand (%3 on hand, %4 already pre-packed); cannot pre-pack %5.</source>
        <translation>%2 只有 %1 件散货（在库 %3 件，已预打包 %4 件），无法预打包 %5 件。</translation>
    </message>
    <message>
        <source>Unpack a quantity above zero.</source>
        <translation>拆包数量必须大于零。</translation>
    </message>
    <message>
        <source>Only %1 units of %2 are pre-packed; cannot unpack %3.</source>
        <translation>%2 只有 %1 件预打包，无法拆包 %3 件。</translation>
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
    <name>ScanSession</name>
    <message>
        <source>Scan a tracking number or order number to start a parcel.</source>
        <translation>扫运单号或订单号，开始打包。</translation>
    </message>
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
        <translation>停！请把包裹 %1 放进异常筐，然后按回车。</translation>
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
        <source>%1 is an item barcode. Scan the parcel&apos;s tracking number or order number first.</source>
        <translation>%1 是商品条码。请先扫包裹的运单号或订单号。</translation>
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
        <source> by %1 at %2 (%3 UTC)</source>
        <translation>（%1 在 %2，%3 UTC）</translation>
    </message>
    <message>
        <source>Order %1 is already %2%3: do not pack it again.</source>
        <translation>订单 %1 已经%2%3：不要重复打包。</translation>
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
        <translation>停！不要打包订单 %1：%2。请放进异常筐，然后按回车。</translation>
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
        <source>WRONG ITEM: %1 %2 is not in this parcel.</source>
        <translation>商品错误：%1 %2 不属于这个包裹。</translation>
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
        <source>&amp;Database file:</source>
        <translation>数据库文件(&amp;D)：</translation>
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
        <source>The language changes at once. A different database file is opened at the next start.</source>
        <translation>语言立即生效。更换的数据库文件将在下次启动时打开。</translation>
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
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Shortcuts: %1</source>
        <translation>快捷键：%1</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+6</source>
        <translation>Ctrl+1 … Ctrl+6</translation>
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
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>数据库错误：%1（语句：%2）</translation>
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
</context>
<context>
    <name>StockLedger</name>
    <message>
        <source>Stock of %1 (%2) cannot go below zero: %3 %4.</source>
        <translation>%1 的库存（%2）不能低于零：%3 %4。</translation>
    </message>
</context>
</TS>
