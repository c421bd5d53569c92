-- Pick-list slots and the stuck-orders index (issue 6).

-- Every order on a printed pick list gets a slot: the pigeonhole the picker puts its items in,
-- numbered 1… in the list's (bin) order. The pick list prints the slot code next to the order as
-- Code 128, "PL<job>-<slot>" (job 42, slot 7 → PL42-7); the pack station finds the parcel from it
-- like from a tracking or order number (PickSlots, ParcelLookup). Written with the print job, in
-- its transaction.
CREATE TABLE pick_slots (
    job_id    INTEGER NOT NULL REFERENCES print_jobs(id) ON DELETE CASCADE,
    slot      INTEGER NOT NULL CHECK (slot >= 1),
    order_id  INTEGER NOT NULL REFERENCES orders(id),
    PRIMARY KEY (job_id, slot)
);
CREATE INDEX pick_slots_order ON pick_slots (order_id);

-- The exceptions list's "stuck in a stage too long" and "intercepted" queries: WHERE stage = ?
-- AND stage_changed_at <= ? ORDER BY stage_changed_at (ShippingExceptions).
CREATE INDEX orders_stage_changed ON orders (stage, stage_changed_at);
