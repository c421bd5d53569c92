-- Orders per stage (the review desk's chips and a stage's total) without counting the orders:
-- PostgreSQL's COUNT(*) visits every row (issue 15: two counts were ~200 ms of the first view at
-- 200,000 orders). The orders table's triggers write each change as a delta row, insert-only, so
-- two stations changing stages at once never wait on one counter row; the view sums them. Now and
-- then a writer folds the deltas into one row per stage, so the sum stays a few hundred rows. Bookkeeping of the orders table: DatabaseCopy does
-- not copy it, the target's triggers fill it as the orders arrive.
CREATE TABLE order_stage_deltas (
    stage TEXT NOT NULL,
    orders BIGINT NOT NULL
);

CREATE VIEW order_stage_counts AS
    SELECT stage, CAST(SUM(orders) AS BIGINT) AS orders FROM order_stage_deltas GROUP BY stage;
CREATE VIEW order_total AS
    SELECT CAST(COALESCE(SUM(orders), 0) AS BIGINT) AS orders FROM order_stage_deltas;

-- Every deltas row so far, as one row per stage: tried by a trigger once in 32, at most once per
-- transaction (a long import's own deltas are folded by the next writer, after it commits; folding
-- them again and again inside it would rescan its own dead rows). A folder deletes only rows it
-- sees committed and nobody else deletes them, so it never waits; one folder at a time (a topic
-- lock as PostgresEngine::lockTopic takes, tried, not waited for: the others skip).
CREATE FUNCTION order_stage_deltas_fold() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF random() >= 1.0 / 32 OR COALESCE(current_setting('packline.stage_fold', true), '') <> '' THEN
        RETURN;
    END IF;
    PERFORM set_config('packline.stage_fold', 'tried', true);
    IF pg_try_advisory_xact_lock(1953460323, hashtext('order_stage_deltas')) THEN
        WITH gone AS (DELETE FROM order_stage_deltas RETURNING stage, orders)
        INSERT INTO order_stage_deltas (stage, orders)
            SELECT stage, SUM(orders) FROM gone GROUP BY stage HAVING SUM(orders) <> 0;
    END IF;
END
$$;

-- One statement's new orders (an INSERT or a whole COPY): one row per stage.
CREATE FUNCTION order_stage_deltas_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO order_stage_deltas (stage, orders) SELECT stage, COUNT(*) FROM inserted GROUP BY stage;
    PERFORM order_stage_deltas_fold();
    RETURN NULL;
END
$$;

CREATE FUNCTION order_stage_deltas_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO order_stage_deltas (stage, orders) SELECT stage, -COUNT(*) FROM deleted GROUP BY stage;
    PERFORM order_stage_deltas_fold();
    RETURN NULL;
END
$$;

-- A stage change, row by row (only rows whose stage changed fire it; other updates cost nothing).
CREATE FUNCTION order_stage_deltas_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO order_stage_deltas (stage, orders) VALUES (OLD.stage, -1), (NEW.stage, 1);
    PERFORM order_stage_deltas_fold();
    RETURN NULL;
END
$$;

CREATE FUNCTION order_stage_deltas_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM order_stage_deltas;
    RETURN NULL;
END
$$;

-- Writers wait until this migration commits, so the count below misses none of their changes and
-- the triggers miss none after it.
LOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE;
CREATE TRIGGER order_stage_inserted AFTER INSERT ON orders REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION order_stage_deltas_inserted();
CREATE TRIGGER order_stage_deleted AFTER DELETE ON orders REFERENCING OLD TABLE AS deleted
    FOR EACH STATEMENT EXECUTE FUNCTION order_stage_deltas_deleted();
CREATE TRIGGER order_stage_moved AFTER UPDATE OF stage ON orders
    FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage) EXECUTE FUNCTION order_stage_deltas_moved();
CREATE TRIGGER order_stage_truncated AFTER TRUNCATE ON orders
    FOR EACH STATEMENT EXECUTE FUNCTION order_stage_deltas_truncated();
INSERT INTO order_stage_deltas (stage, orders) SELECT stage, COUNT(*) FROM orders GROUP BY stage;
