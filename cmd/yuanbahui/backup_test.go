package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestBackupAndRestoreCommands drives `backup` and `restore` on SQLite files:
// a copy restores into a new database, a second restore over it needs --force.
func TestBackupAndRestoreCommands(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	src, dst, file := "sqlite:"+filepath.Join(dir, "a.db"), "sqlite:"+filepath.Join(dir, "b.db"), filepath.Join(dir, "a.backup")
	var out, errOut bytes.Buffer
	if err := run(ctx, []string{"seed", "--db", src, "--as-of", "2026-06-30"}, &out, &errOut); err != nil {
		t.Fatalf("seed: %v\n%s", err, errOut.String())
	}
	if err := run(ctx, []string{"backup", "--db", src}, &out, &errOut); err == nil {
		t.Error("backup without --to succeeded")
	}
	out.Reset()
	if err := run(ctx, []string{"backup", "--db", src, "--to", file}, &out, &errOut); err != nil || !strings.Contains(out.String(), "backed up") {
		t.Fatalf("backup: %v, %q", err, out.String())
	}
	out.Reset()
	if err := run(ctx, []string{"restore", "--db", dst, "--from", file}, &out, &errOut); err != nil || !strings.Contains(out.String(), "restored") {
		t.Fatalf("restore: %v, %q", err, out.String())
	}
	if err := run(ctx, []string{"restore", "--db", dst, "--from", file}, &out, &errOut); err == nil || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("restore over data without --force: %v, want a refusal naming --force", err)
	}
	if err := run(ctx, []string{"restore", "--db", dst, "--from", file, "--force"}, &out, &errOut); err != nil {
		t.Fatalf("restore --force: %v", err)
	}
}
