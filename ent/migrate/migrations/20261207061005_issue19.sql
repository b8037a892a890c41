-- Modify "districts" table
ALTER TABLE "districts" ADD COLUMN "backdate_days" bigint NOT NULL DEFAULT 30;
-- Modify "issue_steps" table
ALTER TABLE "issue_steps" ADD COLUMN "recorded_at" timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP;
