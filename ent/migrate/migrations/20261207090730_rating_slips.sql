-- Modify "rating_codes" table
ALTER TABLE "rating_codes" ADD COLUMN "code" character varying NULL;
