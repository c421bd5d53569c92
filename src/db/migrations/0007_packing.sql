-- Pack station and handover (issue 6). Portable SQL.

-- One row per packed parcel. The order's stage (Printed → Packed) is the guard against packing
-- twice; an order that is intercepted and later re-packed gets a second row, so order_id is
-- indexed, not unique.
CREATE TABLE parcels (
    id                 INTEGER PRIMARY KEY,
    order_id           INTEGER NOT NULL REFERENCES orders(id),
    tracking_no        TEXT NOT NULL,
    courier_code       TEXT NOT NULL DEFAULT '',
    items              INTEGER NOT NULL DEFAULT 0,     -- units scanned into the parcel
    weight_g           INTEGER CHECK (weight_g IS NULL OR weight_g >= 0),
    expected_weight_g  INTEGER,
    weight_override    INTEGER NOT NULL DEFAULT 0,     -- packed although the weight was off
    packed_by          TEXT NOT NULL,
    station            TEXT NOT NULL,
    packed_at          TEXT NOT NULL
);
CREATE INDEX parcels_order ON parcels (order_id);
CREATE INDEX parcels_packed_at ON parcels (packed_at);

-- A parcel the pack station refused and put aside (intercepted, cancelled, held): what the
-- exceptions list shows as "pulled" and the service desk follows up.
CREATE TABLE parcel_set_asides (
    id        INTEGER PRIMARY KEY,
    order_id  INTEGER NOT NULL REFERENCES orders(id),
    stage     TEXT NOT NULL,
    reason    TEXT NOT NULL DEFAULT '',
    operator  TEXT NOT NULL,
    station   TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX parcel_set_asides_order ON parcel_set_asides (order_id);

-- Courier handover batches (交接单): parcels scanned onto one courier's cart, shipped together.
CREATE TABLE handovers (
    id            INTEGER PRIMARY KEY,
    courier_code  TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'shipped')),
    opened_by     TEXT NOT NULL,
    station       TEXT NOT NULL,
    opened_at     TEXT NOT NULL,
    shipped_by    TEXT,
    shipped_at    TEXT
);
CREATE INDEX handovers_state ON handovers (state, courier_code);

CREATE TABLE handover_parcels (
    handover_id  INTEGER NOT NULL REFERENCES handovers(id),
    order_id     INTEGER NOT NULL REFERENCES orders(id),
    tracking_no  TEXT NOT NULL,
    added_at     TEXT NOT NULL,
    PRIMARY KEY (handover_id, order_id)
);
CREATE INDEX handover_parcels_order ON handover_parcels (order_id);
