// Hand-written (not generated): the committed PostgreSQL migrations, embedded.

package migrate

import "embed"

// Migrations holds the versioned PostgreSQL migrations (migrations/*.sql and
// atlas.sum), written by `go run migrate/diff.go` from ent/schema.
//
//go:embed migrations
var Migrations embed.FS
