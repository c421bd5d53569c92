<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkResult</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTab</name>
    <message numerus="yes">
        <source>%n SMS segment(s)</source>
        <translation>
            <numerusform>%n SMS segment</numerusform>
            <numerusform>%n SMS segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateRule</name>
    <message numerus="yes">
        <source>Same receiver and same items as order %1 within %n hour(s).</source>
        <translation>
            <numerusform>Same receiver and same items as order %1 within %n hour.</numerusform>
            <numerusform>Same receiver and same items as order %1 within %n hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n parcel(s) of batch %1 as shipped with %2?</source>
        <translation>
            <numerusform>Mark the %n parcel of batch %1 as shipped with %2?</numerusform>
            <numerusform>Mark the %n parcels of batch %1 as shipped with %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 shipped: %n parcel(s) handed to %2.</source>
        <translation>
            <numerusform>Batch %1 shipped: %n parcel handed to %2.</numerusform>
            <numerusform>Batch %1 shipped: %n parcels handed to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchListingDialog</name>
    <message numerus="yes">
        <source>%n order(s) · %1</source>
        <translation>
            <numerusform>%n order · %1</numerusform>
            <numerusform>%n orders · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: remembered; %n waiting order(s) matched.</source>
        <translation>
            <numerusform>%1: remembered; %n waiting order matched.</numerusform>
            <numerusform>%1: remembered; %n waiting orders matched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message numerus="yes">
        <source>%n order(s) selected</source>
        <translation>
            <numerusform>%n order selected</numerusform>
            <numerusform>%n orders selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderSubmitter</name>
    <message numerus="yes">
        <source>%1: %n line(s) have no SKU; fix them first.</source>
        <translation>
            <numerusform>%1: %n line has no SKU; fix it first.</numerusform>
            <numerusform>%1: %n lines have no SKU; fix them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>%n order(s) were not changed:</source>
        <translation>
            <numerusform>%n order was not changed:</numerusform>
            <numerusform>%n orders were not changed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n order(s)?</source>
        <translation>
            <numerusform>Approve %n order?</numerusform>
            <numerusform>Approve %n orders?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) approved.</source>
        <translation>
            <numerusform>%n order approved.</numerusform>
            <numerusform>%n orders approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n order(s) on hold?</source>
        <translation>
            <numerusform>Put %n order on hold?</numerusform>
            <numerusform>Put %n orders on hold?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) on hold.</source>
        <translation>
            <numerusform>%n order on hold.</numerusform>
            <numerusform>%n orders on hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n order(s) from hold?</source>
        <translation>
            <numerusform>Release %n order from hold?</numerusform>
            <numerusform>Release %n orders from hold?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) released.</source>
        <translation>
            <numerusform>%n order released.</numerusform>
            <numerusform>%n orders released.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) cannot be cancelled here:</source>
        <translation>
            <numerusform>%n order cannot be cancelled here:</numerusform>
            <numerusform>%n orders cannot be cancelled here:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the other %n order(s)?</source>
        <translation>
            <numerusform>Cancel the other %n order?</numerusform>
            <numerusform>Cancel the other %n orders?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n order(s)?</source>
        <translation>
            <numerusform>Cancel %n order?</numerusform>
            <numerusform>Cancel %n orders?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) cancelled.</source>
        <translation>
            <numerusform>%n order cancelled.</numerusform>
            <numerusform>%n orders cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n order(s) into one parcel?</source>
        <translation>
            <numerusform>Merge %n order into one parcel?</numerusform>
            <numerusform>Merge %n orders into one parcel?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) merged.</source>
        <translation>
            <numerusform>%n order merged.</numerusform>
            <numerusform>%n orders merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit %n order(s) to the warehouse? Stock is reserved now and the orders can no longer be edited.</source>
        <translation>
            <numerusform>Submit %n order to the warehouse? Stock is reserved now and the orders can no longer be edited.</numerusform>
            <numerusform>Submit %n orders to the warehouse? Stock is reserved now and the orders can no longer be edited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allocate couriers to %n order(s) by quota and region?</source>
        <translation>
            <numerusform>Allocate couriers to %n order by quota and region?</numerusform>
            <numerusform>Allocate couriers to %n orders by quota and region?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) got a courier.</source>
        <translation>
            <numerusform>%n order got a courier.</numerusform>
            <numerusform>%n orders got a courier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>%n order shown</numerusform>
            <numerusform>%n orders shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n stop</numerusform>
            <numerusform>%n stops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintQueueView</name>
    <message numerus="yes">
        <source>%n order(s) skipped: %1</source>
        <translation>
            <numerusform>%n order skipped: %1</numerusform>
            <numerusform>%n orders skipped: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) were being printed when Packline stopped. Check the printer: reprint them or mark them done.</source>
        <translation>
            <numerusform>%n page was being printed when Packline stopped. Check the printer: reprint it or mark it done.</numerusform>
            <numerusform>%n pages were being printed when Packline stopped. Check the printer: reprint them or mark them done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page written to %1.</numerusform>
            <numerusform>%n pages written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanSession</name>
    <message numerus="yes">
        <source>Order %1: scan the %n item(s).</source>
        <translation>
            <numerusform>Order %1: scan the %n item.</numerusform>
            <numerusform>Order %1: scan the %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ✓ %2/%3 — %n item(s) to go.</source>
        <translation>
            <numerusform>%1 ✓ %2/%3 — %n item to go.</numerusform>
            <numerusform>%1 ✓ %2/%3 — %n items to go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PACKED ✓ order %1, %n item(s). Scan the next parcel.</source>
        <translation>
            <numerusform>PACKED ✓ order %1, %n item. Scan the next parcel.</numerusform>
            <numerusform>PACKED ✓ order %1, %n items. Scan the next parcel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message read. Scan the %n item(s).</source>
        <translation>
            <numerusform>Message read. Scan the %n item.</numerusform>
            <numerusform>Message read. Scan the %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShippingExportDialog</name>
    <message numerus="yes">
        <source>%n order(s) written to %1. Upload it in the shop&apos;s back office, then press &quot;The upload worked&quot;.</source>
        <translation>
            <numerusform>%n order written to %1. Upload it in the shop&apos;s back office, then press &quot;The upload worked&quot;.</numerusform>
            <numerusform>%n orders written to %1. Upload it in the shop&apos;s back office, then press &quot;The upload worked&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked as synced back.</source>
        <translation>
            <numerusform>%n order marked as synced back.</numerusform>
            <numerusform>%n orders marked as synced back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already.</source>
        <translation>
            <numerusform>%n was already.</numerusform>
            <numerusform>%n were already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockCommand</name>
    <message numerus="yes">
        <source>Rebuilt stock levels from the ledger: %n level(s) changed.</source>
        <translation>
            <numerusform>Rebuilt stock levels from the ledger: %n level changed.</numerusform>
            <numerusform>Rebuilt stock levels from the ledger: %n levels changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock level(s) do not match the ledger.</source>
        <translation>
            <numerusform>%n stock level does not match the ledger.</numerusform>
            <numerusform>%n stock levels do not match the ledger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockFiles</name>
    <message numerus="yes">
        <source>Wrote available stock of %n SKU(s) to %1 (GBK).</source>
        <translation>
            <numerusform>Wrote available stock of %n SKU to %1 (GBK).</numerusform>
            <numerusform>Wrote available stock of %n SKUs to %1 (GBK).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n stock movement(s) posted.</source>
        <translation>
            <numerusform>Imported %1: %n stock movement posted.</numerusform>
            <numerusform>Imported %1: %n stock movements posted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: %n problem.</numerusform>
            <numerusform>Nothing was imported: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message numerus="yes">
        <source>%n SKU(s) shown · %1 with low stock or oversell risk · available = on hand − reserved − safety stock</source>
        <translation>
            <numerusform>%n SKU shown · %1 with low stock or oversell risk · available = on hand − reserved − safety stock</numerusform>
            <numerusform>%n SKUs shown · %1 with low stock or oversell risk · available = on hand − reserved − safety stock</numerusform>
        </translation>
    </message>
</context>
</TS>
