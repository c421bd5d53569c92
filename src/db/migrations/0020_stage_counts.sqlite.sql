-- Orders per stage (the review desk's chips and a stage's total). SQLite counts a stage from the
-- orders_queue index cheaply, so the view counts the orders themselves.
CREATE VIEW order_stage_counts AS
    SELECT stage, COUNT(*) AS orders FROM orders GROUP BY stage;
