// Package export writes the API's data as spreadsheets: CSV (UTF-8 with a
// BOM, so Excel reads Chinese correctly) and XLSX (typed cells, through
// excelize's stream writer). What can be exported is a Registry of named
// Sources: every root connection of the GraphQL API (derived from the schema,
// see Connections) and whatever else is registered, such as stats results.
// Rows are read page by page and written as they come, so an export holds
// constant memory however many rows it has.
//
// Headers are Chinese (the zh part of each field's description), enum values
// carry their labels, times are in Asia/Shanghai and money (fields in fen) is
// in yuan. Scoping and masking are the API's: connection rows are read by the
// API's own resolvers with the viewer's context, and personal fields are
// masked as the @personal directive masks them.
package export

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
)

// Kind is the type of a column's cells.
type Kind int

// The kinds of cells.
const (
	Text  Kind = iota // a string (also IDs, enum labels, lists joined by 、)
	Int               // an integer
	Float             // a number
	Money             // an amount in yuan, from a field in fen, two decimals
	Time              // a date and time in Asia/Shanghai
	Bool              // 是 / 否
)

// Column is one column of an export.
type Column struct {
	// Name is the GraphQL field (or stats key) the column comes from.
	Name string
	// Header is the column's Chinese header.
	Header string
	// Kind is the type of its cells.
	Kind Kind
}

// Row is one row: one value per column, of the column's kind — string,
// int64, float64 (Float and Money, Money already in yuan), time.Time (in
// Shanghai), bool — or nil for an empty cell.
type Row []any

// Params are what a request asks of an export: the GraphQL where and orderBy
// arguments as JSON (empty: none), and any further query parameters for
// sources that take them (e.g. a stats export's metrics).
type Params struct {
	Where   json.RawMessage
	OrderBy json.RawMessage
	Extra   map[string][]string
}

// Source is a named export.
type Source interface {
	// Open prepares one export for the viewer of ctx with the request's
	// params; invalid params and refusals are returned here, before anything
	// is written.
	Open(ctx context.Context, p Params) (Export, error)
}

// Export is one opened export.
type Export interface {
	// Title names what is exported, in Chinese (the file name and sheet).
	Title() string
	// Columns are the columns of its rows.
	Columns() []Column
	// Count is how many rows Rows will write, or −1 when unknown.
	Count() int
	// Rows calls emit with each row, in order, reading as it goes.
	Rows(ctx context.Context, emit func(Row) error) error
}

// Registry holds the named exports.
type Registry struct {
	mu      sync.RWMutex
	sources map[string]Source
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{sources: map[string]Source{}} }

// Register adds (or replaces) the export called name, e.g. "tickets" or
// "stats"; GET /export/{name}.csv serves it.
func (r *Registry) Register(name string, s Source) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sources[name] = s
}

// Lookup returns the export called name.
func (r *Registry) Lookup(name string) (Source, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	s, ok := r.sources[name]
	return s, ok
}

// Names lists the registered exports, sorted.
func (r *Registry) Names() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	names := make([]string, 0, len(r.sources))
	for n := range r.sources {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Error is a refusal of an export request, with the API's error code
// (internal/apierr) and message.
type Error struct {
	Code    string
	Message string
}

// Error implements error.
func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Message) }
