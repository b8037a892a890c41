package server

import (
	"crypto/sha256"
	_ "embed" // the analyst's example queries
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"yuanbahui/ent"
	"yuanbahui/graph"
	"yuanbahui/internal/period"
)

// examplesSource is the analyst's example queries, one named operation each,
// served as JSON (GET /graphiql/examples.json) and preloaded as the tabs of
// the SPA explorer's GraphiQL; TestGraphiQLExamples runs every one of them
// against a seeded town.
//
//go:embed graphiql/examples.graphql
var examplesSource string

// Example is one example query of GraphiQL: a tab.
type Example struct {
	// Name is the operation's name.
	Name string `json:"name"`
	// Title is the first line of the comment above it: the question, in
	// Chinese and English.
	Title string `json:"title"`
	// Query is the operation with the comment above it.
	Query string `json:"query"`
	// Variables is the tab's variables (JSON), from a `# variables: {…}` line;
	// its periods are placeholders ({{quarter}} …, see ExampleVariables)
	// until served.
	Variables string `json:"variables,omitempty"`
}

// ExampleVariables fills the period placeholders of an example's variables
// from latest, the latest instant the data reach (dataRange.to):
// {{quarter}}, {{half}} and {{month}} are the periods that hold it,
// {{previousHalf}} the half-year before, {{previousYear}} the last whole year
// before its year, {{quarterFrom}} and {{quarterTo}} the quarter's instants
// (RFC 3339, UTC), {{latest}} the instant itself. So the examples open on
// the latest data, not on today's empty period.
func ExampleVariables(vars string, latest time.Time) string {
	quarter := period.Of(period.Quarter, latest)
	half := period.Of(period.HalfYear, latest)
	utc := func(t time.Time) string { return t.UTC().Format(time.RFC3339) }
	return strings.NewReplacer(
		"{{quarter}}", quarter.Label,
		"{{half}}", half.Label,
		"{{month}}", period.Label(period.Month, latest),
		"{{previousHalf}}", half.Previous().Label,
		"{{previousYear}}", period.Of(period.Year, latest).Previous().Label,
		"{{quarterFrom}}", utc(quarter.Start),
		"{{quarterTo}}", utc(quarter.End),
		"{{latest}}", utc(latest),
	).Replace(vars)
}

// Examples parses the example queries: each operation of examples.graphql
// with the comment lines right above it (its question, in Chinese and
// English).
func Examples() ([]Example, error) {
	doc, err := parser.ParseQuery(&ast.Source{Name: "examples.graphql", Input: examplesSource})
	if err != nil {
		return nil, err
	}
	lines := strings.Split(examplesSource, "\n")
	var out []Example
	for i, op := range doc.Operations {
		start := op.Position.Line - 1 // 0-based line of the operation
		for start > 0 && strings.HasPrefix(strings.TrimSpace(lines[start-1]), "#") {
			start--
		}
		end := len(lines)
		if i+1 < len(doc.Operations) {
			end = doc.Operations[i+1].Position.Line - 1
			for end > 0 && strings.HasPrefix(strings.TrimSpace(lines[end-1]), "#") {
				end--
			}
		}
		ex := Example{Name: op.Name}
		if c, ok := strings.CutPrefix(strings.TrimSpace(lines[start]), "#"); ok {
			ex.Title = strings.TrimSpace(c)
		}
		var text []string
		for _, l := range lines[start:end] {
			if v, ok := strings.CutPrefix(strings.TrimSpace(l), "# variables:"); ok {
				ex.Variables = strings.TrimSpace(v)
				continue
			}
			text = append(text, l)
		}
		ex.Query = strings.TrimSpace(strings.Join(text, "\n")) + "\n"
		out = append(out, ex)
	}
	return out, nil
}

// ExplorerRoute is the SPA's data explorer, where GraphiQL runs from the
// SPA's own bundle (no CDN, so it works offline); /graphiql redirects there.
const ExplorerRoute = "/explorer"

// ExampleSet is what GET /graphiql/examples.json answers: the example
// queries, and a version that changes with them (the explorer keeps a
// user's GraphiQL tabs under it, so new examples show up).
type ExampleSet struct {
	// Version is a hash of examples.graphql.
	Version string `json:"version"`
	// Examples are the queries, in the file's order.
	Examples []Example `json:"examples"`
}

// graphiqlExamples serves the example queries as JSON for the explorer,
// their periods those of the latest data the account sees (dataRange.to;
// now when it sees none, or is anonymous).
func graphiqlExamples(client *ent.Client) http.Handler {
	examples, err := Examples()
	if err != nil {
		panic("server: graphiql/examples.graphql: " + err.Error())
	}
	sum := sha256.Sum256([]byte(examplesSource))
	version := hex.EncodeToString(sum[:4])
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		latest := time.Now()
		if span, err := graph.DataRangeOf(r.Context(), client); err == nil && span.To != nil {
			latest = *span.To
		}
		set := ExampleSet{Version: version, Examples: make([]Example, len(examples))}
		for i, ex := range examples {
			ex.Variables = ExampleVariables(ex.Variables, latest)
			set.Examples[i] = ex
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		_ = json.NewEncoder(w).Encode(set)
	})
}

// graphiqlRedirect sends /graphiql (the address printed at start and in the
// README) to the SPA's explorer.
func graphiqlRedirect() http.Handler {
	return http.RedirectHandler(ExplorerRoute, http.StatusFound)
}
