-- Modify "deliberation_rules" table
ALTER TABLE "deliberation_rules" ADD COLUMN "emergency_categories" jsonb NULL, ADD COLUMN "persuasion_categories" jsonb NULL, ADD COLUMN "mediation_categories" jsonb NULL;
-- Modify "districts" table
ALTER TABLE "districts" ADD COLUMN "backdate_days" bigint NOT NULL DEFAULT 30;
-- Modify "issue_steps" table
ALTER TABLE "issue_steps" ADD COLUMN "recorded_at" timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, ADD COLUMN "ratified" boolean NULL, ADD COLUMN "note" text NULL;
-- Modify "issues" table
ALTER TABLE "issues" ADD COLUMN "emergency_at" timestamptz NULL, ADD COLUMN "emergency_action" text NULL, ADD COLUMN "custom_outcome" character varying NULL;
-- Create index "issue_emergency_at" to table: "issues"
CREATE INDEX "issue_emergency_at" ON "issues" ("emergency_at");
-- Modify "sessions" table
ALTER TABLE "sessions" ADD COLUMN "method" character varying NULL;
-- Modify "tickets" table
ALTER TABLE "tickets" ADD COLUMN "documents_complete_at" timestamptz NULL, ADD COLUMN "missing_documents_note" character varying NULL;
