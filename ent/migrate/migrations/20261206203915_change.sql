-- Modify "idempotency_keys" table
ALTER TABLE "idempotency_keys" ADD COLUMN "request_hash" character varying NOT NULL DEFAULT '', ADD COLUMN "response" text NULL;
-- Modify "issues" table
ALTER TABLE "issues" ADD COLUMN "version" bigint NOT NULL DEFAULT 0;
