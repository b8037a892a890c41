package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"yuanbahui/ent"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
)

// Executor runs GraphQL operations as the API's /query does — the same
// schema, resolvers and extensions (page limits, the filter guard) — without
// HTTP; gqlgen's executor.Executor is one. The field middleware Intercept must
// be installed on it (AroundFields).
type Executor interface {
	CreateOperationContext(ctx context.Context, params *graphql.RawParams) (*graphql.OperationContext, gqlerror.List)
	DispatchOperation(ctx context.Context, rc *graphql.OperationContext) (graphql.ResponseHandler, context.Context)
}

// PageSize is how many rows an export reads at a time: large pages, because
// each page is one query that may sort what remains of the list (about 2 MB
// of entities a page).
const PageSize = 10_000

// Options configure the connection exports.
type Options struct {
	// Labels gives enum values their Chinese labels; nil means the schema's
	// (SchemaLabels).
	Labels Labeler
	// PageSize is the number of rows read at a time; 0 means PageSize.
	PageSize int
	// Derived computes the fields the API derives (Type.field, e.g.
	// Ticket.overdue), exported as columns of their own.
	Derived map[string]DerivedField
}

// RegisterConnections registers one export per root connection of the
// schema (tickets, residents, …), named as the query field, reading through
// exec with the viewer's context: rows are what the API's resolver returns
// for that viewer (area scoping, privacy), keyset page after page, and their
// personal fields are masked as @personal masks them.
func RegisterConnections(r *Registry, s *ast.Schema, exec Executor, client *ent.Client, opts Options) {
	if opts.Labels == nil {
		opts.Labels = SchemaLabels(s)
	}
	if opts.PageSize == 0 {
		opts.PageSize = PageSize
	}
	for _, f := range connectionFields(s) {
		def := nodeType(s, f.Type.Name())
		if def == nil {
			continue
		}
		c := &connection{
			exec: exec, client: client, opts: opts,
			field: f.Name, node: def.Name, title: Chinese(def.Description),
			fields: columnsOf(s, def, opts.Derived),
			where:  f.Arguments.ForName("where").Type.String(),
			order:  f.Arguments.ForName("orderBy").Type.String(),
		}
		if c.title == "" {
			c.title = def.Name
		}
		var names []string
		for _, fl := range c.fields {
			if fl.link == nil && fl.derived == nil {
				names = append(names, fl.Name)
			}
		}
		c.selection = strings.Join(names, " ")
		r.Register(f.Name, c)
	}
}

// connection exports one root connection.
type connection struct {
	exec         Executor
	client       *ent.Client
	opts         Options
	field, node  string
	title        string
	where, order string // GraphQL types of the arguments
	fields       []field
	selection    string

	once   sync.Once
	index  []int // Go struct field of each column in the node struct (−1: none)
	goType reflect.Type
}

// Open counts the rows (connectionExport.Count).
func (c *connection) Open(ctx context.Context, p Params) (Export, error) {
	n, err := c.count(ctx, p)
	if err != nil {
		return nil, err
	}
	return &connectionExport{c: c, p: p, n: n}, nil
}

// connectionExport is one export of a connection.
type connectionExport struct {
	c *connection
	p Params
	n int
}

func (e *connectionExport) Title() string     { return e.c.title }
func (e *connectionExport) Columns() []Column { return e.c.columns() }
func (e *connectionExport) Count() int        { return e.n }
func (e *connectionExport) Rows(ctx context.Context, emit func(Row) error) error {
	return e.c.rows(ctx, e.p, emit)
}

func (c *connection) columns() []Column {
	cols := make([]Column, len(c.fields))
	for i, f := range c.fields {
		cols[i] = f.Column
	}
	return cols
}

// alias marks the root field whose resolution Intercept takes over.
const alias = "exportRows"

// count asks the connection's totalCount, with the export's where and
// orderBy: the API's own validation and refusals happen here.
func (c *connection) count(ctx context.Context, p Params) (int, error) {
	q := fmt.Sprintf("query Count($where: %s, $orderBy: %s) { %s: %s(first: 0, where: $where, orderBy: $orderBy) { totalCount } }",
		c.where, c.order, alias, c.field)
	resp, err := run(ctx, c.exec, q, argsOf(p))
	if err != nil {
		return 0, err
	}
	var data struct {
		Rows struct{ TotalCount int } `json:"exportRows"`
	}
	if err := json.Unmarshal(resp.Data, &data); err != nil {
		return 0, err
	}
	return data.Rows.TotalCount, nil
}

