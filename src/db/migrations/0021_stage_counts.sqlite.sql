-- Orders per stage (the review desk's chips and a stage's total). SQLite counts a stage from the
-- orders_queue index cheaply, so the view counts the orders themselves.
CREATE VIEW order_stage_counts AS
    SELECT stage, COUNT(*) AS orders FROM orders GROUP BY stage;

-- All orders: SQLite counts a table's entries without reading them (faster than the stages' sum).
CREATE VIEW order_total AS
    SELECT COUNT(*) AS orders FROM orders;
