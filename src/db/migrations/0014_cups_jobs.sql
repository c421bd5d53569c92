-- Real printers (issue 21): the CUPS job that carries a page. A page is 'sent' once CUPS numbered
-- its job and 'done' only when CUPS says that job completed; after a crash a 'sent' page with a
-- CUPS job is settled by asking CUPS about that job, not a person. NULL: never reached CUPS.
ALTER TABLE print_pages ADD COLUMN cups_job INTEGER;
