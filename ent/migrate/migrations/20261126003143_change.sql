-- Create index "deliberationrule_district_id_village_id" to table: "deliberation_rules"
CREATE INDEX "deliberationrule_district_id_village_id" ON "deliberation_rules" ("district_id", "village_id");
