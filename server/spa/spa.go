// Package spa serves the dashboard single-page application that `npm run build`
// writes into server/spa/dist and the Go binary embeds.
package spa

import (
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

//go:embed all:dist
var dist embed.FS

// notBuilt is served at / when the binary was built without the SPA.
const notBuilt = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>院坝汇</title>
<p>院坝汇: the dashboard was not built into this binary. Run <code>make run</code> (GraphiQL is part of the dashboard), or use the API at <code>/query</code> with the example queries of <a href="/graphiql/examples.json">/graphiql/examples.json</a>.</p>`

// Handler serves the embedded SPA: files as they are (hashed assets cached for a
// year, the others — the service worker among them — revalidated on every
// use), and index.html for any other path without a file extension, so that
// client-side routes survive a reload (history fallback).
func Handler() http.Handler {
	files, _ := fs.Sub(dist, "dist")
	return handler(files)
}

func handler(files fs.FS) http.Handler {
	fileServer := http.FileServerFS(files)
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
				fileServer.ServeHTTP(w, r)
				return
			}
			if path.Ext(name) != "" {
				http.NotFound(w, r)
				return
			}
		}
		index, err := fs.ReadFile(files, "index.html")
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if err != nil {
			_, _ = w.Write([]byte(notBuilt))
			return
		}
		_, _ = w.Write(index)
	})
}
