-- Stock: per-order reservation links on the ledger, stock counts (盘点), returns receiving (退库验货).

-- The order a reserve/release/ship row belongs to, so releasing or shipping an order moves exactly
-- what the ledger says it holds (platform order numbers are unique per shop only).
ALTER TABLE stock_ledger ADD COLUMN order_id INTEGER REFERENCES orders(id);
CREATE INDEX stock_ledger_order ON stock_ledger (order_id, sku_id);

-- A stock count over a range of bin locations. Lines are the SKUs in the range at the start;
-- counted lines keep the system quantity at the moment they were counted, so posting corrects
-- by (counted − system_at_count) and keeps every movement that happened after the count.
CREATE TABLE stock_counts (
    id             INTEGER PRIMARY KEY,
    location_from  TEXT NOT NULL,
    location_to    TEXT NOT NULL,
    state          TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'posted', 'cancelled')),
    note           TEXT NOT NULL DEFAULT '',
    started_at     TEXT NOT NULL,
    started_by     TEXT NOT NULL,
    station        TEXT NOT NULL,
    closed_at      TEXT,
    closed_by      TEXT
);

CREATE TABLE stock_count_lines (
    count_id         INTEGER NOT NULL REFERENCES stock_counts(id),
    sku_id           INTEGER NOT NULL REFERENCES skus(id),
    location         TEXT NOT NULL DEFAULT '',
    on_hand_at_start INTEGER NOT NULL,
    counted          INTEGER CHECK (counted >= 0),
    on_hand_at_count INTEGER,
    counted_at       TEXT,
    counted_by       TEXT,
    PRIMARY KEY (count_id, sku_id)
);

-- One received return parcel: which order, which after-sales case, and per SKU how many came
-- back good (back on hand) or damaged (written off).
CREATE TABLE stock_returns (
    id              INTEGER PRIMARY KEY,
    order_id        INTEGER NOT NULL REFERENCES orders(id),
    after_sales_id  INTEGER REFERENCES after_sales(id),
    scanned         TEXT NOT NULL DEFAULT '',   -- the tracking or order number scanned
    note            TEXT NOT NULL DEFAULT '',
    received_at     TEXT NOT NULL,
    operator        TEXT NOT NULL,
    station         TEXT NOT NULL
);
CREATE INDEX stock_returns_order ON stock_returns (order_id);

CREATE TABLE stock_return_lines (
    return_id   INTEGER NOT NULL REFERENCES stock_returns(id),
    sku_id      INTEGER NOT NULL REFERENCES skus(id),
    good        INTEGER NOT NULL DEFAULT 0 CHECK (good >= 0),
    damaged     INTEGER NOT NULL DEFAULT 0 CHECK (damaged >= 0),
    PRIMARY KEY (return_id, sku_id)
);
