package server

import (
	"crypto/sha256"
	_ "embed" // the analyst's example queries
	"encoding/hex"
	"html/template"
	"net/http"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// examplesSource is the analyst's example queries, one named operation each,
// preloaded as GraphiQL's tabs; TestGraphiQLExamples runs every one of them
// against a seeded town.
//
//go:embed graphiql/examples.graphql
var examplesSource string

// Example is one example query of GraphiQL: a tab.
type Example struct {
	// Name is the operation's name.
	Name string `json:"-"`
	// Query is the operation with the comment above it.
	Query string `json:"query"`
	// Variables is the tab's variables (JSON), from a `# variables: {…}` line.
	Variables string `json:"variables,omitempty"`
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

// graphiqlPage is GraphiQL (the version gqlgen's playground serves) with the
// examples as its default tabs. GraphiQL keeps the tabs a user opens in local
// storage under a prefix that changes with the examples, so new examples show
// up and a user's own tabs are otherwise kept.
var graphiqlPage = template.Must(template.New("graphiql").Parse(`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{.Title}}</title>
<style>body{margin:0}#graphiql{height:100vh}</style>
<script src="https://cdn.jsdelivr.net/npm/react@18.2.0/umd/react.production.min.js" integrity="sha256-S0lp+k7zWUMk2ixteM6HZvu8L9Eh//OVrt+ZfbCpmgY=" crossorigin="anonymous"></script>
<script src="https://cdn.jsdelivr.net/npm/react-dom@18.2.0/umd/react-dom.production.min.js" integrity="sha256-IXWO0ITNDjfnNXIu5POVfqlgYoop36bDzhodR6LW5Pc=" crossorigin="anonymous"></script>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/graphiql@4.1.2/graphiql.min.css" integrity="sha256-MEh+B2NdMSpj9kexQNN3QKc8UzMrCXW/Sx/phcpuyIU=" crossorigin="anonymous">
</head>
<body>
<div id="graphiql">Loading…</div>
<script src="https://cdn.jsdelivr.net/npm/graphiql@4.1.2/graphiql.min.js" integrity="sha256-hnImuor1znlJkD/FOTL3jayfS/xsyNoP04abi8bFJWs=" crossorigin="anonymous"></script>
<script>
const examples = {{.Examples}};
const prefix = {{.StoragePrefix}};
const storage = {
  getItem: (k) => localStorage.getItem(prefix + k),
  setItem: (k, v) => localStorage.setItem(prefix + k, v),
  removeItem: (k) => localStorage.removeItem(prefix + k),
  clear: () => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).forEach((k) => localStorage.removeItem(k)),
  get length() { return Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length; },
};
const fetcher = GraphiQL.createFetcher({ url: location.protocol + '//' + location.host + {{.Endpoint}} });
ReactDOM.render(React.createElement(GraphiQL, {
  fetcher,
  defaultTabs: examples,
  defaultEditorToolsVisibility: true,
  isHeadersEditorEnabled: true,
  storage,
  inputValueDeprecation: true,
}), document.getElementById('graphiql'));
</script>
</body>
</html>
`))

// graphiql serves GraphiQL on endpoint with the example queries as tabs.
func graphiql(title, endpoint string) http.Handler {
	examples, err := Examples()
	if err != nil {
		panic("server: graphiql/examples.graphql: " + err.Error())
	}
	sum := sha256.Sum256([]byte(examplesSource))
	data := map[string]any{
		"Title": title, "Endpoint": endpoint, "Examples": examples,
		"StoragePrefix": "ybh-graphiql-" + hex.EncodeToString(sum[:4]) + ":",
	}
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_ = graphiqlPage.Execute(w, data)
	})
}
