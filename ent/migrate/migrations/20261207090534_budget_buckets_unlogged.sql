-- Hand-written (ent cannot declare it; atlas does not inspect it, so later diffs stay empty):
-- the shared request budgets are written on every request and worth nothing after a crash,
-- which only fills every budget again. UNLOGGED spares them the WAL (and its fsync).
ALTER TABLE "budget_buckets" SET UNLOGGED;
