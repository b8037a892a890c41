package spa

import (
	"net/http"
	"net/http/httptest"
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
