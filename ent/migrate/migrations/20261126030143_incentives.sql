-- Drop index "award_winner_id" from table: "awards"
DROP INDEX "award_winner_id";
-- Create index "award_courtyard_once" to table: "awards"
CREATE UNIQUE INDEX "award_courtyard_once" ON "awards" ("courtyard_id", "period", "category") WHERE (winner_id IS NULL);
-- Create index "award_winner_id_period_category" to table: "awards"
CREATE UNIQUE INDEX "award_winner_id_period_category" ON "awards" ("winner_id", "period", "category");
-- Modify "households" table
ALTER TABLE "households" ADD COLUMN "point_balance" bigint NOT NULL DEFAULT 0;
-- Modify "point_redemptions" table
ALTER TABLE "point_redemptions" ADD COLUMN "cancelled_at" timestamptz NULL;
-- Modify "grants" table
ALTER TABLE "grants" ADD COLUMN "basis" character varying NULL, ADD COLUMN "award_id" bigint NULL, ADD CONSTRAINT "grants_awards_award" FOREIGN KEY ("award_id") REFERENCES "awards" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- Create index "grant_award_id" to table: "grants"
CREATE INDEX "grant_award_id" ON "grants" ("award_id");
-- Create index "grant_period_purpose" to table: "grants"
CREATE INDEX "grant_period_purpose" ON "grants" ("period", "purpose");
-- Drop index "pointentry_household_id" from table: "point_entries"
DROP INDEX "pointentry_household_id";
-- Modify "point_entries" table
ALTER TABLE "point_entries" ADD COLUMN "status" character varying NOT NULL DEFAULT 'CONFIRMED', ADD COLUMN "decided_at" timestamptz NULL, ADD COLUMN "reverses_id" bigint NULL, ADD COLUMN "issue_id" bigint NULL, ADD COLUMN "session_id" bigint NULL, ADD COLUMN "ticket_id" bigint NULL, ADD CONSTRAINT "point_entries_issues_issue" FOREIGN KEY ("issue_id") REFERENCES "issues" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "point_entries_point_entries_reversed_by" FOREIGN KEY ("reverses_id") REFERENCES "point_entries" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "point_entries_sessions_session" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "point_entries_tickets_ticket" FOREIGN KEY ("ticket_id") REFERENCES "tickets" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- Create index "point_entries_reverses_id_key" to table: "point_entries"
CREATE UNIQUE INDEX "point_entries_reverses_id_key" ON "point_entries" ("reverses_id");
-- Create index "pointentry_household_id_status" to table: "point_entries"
CREATE INDEX "pointentry_household_id_status" ON "point_entries" ("household_id", "status");
-- Create index "pointentry_issue_id" to table: "point_entries"
CREATE INDEX "pointentry_issue_id" ON "point_entries" ("issue_id");
-- Create index "pointentry_session_id" to table: "point_entries"
CREATE INDEX "pointentry_session_id" ON "point_entries" ("session_id");
-- Create index "pointentry_ticket_id" to table: "point_entries"
CREATE INDEX "pointentry_ticket_id" ON "point_entries" ("ticket_id");
-- Create index "pointentry_village_id_awarded_at" to table: "point_entries"
CREATE INDEX "pointentry_village_id_awarded_at" ON "point_entries" ("village_id", "awarded_at");
-- Modify "villages" table
ALTER TABLE "villages" ADD COLUMN "points_confirm_above" bigint NOT NULL DEFAULT 20, ADD COLUMN "red_board_names" character varying NOT NULL DEFAULT 'SURNAME';
-- Drop index "point_rules_code_key" from table: "point_rules"
DROP INDEX "point_rules_code_key";
-- Modify "point_rules" table
ALTER TABLE "point_rules" ADD COLUMN "version" bigint NOT NULL DEFAULT 1, ADD COLUMN "village_id" bigint NULL, ADD COLUMN "supersedes_id" bigint NULL, ADD CONSTRAINT "point_rules_point_rules_superseded_by" FOREIGN KEY ("supersedes_id") REFERENCES "point_rules" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "point_rules_villages_village" FOREIGN KEY ("village_id") REFERENCES "villages" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- Create index "point_rules_supersedes_id_key" to table: "point_rules"
CREATE UNIQUE INDEX "point_rules_supersedes_id_key" ON "point_rules" ("supersedes_id");
-- Create index "pointrule_catalogue_version" to table: "point_rules"
CREATE UNIQUE INDEX "pointrule_catalogue_version" ON "point_rules" ("code", "version") WHERE (village_id IS NULL);
-- Create index "pointrule_village_id_code_version" to table: "point_rules"
CREATE UNIQUE INDEX "pointrule_village_id_code_version" ON "point_rules" ("village_id", "code", "version");
