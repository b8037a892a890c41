package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"yuanbahui/internal/seed"
)

// overdueRow is a ticket of a page with its overdue at the asked instant
// and at now.
type overdueRow struct {
	ID      string
	Overdue bool
	Now     bool
}

// overdueRows reads every ticket matching where (all pages), with
// overdue(asOf: at), and the list's totalCount.
func (a *api) overdueRows(where map[string]any, at time.Time) ([]overdueRow, int) {
	a.t.Helper()
	var rows []overdueRow
	var after any
	for {
		var page struct {
			Tickets struct {
				TotalCount int
				PageInfo   struct {
					HasNextPage bool
					EndCursor   string
				}
				Edges []struct{ Node overdueRow }
			}
		}
		a.query(`query($w: TicketWhereInput, $at: Time, $after: Cursor) {
			tickets(first: 500, after: $after, where: $w) {
				totalCount pageInfo { hasNextPage endCursor } edges { node { id overdue(asOf: $at) now: overdue } }
			}
		}`, map[string]any{"w": where, "at": at, "after": after}, &page)
		for _, e := range page.Tickets.Edges {
			rows = append(rows, e.Node)
		}
		if !page.Tickets.PageInfo.HasNextPage {
			return rows, page.Tickets.TotalCount
		}
		after = page.Tickets.PageInfo.EndCursor
	}
}

// exportOverdue GETs /export/tickets.csv?where=…&columns=id,overdue and
// returns the 已超时 column of its rows ("是"/"否").
func (a *api) exportOverdue(where map[string]any) []string {
	a.t.Helper()
	w, _ := json.Marshal(where)
	req := httptest.NewRequest(http.MethodGet, "/export/tickets.csv?"+url.Values{"where": {string(w)}, "columns": {"id,overdue"}}.Encode(), nil)
	req.Header.Set("Authorization", "Bearer "+a.token)
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, req)
	rows := csvRows(a.t, exported{status: rec.Code, header: rec.Header(), body: rec.Body.Bytes()})
	i := column(a.t, rows[0], "已超时")
	var out []string
	for _, r := range rows[1:] {
		out = append(out, r[i])
	}
	return out
}

// TestOverdueRowsAtAsOf: a ticket row's overdue(asOf: X) agrees with the
// list's filter {overdue: true, asOf: X} and its count, at past instants and
// now: every row of the filtered list reads overdue at X, and in the whole
// unfiltered list as many rows read overdue at X as the filtered list
// counts. The export of such a list writes 已超时 at the where's asOf too.
// Some ticket overdue at a past instant is not overdue now, so a row field
// judged at now would fail.
func TestOverdueRowsAtAsOf(t *testing.T) {
	a := newSeededAPI(t, seed.Options{Scale: "village", Seed: 3, AsOf: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)})
	differs := false
	for _, at := range []time.Time{
		time.Date(2025, 12, 31, 16, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 31, 16, 0, 0, 0, time.UTC),
		time.Date(2026, 6, 29, 16, 0, 0, 0, time.UTC),
		time.Now().UTC().Truncate(time.Second),
	} {
		filtered, total := a.overdueRows(map[string]any{"overdue": true, "asOf": at}, at)
		if total == 0 {
			t.Errorf("%s: no ticket overdue; the sample should have some", at)
		}
		if len(filtered) != total {
			t.Errorf("%s: %d rows read, totalCount %d", at, len(filtered), total)
		}
		for _, r := range filtered {
			if !r.Overdue {
				t.Errorf("%s: ticket %s is in the list of those overdue then, its overdue(asOf) is false", at, r.ID)
			}
			differs = differs || r.Overdue != r.Now
		}
		all, _ := a.overdueRows(map[string]any{}, at)
		n := 0
		for _, r := range all {
			if r.Overdue {
				n++
			}
		}
		if n != total {
			t.Errorf("%s: %d of all %d tickets read overdue(asOf), the filtered list counts %d", at, n, len(all), total)
		}
		t.Logf("%s: %d overdue of %d tickets", at.Format(time.RFC3339), total, len(all))

		// The export of the filtered list: every row 是; of the list at
		// the instant without the filter: as many 是 as the list counts.
		for _, v := range a.exportOverdue(map[string]any{"overdue": true, "asOf": at}) {
			if v != "是" {
				t.Errorf("%s: export of the tickets overdue then has 已超时 %q", at, v)
			}
		}
		yes := 0
		for _, v := range a.exportOverdue(map[string]any{"asOf": at}) {
			if v == "是" {
				yes++
			}
		}
		if yes != total {
			t.Errorf("%s: export with where.asOf has %d rows 已超时, the list counts %d", at, yes, total)
		}
	}
	if !differs {
		t.Error("no ticket overdue at a past instant is not overdue now: the test cannot tell the instants apart")
	}
}
