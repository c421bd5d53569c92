-- Who is printing a job: a lease row inside the database, not a lock file beside its path (a
-- symlink or hard link to the file gave a second lock; stations on other computers see none).
-- The holder renews heartbeat_at while it prints; a row whose heartbeat is older than the stale
-- time (or whose process is gone, on the same host) can be taken over. token is random per runner.
CREATE TABLE print_job_leases (
    job_id        INTEGER PRIMARY KEY REFERENCES print_jobs(id) ON DELETE CASCADE,
    token         TEXT NOT NULL,
    host          TEXT NOT NULL,
    pid           INTEGER NOT NULL,
    station       TEXT NOT NULL DEFAULT '',
    operator      TEXT NOT NULL DEFAULT '',
    acquired_at   TEXT NOT NULL,
    heartbeat_at  TEXT NOT NULL
);

-- The review rules still owed to an import: set in the import's own transaction, cleared in the
-- rules' transaction, so a kill (or a busy database) between the two only delays them. The
-- watermarks say which orders the run touched: created ones have ids above orders_after, changed
-- ones audit rows above audit_after.
ALTER TABLE import_runs ADD COLUMN rules_pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_runs ADD COLUMN rules_orders_after INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_runs ADD COLUMN rules_audit_after INTEGER NOT NULL DEFAULT 0;
CREATE INDEX import_runs_rules_pending ON import_runs (id) WHERE rules_pending = 1;
