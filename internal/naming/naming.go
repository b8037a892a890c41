// Package naming converts the names of ent/schema (snake_case) into the names
// the GraphQL API uses (lowerCamel, with "id" as "ID"), as entgql does.
package naming

import "strings"

// LowerCamel turns an ent field or edge name into its GraphQL name:
// "village_id" → "villageID", "role_assignments" → "roleAssignments".
func LowerCamel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		switch {
		case parts[i] == "id":
			parts[i] = "ID"
		case parts[i] != "":
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}
