package spa

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

// build is a built SPA as vite-plugin-pwa writes it: index.html, hashed
// assets, and the service worker, its Workbox runtime and the manifest at
// the root.
var build = fstest.MapFS{
	"index.html":           {Data: []byte("<!doctype html><div id=root></div>")},
	"assets/index-abc.js":  {Data: []byte("console.log(1)")},
	"sw.js":                {Data: []byte("importScripts('workbox-1.js')")},
	"workbox-1.js":         {Data: []byte("self.workbox={}")},
	"manifest.webmanifest": {Data: []byte(`{"name":"院坝汇"}`)},
	"icon-192.png":         {Data: []byte("\x89PNG\r\n\x1a\n")},
}

func get(t *testing.T, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec
}

// The service worker, its runtime and the manifest are JavaScript and a web
// manifest, revalidated on every use (a new build's worker is found at once);
// hashed assets stay cached for a year.
func TestServiceWorkerServing(t *testing.T) {
	h := handler(build)
	for _, c := range []struct{ path, contentType, cache string }{
		{"/sw.js", "text/javascript; charset=utf-8", "no-cache"},
		{"/workbox-1.js", "text/javascript; charset=utf-8", "no-cache"},
		{"/manifest.webmanifest", "application/manifest+json", "no-cache"},
		{"/icon-192.png", "image/png", "no-cache"},
		{"/assets/index-abc.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"},
		{"/outbox", "text/html; charset=utf-8", "no-cache"},
	} {
		rec := get(t, h, c.path)
		if rec.Code != http.StatusOK {
			t.Errorf("%s: status %d", c.path, rec.Code)
		}
		if got := rec.Header().Get("Content-Type"); got != c.contentType {
			t.Errorf("%s: Content-Type %q, want %q", c.path, got, c.contentType)
		}
		if got := rec.Header().Get("Cache-Control"); got != c.cache {
			t.Errorf("%s: Cache-Control %q, want %q", c.path, got, c.cache)
		}
	}
	if rec := get(t, h, "/workbox-2.js"); rec.Code != http.StatusNotFound {
		t.Errorf("a missing script: status %d, want 404", rec.Code)
	}
}

// big is a script long enough to be worth compressing.
var big = strings.Repeat("export const answer = 42; //院坝汇\n", 200)

// Text files go gzip-compressed to clients that accept gzip (and only to
// them), with Vary: Accept-Encoding and the same cache headers as the plain
// file; the compressed bytes are the file's; images, small files and a
// refused gzip (q=0) stay plain.
func TestCompressedAssets(t *testing.T) {
	files := fstest.MapFS{
		"index.html":           {Data: []byte("<!doctype html><div id=root></div>" + strings.Repeat("<!-- -->", 100))},
		"assets/index-abc.js":  {Data: []byte(big)},
		"assets/small-abc.js":  {Data: []byte("console.log(1)")},
		"assets/style-abc.css": {Data: []byte(strings.Repeat(".a{color:red}\n", 100))},
		"icon-192.png":         {Data: []byte(strings.Repeat("\x89PNG", 400))},
	}
	h := handler(files)
	fetch := func(path, acceptEncoding string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, path, nil)
		if acceptEncoding != "" {
			req.Header.Set("Accept-Encoding", acceptEncoding)
		}
		h.ServeHTTP(rec, req)
		return rec
	}
	for _, c := range []struct {
		path, accept string
		gzipped      bool
		contentType  string
		cache        string
		plain        string
	}{
		{"/assets/index-abc.js", "gzip, deflate, br, zstd", true, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", big},
		{"/assets/index-abc.js", "br;q=1.0, gzip;q=0.5", true, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", big},
		{"/assets/index-abc.js", "*", true, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", big},
		{"/assets/index-abc.js", "", false, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", big},
		{"/assets/index-abc.js", "gzip;q=0, br", false, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", big},
		{"/assets/index-abc.js", "identity, *;q=0", false, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", big},
		{"/assets/style-abc.css", "gzip", true, "text/css; charset=utf-8", "public, max-age=31536000, immutable", string(files["assets/style-abc.css"].Data)},
		{"/assets/small-abc.js", "gzip", false, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", "console.log(1)"},
		{"/icon-192.png", "gzip", false, "image/png", "no-cache", string(files["icon-192.png"].Data)},
		{"/", "gzip", true, "text/html; charset=utf-8", "no-cache", string(files["index.html"].Data)},
		{"/boards/tickets", "gzip", true, "text/html; charset=utf-8", "no-cache", string(files["index.html"].Data)},
		{"/boards/tickets", "", false, "text/html; charset=utf-8", "no-cache", string(files["index.html"].Data)},
	} {
		name := c.path + " (Accept-Encoding: " + c.accept + ")"
		for i := range 2 { // the second request is served from the kept form
			rec := fetch(c.path, c.accept)
			if rec.Code != http.StatusOK {
				t.Fatalf("%s: status %d", name, rec.Code)
			}
			if got := rec.Header().Get("Content-Type"); got != c.contentType {
				t.Errorf("%s: Content-Type %q, want %q", name, got, c.contentType)
			}
			if got := rec.Header().Get("Cache-Control"); got != c.cache {
				t.Errorf("%s: Cache-Control %q, want %q", name, got, c.cache)
			}
			body := rec.Body.Bytes()
			if got := rec.Header().Get("Content-Encoding") == "gzip"; got != c.gzipped {
				t.Errorf("%s #%d: gzipped %v, want %v", name, i, got, c.gzipped)
			}
			if c.gzipped {
				if len(body) >= len(c.plain) {
					t.Errorf("%s: %d bytes compressed, %d plain", name, len(body), len(c.plain))
				}
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
			}
			if string(body) != c.plain {
				t.Errorf("%s: the body is not the file's (%d bytes, want %d)", name, len(body), len(c.plain))
			}
			if c.path != "/icon-192.png" && !slices.Contains(rec.Header().Values("Vary"), "Accept-Encoding") {
				t.Errorf("%s: Vary %q lacks Accept-Encoding", name, rec.Header().Values("Vary"))
			}
		}
	}
}

// Many first requests for one file at once compress it once and all get the
// same bytes.
func TestCompressedAssetsConcurrent(t *testing.T) {
	h := handler(fstest.MapFS{"assets/index-abc.js": {Data: []byte(big)}})
	bodies := make([][]byte, 16)
	var wg sync.WaitGroup
	for i := range bodies {
		wg.Go(func() {
			rec := httptest.NewRecorder()
			req := httptest.NewRequest(http.MethodGet, "/assets/index-abc.js", nil)
			req.Header.Set("Accept-Encoding", "gzip")
			h.ServeHTTP(rec, req)
			bodies[i] = rec.Body.Bytes()
		})
	}
	wg.Wait()
	for i, b := range bodies {
		if !bytes.Equal(b, bodies[0]) || len(b) == 0 {
			t.Fatalf("response %d differs from the first (%d vs %d bytes)", i, len(b), len(bodies[0]))
		}
	}
}
