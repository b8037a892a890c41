package main

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for one writer and one reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// readyWriter is serve's stdout in tests: it hands over the URL of serve's
// "is running at" line, which serve prints once its listener is bound (so
// requests are accepted from then on), the moment serve writes it.
type readyWriter struct {
	syncBuffer
	once sync.Once
	url  chan string
}

func newReadyWriter() *readyWriter { return &readyWriter{url: make(chan string, 1)} }

func (w *readyWriter) Write(p []byte) (int, error) {
	n, err := w.syncBuffer.Write(p)
	s := w.String()
	if i := strings.Index(s, " is running at http://"); i >= 0 && strings.Contains(s[i:], "\n") {
		w.once.Do(func() { w.url <- strings.Fields(s[i+len(" is running at "):])[0] })
	}
	return n, err
}

// readyTimeout bounds the wait for serve to migrate a fresh database and listen.
const readyTimeout = time.Minute

// launchServe runs `serve` with args (--addr 127.0.0.1:0 and a fresh SQLite
// database unless args name their own --db) and returns once serve says it
// is listening, with its URL and stop, which cancels serve and returns what
// it returned. It fails the test if serve returns or stays silent first.
func launchServe(t *testing.T, args ...string) (url string, stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	full := []string{"serve", "--addr", "127.0.0.1:0"}
	if !containsFlag(args, "--db") {
		full = append(full, "--db", "sqlite:"+filepath.Join(t.TempDir(), "y.db"))
	}
	out, errOut := newReadyWriter(), &syncBuffer{}
	done := make(chan error, 1)
	go func() { done <- run(ctx, append(full, args...), out, errOut) }()
	var once sync.Once
	var stopErr error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case stopErr = <-done:
			case <-time.After(readyTimeout):
				stopErr = fmt.Errorf("serve did not shut down within %s", readyTimeout)
			}
		})
		return stopErr
	}
	t.Cleanup(func() { _ = stop() })
	select {
	case url = <-out.url:
		return url, stop
	case err := <-done:
		t.Fatalf("serve %v returned before listening: %v; stderr: %s", args, err, errOut.String())
	case <-time.After(readyTimeout):
		t.Fatalf("serve %v printed no URL within %s; stderr: %s", args, readyTimeout, errOut.String())
	}
	return "", stop
}

func containsFlag(args []string, name string) bool {
	for _, a := range args {
		if a == name || strings.HasPrefix(a, name+"=") {
			return true
		}
	}
	return false
}
