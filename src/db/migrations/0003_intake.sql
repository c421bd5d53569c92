-- Order intake: one row per imported file (or Taobao order+item pair), the saved column
-- mappings of the generic importer, and which run last wrote each order.

CREATE TABLE import_runs (
    id               INTEGER PRIMARY KEY,
    shop_id          INTEGER REFERENCES shops(id),
    platform         TEXT NOT NULL,           -- taobao | pdd | jd | other
    file_name        TEXT NOT NULL,
    file_sha256      TEXT NOT NULL,
    partner_name     TEXT NOT NULL DEFAULT '', -- Taobao: the item report imported with the order report
    partner_sha256   TEXT NOT NULL DEFAULT '',
    encoding         TEXT NOT NULL DEFAULT '',
    rows_read        INTEGER NOT NULL DEFAULT 0,
    orders_new       INTEGER NOT NULL DEFAULT 0,
    orders_updated   INTEGER NOT NULL DEFAULT 0,
    orders_unchanged INTEGER NOT NULL DEFAULT 0,
    orders_skipped   INTEGER NOT NULL DEFAULT 0, -- closed or shipped on the platform before we saw them
    rows_rejected    INTEGER NOT NULL DEFAULT 0,
    effects_json     TEXT NOT NULL DEFAULT '{}', -- counts by stage effect: {"to_imported": 3, "intercepted": 1, …}
    errors_json      TEXT NOT NULL DEFAULT '[]', -- the first rejected rows (file, line, column, value, why)
    operator         TEXT NOT NULL,
    station          TEXT NOT NULL,
    started_at       TEXT NOT NULL,
    finished_at      TEXT NOT NULL
);
CREATE INDEX import_runs_sha ON import_runs (file_sha256);

-- Generic importer: header name → field, per platform; rows here override the shipped defaults.
CREATE TABLE intake_mappings (
    platform     TEXT PRIMARY KEY,
    mapping_json TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

ALTER TABLE orders ADD COLUMN import_run_id INTEGER;
