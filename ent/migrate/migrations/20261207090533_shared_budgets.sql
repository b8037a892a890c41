-- Create "budget_buckets" table
CREATE TABLE "budget_buckets" ("id" character varying NOT NULL, "points" double precision NOT NULL, "spent" double precision NOT NULL, "at" timestamptz NOT NULL, "full_at" timestamptz NOT NULL, PRIMARY KEY ("id"));
-- Create index "budgetbucket_full_at" to table: "budget_buckets"
CREATE INDEX "budgetbucket_full_at" ON "budget_buckets" ("full_at");
