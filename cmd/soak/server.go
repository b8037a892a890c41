package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"
)

// server is `yuanbahui serve` running as a child process.
type server struct {
	cmd     *exec.Cmd
	url     string // http://127.0.0.1:PORT/
	logPath string
	once    sync.Once
	done    chan struct{}
}

// startServer starts `serve` on the database with the limits raised for
// the soak (--rate, --burst and --budget per account: ten clients share an
// account) and waits until /readyz answers 200.
func startServer(ctx context.Context, bin string, pg *postgres) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	s := &server{url: fmt.Sprintf("http://127.0.0.1:%d/", port), logPath: filepath.Join(pg.dir, "serve.log"), done: make(chan struct{})}
	logf, err := os.Create(s.logPath)
	if err != nil {
		return nil, err
	}
	s.cmd = exec.Command(bin, "serve", "--db", pg.url(), "--addr", fmt.Sprintf("127.0.0.1:%d", port),
		"--metrics-addr", "", "--rate", "1000", "--burst", "2000", "--budget", "100000000")
	s.cmd.Stdout, s.cmd.Stderr = logf, logf
	if err := s.cmd.Start(); err != nil {
		logf.Close()
		return nil, err
	}
	go func() {
		_ = s.cmd.Wait()
		logf.Close()
		close(s.done)
	}()
	for deadline := time.Now().Add(time.Minute); ; {
		resp, err := http.Get(s.url + "readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s, nil
			}
		}
		select {
		case <-s.done:
			return nil, fmt.Errorf("serve exited at start; see %s", s.logPath)
		case <-ctx.Done():
			s.stop()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			s.stop()
			return nil, fmt.Errorf("serve not ready after a minute; see %s", s.logPath)
		}
	}
}

// stop ends the server (SIGTERM, then SIGKILL after 20 s) and waits for it.
func (s *server) stop() {
	s.once.Do(func() {
		_ = s.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-s.done:
		case <-time.After(20 * time.Second):
			_ = s.cmd.Process.Kill()
			<-s.done
		}
	})
}
