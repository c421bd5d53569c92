-- 商品对应: what a platform sold (a listing) → the SKUs to send for it. A listing is its outer
-- code (商家编码) when it has one, else its title and spec: outer_code is '' for a title listing,
-- title and spec are '' for a code listing. One component is "this listing is that SKU × qty";
-- several are a combo (套装/组合装). Applied when lines are imported and, when a mapping is made,
-- to every order whose lines have that listing unmatched (ListingMatches).
CREATE TABLE listings (
    id          INTEGER PRIMARY KEY,
    outer_code  TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    spec        TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (outer_code, title, spec)
);

CREATE TABLE listing_components (
    listing_id  INTEGER NOT NULL REFERENCES listings(id) ON DELETE CASCADE,
    sku_id      INTEGER NOT NULL REFERENCES skus(id),
    qty         INTEGER NOT NULL CHECK (qty > 0),
    PRIMARY KEY (listing_id, sku_id)
);

-- Unmatched lines by listing (the review desk's summary, and applying a new mapping).
CREATE INDEX order_lines_unmatched ON order_lines (outer_code, title, spec) WHERE sku_id IS NULL;
