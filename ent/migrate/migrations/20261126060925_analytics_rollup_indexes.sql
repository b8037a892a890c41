-- Create index "quartertheme_quarter" to table: "quarter_themes"
CREATE INDEX "quartertheme_quarter" ON "quarter_themes" ("quarter");
-- Create index "roleassignment_ended_at" to table: "role_assignments"
CREATE INDEX "roleassignment_ended_at" ON "role_assignments" ("ended_at");
-- Create index "roleassignment_started_at" to table: "role_assignments"
CREATE INDEX "roleassignment_started_at" ON "role_assignments" ("started_at");
-- Drop index "session_quarter_theme_id" from table: "sessions"
DROP INDEX "session_quarter_theme_id";
-- Create index "session_quarter_theme_id_kind" to table: "sessions"
CREATE INDEX "session_quarter_theme_id_kind" ON "sessions" ("quarter_theme_id", "kind");
