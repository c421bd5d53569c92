<?xml version="1.0" encoding="utf-8"?>
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
        <source>&quot;%1&quot; is not a whole number of 0 or more</source>
        <translation>“%1”不是 0 或以上的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in yuan like 128.00</source>
        <translation>“%1”不是以元为单位的价格（如 128.00）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>packline: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: $PACKLINE_DB, then %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Packline database (not an SQLite file). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: Packline needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not writable: the database and its journal live there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable Packline database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Packline (schema level %2; this version knows up to %3). Update Packline to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill the database with realistic demo SKUs, stock and orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many orders (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--orders takes a whole number of orders and --seed a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: %1 orders (%2 lines), %3 SKUs, %4 shops in %5 s → %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>Packline desktop app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work as this operator (no prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packline cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packline — warehouse desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Packline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Packline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Packline %1&lt;/h3&gt;&lt;p&gt;Warehouse back office for online shops: review, print, pack and ship orders during flash-sale peaks.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema level: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name. Everything you do is recorded under it, with this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>The order is %1: from Submitted on the warehouse owns it and edits are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is %1 and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was changed by someone else; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Up / Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the stage chips and the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the stage chip that has the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannedView</name>
    <message>
        <source>Shipping labels, packing slips and pick lists on the local printers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs by courier, priority or hot SKU, sorted by bin location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page states that survive a crash: resume prints exactly the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup printer, reprint with a reason, preview and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a parcel, scan each item, and pack it: no mouse needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large lines readable from a metre away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red STOP for wrong items and intercepted (refunded) orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover batches per courier with a printed manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact stock from an append-only ledger, so the shop never oversells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand, reserved, pre-packed and available per SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive, adjust, count and take back returns by scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-stock and oversell-risk lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-pack hot SKUs before a flash sale; ship them with one scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns with per-buyer limits and expected volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested pre-pack quantities, batches and leftovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label-and-go shipping for single-item orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far today&apos;s shipping has got, and the numbers a shop is judged by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping progress by courier and by hour, late orders first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund metrics computed the way the platform does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productivity per operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view is being built. It will offer:</source>
        <translation type="unfinished"></translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PACK-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at once. A different database file is opened at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packline database (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Shortcuts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
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
        <source>The presale ship date &quot;%1&quot; is not a date like 2026-11-11.</source>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageMachine</name>
    <message>
        <source>Order %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was changed by someone else (it is now %1); reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the order becomes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A held order is released to where it was (%1), or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was changed by someone else; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show orders per stage, the database file and its schema level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders:       %1</source>
        <translation type="unfinished"></translation>
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
        <source>packline stock export: unknown platform &apos;%1&apos; (known: taobao).</source>
        <translation>packline stock export：未知平台“%1”（支持：taobao）。</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt stock levels from the ledger: %n level(s) changed.</source>
        <translation>
            <numerusform>已按流水账重算库存：改动了 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote available stock of %n SKU(s) to %1 (GBK).</source>
        <translation>
            <numerusform>已把 %n 个 SKU 的可售库存写入 %1（GBK 编码）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the SKU catalog to %1.</source>
        <translation>已把商品资料写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>未导入任何内容：共 %n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n stock movement(s) posted.</source>
        <translation>
            <numerusform>已导入 %1：记入 %n 笔库存变动。</numerusform>
        </translation>
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
        <translation>
            <numerusform>有 %n 项库存与流水账不符。</numerusform>
        </translation>
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
