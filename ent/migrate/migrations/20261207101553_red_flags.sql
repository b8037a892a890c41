-- Modify "districts" table
ALTER TABLE "districts" ADD COLUMN "flag_ticket_overdue_days" bigint NOT NULL DEFAULT 7, ADD COLUMN "flag_issue_stuck_days" bigint NOT NULL DEFAULT 30, ADD COLUMN "flag_failing_margin" double precision NOT NULL DEFAULT 0.5, ADD COLUMN "flag_quarter_end_days" bigint NOT NULL DEFAULT 21;
