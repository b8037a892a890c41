-- Create index "issue_closed_at" to table: "issues"
CREATE INDEX "issue_closed_at" ON "issues" ("closed_at");
-- Create index "issue_collected_at" to table: "issues"
CREATE INDEX "issue_collected_at" ON "issues" ("collected_at");
-- Create index "issue_decided_at" to table: "issues"
CREATE INDEX "issue_decided_at" ON "issues" ("decided_at");
-- Create index "issue_evaluated_at" to table: "issues"
CREATE INDEX "issue_evaluated_at" ON "issues" ("evaluated_at");
-- Create index "issue_executed_at" to table: "issues"
CREATE INDEX "issue_executed_at" ON "issues" ("executed_at");
-- Create index "pointentry_awarded_at" to table: "point_entries"
CREATE INDEX "pointentry_awarded_at" ON "point_entries" ("awarded_at");
-- Create index "pointredemption_redeemed_at" to table: "point_redemptions"
CREATE INDEX "pointredemption_redeemed_at" ON "point_redemptions" ("redeemed_at");
-- Create index "rating_period_target" to table: "ratings"
CREATE INDEX "rating_period_target" ON "ratings" ("period", "target");
-- Create index "rating_ticket_rated_at" to table: "ratings"
CREATE INDEX "rating_ticket_rated_at" ON "ratings" ("rated_at") INCLUDE ("score") WHERE (ticket_id IS NOT NULL);
-- Drop index "roleassignment_courtyard_id_role_ended_at" from table: "role_assignments"
DROP INDEX "roleassignment_courtyard_id_role_ended_at";
-- Create index "roleassignment_courtyard_id_role_ended_at" to table: "role_assignments"
CREATE INDEX "roleassignment_courtyard_id_role_ended_at" ON "role_assignments" ("courtyard_id", "role", "ended_at") INCLUDE ("started_at");
-- Create index "session_held_at" to table: "sessions"
CREATE INDEX "session_held_at" ON "sessions" ("held_at");
-- Create index "ticket_completed_at" to table: "tickets"
CREATE INDEX "ticket_completed_at" ON "tickets" ("completed_at");
-- Create index "ticket_submitted_at" to table: "tickets"
CREATE INDEX "ticket_submitted_at" ON "tickets" ("submitted_at");
