package server

import (
	"context"
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
	"yuanbahui/internal/viewer"
)

// NewExports returns the registry of exports: every root connection of the
// API, read through an executor with the API's schema and extensions (those
// of /query: depth and page limits, the filter guard; and the error
// presenter), with opts (enum labels:
// internal/label unless opts says otherwise), and the stats export.
// Register more on it before serving.
func NewExports(db *store.DB, accounts *account.Service, log *slog.Logger, opts export.Options) *export.Registry {
	client := db.Client
	schema := graph.NewSchema(client, accounts, sessionCookies{}, schemaOptions(db, Config{})...)
	exec := executor.New(schema)
	// The extensions of /query, the filter guard among them: an export's
	// where and orderBy are judged exactly as the API's arguments are.
	for _, ext := range extensions(false) {
		exec.Use(ext)
	}
	exec.AroundFields(export.Intercept)
	exec.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error { return presentError(ctx, log, err) })
	exec.SetRecoverFunc(func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in export", "panic", p)
		return errors.New("internal error")
	})
	if opts.Labels == nil {
		opts.Labels = func(enum, value string) (string, bool) {
			v, ok := label.Lookup(enum, value)
			return v.Zh, ok && v.Zh != ""
		}
	}
	r := export.NewRegistry()
	export.RegisterConnections(r, schema.Schema(), exec, client, opts)
	export.RegisterStats(r, schema.Schema(), exec)
	return r
}

// exportHandler serves GET /export/{name}.{csv|xlsx}?where=<json>&orderBy=<json>:
// the rows of the export called name (a root connection such as tickets,
// with the connection's where and orderBy arguments as JSON), for the
// authenticated viewer, scoped and masked as the API is. It answers with
// X-Total-Count (the number of rows to come, for a progress bar) and streams
// the file; each export is audited.
func exportHandler(exports *export.Registry, client *ent.Client, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		v := viewer.FromContext(ctx)
		if v == nil {
			writeError(w, http.StatusUnauthorized, apierr.Unauthenticated, "log in to export")
			return
		}
		file := r.PathValue("file")
		ext := strings.TrimPrefix(path.Ext(file), ".")
		name := strings.TrimSuffix(file, path.Ext(file))
		mime, ok := export.Formats[ext]
		if !ok {
			writeError(w, http.StatusNotFound, apierr.NotFound, "export as .csv or .xlsx")
			return
		}
		src, ok := exports.Lookup(name)
		if !ok {
			writeError(w, http.StatusNotFound, apierr.NotFound, "no export "+strconv.Quote(name))
			return
		}
		q := r.URL.Query()
		p := export.Params{Where: []byte(q.Get("where")), OrderBy: []byte(q.Get("orderBy")), Extra: q}
		ex, err := src.Open(ctx, p)
		if err != nil {
			writeExportError(w, log, ctx, err)
			return
		}
		params := map[string][]string{}
		for k, v := range q {
			if k != "where" && k != "orderBy" {
				params[k] = v
			}
		}
		if err := audit.Export(ctx, client, audit.Exported{Name: name, Format: ext, Where: q.Get("where"), OrderBy: q.Get("orderBy"), Params: params, Rows: ex.Count()}); err != nil {
			writeExportError(w, log, ctx, err)
			return
		}
		filename := ex.Title() + "-" + time.Now().In(period.Shanghai).Format("20060102-1504") + "." + ext
		h := w.Header()
		h.Set("Content-Type", mime)
		h.Set("Content-Disposition", "attachment; filename=\""+name+"."+ext+"\"; filename*=UTF-8''"+url.PathEscape(filename))
		h.Set("Cache-Control", "no-store")
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
			err = ex.Rows(ctx, out.Row)
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
