package bench

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/pointentry"
	"yuanbahui/internal/viewer"
)

// exportRows is the size of the benchmarked export.
const exportRows = 100_000

// BenchmarkExport: GET /export/pointEntries.{csv,xlsx} of 100,000 rows of
// the district's point entries, as the district administrator. It reports rows/s and how far the heap and the resident set
// grew while the export ran, sampled every 5 ms (the export must hold
// constant memory: under 50 MB of growth).
func BenchmarkExport(b *testing.B) {
	db, h := setup(b)
	ctx := viewer.SystemContext(context.Background())
	n, err := db.Client.PointEntry.Query().Count(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if n < exportRows {
		b.Skipf("%d point entries: seed the district (YBH_BENCH_SCALE=district)", n)
	}
	byID, err := db.Client.PointEntry.Query().Order(ent.Asc(pointentry.FieldID)).Offset(exportRows - 1).First(ctx)
	if err != nil {
		b.Fatal(err)
	}
	byTime, err := db.Client.PointEntry.Query().Order(ent.Asc(pointentry.FieldAwardedAt), ent.Asc(pointentry.FieldID)).
		Offset(exportRows - 1).First(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, where, orderBy string }{
		// The list's own order (by id): the first 100,000 entries.
		{"csv", `{"idLTE":"` + ent.EncodeGlobalID(byID.ID) + `"}`, ""},
		{"xlsx", `{"idLTE":"` + ent.EncodeGlobalID(byID.ID) + `"}`, ""},
		// Sorted by a column without an index of its own: the first 100,000 by
		// awardedAt (ties at the last instant are rare).
		{"csv-by-awardedAt", `{"awardedAtLTE":"` + byTime.AwardedAt.Format(time.RFC3339Nano) + `"}`, `[{"field":"AWARDED_AT","direction":"ASC"}]`},
	} {
		format, _, _ := strings.Cut(c.name, "-")
		b.Run(c.name, func(b *testing.B) {
			var rows int
			var elapsed time.Duration
			var heapGrowth, rssGrowth uint64
			for b.Loop() {
				runtime.GC()
				heap0, rss0 := heapInUse(), rssBytes()
				peak := watchMemory()
				w := &discard{header: http.Header{}}
				q := url.Values{"where": {c.where}, "orderBy": {c.orderBy}}
				req := httptest.NewRequest(http.MethodGet, "/export/pointEntries."+format+"?"+q.Encode(), nil)
				req.Header.Set("Authorization", "Bearer "+seeded.token)
				start := time.Now()
				h.ServeHTTP(w, req)
				elapsed += time.Since(start)
				heapPeak, rssPeak := peak()
				if w.status != 0 && w.status != http.StatusOK {
					b.Fatalf("status %d", w.status)
				}
				got, _ := strconv.Atoi(w.header.Get("X-Total-Count"))
				if got < exportRows || w.bytes < int64(got)*20 {
					b.Fatalf("X-Total-Count %d, %d bytes", got, w.bytes)
				}
				rows += got
				heapGrowth = max(heapGrowth, heapPeak-min(heap0, heapPeak))
				rssGrowth = max(rssGrowth, rssPeak-min(rss0, rssPeak))
			}
			b.ReportMetric(float64(rows)/elapsed.Seconds(), "rows/s")
			b.ReportMetric(float64(heapGrowth)/(1<<20), "heap-growth-MB")
			b.ReportMetric(float64(rssGrowth)/(1<<20), "RSS-growth-MB")
		})
	}
}

// discard is a ResponseWriter that counts and drops the body, as a client
// saving the file to disk would.
type discard struct {
	header http.Header
	status int
	bytes  int64
}

func (d *discard) Header() http.Header         { return d.header }
func (d *discard) WriteHeader(status int)      { d.status = status }
func (d *discard) Write(p []byte) (int, error) { d.bytes += int64(len(p)); return len(p), nil }

// watchMemory samples the heap in use and the resident set every 5 ms until
// the returned function is called, which returns their peaks.
func watchMemory() func() (heap, rss uint64) {
	var mu sync.Mutex
	var heap, rss uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	sample := func() {
		h, r := heapInUse(), rssBytes()
		mu.Lock()
		heap, rss = max(heap, h), max(rss, r)
		mu.Unlock()
	}
	go func() {
		defer close(stopped)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				sample()
			}
		}
	}()
	return func() (uint64, uint64) {
		sample()
		close(done)
		<-stopped
		mu.Lock()
		defer mu.Unlock()
		return heap, rss
	}
}

func heapInUse() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// rssBytes is the process's current resident set (Linux; 0 elsewhere).
func rssBytes() uint64 {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return n << 10
		}
	}
	return 0
}
