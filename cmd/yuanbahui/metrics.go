package main

import (
	"log/slog"
	"net"
	"net/http"
	"time"

	"yuanbahui/internal/telemetry"
)

// startMetrics serves the Prometheus metrics (internal/telemetry) at
// http://addr/metrics, on a listener of their own apart from the API, so
// that they are never offered where the API is unless the operator says so
// (the default, 127.0.0.1:9464, is loopback). It returns the metrics' URL
// and a function that stops the listener.
func startMetrics(addr string, log *slog.Logger) (url string, stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", telemetry.Handler())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	url = "http://" + ln.Addr().String() + "/metrics"
	log.Info("metrics", "url", url)
	if !isLoopback(addr) {
		log.Warn("metrics are served on a non-loopback address; keep it behind a firewall", "addr", addr)
	}
	return url, func() { srv.Close() }, nil
}
