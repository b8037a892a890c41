package server

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"yuanbahui/ent"
	"yuanbahui/graph"
	"yuanbahui/internal/account"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/audit"
	"yuanbahui/internal/export"
	"yuanbahui/internal/label"
	"yuanbahui/internal/period"
	"yuanbahui/internal/store"
	"yuanbahui/internal/telemetry"
	"yuanbahui/internal/viewer"
	"yuanbahui/internal/workflow"
)

// NewExports returns the registry of exports: every root connection of the
// API, read through an executor with the API's schema and extensions (those
// of /query: depth and page limits, the filter guard; and the error
// presenter), with opts (enum labels:
// internal/label unless opts says otherwise), and the stats export.
// Register more on it before serving. Exports read through db.Analytics:
// from the read replica while it is fresh enough.
func NewExports(db *store.DB, accounts *account.Service, log *slog.Logger, opts export.Options) *export.Registry {
	client := db.Analytics
	schema := graph.NewSchema(client, accounts, sessionCookies{}, schemaOptions(db, Config{})...)
	exec := executor.New(schema)
	// The extensions of /query, the filter guard among them: an export's
	// where and orderBy are judged exactly as the API's arguments are.
	for _, ext := range extensions(false) {
		if _, ok := ext.(requestMetrics); ok {
			// An export's pages are counted as export rows, not requests.
			continue
		}
		exec.Use(ext)
	}
	exec.AroundFields(export.Intercept)
	exec.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error { return presentError(ctx, log, err) })
	exec.SetRecoverFunc(func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in export", "panic", p)
		return errors.New("internal error")
	})
	if opts.Derived == nil {
		opts.Derived = derivedFields
	}
	if opts.Labels == nil {
		opts.Labels = func(enum, value string) (string, bool) {
			v, ok := label.Lookup(enum, value)
			return v.Zh, ok && v.Zh != ""
		}
	}
	r := export.NewRegistry()
	export.RegisterConnections(r, schema.Schema(), exec, client, opts)
	export.RegisterStats(r, schema.Schema(), exec)
	export.RegisterTargets(r, schema.Schema(), exec)
	return r
}

// derivedFields are the fields the API derives from a record that exports
// write as columns, computed by the API's own functions at the instant of
// the export: the where's asOf, else the clock of the context (one instant
// for a whole export) — as the list shows overdue(asOf: where.asOf).
var derivedFields = map[string]export.DerivedField{
	"Ticket.overdue": func(ctx context.Context, node any) any {
		return workflow.Overdue(node.(*ent.Ticket), exportAsOf(ctx))
	},
	"Ticket.onTime":         func(_ context.Context, node any) any { return workflow.OnTime(node.(*ent.Ticket)) },
	"Ticket.daysToComplete": func(_ context.Context, node any) any { return workflow.DaysToComplete(node.(*ent.Ticket)) },
	"Ticket.waitingForDocuments": func(_ context.Context, node any) any {
		return workflow.WaitingForDocuments(node.(*ent.Ticket))
	},
}

