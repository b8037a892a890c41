-- Create index "auditevent_town_id_at" to table: "audit_events"
CREATE INDEX "auditevent_town_id_at" ON "audit_events" ("town_id", "at");
-- Create index "auditevent_village_id_at" to table: "audit_events"
CREATE INDEX "auditevent_village_id_at" ON "audit_events" ("village_id", "at");
-- Create index "authtoken_user_id" to table: "auth_tokens"
CREATE INDEX "authtoken_user_id" ON "auth_tokens" ("user_id");
-- Create index "award_courtyard_id_period" to table: "awards"
CREATE INDEX "award_courtyard_id_period" ON "awards" ("courtyard_id", "period");
-- Create index "award_winner_id" to table: "awards"
CREATE INDEX "award_winner_id" ON "awards" ("winner_id");
-- Create index "courtyard_village_id" to table: "courtyards"
CREATE INDEX "courtyard_village_id" ON "courtyards" ("village_id");
-- Create index "grant_courtyard_id_period" to table: "grants"
CREATE INDEX "grant_courtyard_id_period" ON "grants" ("courtyard_id", "period");
-- Create index "householdmove_courtyard_id_moved_at" to table: "household_moves"
CREATE INDEX "householdmove_courtyard_id_moved_at" ON "household_moves" ("courtyard_id", "moved_at");
-- Create index "householdmove_from_courtyard_id" to table: "household_moves"
CREATE INDEX "householdmove_from_courtyard_id" ON "household_moves" ("from_courtyard_id");
-- Create index "householdmove_household_id_moved_at" to table: "household_moves"
CREATE INDEX "householdmove_household_id_moved_at" ON "household_moves" ("household_id", "moved_at");
-- Create index "idea_courtyard_id_submitted_at" to table: "ideas"
CREATE INDEX "idea_courtyard_id_submitted_at" ON "ideas" ("courtyard_id", "submitted_at");
-- Create index "idea_proposer_id" to table: "ideas"
CREATE INDEX "idea_proposer_id" ON "ideas" ("proposer_id");
-- Create index "issue_item_id" to table: "issues"
CREATE INDEX "issue_item_id" ON "issues" ("item_id");
-- Create index "issue_raised_by_id" to table: "issues"
CREATE INDEX "issue_raised_by_id" ON "issues" ("raised_by_id");
-- Create index "pointentry_rule_id" to table: "point_entries"
CREATE INDEX "pointentry_rule_id" ON "point_entries" ("rule_id");
-- Create index "pointredemption_courtyard_id_redeemed_at" to table: "point_redemptions"
CREATE INDEX "pointredemption_courtyard_id_redeemed_at" ON "point_redemptions" ("courtyard_id", "redeemed_at");
-- Create index "pointredemption_item_id" to table: "point_redemptions"
CREATE INDEX "pointredemption_item_id" ON "point_redemptions" ("item_id");
-- Create index "rating_rater_id" to table: "ratings"
CREATE INDEX "rating_rater_id" ON "ratings" ("rater_id");
-- Create index "rating_session_id" to table: "ratings"
CREATE INDEX "rating_session_id" ON "ratings" ("session_id");
-- Create index "rating_ticket_id" to table: "ratings"
CREATE INDEX "rating_ticket_id" ON "ratings" ("ticket_id");
-- Create index "resident_household_id" to table: "residents"
CREATE INDEX "resident_household_id" ON "residents" ("household_id");
-- Create index "roleassignment_courtyard_id_role_ended_at" to table: "role_assignments"
CREATE INDEX "roleassignment_courtyard_id_role_ended_at" ON "role_assignments" ("courtyard_id", "role", "ended_at");
-- Create index "session_issue_id" to table: "sessions"
CREATE INDEX "session_issue_id" ON "sessions" ("issue_id");
-- Create index "session_quarter_theme_id" to table: "sessions"
CREATE INDEX "session_quarter_theme_id" ON "sessions" ("quarter_theme_id");
-- Create index "session_speaker_id" to table: "sessions"
CREATE INDEX "session_speaker_id" ON "sessions" ("speaker_id");
-- Create index "supermarketitem_village_id" to table: "supermarket_items"
CREATE INDEX "supermarketitem_village_id" ON "supermarket_items" ("village_id");
-- Create index "ticket_agent_id" to table: "tickets"
CREATE INDEX "ticket_agent_id" ON "tickets" ("agent_id");
-- Create index "ticket_applicant_id" to table: "tickets"
CREATE INDEX "ticket_applicant_id" ON "tickets" ("applicant_id");
-- Create index "ticket_service_type_id" to table: "tickets"
CREATE INDEX "ticket_service_type_id" ON "tickets" ("service_type_id");
-- Create index "town_district_id" to table: "towns"
CREATE INDEX "town_district_id" ON "towns" ("district_id");
-- Create index "user_resident_id" to table: "users"
CREATE INDEX "user_resident_id" ON "users" ("resident_id");
-- Create index "village_town_id" to table: "villages"
CREATE INDEX "village_town_id" ON "villages" ("town_id");
