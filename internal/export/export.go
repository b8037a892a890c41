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
	"slices"
	"sort"
	"strconv"
	"strings"
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
	// Internal marks a column written only when asked for by name (Select):
	// a record's global ID, a linked record's ID, a version.
	Internal bool
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
	// Personal asks for personal data (phones, addresses, ID numbers)
	// unmasked, for a viewer who sees it unmasked in the API; without it they
	// are masked whoever exports. Names are masked as the API masks them.
	Personal bool
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

// Select returns ex with the columns named by names (Column.Name), in that
// order, or, when names is empty, its columns that are not internal. An
// unknown name is refused (BAD_USER_INPUT) with the names there are.
func Select(ex Export, names []string) (Export, error) {
	all := ex.Columns()
	var pick []int
	if len(names) == 0 {
		for i, c := range all {
			if !c.Internal {
				pick = append(pick, i)
			}
		}
	}
	for _, n := range names {
		i := slices.IndexFunc(all, func(c Column) bool { return c.Name == n })
		if i < 0 {
			known := make([]string, len(all))
			for j, c := range all {
				known[j] = c.Name + "（" + c.Header + "）"
			}
			return nil, &Error{Code: "BAD_USER_INPUT", Message: "没有名为 " + strconv.Quote(n) + " 的列；可选的列：" + strings.Join(known, "、")}
		}
		pick = append(pick, i)
	}
	if len(pick) == len(all) && slices.IsSorted(pick) {
		return ex, nil
	}
	cols := make([]Column, len(pick))
	for i, j := range pick {
		cols[i] = all[j]
	}
	return &selected{Export: ex, cols: cols, pick: pick}, nil
}

// selected is an export with some of its columns.
type selected struct {
	Export
	cols []Column
	pick []int
}

func (s *selected) Columns() []Column { return s.cols }

func (s *selected) Rows(ctx context.Context, emit func(Row) error) error {
	row := make(Row, len(s.pick))
	return s.Export.Rows(ctx, func(r Row) error {
		for i, j := range s.pick {
			row[i] = nil
			if j < len(r) {
				row[i] = r[j]
			}
		}
		return emit(row)
	})
}