// exportHandler serves GET /export/{name}.{csv|xlsx}?where=<json>&orderBy=<json>:
// the rows of the export called name (a root connection such as tickets,
// with the connection's where and orderBy arguments as JSON), for the
// authenticated viewer, scoped and masked as the API is, read at one instant
// (overdue is judged at it). It answers with X-Total-Count (the number of
// rows to come, for a progress bar) and streams the file, named after the
// list, area and period; each export is audited. columns=a,b picks columns by
// name (internal ones, such as id and version, only so); personal=1 with a
// reason= exports phones, addresses and ID numbers unmasked, for a district
// administrator alone (viewer.Role.ExportsPersonalData), and records the
// reason. With a read replica, the rows are read from it while it is fresh
// enough (X-Read-Source, X-Data-As-Of and X-Replica-Lag say so); the audit
// record is written to the primary.
func exportHandler(exports *export.Registry, db *store.DB, log *slog.Logger) http.Handler {
	client := db.Client
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, pinned := db.PinReads(r.Context())
		v := viewer.FromContext(ctx)
		if v == nil {
			writeError(w, http.StatusUnauthorized, apierr.Unauthenticated, "请先登录再导出")
			return
		}
		file := r.PathValue("file")
		ext := strings.TrimPrefix(path.Ext(file), ".")
		name := strings.TrimSuffix(file, path.Ext(file))
		mime, ok := export.Formats[ext]
		if !ok {
			writeError(w, http.StatusNotFound, apierr.NotFound, "只能导出为 .csv 或 .xlsx 文件")
			return
		}
		src, ok := exports.Lookup(name)
		if !ok {
			writeError(w, http.StatusNotFound, apierr.NotFound, "没有名为 "+strconv.Quote(name)+" 的导出")
			return
		}
		q := r.URL.Query()
		p := export.Params{Where: []byte(q.Get("where")), OrderBy: []byte(q.Get("orderBy")), Extra: q}
		reason := strings.TrimSpace(q.Get("reason"))
		if p.Personal = q.Get("personal") == "1"; p.Personal {
			if v.MasksPersonalData() {
				writeError(w, http.StatusForbidden, apierr.Forbidden, "您的账号只能看到脱敏的个人信息，不能导出手机号、住址、身份证号")
				return
			}
			if !v.Role.ExportsPersonalData() {
				writeError(w, http.StatusForbidden, apierr.Forbidden, "只有区级管理员可以导出未脱敏的个人信息（手机号、住址、身份证号）；请导出脱敏的文件，或请区级管理员导出")
				return
			}
			if reason == "" {
				writeError(w, http.StatusBadRequest, apierr.BadUserInput, "导出个人信息（personal=1）须写明理由：reason=…")
				return
			}
		}
		at := workflow.Now(ctx)
		ctx = workflow.WithClock(ctx, func() time.Time { return at })
		if asOf, ok := whereAsOf(q.Get("where")); ok {
			ctx = context.WithValue(ctx, asOfKey{}, asOf)
		}
		ex, err := src.Open(ctx, p)
		if err == nil {
			ex, err = export.Select(ex, splitList(q["columns"]))
		}
		if err != nil {
			writeExportError(w, log, ctx, err)
			return
		}
		params := map[string][]string{}
		for k, v := range q {
			if k != "where" && k != "orderBy" && k != "reason" && k != "personal" {
				params[k] = v
			}
		}
		if err := audit.Export(ctx, client, audit.Exported{Name: name, Format: ext, Where: q.Get("where"), OrderBy: q.Get("orderBy"), Params: params, Rows: ex.Count(), Personal: p.Personal, Reason: reason}); err != nil {
			writeExportError(w, log, ctx, err)
			return
		}
		h := w.Header()
		h.Set("Content-Type", mime)
		h.Set("Content-Disposition", export.ContentDisposition(name, ex.Title(), exportArea(ctx, client, q.Get("where")), exportPeriod(q, at), ext))
		h.Set("Cache-Control", "no-store")
		if pinned != nil {
			setReplicaHeaders(h, pinned, db.Replica.MaxLag())
		}
		if n := ex.Count(); n >= 0 {
			h.Set("X-Total-Count", strconv.Itoa(n))
		}
		// A large export may outlast the server's write timeout.
		_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(30 * time.Minute))
		out, err := export.NewWriter(ext, w, ex.Title())
		if err == nil {
			err = out.Header(ex.Columns())
		}
		if err == nil {
			rows := telemetry.ExportRows.WithLabelValues(name, ext)
			err = ex.Rows(ctx, func(row export.Row) error {
				rows.Inc()
				return out.Row(row)
			})
		}
		if err == nil {
			err = out.Close()
		}
		if err != nil {
			// The status is sent; the client sees a truncated file.
			if out != nil {
				out.Abort()
			}
			log.ErrorContext(ctx, "export failed", "export", name, "error", err)
		}
	})
}

