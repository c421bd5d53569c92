-- PostgreSQL's part of 0001 (SQLite's is 0001_foundation.sqlite.sql).

-- Append-only tables refuse changes, as SQLite's RAISE(ABORT) triggers do.
CREATE FUNCTION packline_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER stock_ledger_no_update BEFORE UPDATE ON stock_ledger
    FOR EACH ROW EXECUTE FUNCTION packline_append_only();
CREATE TRIGGER stock_ledger_no_delete BEFORE DELETE ON stock_ledger
    FOR EACH ROW EXECUTE FUNCTION packline_append_only();
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION packline_append_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION packline_append_only();

-- Other stations learn of a commit that changed a table through NOTIFY on packline_changes (one
-- per table and transaction: PostgreSQL folds equal notifications). The engine puts this trigger
-- on every table after each migration run, so later tables need nothing here.
CREATE FUNCTION packline_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('packline_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
