-- Modify "deliberation_rules" table
ALTER TABLE "deliberation_rules" ADD COLUMN "emergency_categories" jsonb NULL, ADD COLUMN "persuasion_categories" jsonb NULL, ADD COLUMN "mediation_categories" jsonb NULL;
-- Modify "districts" table
ALTER TABLE "districts" ADD COLUMN "backdate_days" bigint NOT NULL DEFAULT 30;
-- Modify "issue_steps" table
ALTER TABLE "issue_steps" ADD COLUMN "recorded_at" timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, ADD COLUMN "actor_name" character varying NULL, ADD COLUMN "actor_role" character varying NULL, ADD COLUMN "ratified" boolean NULL, ADD COLUMN "note" text NULL;
-- Data (hand-written): a step recorded before recorded_at was kept is taken as recorded when it happened
UPDATE "issue_steps" SET "recorded_at" = "at";
-- Modify "issues" table
ALTER TABLE "issues" ADD COLUMN "emergency_at" timestamptz NULL, ADD COLUMN "emergency_action" text NULL, ADD COLUMN "custom_outcome" character varying NULL;
-- Create index "issue_emergency_at" to table: "issues"
CREATE INDEX "issue_emergency_at" ON "issues" ("emergency_at");
-- Modify "sessions" table
ALTER TABLE "sessions" ADD COLUMN "method" character varying NULL;
-- Modify "tickets" table
ALTER TABLE "tickets" ADD COLUMN "documents_complete_at" timestamptz NULL, ADD COLUMN "missing_documents_note" character varying NULL;
-- Modify "point_entries" table
ALTER TABLE "point_entries" ADD COLUMN "proposed_by_id" bigint NULL, ADD COLUMN "decided_by_id" bigint NULL, ADD CONSTRAINT "point_entries_users_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "point_entries_users_proposed_by" FOREIGN KEY ("proposed_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- Create index "pointentry_decided_by_id" to table: "point_entries"
CREATE INDEX "pointentry_decided_by_id" ON "point_entries" ("decided_by_id");
-- Create index "pointentry_proposed_by_id" to table: "point_entries"
CREATE INDEX "pointentry_proposed_by_id" ON "point_entries" ("proposed_by_id");
