-- Modify "awards" table
ALTER TABLE "awards" ADD CONSTRAINT "awards_towns_town" FOREIGN KEY ("town_id") REFERENCES "towns" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "awards_villages_village" FOREIGN KEY ("village_id") REFERENCES "villages" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "courtyards" table
ALTER TABLE "courtyards" ADD CONSTRAINT "courtyards_towns_town" FOREIGN KEY ("town_id") REFERENCES "towns" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "grants" table
ALTER TABLE "grants" ADD CONSTRAINT "grants_towns_town" FOREIGN KEY ("town_id") REFERENCES "towns" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "grants_villages_village" FOREIGN KEY ("village_id") REFERENCES "villages" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "household_moves" table
ALTER TABLE "household_moves" ADD CONSTRAINT "household_moves_towns_town" FOREIGN KEY ("town_id") REFERENCES "towns" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "household_moves_villages_village" FOREIGN KEY ("village_id") REFERENCES "villages" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "households" table
ALTER TABLE "households" ADD CONSTRAINT "households_towns_town" FOREIGN KEY ("town_id") REFERENCES "towns" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "households_villages_village" FOREIGN KEY ("village_id") REFERENCES "villages" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "ideas" table
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_towns_town" FOREIGN KEY ("town_id") REFERENCES "towns" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "ideas_villages_village" FOREIGN KEY ("village_id") REFERENCES "villages" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "issues" table
ALTER TABLE "issues" ADD CONSTRAINT "issues_towns_town" FOREIGN KEY ("town_id") REFERENCES "towns" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "issues_villages_village" FOREIGN KEY ("village_id") REFERENCES "villages" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "point_entries" table
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_towns_town" FOREIGN KEY ("town_id") REFERENCES "towns" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "point_entries_villages_village" FOREIGN KEY ("village_id") REFERENCES "villages" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "point_redemptions" table
ALTER TABLE "point_redemptions" ADD CONSTRAINT "point_redemptions_towns_town" FOREIGN KEY ("town_id") REFERENCES "towns" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "point_redemptions_villages_village" FOREIGN KEY ("village_id") REFERENCES "villages" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "ratings" table
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_towns_town" FOREIGN KEY ("town_id") REFERENCES "towns" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "ratings_villages_village" FOREIGN KEY ("village_id") REFERENCES "villages" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "role_assignments" table
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_towns_town" FOREIGN KEY ("town_id") REFERENCES "towns" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "role_assignments_villages_village" FOREIGN KEY ("village_id") REFERENCES "villages" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "sessions" table
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_towns_town" FOREIGN KEY ("town_id") REFERENCES "towns" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "sessions_villages_village" FOREIGN KEY ("village_id") REFERENCES "villages" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "tickets" table
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_towns_town" FOREIGN KEY ("town_id") REFERENCES "towns" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "tickets_villages_village" FOREIGN KEY ("village_id") REFERENCES "villages" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
