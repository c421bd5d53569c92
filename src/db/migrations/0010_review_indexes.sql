-- Review desk indexes for a 1,000,000-order database (issue 5; figures in bench/README.md).

-- The review queue: a stage, priority high first, then paid earliest, id last (the implicit
-- rowid), so "stage = ? ORDER BY priority DESC, paid_at, id" walks the index with no sort and a
-- keyset page seeks straight to its first row. Replaces (stage, priority, paid_at), whose
-- ascending priority made every queue page sort the whole stage; intake keeps one index here.
DROP INDEX orders_stage_priority;
CREATE INDEX orders_queue ON orders (stage, priority DESC, paid_at);

-- "Has a buyer message or memo": only the orders with a note are in it (about one in six), so
-- intake pays for it on those alone, and counting and paging a stage's noted orders reads the
-- index instead of every order row of the stage.
CREATE INDEX orders_noted ON orders (stage, paid_at) WHERE buyer_message <> '' OR seller_memo <> '';
