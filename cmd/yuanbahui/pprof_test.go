package main

import (
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
)

func TestPprofOnLoopbackOnly(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	for _, addr := range []string{":6060", "0.0.0.0:6060", "192.0.2.1:6060", "example.org:6060", "6060"} {
		if _, _, err := startPprof(addr, log); err == nil || !strings.Contains(err.Error(), "--pprof") {
			t.Errorf("--pprof %s: %v, want a refusal", addr, err)
		}
	}
	url, stop, err := startPprof("127.0.0.1:0", log)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	resp, err := http.Get(url + "cmdline")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %scmdline: %v %v", url, resp, err)
	}
	resp.Body.Close()
}
