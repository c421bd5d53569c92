-- PostgreSQL only: indexes in the orders list's own two keyset orders (OrdersSortKey). On SQLite,
-- orders_paid and orders_queue already serve them: NULLs sort first ascending there and every
-- index ends with the rowid. On PostgreSQL NULLs sort last ascending and an index has no hidden id,
-- so without these each page sorted the whole stage (issue 15: at 200,000 orders a keyset page
-- took 48 ms, 1.9 ms with them; the first page 408 ms, 1.5 ms).
CREATE INDEX orders_list_paid ON orders (paid_at DESC NULLS LAST, id DESC);
CREATE INDEX orders_list_queue ON orders (stage, priority DESC, paid_at ASC NULLS FIRST, id);
