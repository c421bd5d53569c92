-- Flash-sale pre-packing (issue 8): campaigns, their SKUs and plan, pre-pack batches, and the
-- orders shipped from pre-packed stock. Portable SQL.
--
-- Stock model (shared with stock, issue 4): pre-packed units are still in the building and still
-- sellable, so they stay part of stock_levels.on_hand; the 'prepacked' bucket says how many of
-- them are boxed. loose = on_hand - prepacked, and prepacked <= on_hand always.
--   pack N (batch)        prepacked +N            (refused when loose < N)
--   unpack N (leftovers)  prepacked -N            (refused when prepacked < N)
--   fast-pack an order    prepacked -1            (the boxed parcel got its label: it left the pile)
--   handover / ship       on_hand -1, reserved -1 (Reservations::consumeOrder, as for any order)
-- available = on_hand - reserved - safety_stock is unchanged by packing and unpacking, and
-- on_hand is conserved by both: only shipping takes units out of the building.

-- A sale (聚划算, Double 11). Active from starts_at (inclusive) to ends_at (exclusive), UTC.
CREATE TABLE campaigns (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL,
    starts_at          TEXT NOT NULL,
    ends_at            TEXT NOT NULL,
    prepack_ratio_pct  INTEGER NOT NULL DEFAULT 60 CHECK (prepack_ratio_pct BETWEEN 0 AND 100),
    note               TEXT NOT NULL DEFAULT '',
    created_by         TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX campaigns_window ON campaigns (starts_at, ends_at);

-- A SKU (one spec/size) in a campaign: its per-buyer limit, how many single-item orders are
-- expected, and the plan. planned_qty NULL follows the suggestion (ratio x expected, capped by
-- on hand); a number is what a person decided.
CREATE TABLE campaign_skus (
    campaign_id      INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    sku_id           INTEGER NOT NULL REFERENCES skus(id),
    purchase_limit   INTEGER NOT NULL DEFAULT 1 CHECK (purchase_limit >= 0),   -- 0: no limit
    expected_orders  INTEGER NOT NULL DEFAULT 0 CHECK (expected_orders >= 0),
    planned_qty      INTEGER CHECK (planned_qty IS NULL OR planned_qty >= 0),
    material         TEXT NOT NULL DEFAULT '',   -- packing material the batches default to
    PRIMARY KEY (campaign_id, sku_id)
);
CREATE INDEX campaign_skus_sku ON campaign_skus (sku_id);

-- One pre-pack session at the bench (kind 'pack') or leftovers put back (kind 'unpack').
-- The ledger rows carry 'prepack-batch-<id>' as their ref.
CREATE TABLE prepack_batches (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns(id),
    sku_id       INTEGER NOT NULL REFERENCES skus(id),
    kind         TEXT NOT NULL CHECK (kind IN ('pack', 'unpack')),
    qty          INTEGER NOT NULL CHECK (qty > 0),
    material     TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    operator     TEXT NOT NULL,
    station      TEXT NOT NULL,
    at           TEXT NOT NULL
);
CREATE INDEX prepack_batches_campaign ON prepack_batches (campaign_id, sku_id);

-- An order that went out as a pre-packed parcel (label on a boxed unit): one row per fast-pack.
CREATE TABLE prepack_shipments (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders(id),
    sku_id       INTEGER NOT NULL REFERENCES skus(id),
    campaign_id  INTEGER REFERENCES campaigns(id),
    mode         TEXT NOT NULL CHECK (mode IN ('verified', 'fast')),  -- SKU scanned, or label alone
    operator     TEXT NOT NULL,
    station      TEXT NOT NULL,
    at           TEXT NOT NULL
);
CREATE INDEX prepack_shipments_order ON prepack_shipments (order_id);
CREATE INDEX prepack_shipments_campaign ON prepack_shipments (campaign_id, sku_id);

-- Per-buyer limits campaigns wrote into skus.purchase_limit (review reads that column): what
-- was there before, so the limit goes back when no active campaign has the SKU any more,
-- unless a person changed it in between.
CREATE TABLE prepack_limit_writes (
    sku_id          INTEGER PRIMARY KEY REFERENCES skus(id),
    previous_limit  INTEGER NOT NULL,
    written_limit   INTEGER NOT NULL,
    written_at      TEXT NOT NULL
);
