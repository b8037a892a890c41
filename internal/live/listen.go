package live

import (
	"context"
	"log/slog"
	"time"

	"github.com/lib/pq"

	"yuanbahui/internal/telemetry"
)

// Handler is what a PostgreSQL channel's notifications do in this process.
type Handler struct {
	// Channel is the channel listened on.
	Channel string
	// Deliver applies one notification's payload.
	Deliver func(payload string)
	// Lost, if not nil, is called after the connection was re-established:
	// what was sent meanwhile is lost.
	Lost func()
}

// Handler is the bus's handler of Channel: it publishes the events of each
// notification to the process's subscribers. A reconnection loses nothing
// a board needs beyond one refresh (the next change brings it), so Lost is
// left to the log and the metric.
func (b *Bus) Handler(log *slog.Logger) Handler {
	return Handler{Channel: Channel, Deliver: func(payload string) {
		events, err := decode(payload)
		if err != nil {
			log.Warn("unreadable live notification", "error", err)
			return
		}
		b.Publish(events...)
	}}
}

// Listen receives, until ctx ends, the notifications of the handlers'
// channels on the PostgreSQL database at dsn — one connection for all of
// them, the process's one listener — and hands each to its handler. The
// connection reconnects by itself (pq.Listener, retrying after 100 ms up to
// every 10 s); each disconnection, reconnection and failed attempt is
// logged and counted (yuanbahui_listener_events_total), and after a
// reconnection every handler's Lost is called. ready, if not nil, is closed
// once it listens.
func Listen(ctx context.Context, dsn string, log *slog.Logger, ready chan<- struct{}, handlers ...Handler) error {
	lost := func() {
		for _, h := range handlers {
			if h.Lost != nil {
				h.Lost()
			}
		}
	}
	l := pq.NewListener(dsn, 100*time.Millisecond, 10*time.Second, func(ev pq.ListenerEventType, err error) {
		switch ev {
		case pq.ListenerEventReconnected:
			telemetry.ListenerEvents.WithLabelValues("reconnected").Inc()
			lost()
			log.Info("listener reconnected; notifications sent meanwhile are lost")
		case pq.ListenerEventDisconnected:
			telemetry.ListenerEvents.WithLabelValues("disconnected").Inc()
			log.Warn("listener disconnected", "error", err)
		case pq.ListenerEventConnectionAttemptFailed:
			telemetry.ListenerEvents.WithLabelValues("failed").Inc()
			log.Warn("listener cannot connect", "error", err)
		}
	})
	defer l.Close()
	by := map[string]func(string){}
	for _, h := range handlers {
		if err := l.Listen(h.Channel); err != nil {
			return err
		}
		by[h.Channel] = h.Deliver
	}
	if ready != nil {
		close(ready)
	}
	ping := time.NewTicker(90 * time.Second)
	defer ping.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case n := <-l.Notify:
			if n == nil { // reconnected: what was sent meanwhile is lost
				lost()
				continue
			}
			if deliver := by[n.Channel]; deliver != nil {
				deliver(n.Extra)
			}
		case <-ping.C:
			go func() { _ = l.Ping() }()
		}
	}
}
