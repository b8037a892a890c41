-- Modify "ratings" table
ALTER TABLE "ratings" ADD COLUMN "residents_present" bigint NULL;
-- Modify "role_assignments" table
ALTER TABLE "role_assignments" ADD COLUMN "votes_for" bigint NULL, ADD COLUMN "votes_against" bigint NULL, ADD COLUMN "votes_abstain" bigint NULL, ADD COLUMN "voters_present" bigint NULL, ADD COLUMN "predecessor_id" bigint NULL, ADD CONSTRAINT "role_assignments_role_assignments_successor" FOREIGN KEY ("predecessor_id") REFERENCES "role_assignments" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- Create index "role_assignments_predecessor_id_key" to table: "role_assignments"
CREATE UNIQUE INDEX "role_assignments_predecessor_id_key" ON "role_assignments" ("predecessor_id");
