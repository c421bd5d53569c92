<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CatalogCsv</name>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>文件是空的（没有表头行）</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>缺少必填列</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>%1 appears on an earlier line too</source>
        <translation>%1 在前面的行里已出现过</translation>
    </message>
    <message>
        <source>"%1" is not a whole number of 0 or more</source>
        <translation>“%1”不是 0 或以上的整数</translation>
    </message>
    <message>
        <source>"%1" is not a price in yuan like 128.00</source>
        <translation>“%1”不是以元为单位的价格（如 128.00）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>packline: unknown command '%1'.</source>
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
    <name>CsvFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
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
        <source>This station's id.</source>
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
        <source>Drills and tests: before the last item scan, print 'ready' and wait until FILE exists.</source>
        <translation>演练和测试用：扫最后一件前输出 ready，并等待 FILE 出现。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Give the parcel's tracking or order number and at least one item barcode.</source>
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
        <source>How far today's shipping has got, and the numbers a shop is judged by.</source>
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
    <name>PrepackedStock</name>
    <message>
        <source>Pre-pack a quantity above zero.</source>
        <translation>预打包数量必须大于零。</translation>
    </message>
    <message>
        <source>Unpack a quantity above zero.</source>
        <translation>拆包数量必须大于零。</translation>
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
        <source>%1 is an item barcode. Scan the parcel's tracking number or order number first.</source>
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
    <name>SkuEditor</name>
    <message>
        <source>The SKU code (商家编码) is empty.</source>
        <translation>商家编码为空。</translation>
    </message>
    <message>
        <source>The SKU code "%1" has spaces around it.</source>
        <translation>商家编码“%1”前后有空格。</translation>
    </message>
    <message>
        <source>The title of %1 is empty.</source>
        <translation>%1 的标题为空。</translation>
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
        <source>Weight, price, safety stock and low-stock threshold of %1 cannot be negative.</source>
        <translation>%1 的重量、价格、安全库存和低库存阈值不能为负数。</translation>
    </message>
    <message>
        <source>The presale ship date "%1" is not a date like 2026-11-11.</source>
        <translation>预售发货日期“%1”不是 2026-11-11 这样的日期。</translation>
    </message>
    <message>
        <source>SKU #%1 does not exist.</source>
        <translation>SKU #%1 不存在。</translation>
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
        <source>"%1" adds stock: the quantity must be positive.</source>
        <translation>“%1”是增加库存：数量必须为正数。</translation>
    </message>
    <message>
        <source>"%1" removes stock: the quantity must be negative.</source>
        <translation>“%1”是减少库存：数量必须为负数。</translation>
    </message>
    <message>
        <source>"Other" needs a note saying why.</source>
        <translation>选“其他”时必须在备注里写明原因。</translation>
    </message>
    <message>
        <source>SKU #%1 does not exist.</source>
        <translation>SKU #%1 不存在。</translation>
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
    <message>
        <source>packline stock export: unknown platform '%1' (known: taobao).</source>
        <translation>packline stock export：未知平台“%1”（支持：taobao）。</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt stock levels from the ledger: %n level(s) changed.</source>
        <translation><numerusform>已按流水账重算库存：改动了 %n 项。</numerusform></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote available stock of %n SKU(s) to %1 (GBK).</source>
        <translation><numerusform>已把 %n 个 SKU 的可售库存写入 %1（GBK 编码）。</numerusform></translation>
    </message>
    <message>
        <source>Wrote the SKU catalog to %1.</source>
        <translation>已把商品资料写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation><numerusform>未导入任何内容：共 %n 个问题。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n stock movement(s) posted.</source>
        <translation><numerusform>已导入 %1：记入 %n 笔库存变动。</numerusform></translation>
    </message>
    <message>
        <source>Imported %1: %2 SKU(s) created, %3 updated.</source>
        <translation>已导入 %1：新建 %2 个 SKU，更新 %3 个。</translation>
    </message>
    <message>
        <source>Stock verified: %1 SKUs, %2 ledger rows; every level equals its ledger sum, nothing is negative.</source>
        <translation>库存核对通过：%1 个 SKU，%2 条流水；每项库存都等于流水合计，没有负数。</translation>
    </message>
    <message numerus="yes">
        <source>%n stock level(s) do not match the ledger.</source>
        <translation><numerusform>有 %n 项库存与流水账不符。</numerusform></translation>
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
        <source>Stock count #%1 is %2: it cannot be changed any more.</source>
        <translation>盘点单 #%1 状态为 %2：不能再修改。</translation>
    </message>
    <message>
        <source>A counted quantity cannot be below zero.</source>
        <translation>盘点数量不能小于零。</translation>
    </message>
    <message>
        <source>This SKU is being counted in stock count #%1.</source>
        <translation>该 SKU 正在盘点单 #%1 中盘点。</translation>
    </message>
</context>
<context>
    <name>StockCsv</name>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>文件是空的（没有表头行）</translation>
    </message>
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
        <source>"%1" is not a whole number above 0</source>
        <translation>“%1”不是大于 0 的整数</translation>
    </message>
    <message>
        <source>"%1" is not a whole number of 0 or more</source>
        <translation>“%1”不是 0 或以上的整数</translation>
    </message>
    <message>
        <source>this SKU is already set on line %1</source>
        <translation>该 SKU 已在第 %1 行设置过</translation>
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
</TS>