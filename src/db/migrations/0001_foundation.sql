-- Packline foundation schema. Portable SQL (SQLite now, PostgreSQL later) except where noted.
-- Money: integer fen. Times: UTC text 'yyyy-MM-dd HH:mm:ss'. Weights: grams.

CREATE TABLE shops (
    id          INTEGER PRIMARY KEY,
    platform    TEXT NOT NULL,              -- taobao | pdd | jd | other
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (platform, name)
);

CREATE TABLE operators (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL
);

CREATE TABLE couriers (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,     -- ZTO, YTO, STO, YUNDA, SF, EMS, JT, JD
    name          TEXT NOT NULL,            -- as the platform spells it: 中通快递
    daily_quota   INTEGER NOT NULL DEFAULT 0 CHECK (daily_quota >= 0),  -- 0: no quota
    active        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE skus (
    id                   INTEGER PRIMARY KEY,
    code                 TEXT NOT NULL UNIQUE,      -- 商家编码 (outer code)
    title                TEXT NOT NULL,
    spec                 TEXT NOT NULL DEFAULT '',  -- 颜色分类：黑色;尺码：XL
    location             TEXT NOT NULL DEFAULT '',  -- bin: A-01-03
    weight_g             INTEGER NOT NULL DEFAULT 0 CHECK (weight_g >= 0),
    price_fen            INTEGER NOT NULL DEFAULT 0,
    presale_ship_date    TEXT,
    safety_stock         INTEGER NOT NULL DEFAULT 0 CHECK (safety_stock >= 0),
    low_stock_threshold  INTEGER NOT NULL DEFAULT 0 CHECK (low_stock_threshold >= 0),
    image_path           TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);

-- A SKU can carry several barcodes (maker's EAN-13, our own label).
CREATE TABLE sku_barcodes (
    barcode  TEXT PRIMARY KEY,
    sku_id   INTEGER NOT NULL REFERENCES skus(id) ON DELETE CASCADE
);
CREATE INDEX sku_barcodes_sku ON sku_barcodes (sku_id);

-- Current levels; always equal to the sum of stock_ledger per bucket (stock verify proves it).
CREATE TABLE stock_levels (
    sku_id      INTEGER PRIMARY KEY REFERENCES skus(id),
    on_hand     INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved    INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    prepacked   INTEGER NOT NULL DEFAULT 0 CHECK (prepacked >= 0),
    updated_at  TEXT NOT NULL
);

-- Append-only: every unit's movement, per bucket (on_hand | reserved | prepacked).
CREATE TABLE stock_ledger (
    id        INTEGER PRIMARY KEY,
    sku_id    INTEGER NOT NULL REFERENCES skus(id),
    bucket    TEXT NOT NULL CHECK (bucket IN ('on_hand', 'reserved', 'prepacked')),
    delta     INTEGER NOT NULL CHECK (delta <> 0),
    reason    TEXT NOT NULL,
    ref       TEXT,
    note      TEXT,
    operator  TEXT NOT NULL,
    station   TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX stock_ledger_sku ON stock_ledger (sku_id, id);

CREATE TABLE orders (
    id                  INTEGER PRIMARY KEY,
    shop_id             INTEGER NOT NULL REFERENCES shops(id),
    platform_order_no   TEXT NOT NULL,           -- text: 19+ digits never fit a double
    buyer_nick          TEXT NOT NULL DEFAULT '',
    receiver_name       TEXT NOT NULL DEFAULT '',
    receiver_phone      TEXT NOT NULL DEFAULT '',
    phone_masked        INTEGER NOT NULL DEFAULT 0,
    receiver_province   TEXT NOT NULL DEFAULT '',
    receiver_city       TEXT NOT NULL DEFAULT '',
    receiver_district   TEXT NOT NULL DEFAULT '',
    receiver_address    TEXT NOT NULL DEFAULT '', -- street and number, after the district
    receiver_postcode   TEXT NOT NULL DEFAULT '',
    address_raw         TEXT NOT NULL DEFAULT '', -- as the platform wrote it
    buyer_message       TEXT NOT NULL DEFAULT '',
    seller_memo         TEXT NOT NULL DEFAULT '',
    platform_status     TEXT NOT NULL DEFAULT '',
    created_at          TEXT,
    paid_at             TEXT,
    goods_fen           INTEGER NOT NULL DEFAULT 0,
    shipping_fen        INTEGER NOT NULL DEFAULT 0,
    paid_fen            INTEGER NOT NULL DEFAULT 0,
    item_count          INTEGER NOT NULL DEFAULT 0, -- total quantity over lines (list, priority)
    stage               TEXT NOT NULL,
    held_from_stage     TEXT,                    -- where OnHold returns on release
    hold_reason         TEXT,
    courier_code        TEXT,
    tracking_no         TEXT,
    priority            INTEGER NOT NULL DEFAULT 0,
    raw_json            TEXT,                    -- unknown platform columns, kept
    version             INTEGER NOT NULL DEFAULT 1,
    stage_changed_at    TEXT NOT NULL,
    imported_at         TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (shop_id, platform_order_no)
);
CREATE INDEX orders_stage_paid ON orders (stage, paid_at);
CREATE INDEX orders_paid ON orders (paid_at);
CREATE INDEX orders_order_no ON orders (platform_order_no);
CREATE INDEX orders_tracking ON orders (tracking_no);

CREATE TABLE order_lines (
    id                 INTEGER PRIMARY KEY,
    order_id           INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no            INTEGER NOT NULL,
    sku_id             INTEGER REFERENCES skus(id),   -- NULL: unknown outer code (flagged)
    outer_code         TEXT NOT NULL DEFAULT '',
    title              TEXT NOT NULL DEFAULT '',
    spec               TEXT NOT NULL DEFAULT '',
    qty                INTEGER NOT NULL CHECK (qty > 0),
    price_fen          INTEGER NOT NULL DEFAULT 0,
    platform_line_id   TEXT,
    refund_status      TEXT NOT NULL DEFAULT 'none',
    UNIQUE (order_id, line_no)
);
CREATE INDEX order_lines_sku ON order_lines (sku_id);

-- Why an order needs a person's eyes: one row per flag, with a readable reason.
CREATE TABLE order_flags (
    order_id  INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    flag      TEXT NOT NULL,
    reason    TEXT NOT NULL,
    PRIMARY KEY (order_id, flag)
);
CREATE INDEX order_flags_flag ON order_flags (flag);

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    operator     TEXT NOT NULL,
    station      TEXT NOT NULL,
    entity       TEXT NOT NULL,     -- order | sku | stock | print_job | parcel | …
    entity_id    INTEGER NOT NULL,
    action       TEXT NOT NULL,
    before_json  TEXT,
    after_json   TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);

INSERT INTO couriers (code, name) VALUES
    ('ZTO', '中通快递'), ('YTO', '圆通速递'), ('STO', '申通快递'), ('YUNDA', '韵达快递'),
    ('SF', '顺丰速运'), ('EMS', '邮政EMS'), ('JT', '极兔速递'), ('JD', '京东快递');
