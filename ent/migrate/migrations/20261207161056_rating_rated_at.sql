-- Create index "rating_rated_at" to table: "ratings"
CREATE INDEX "rating_rated_at" ON "ratings" ("rated_at");
