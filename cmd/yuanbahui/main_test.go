package main

import (
	"bytes"
	"context"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
)

func TestSeedCommandRefusesNonEmptyDatabase(t *testing.T) {
	ctx := context.Background()
	db := "sqlite:" + filepath.Join(t.TempDir(), "y.db")
	var out, errOut bytes.Buffer
	if err := run(ctx, []string{"seed", "--db", db, "--as-of", "2026-06-30"}, &out, &errOut); err != nil {
		t.Fatalf("seed: %v\n%s", err, errOut.String())
	}
	if !strings.Contains(out.String(), "Courtyard") || !strings.Contains(errOut.String(), "done") {
		t.Fatalf("seed output: %q / progress %q", out.String(), errOut.String())
	}
	if err := run(ctx, []string{"seed", "--db", db}, &out, &errOut); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("second seed: err = %v, want a refusal", err)
	}
	out.Reset()
	if err := run(ctx, []string{"seed", "--db", db, "--if-empty"}, &out, &errOut); err != nil || !strings.Contains(out.String(), "not seeding") {
		t.Fatalf("seed --if-empty on a seeded database: %v %q", err, out.String())
	}
	if err := run(ctx, []string{"migrate", "--db", db}, &out, &errOut); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	if err := run(ctx, []string{"seed", "--db", db, "--as-of", "30/06/2026"}, &out, &errOut); err == nil {
		t.Fatal("a malformed --as-of was accepted")
	}
	if err := run(ctx, []string{"frobnicate"}, &out, &errOut); err == nil {
		t.Fatal("an unknown command was accepted")
	}
}

func TestServeAnswersAndShutsDown(t *testing.T) {
	url, stop := launchServe(t)
	resp, err := http.Get(url + "healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %shealthz: %v %v", url, resp, err)
	}
	resp.Body.Close()
	if err := stop(); err != nil {
		t.Fatalf("serve after shutdown: %v", err)
	}
}

func TestUserCommands(t *testing.T) {
	ctx := context.Background()
	db := "sqlite:" + filepath.Join(t.TempDir(), "y.db")
	var out, errOut bytes.Buffer
	if err := run(ctx, []string{"seed", "--db", db, "--as-of", "2026-06-30"}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := run(ctx, []string{"user", "add", "--db", db, "--username", "zhang", "--role", "TOWN_OFFICIAL", "--area", "500154104"}, &out, &errOut); err != nil {
		t.Fatalf("user add: %v", err)
	}
	if !strings.Contains(out.String(), "password (shown once): ") {
		t.Fatalf("generated password not printed: %q", out.String())
	}
	stdin = strings.NewReader("a-long-enough-password\n")
	if err := run(ctx, []string{"user", "add", "--db", db, "--username", "li", "--role", "ANALYST", "--area", "500154", "--password-stdin"}, &out, &errOut); err != nil {
		t.Fatalf("user add --password-stdin: %v", err)
	}
	if err := run(ctx, []string{"user", "add", "--db", db, "--username", "wang", "--role", "VILLAGE_CADRE", "--area", "500154104"}, &out, &errOut); err == nil {
		t.Fatal("a village cadre bound to a town code was accepted")
	}
	if err := run(ctx, []string{"user", "add", "--db", db, "--username", "admin", "--role", "DISTRICT_ADMIN", "--area", "500154", "--demo"}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := run(ctx, []string{"user", "list", "--db", db}, &out, &errOut); err != nil || !strings.Contains(out.String(), "zhang") || !strings.Contains(out.String(), "ANALYST") {
		t.Fatalf("user list: %v %q", err, out.String())
	}
	// Production refuses to start while the demo password is in use.
	err := run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--production"}, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "demo password") {
		t.Fatalf("serve --production with the demo admin: %v", err)
	}
	if err := run(ctx, []string{"user", "disable", "--db", db, "--username", "admin"}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	// Stop it once it serves (not before: stopping it while it migrates is an error).
	_, stop := launchServe(t, "--db", db, "--production")
	if err := stop(); err != nil {
		t.Fatalf("serve --production after disabling the demo admin: %v", err)
	}
}
