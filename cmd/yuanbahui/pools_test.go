package main

import (
	"context"
	"path/filepath"
	"testing"
)

// TestServePoolFlags: the pool flags are taken (SQLite ignores them), and
// pools that could not serve are refused before the database is opened.
func TestServePoolFlags(t *testing.T) {
	startServe(t, "--db-read-conns", "10", "--db-write-conns", "4", "--db-lock-timeout", "500ms", "--db-statement-timeout", "5s")
	var out, errOut syncBuffer
	db := "sqlite:" + filepath.Join(t.TempDir(), "y.db")
	for _, args := range [][]string{
		{"--db-write-conns", "0"},
		{"--db-read-conns", "-1"},
		{"--db-lock-timeout", "0s"},
		{"--db-lock-timeout", "5s", "--db-statement-timeout", "1s"},
	} {
		if err := run(context.Background(), append([]string{"serve", "--db", db}, args...), &out, &errOut); err == nil {
			t.Errorf("serve %v was accepted", args)
		}
	}
}