// asOfKey holds the instant (time.Time) an export's derived fields are
// judged at when its where gives one.
type asOfKey struct{}

// exportAsOf is the instant an export judges derived fields (a ticket's
// overdue) at: the where's asOf, else the export's clock.
func exportAsOf(ctx context.Context) time.Time {
	if at, ok := ctx.Value(asOfKey{}).(time.Time); ok {
		return at
	}
	return workflow.Now(ctx)
}

// whereAsOf reads the top-level asOf of an export's where (JSON), the
// instant its overdue filter is judged at; false when it has none. A
// malformed one is refused by the API when the export opens.
func whereAsOf(where string) (time.Time, bool) {
	var w struct {
		AsOf *time.Time `json:"asOf"`
	}
	if json.Unmarshal([]byte(where), &w) != nil || w.AsOf == nil {
		return time.Time{}, false
	}
	return w.AsOf.UTC(), true
}

// splitList splits comma-separated query values into their non-empty parts.
func splitList(vs []string) []string {
	var out []string
	for _, v := range vs {
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// exportArea names the area an export covers, for its file name: the
// village or town its where names (villageID, townID), else the viewer's
// area (one village, one town, else the district); "" when unknown.
func exportArea(ctx context.Context, client *ent.Client, where string) string {
	v := viewer.FromContext(ctx)
	ctx = viewer.SystemContext(ctx)
	var w struct {
		VillageID string `json:"villageID"`
		TownID    string `json:"townID"`
	}
	_ = json.Unmarshal([]byte(where), &w)
	if id, err := ent.DecodeGlobalID(w.VillageID); err == nil && w.VillageID != "" {
		if vl, err := client.Village.Get(ctx, id); err == nil {
			return vl.Name
		}
	}
	if id, err := ent.DecodeGlobalID(w.TownID); err == nil && w.TownID != "" {
		if t, err := client.Town.Get(ctx, id); err == nil {
			return t.Name
		}
	}
	switch {
	case v == nil:
	case len(v.VillageIDs) == 1:
		if vl, err := client.Village.Get(ctx, v.VillageIDs[0]); err == nil {
			return vl.Name
		}
	case !v.DistrictWide() && len(v.TownIDs) == 1:
		if t, err := client.Town.Get(ctx, v.TownIDs[0]); err == nil {
			return t.Name
		}
	case v.DistrictID != 0:
		if d, err := client.District.Get(ctx, v.DistrictID); err == nil {
			return d.Name
		}
	}
	return ""
}

// exportPeriod names the period an export covers, for its file name: the
// where's period (e.g. 2024Q2) or a period= parameter, else the day of the
// export's instant (as of which it is read), e.g. 20261207.
func exportPeriod(q url.Values, at time.Time) string {
	var w struct {
		Period string `json:"period"`
	}
	_ = json.Unmarshal([]byte(q.Get("where")), &w)
	switch {
	case w.Period != "":
		return w.Period
	case q.Get("period") != "":
		return q.Get("period")
	}
	return at.In(period.Shanghai).Format("20060102")
}

// writeExportError answers a refused export with the API's error shape.
func writeExportError(w http.ResponseWriter, log *slog.Logger, ctx context.Context, err error) {
	var e *export.Error
	if !errors.As(err, &e) {
		log.ErrorContext(ctx, "export failed", "error", err)
		writeError(w, http.StatusInternalServerError, apierr.Internal, "internal error")
		return
	}
	status := http.StatusBadRequest
	switch apierr.Code(e.Code) {
	case apierr.Unauthenticated:
		status = http.StatusUnauthorized
	case apierr.Forbidden:
		status = http.StatusForbidden
	case apierr.Internal:
		status = http.StatusInternalServerError
	}
	writeError(w, status, apierr.Code(e.Code), e.Message)
}

var _ graphql.FieldMiddleware = export.Intercept
