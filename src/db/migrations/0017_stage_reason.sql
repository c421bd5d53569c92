-- Why an order is in its stage, as the person who moved it typed it (or the platform said it):
-- the intercept, cancel or hold reason. Written by StageMachine in the same UPDATE as the stage
-- (and so in the same transaction as its audit row); NULL for the stages that need no reason.
-- The pack station's STOP shows it. Orders moved before this keep NULL (their audit rows have it).
ALTER TABLE orders ADD COLUMN stage_reason TEXT;
