// Package live carries what changed to the live boards: an Event (a kind, a
// record, its town, village and courtyard, the instant) is published once,
// after the transaction that made it commits — through PostgreSQL's
// pg_notify inside that transaction (delivered at commit to every process
// that listens, Listen), or on SQLite in the process after the commit
// (Hook) — and fanned out by a Bus to the process's subscribers, each with
// a bounded buffer that coalesces bursts: a slow subscriber loses detail
// (Batch.Count still counts), never blocks the publisher.
package live

import (
	"encoding/json"
	"io"
	"strconv"
	"sync"
	"time"

	"yuanbahui/internal/telemetry"
)

// Channel is the PostgreSQL channel the events travel on.
const Channel = "yuanbahui_live"

// Kind is what sort of record changed.
type Kind string

// The kinds of change the boards follow.
const (
	Ticket  Kind = "TICKET"  // a proxy-service ticket
	Issue   Kind = "ISSUE"   // a deliberation issue or one of its steps
	Idea    Kind = "IDEA"    // a golden idea
	Lecture Kind = "LECTURE" // a publicity lecture session
	Points  Kind = "POINTS"  // a points entry or redemption
	Rating  Kind = "RATING"  // a resident's rating
	Role    Kind = "ROLE"    // a courtyard officer's role assignment
)

// kinds lists every kind, in the order of the GraphQL enum LiveKind.
var kinds = []Kind{Ticket, Issue, Idea, Lecture, Points, Rating, Role}

// MarshalGQL implements graphql.Marshaler.
func (k Kind) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(k))) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (k *Kind) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	for _, x := range kinds {
		if string(x) == s {
			*k = x
			return nil
		}
	}
	return errUnknownKind(s)
}

// errUnknownKind is the error of a kind that is none of kinds.
type errUnknownKind string

func (e errUnknownKind) Error() string { return "unknown live kind " + strconv.Quote(string(e)) }

// Event is one committed change of one record.
type Event struct {
	// Kind is what sort of record changed.
	Kind Kind `json:"k"`
	// ID is the record's id (ent's global integer id).
	ID int `json:"i"`
	// Town, Village and Courtyard are the record's own area columns (0: none).
	Town      int `json:"t"`
	Village   int `json:"v"`
	Courtyard int `json:"c,omitempty"`
	// At is when the change was made (its transaction's hook ran).
	At time.Time `json:"a"`
}

// Batch is what a subscriber receives at once: the events kept since its
// last batch (at most MaxBatch) and how many there were in all.
type Batch struct {
	// Events are the events kept, oldest first.
	Events []Event
	// Count is how many matching events there were, kept or not.
	Count int
}

// Limits of a subscriber.
const (
	// MaxBatch is the most events a subscriber keeps between two batches;
	// more are counted only.
	MaxBatch = 50
	// MinInterval is the least time between two batches of one subscriber
	// (at most four a second): a burst arrives as one batch.
	MinInterval = 250 * time.Millisecond
)

// Bus fans published events out to the process's subscribers. Its zero
// value is not usable: use NewBus.
type Bus struct {
	mu   sync.RWMutex
	subs map[*Subscriber]struct{}
}

// NewBus returns a bus without subscribers.
func NewBus() *Bus { return &Bus{subs: map[*Subscriber]struct{}{}} }

// Publish hands events to every subscriber whose filter matches them. It
// never blocks on a subscriber.
func (b *Bus) Publish(events ...Event) {
	if b == nil || len(events) == 0 {
		return
	}
	telemetry.LiveEvents.WithLabelValues("published").Add(float64(len(events)))
	b.mu.RLock()
	defer b.mu.RUnlock()
	for s := range b.subs {
		s.offer(events)
	}
}

// Subscribe adds a subscriber that receives the events match accepts;
// Close removes it.
func (b *Bus) Subscribe(match func(Event) bool) *Subscriber {
	s := &Subscriber{bus: b, match: match, ready: make(chan struct{}, 1)}
	b.mu.Lock()
	b.subs[s] = struct{}{}
	b.mu.Unlock()
	telemetry.LiveSubscriptions.Inc()
	return s
}

// Subscribers is the number of subscribers.
func (b *Bus) Subscribers() int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return len(b.subs)
}

// Subscriber is one subscription to a bus: Ready signals that a batch
// waits, Take takes it.
type Subscriber struct {
	bus   *Bus
	match func(Event) bool
	ready chan struct{}

	mu      sync.Mutex
	pending Batch
}

// offer keeps the matching events (up to MaxBatch, counting the rest) and
// signals Ready without blocking.
func (s *Subscriber) offer(events []Event) {
	n, dropped := 0, 0
	s.mu.Lock()
	for _, e := range events {
		if !s.match(e) {
			continue
		}
		n++
		s.pending.Count++
		if len(s.pending.Events) < MaxBatch {
			s.pending.Events = append(s.pending.Events, e)
		} else {
			dropped++
		}
	}
	s.mu.Unlock()
	if dropped > 0 {
		telemetry.LiveEvents.WithLabelValues("dropped").Add(float64(dropped))
	}
	if n > 0 {
		select {
		case s.ready <- struct{}{}:
		default:
		}
	}
}

// Ready is signalled when a batch waits.
func (s *Subscriber) Ready() <-chan struct{} { return s.ready }

// Take returns the waiting batch (Count 0 if none) and starts the next.
func (s *Subscriber) Take() Batch {
	s.mu.Lock()
	b := s.pending
	s.pending = Batch{}
	s.mu.Unlock()
	telemetry.LiveEvents.WithLabelValues("delivered").Add(float64(len(b.Events)))
	return b
}

// Close removes the subscriber from its bus; it is safe to call twice.
func (s *Subscriber) Close() {
	s.bus.mu.Lock()
	_, there := s.bus.subs[s]
	delete(s.bus.subs, s)
	s.bus.mu.Unlock()
	if there {
		telemetry.LiveSubscriptions.Dec()
	}
}

// encode is the pg_notify payload of events: a JSON array, halved until it
// fits PostgreSQL's 8,000-byte limit (a transaction keeps at most MaxBatch
// events, which fit; the boards re-read what changed anyway).
func encode(events []Event) string {
	for len(events) > 0 {
		b, _ := json.Marshal(events)
		if len(b) < 7900 {
			return string(b)
		}
		events = events[:len(events)/2]
	}
	return "[]"
}

// decode reads a pg_notify payload of encode.
func decode(payload string) ([]Event, error) {
	var events []Event
	err := json.Unmarshal([]byte(payload), &events)
	return events, err
}
