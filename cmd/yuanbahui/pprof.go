package main

import (
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"time"
)

// startPprof serves Go's profiler (net/http/pprof) on its own listener, apart
// from the API, at addr, which must be a loopback address (127.0.0.1:6060,
// [::1]:6060, localhost:6060): profiles show the inside of the server and
// cost CPU, so they are never offered to the network. It returns the
// profiler's URL and a function that stops it.
func startPprof(addr string, log *slog.Logger) (url string, stop func(), err error) {
	if !isLoopback(addr) {
		return "", nil, fmt.Errorf("--pprof %q: only a loopback address (127.0.0.1:PORT, [::1]:PORT, localhost:PORT) is allowed", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	url = "http://" + ln.Addr().String() + "/debug/pprof/"
	log.Info("profiling", "url", url)
	return url, func() { srv.Close() }, nil
}
