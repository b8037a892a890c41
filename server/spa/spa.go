// Package spa serves the dashboard single-page application that `npm run build`
// writes into server/spa/dist and the Go binary embeds.
package spa

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed all:dist
var dist embed.FS

// notBuilt is served at / when the binary was built without the SPA.
const notBuilt = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>院坝汇</title>
<p>院坝汇: the dashboard was not built into this binary. Run <code>make run</code> (GraphiQL is part of the dashboard), or use the API at <code>/query</code> with the example queries of <a href="/graphiql/examples.json">/graphiql/examples.json</a>.</p>`

// Handler serves the embedded SPA: files as they are (hashed assets cached for a
// year, the others — the service worker among them — revalidated on every
// use), and index.html for any other path without a file extension, so that
// client-side routes survive a reload (history fallback). Text files (scripts,
// styles, HTML, JSON, SVG) go gzip-compressed to clients that accept it, each
// compressed once, at its first request, and kept.
func Handler() http.Handler {
	files, _ := fs.Sub(dist, "dist")
	return handler(files)
}

func handler(files fs.FS) http.Handler {
	fileServer := http.FileServerFS(files)
	gz := &gzipped{files: files}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name != "" && name != "index.html" && !strings.HasPrefix(name, ".") {
			if st, err := fs.Stat(files, name); err == nil && !st.IsDir() {
				if strings.HasPrefix(name, "assets/") {
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				} else {
					// Root files keep their names across builds (the service
					// worker sw.js and its workbox-*.js, the manifest, the
					// icons): revalidated on every use, so a new build's
					// worker is found at once.
					w.Header().Set("Cache-Control", "no-cache")
				}
				if path.Ext(name) == ".webmanifest" {
					w.Header().Set("Content-Type", "application/manifest+json")
				}
				if gz.serve(w, r, name) {
					return
				}
				fileServer.ServeHTTP(w, r)
				return
			}
			if path.Ext(name) != "" {
				http.NotFound(w, r)
				return
			}
		}
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if gz.serve(w, r, "index.html") {
			return
		}
		index, err := fs.ReadFile(files, "index.html")
		if err != nil {
			_, _ = w.Write([]byte(notBuilt))
			return
		}
		_, _ = w.Write(index)
	})
}

// minGzip is the smallest file worth compressing: below it the gzip header
// and a request's round trip outweigh the bytes saved.
const minGzip = 512

// gzipped keeps the gzip-compressed form of the text files of files, made at
// each one's first request.
type gzipped struct {
	files fs.FS
	mu    sync.Mutex
	cache map[string]*gzipFile
}

// gzipFile is one file's compressed form; nil data means not worth it.
type gzipFile struct {
	once sync.Once
	data []byte
}

// compressible reports whether files named so are text that gzip shrinks.
func compressible(name string) bool {
	switch path.Ext(name) {
	case ".js", ".mjs", ".css", ".html", ".json", ".webmanifest", ".svg", ".txt", ".map":
		return true
	}
	return false
}

// acceptsGzip reports whether the request's Accept-Encoding allows gzip
// (named, or by *, with a quality above 0).
func acceptsGzip(r *http.Request) bool {
	gzipQ, starQ := -1.0, -1.0
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				q = f
			}
		}
		switch strings.ToLower(strings.TrimSpace(coding)) {
		case "gzip", "x-gzip":
			gzipQ = q
		case "*":
			starQ = q
		}
	}
	if gzipQ >= 0 {
		return gzipQ > 0
	}
	return starQ > 0
}

// serve writes the compressed form of name when the client accepts gzip and
// the file is compressible text worth compressing; it reports whether it did.
// Responses of compressible files vary by Accept-Encoding either way.
func (g *gzipped) serve(w http.ResponseWriter, r *http.Request, name string) bool {
	if !compressible(name) {
		return false
	}
	w.Header().Add("Vary", "Accept-Encoding")
	if !acceptsGzip(r) {
		return false
	}
	data := g.get(name)
	if data == nil {
		return false
	}
	h := w.Header()
	if h.Get("Content-Type") == "" {
		ct := mime.TypeByExtension(path.Ext(name))
		if ct == "" {
			ct = "application/octet-stream"
		}
		h.Set("Content-Type", ct)
	}
	h.Set("Content-Encoding", "gzip")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
	return true
}

// get returns the gzip-compressed content of name, compressing it at the
// first call (nil when the file is missing or too small to gain).
func (g *gzipped) get(name string) []byte {
	g.mu.Lock()
	if g.cache == nil {
		g.cache = map[string]*gzipFile{}
	}
	f := g.cache[name]
	if f == nil {
		f = &gzipFile{}
		g.cache[name] = f
	}
	g.mu.Unlock()
	f.once.Do(func() {
		raw, err := fs.ReadFile(g.files, name)
		if err != nil || len(raw) < minGzip {
			return
		}
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = zw.Write(raw)
		_ = zw.Close()
		if buf.Len() < len(raw) {
			f.data = buf.Bytes()
		}
	})
	return f.data
}
