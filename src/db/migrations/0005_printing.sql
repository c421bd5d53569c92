-- Printing: courier tracking-number formats, tracking pools, and the print queue.

-- How each courier's tracking numbers look. Data, not code, so a shop can add its courier.
-- check_kind: none | s10 (UPU S10 mod-11, EMS). A range import increments the serial digits.
CREATE TABLE courier_formats (
    courier_code  TEXT PRIMARY KEY REFERENCES couriers(code),
    pattern       TEXT NOT NULL,            -- full-match regular expression
    example       TEXT NOT NULL DEFAULT '',
    check_kind    TEXT NOT NULL DEFAULT 'none',
    low_water     INTEGER NOT NULL DEFAULT 200 CHECK (low_water >= 0)  -- warn below this many left
);

INSERT INTO courier_formats (courier_code, pattern, example, check_kind) VALUES
    ('SF', '^SF[0-9]{12,13}$', 'SF1234567890123', 'none'),
    ('ZTO', '^[3578][0-9]{11,14}$', '751234567890', 'none'),
    ('YTO', '^YT[0-9]{13}$', 'YT1234567890123', 'none'),
    ('YUNDA', '^[0-9]{13,15}$', '4312345678901', 'none'),
    ('STO', '^(77|88|55|66)[0-9]{10,13}$', '7712345678901', 'none'),
    ('EMS', '^[A-Z]{2}[0-9]{9}[A-Z]{2}$', 'EA123456785CN', 's10'),
    ('JT', '^JT[0-9]{13}$', 'JT1234567890123', 'none'),
    ('JD', '^JD[0-9A-Z]{11,16}$', 'JDVA12345678901', 'none');

-- One row per tracking number a courier gave us. state: free | used | void.
CREATE TABLE tracking_numbers (
    id            INTEGER PRIMARY KEY,
    courier_code  TEXT NOT NULL REFERENCES couriers(code),
    tracking_no   TEXT NOT NULL UNIQUE,
    state         TEXT NOT NULL DEFAULT 'free' CHECK (state IN ('free', 'used', 'void')),
    order_id      INTEGER REFERENCES orders(id),
    imported_at   TEXT NOT NULL,
    used_at       TEXT
);
CREATE INDEX tracking_numbers_free ON tracking_numbers (courier_code, state, id);

-- A print job: kind (label | slip | picklist), template id, printer, ordered pages.
-- state: queued | printing | paused | done | failed | cancelled
CREATE TABLE print_jobs (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    template_id     TEXT NOT NULL,
    printer         TEXT NOT NULL,
    backup_printer  TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL DEFAULT 'queued',
    title           TEXT NOT NULL DEFAULT '',   -- the batch rule that made it, for people
    last_error      TEXT NOT NULL DEFAULT '',
    created_by      TEXT NOT NULL,
    station         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX print_jobs_state ON print_jobs (state, id);

-- One page per order (or one for a pick list). state: queued | sent | done | failed | cancelled.
-- 'sent' left behind by a crash means "maybe on paper": resume asks the printer sink or the operator.
CREATE TABLE print_pages (
    id          INTEGER PRIMARY KEY,
    job_id      INTEGER NOT NULL REFERENCES print_jobs(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    order_id    INTEGER REFERENCES orders(id),
    payload     TEXT NOT NULL DEFAULT '',   -- pick list: the batch's order ids, comma-separated
    state       TEXT NOT NULL DEFAULT 'queued',
    attempts    INTEGER NOT NULL DEFAULT 0,
    reprints    INTEGER NOT NULL DEFAULT 0,
    printer     TEXT NOT NULL DEFAULT '',   -- where it was last sent
    error       TEXT NOT NULL DEFAULT '',
    sent_at     TEXT,
    done_at     TEXT,
    UNIQUE (job_id, seq)
);
CREATE INDEX print_pages_state ON print_pages (job_id, state, seq);
CREATE INDEX print_pages_order ON print_pages (order_id);