// rows runs the connection once; Intercept calls its resolver page after page.
func (c *connection) rows(ctx context.Context, p Params, emit func(Row) error) error {
	q := fmt.Sprintf("query Rows($where: %s, $orderBy: %s) { %s: %s(where: $where, orderBy: $orderBy) { edges { node { %s } } } }",
		c.where, c.order, alias, c.field, c.selection)
	r := &reader{c: c, emit: emit, pageSize: c.opts.PageSize, masked: viewer.FromContext(ctx).MasksPersonalData(), personal: p.Personal}
	_, err := run(context.WithValue(ctx, readerKey{}, r), c.exec, q, argsOf(p))
	if r.err != nil {
		return r.err
	}
	return err
}

// argsOf gives the where and orderBy of p as GraphQL variables.
func argsOf(p Params) map[string]json.RawMessage {
	return map[string]json.RawMessage{"where": p.Where, "orderBy": p.OrderBy}
}

// run executes an operation as the API would, with variables given as JSON
// (empty ones left out), and returns its errors as an *Error with the API's
// code.
func run(ctx context.Context, exec Executor, query string, raw map[string]json.RawMessage) (*graphql.Response, error) {
	vars := map[string]any{}
	for name, raw := range raw {
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		d := json.NewDecoder(bytes.NewReader(raw))
		d.UseNumber()
		var v any
		if err := d.Decode(&v); err != nil {
			return nil, &Error{Code: "BAD_USER_INPUT", Message: name + " 不是合法的 JSON：" + err.Error()}
		}
		vars[name] = v
	}
	ctx = graphql.StartOperationTrace(ctx)
	rc, errs := exec.CreateOperationContext(ctx, &graphql.RawParams{Query: query, Variables: vars})
	if errs != nil {
		return nil, refusal(errs)
	}
	handle, ctx := exec.DispatchOperation(graphql.WithOperationContext(ctx, rc), rc)
	resp := handle(ctx)
	if resp == nil {
		return nil, errors.New("export: no response")
	}
	if len(resp.Errors) > 0 {
		return nil, refusal(resp.Errors)
	}
	return resp, nil
}

// refusal turns GraphQL errors into an *Error with the first one's code.
func refusal(errs gqlerror.List) error {
	e := errs[0]
	code := "BAD_USER_INPUT"
	if c, ok := e.Extensions["code"].(string); ok && c != "" && !strings.HasPrefix(c, "GRAPHQL_") {
		code = c
	}
	return &Error{Code: code, Message: e.Message}
}

type readerKey struct{}

// reader turns the pages of one export's connection into rows.
type reader struct {
	c        *connection
	emit     func(Row) error
	pageSize int
	masked   bool // the viewer sees personal data masked
	personal bool // personal data asked for (Params.Personal)
	links    map[string]map[int]linked
	row      Row
	err      error
}

// Intercept is the field middleware that reads an export's rows: on the
// export's root field it calls the API's resolver page after page (first:
// the page size, after: the last row's cursor — keyset pages), hands each
// page's nodes to the export and gives gqlgen an empty last page to answer.
// Elsewhere it does nothing.
func Intercept(ctx context.Context, next graphql.Resolver) (any, error) {
	r, ok := ctx.Value(readerKey{}).(*reader)
	if !ok {
		return next(ctx)
	}
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Object != "Query" || fc.Field.Alias != alias {
		return next(ctx)
	}
	first := r.pageSize
	fc.Args["first"] = &first
	for {
		res, err := next(ctx)
		if err != nil {
			return nil, err
		}
		after, more, err := r.page(ctx, res)
		if err != nil {
			r.err = err
			return nil, err
		}
		if !more {
			return res, nil
		}
		fc.Args["after"] = after
	}
}

