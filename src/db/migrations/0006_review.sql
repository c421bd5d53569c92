-- Review desk (issue 5): rule settings, who owns a flag, flash-sale limits, courier regions,
-- the wave an order ships in, and the links merge/split leave behind.

-- One row per review rule; params is a JSON object of thresholds (missing keys take defaults).
CREATE TABLE review_rules (
    code     TEXT PRIMARY KEY,
    enabled  INTEGER NOT NULL DEFAULT 1,
    params   TEXT NOT NULL DEFAULT '{}'
);

-- Desk-wide switches: auto_approve, cutoff_local (HH:mm), utc_offset_minutes, priority_cities, …
CREATE TABLE review_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- Who set a flag. A rule run replaces only the 'rule' rows; 'import' (unknown_sku, address_changed
-- set by intake) and anything else stays until its owner clears it.
ALTER TABLE order_flags ADD COLUMN source TEXT NOT NULL DEFAULT 'import';

-- Flash-sale limit (聚划算 one per person) per buyer and per receiver phone/address; 0: no limit.
-- A per-SKU number until campaigns (pre-pack) own it; campaigns can write it when they start.
ALTER TABLE skus ADD COLUMN purchase_limit INTEGER NOT NULL DEFAULT 0 CHECK (purchase_limit >= 0);

-- Region rules for courier allocation: 'only' = this province ships with this courier alone
-- (remote provinces → EMS); 'excluded' = the courier does not reach the province.
CREATE TABLE courier_regions (
    courier_code  TEXT NOT NULL,
    province      TEXT NOT NULL,
    rule          TEXT NOT NULL CHECK (rule IN ('only', 'excluded')),
    PRIMARY KEY (courier_code, province)
);
INSERT INTO courier_regions (courier_code, province, rule) VALUES
    ('EMS', '新疆维吾尔自治区', 'only'), ('EMS', '西藏自治区', 'only');

ALTER TABLE orders ADD COLUMN wave_date TEXT;        -- local date of the wave it ships in (cut-off)
ALTER TABLE orders ADD COLUMN courier_day TEXT;      -- local date whose courier quota it counts against
ALTER TABLE orders ADD COLUMN merged_into INTEGER REFERENCES orders(id);  -- ships with that order
ALTER TABLE orders ADD COLUMN split_from INTEGER REFERENCES orders(id);   -- part of that platform order

-- The review queue (stage, then priority and payment time), quota counts, and search/limit lookups.
CREATE INDEX orders_stage_priority ON orders (stage, priority, paid_at);
CREATE INDEX orders_courier_day ON orders (courier_day, courier_code);
CREATE INDEX orders_receiver_phone ON orders (receiver_phone);
CREATE INDEX orders_buyer ON orders (buyer_nick);
CREATE INDEX orders_receiver_name ON orders (receiver_name);
CREATE INDEX orders_merged_into ON orders (merged_into);
CREATE INDEX orders_split_from ON orders (split_from);
