// Hand-written (not generated): the go:generate entry of ent.

// Package ent is the generated data layer of Yuanbahui; its source of truth is
// ent/schema. Regenerate with `go generate ./ent` (or `make generate`).
package ent

//go:generate go run entc.go
//go:generate go run migrate/diff.go