// page writes the nodes of one connection page (an *ent.XConnection), then
// empties it; it returns the cursor to continue after and whether there is more.
func (r *reader) page(ctx context.Context, res any) (after any, more bool, err error) {
	conn := reflect.ValueOf(res)
	if conn.Kind() != reflect.Pointer || conn.IsNil() {
		return nil, false, fmt.Errorf("export: %s returned %T", r.c.field, res)
	}
	conn = conn.Elem()
	edges := conn.FieldByName("Edges")
	n := edges.Len()
	if err := r.loadLinks(ctx, edges); err != nil {
		return nil, false, err
	}
	for i := 0; i < n; i++ {
		edge := edges.Index(i).Elem()
		if err := r.write(ctx, edge.FieldByName("Node")); err != nil {
			return nil, false, err
		}
		if i == n-1 {
			after = edge.FieldByName("Cursor").Addr().Interface()
		}
	}
	more = conn.FieldByName("PageInfo").FieldByName("HasNextPage").Bool() && n > 0
	edges.Set(reflect.Zero(edges.Type()))
	return after, more, nil
}

// write emits one node as a row.
func (r *reader) write(ctx context.Context, node reflect.Value) error {
	entity := node.Interface()
	if node.Kind() == reflect.Pointer {
		if node.IsNil() {
			return nil
		}
		node = node.Elem()
	}
	r.c.once.Do(func() { r.c.bind(node.Type()) })
	if r.row == nil {
		r.row = make(Row, len(r.c.fields))
	}
	for i, f := range r.c.fields {
		r.row[i] = nil
		switch {
		case f.derived != nil:
			r.row[i] = r.value(f, reflect.ValueOf(f.derived(ctx, entity)))
		case r.c.index[i] >= 0:
			r.row[i] = r.value(f, node.Field(r.c.index[i]))
		}
	}
	return r.emit(r.row)
}

// bind finds each column's field in the node's Go struct, by name as gqlgen
// does (townID → TownID).
func (c *connection) bind(t reflect.Type) {
	c.goType = t
	c.index = make([]int, len(c.fields))
	for i, f := range c.fields {
		c.index[i] = -1
		name := f.source
		if name == "" {
			name = f.Name
		}
		for j := 0; j < t.NumField(); j++ {
			if sf := t.Field(j); sf.IsExported() && strings.EqualFold(sf.Name, name) {
				c.index[i] = j
				break
			}
		}
	}
}

var timeType = reflect.TypeOf(time.Time{})

// value converts one Go field to a cell value of the column.
func (r *reader) value(f field, v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	if f.json {
		if (v.Kind() == reflect.Map || v.Kind() == reflect.Slice) && v.Len() == 0 {
			return nil
		}
		b, _ := json.Marshal(v.Interface())
		return string(b)
	}
	if f.list && v.Kind() == reflect.Slice {
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = r.text(f, v.Index(i))
		}
		return strings.Join(parts, "、")
	}
	switch {
	case v.Type() == timeType:
		return v.Interface().(time.Time).In(period.Shanghai)
	case v.Kind() == reflect.Bool:
		return v.Bool()
	case v.Kind() >= reflect.Int && v.Kind() <= reflect.Int64:
		n := v.Int()
		switch {
		case f.link != nil:
			return r.linked(f, int(n))
		case f.id:
			return ent.EncodeGlobalID(int(n))
		case f.Kind == Money:
			return float64(n) / 100
		}
		return n
	case v.Kind() == reflect.Float32 || v.Kind() == reflect.Float64:
		return v.Float()
	}
	return r.text(f, v)
}

// text is a string value of the column: an enum's label, a masked personal
// field, or the string.
func (r *reader) text(f field, v reflect.Value) string {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.String {
		return fmt.Sprint(v.Interface())
	}
	s := v.String()
	if f.enum != "" {
		if l, ok := r.c.opts.Labels(f.enum, s); ok {
			return l
		}
	}
	if f.personal != "" && r.masks(f.personal) {
		return viewer.Mask(f.personal, s)
	}
	return s
}

// masks tells whether personal data of kind is written masked: always for
// a viewer who sees it masked in the API; for others, names never, phones,
// addresses and ID numbers unless asked for (Params.Personal).
func (r *reader) masks(kind string) bool {
	return r.masked || (kind != "NAME" && !r.personal)
}
