-- Modify "tickets" table
ALTER TABLE "tickets" ADD COLUMN "documents_complete_at" timestamptz NULL, ADD COLUMN "missing_documents_note" character varying NULL;
