-- Modify "issue_steps" table
ALTER TABLE "issue_steps" ADD COLUMN "actor_name" character varying NULL, ADD COLUMN "actor_role" character varying NULL;
-- Modify "point_entries" table
ALTER TABLE "point_entries" ADD COLUMN "proposed_by_id" bigint NULL, ADD COLUMN "decided_by_id" bigint NULL, ADD CONSTRAINT "point_entries_users_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "point_entries_users_proposed_by" FOREIGN KEY ("proposed_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- Create index "pointentry_decided_by_id" to table: "point_entries"
CREATE INDEX "pointentry_decided_by_id" ON "point_entries" ("decided_by_id");
-- Create index "pointentry_proposed_by_id" to table: "point_entries"
CREATE INDEX "pointentry_proposed_by_id" ON "point_entries" ("proposed_by_id");
