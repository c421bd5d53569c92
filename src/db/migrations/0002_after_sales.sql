-- After-sales cases: refunds and returns in one place, with the stage the order was in when
-- the request arrived and what happened. Intake opens them (refund after Submitted), the pack
-- station and returns receiving update them, the service desk lists them.
CREATE TABLE after_sales (
    id             INTEGER PRIMARY KEY,
    order_id       INTEGER NOT NULL REFERENCES orders(id),
    kind           TEXT NOT NULL,      -- refund_only | return_refund | exchange | reship
    arrived_stage  TEXT NOT NULL,      -- the order's stage when the request arrived
    outcome        TEXT NOT NULL DEFAULT 'open',
                   -- open | cancelled_before_submit | intercepted | refused_delivery | returned_received
                   -- | exchanged | closed
    reason         TEXT NOT NULL DEFAULT '',
    refund_fen     INTEGER NOT NULL DEFAULT 0,
    requested_at   TEXT NOT NULL,      -- when the buyer asked (platform time, UTC)
    closed_at      TEXT,
    linked_order_id INTEGER REFERENCES orders(id),  -- the new order of an exchange/reship
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX after_sales_order ON after_sales (order_id);
CREATE INDEX after_sales_outcome ON after_sales (outcome, requested_at);
