package server_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/xuri/excelize/v2"

	"yuanbahui/ent"
	"yuanbahui/ent/auditevent"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/export"
	"yuanbahui/internal/period"
	"yuanbahui/internal/workflow"
	"yuanbahui/server"
)

// ticketLabels is a label table for the test, as the analytics catalogue
// plugs in its own.
func ticketLabels(enum, value string) (string, bool) {
	l, ok := map[string]string{"TicketStatus.SUBMITTED": "待受理", "TicketStatus.COMPLETED": "已办结", "TicketMode.ON_SITE": "现场代办"}[enum+"."+value]
	return l, ok
}

// exported is one GET /export response.
type exported struct {
	status int
	header http.Header
	body   []byte
}

// export GETs /export/{file} with where/orderBy as the viewer of the world's
// role ("" is anonymous).
func (w *world) export(t *testing.T, role, file, where, orderBy string) exported {
	t.Helper()
	q := url.Values{}
	if where != "" {
		q.Set("where", where)
	}
	if orderBy != "" {
		q.Set("orderBy", orderBy)
	}
	return w.exportQuery(t, role, file, q)
}

// exportQuery GETs /export/{file}?{q} as the viewer of the world's role.
func (w *world) exportQuery(t *testing.T, role, file string, q url.Values) exported {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/export/"+file+"?"+q.Encode(), nil)
	if tok := w.tokens[role]; role != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	rec := httptest.NewRecorder()
	w.exports.ServeHTTP(rec, req)
	return exported{status: rec.Code, header: rec.Header(), body: rec.Body.Bytes()}
}

// csvRows parses an exported CSV, checking its BOM.
func csvRows(t *testing.T, e exported) [][]string {
	t.Helper()
	if e.status != http.StatusOK {
		t.Fatalf("status %d: %s", e.status, e.body)
	}
	body, ok := bytes.CutPrefix(e.body, []byte("\uFEFF"))
	if !ok {
		t.Fatalf("CSV without a UTF-8 BOM: % x", e.body[:min(8, len(e.body))])
	}
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := strconv.Atoi(e.header.Get("X-Total-Count")); n != len(rows)-1 {
		t.Errorf("X-Total-Count %q, %d rows", e.header.Get("X-Total-Count"), len(rows)-1)
	}
	return rows
}

func column(t *testing.T, header []string, name string) int {
	t.Helper()
	i := slices.Index(header, name)
	if i < 0 {
		t.Fatalf("no column %q in %q", name, header)
	}
	return i
}

func newExportWorld(t *testing.T) *world {
	w := newWorld(t)
	var logOut io.Writer = io.Discard
	if os.Getenv("YBH_TEST_LOG") != "" {
		logOut = os.Stderr
	}
	log := slog.New(slog.NewTextHandler(logOut, nil))
	reg := server.NewExports(w.a.db, w.a.accounts, log, export.Options{Labels: ticketLabels, PageSize: 7})
	w.exports = server.New(server.Config{Accounts: w.a.accounts, RatePerSecond: 1000, RateBurst: 1000, Exports: reg}, w.a.db, log)
	return w
}

// TestExportCSV: a CSV of tickets has a BOM, Chinese headers, enum labels,
// times in Shanghai, area, applicant, service and agent names and codes, the
// derived overdue, onTime and daysToComplete of the API, every row in keyset
// pages (page size 7 here), X-Total-Count, and the where/orderBy of the API;
// columns= picks columns, the internal 系统编号 among them.
func TestExportCSV(t *testing.T) {
	w := newExportWorld(t)
	c := w.a.db.Client
	q := url.Values{"orderBy": {`[{"field":"SUBMITTED_AT","direction":"ASC"}]`},
		"columns": {"id,status,submittedAt,town,village,villageCode,mode,applicant,serviceType,serviceTypeCode,agent,overdue,onTime,daysToComplete"}}
	e := w.exportQuery(t, "admin", "tickets.csv", q)
	if ct := e.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		t.Errorf("Content-Type %q", ct)
	}
	if cd := e.header.Get("Content-Disposition"); !strings.Contains(cd, "filename*=UTF-8''") {
		t.Errorf("Content-Disposition %q", cd)
	}
	rows := csvRows(t, e)
	all := c.Ticket.Query().Order(ent.Asc(ticket.FieldSubmittedAt), ent.Asc(ticket.FieldID)).
		WithApplicant().WithAgent().WithServiceType().WithVillage().AllX(ctx())
	if len(all) < 8 || len(rows)-1 != len(all) {
		t.Fatalf("%d rows for %d tickets (want more than one page)", len(rows)-1, len(all))
	}
	h := rows[0]
	if want := []string{"系统编号", "办理状态", "申请时间", "镇（街道）", "村（社区）", "村（社区）编码", "办理方式", "申请人", "服务事项", "服务事项编码", "代办员", "已超时", "按时办结", "办理天数"}; !slices.Equal(h, want) {
		t.Fatalf("columns= headers %q, want %q", h, want)
	}
	status, submitted, town, mode, id := column(t, h, "办理状态"), column(t, h, "申请时间"), column(t, h, "镇（街道）"), column(t, h, "办理方式"), column(t, h, "系统编号")
	village, villageCode, applicant, service, serviceCode, agent := column(t, h, "村（社区）"), column(t, h, "村（社区）编码"), column(t, h, "申请人"), column(t, h, "服务事项"), column(t, h, "服务事项编码"), column(t, h, "代办员")
	overdue, onTime, days := column(t, h, "已超时"), column(t, h, "按时办结"), column(t, h, "办理天数")
	yesNo := func(b *bool) string {
		switch {
		case b == nil:
			return ""
		case *b:
			return "是"
		}
		return "否"
	}
	now := time.Now()
	for i, tk := range all {
		row := rows[i+1]
		if row[id] != ent.EncodeGlobalID(tk.ID) {
			t.Fatalf("row %d is %s, want ticket %d (order)", i, row[id], tk.ID)
		}
		if want := tk.SubmittedAt.In(period.Shanghai).Format("2006-01-02 15:04:05"); row[submitted] != want {
			t.Errorf("申请时间 %q, want %q (Shanghai)", row[submitted], want)
		}
		if l, ok := ticketLabels("TicketStatus", string(tk.Status)); ok && row[status] != l {
			t.Errorf("办理状态 %q, want %q", row[status], l)
		}
		if tk.Mode == ticket.ModeON_SITE && row[mode] != "现场代办" {
			t.Errorf("办理方式 %q", row[mode])
		}
		if want := c.Town.GetX(ctx(), tk.TownID).Name; row[town] != want {
			t.Errorf("town %q, want %q", row[town], want)
		}
		if row[village] != tk.Edges.Village.Name || row[villageCode] != tk.Edges.Village.Code {
			t.Errorf("village %q %q, want %q %q", row[village], row[villageCode], tk.Edges.Village.Name, tk.Edges.Village.Code)
		}
		if row[applicant] != tk.Edges.Applicant.Name || row[service] != tk.Edges.ServiceType.Name || row[serviceCode] != tk.Edges.ServiceType.Code {
			t.Errorf("ticket %d: applicant %q, service %q %q; want %q, %q %q", tk.ID, row[applicant], row[service], row[serviceCode],
				tk.Edges.Applicant.Name, tk.Edges.ServiceType.Name, tk.Edges.ServiceType.Code)
		}
		if want := ""; tk.Edges.Agent != nil && row[agent] != tk.Edges.Agent.Name || tk.Edges.Agent == nil && row[agent] != want {
			t.Errorf("ticket %d: agent %q", tk.ID, row[agent])
		}
		od := workflow.Overdue(tk, now)
		if row[overdue] != yesNo(&od) || row[onTime] != yesNo(workflow.OnTime(tk)) {
			t.Errorf("ticket %d: 已超时 %q 按时办结 %q, want %v %v", tk.ID, row[overdue], row[onTime], od, workflow.OnTime(tk))
		}
		want := ""
		if d := workflow.DaysToComplete(tk); d != nil {
			want = strconv.FormatFloat(*d, 'f', -1, 64)
		}
		if row[days] != want {
			t.Errorf("ticket %d: 办理天数 %q, want %q", tk.ID, row[days], want)
		}
	}

	// where, as the API takes it.
	rows = csvRows(t, w.export(t, "admin", "tickets.csv", `{"status":"COMPLETED"}`, ""))
	status = column(t, rows[0], "办理状态")
	if n := c.Ticket.Query().Where(ticket.StatusEQ(ticket.StatusCOMPLETED)).CountX(ctx()); len(rows)-1 != n || n == 0 {
		t.Errorf("%d completed rows, want %d", len(rows)-1, n)
	}
	for _, r := range rows[1:] {
		if r[status] != "已办结" {
			t.Fatalf("filtered row with status %q", r[status])
		}
	}
}

// TestExportScopingAndMasking: a town official's export holds their town
// only, with personal data masked as the API masks it; a village cadre sees
// it unmasked.
func TestExportScopingAndMasking(t *testing.T) {
	w := newExportWorld(t)
	c := w.a.db.Client
	rows := csvRows(t, w.export(t, "town", "tickets.csv", "", ""))
	if n := c.Ticket.Query().Where(ticket.TownID(w.town1.ID)).CountX(ctx()); len(rows)-1 != n {
		t.Errorf("town official: %d rows, want the town's %d", len(rows)-1, n)
	}
	town := column(t, rows[0], "镇（街道）")
	for _, r := range rows[1:] {
		if r[town] != w.town1.Name {
			t.Fatalf("town official exported a ticket of %q", r[town])
		}
	}
	rows = csvRows(t, w.export(t, "town2", "residents.csv", "", ""))
	if len(rows) != 2 {
		t.Fatalf("town 2 has one resident, exported %d", len(rows)-1)
	}
	name, phone := column(t, rows[0], "姓名"), column(t, rows[0], "手机号")
	if rows[1][name] != "赵*" || rows[1][phone] != "139****1111" {
		t.Errorf("town official sees %q %q, want masked", rows[1][name], rows[1][phone])
	}
	rows = csvRows(t, w.export(t, "cadre", "residents.csv", "", ""))
	var api struct{ Residents struct{ TotalCount int } }
	w.as("cadre").query(`{ residents { totalCount } }`, nil, &api)
	if len(rows)-1 != api.Residents.TotalCount || api.Residents.TotalCount == 0 {
		t.Fatalf("cadre: %d residents, the API lists %d", len(rows)-1, api.Residents.TotalCount)
	}
	for _, r := range rows[1:] {
		if strings.Contains(r[name], "*") {
			t.Fatalf("cadre sees a masked name %q", r[name])
		}
	}
	// Filters over personal data stay refused to masked viewers, as in the API.
	e := w.export(t, "town", "residents.csv", `{"nameHasPrefix":"赵"}`, "")
	if e.status != http.StatusForbidden || e.header.Get("X-Total-Count") != "" {
		t.Errorf("filter by name as town official: status %d, X-Total-Count %q, %s", e.status, e.header.Get("X-Total-Count"), e.body)
	}
}

// TestExportXLSX: the XLSX has typed cells, readable back with excelize:
// numbers, dates in Shanghai wall clock, money in yuan.
func TestExportXLSX(t *testing.T) {
	w := newExportWorld(t)
	c := w.a.db.Client
	e := w.export(t, "admin", "tickets.xlsx", "", `[{"field":"SUBMITTED_AT","direction":"ASC"}]`)
	if e.status != http.StatusOK {
		t.Fatalf("status %d: %s", e.status, e.body)
	}
	f, err := excelize.OpenReader(bytes.NewReader(e.body))
	if err != nil {
		t.Fatal(err)
	}
	sheet := f.GetSheetName(0)
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	all := c.Ticket.Query().Order(ent.Asc(ticket.FieldSubmittedAt), ent.Asc(ticket.FieldID)).AllX(ctx())
	if len(rows)-1 != len(all) {
		t.Fatalf("%d rows, want %d", len(rows)-1, len(all))
	}
	col := column(t, rows[0], "申请时间")
	cell, _ := excelize.CoordinatesToCellName(col+1, 2)
	raw, _ := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	serial, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		t.Fatalf("申请时间 is not a number cell: %q", raw)
	}
	got, _ := excelize.ExcelDateToTime(serial, false)
	wall := all[0].SubmittedAt.In(period.Shanghai)
	if want := time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), wall.Second(), 0, time.UTC); got.Sub(want).Abs() > time.Second {
		t.Errorf("申请时间 %v, want %v", got, want)
	}
	if v, _ := f.GetCellValue(sheet, cell); v != wall.Format("2006-01-02 15:04:05") {
		t.Errorf("申请时间 shows %q", v)
	}

	// Money: grants in yuan, as numbers.
	g := c.Grant.Query().FirstX(ctx())
	e = w.export(t, "admin", "grants.xlsx", `{"id":"`+ent.EncodeGlobalID(g.ID)+`"}`, "")
	if e.status != http.StatusOK {
		t.Fatalf("grants: status %d: %s", e.status, e.body)
	}
	f, err = excelize.OpenReader(bytes.NewReader(e.body))
	if err != nil {
		t.Fatal(err)
	}
	sheet = f.GetSheetName(0)
	rows, _ = f.GetRows(sheet)
	col = slices.IndexFunc(rows[0], func(h string) bool { return strings.Contains(h, "（元）") })
	if col < 0 || len(rows) != 2 {
		t.Fatalf("grants export: %q", rows)
	}
	cell, _ = excelize.CoordinatesToCellName(col+1, 2)
	raw, _ = f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if yuan, err := strconv.ParseFloat(raw, 64); err != nil || yuan != float64(g.AmountFen)/100 {
		t.Errorf("%s = %q, want %v yuan", rows[0][col], raw, float64(g.AmountFen)/100)
	}
}

// TestExportAuditedAndRefused: each export is audited (who, what, filter,
// rows); anonymous requests, unknown exports and bad filters are refused.
func TestExportAuditedAndRefused(t *testing.T) {
	w := newExportWorld(t)
	c := w.a.db.Client
	csvRows(t, w.export(t, "town", "tickets.csv", `{"status":"SUBMITTED"}`, ""))
	ev := c.AuditEvent.Query().Where(auditevent.ActionEQ(auditevent.ActionEXPORT)).OnlyX(ctx())
	if ev.Username != "town" || ev.EntityType != "tickets" || ev.TownID == nil || *ev.TownID != w.town1.ID ||
		ev.Changes["format"] != "csv" || ev.Changes["where"] != `{"status":"SUBMITTED"}` {
		b, _ := json.Marshal(ev)
		t.Errorf("audit event %s", b)
	}

	for _, tc := range []struct {
		role, file, where string
		status            int
		code              string
	}{
		{"", "tickets.csv", "", http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"admin", "nothing.csv", "", http.StatusNotFound, "NOT_FOUND"},
		{"admin", "tickets.pdf", "", http.StatusNotFound, "NOT_FOUND"},
		{"admin", "tickets.csv", `{"status":`, http.StatusBadRequest, "BAD_USER_INPUT"},
		{"admin", "tickets.csv", `{"nosuchField":1}`, http.StatusBadRequest, "BAD_USER_INPUT"},
	} {
		e := w.export(t, tc.role, tc.file, tc.where, "")
		var body struct {
			Errors []gqlError `json:"errors"`
		}
		_ = json.Unmarshal(e.body, &body)
		if e.status != tc.status || len(body.Errors) == 0 || body.Errors[0].Extensions["code"] != tc.code ||
			// (the export's own refusals; the API's validation answers as the API does)
			tc.where != `{"nosuchField":1}` && !strings.ContainsFunc(body.Errors[0].Message, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			t.Errorf("%s %s %s: status %d %s, want %d %s in Chinese", tc.role, tc.file, tc.where, e.status, e.body, tc.status, tc.code)
		}
	}
	if n := c.AuditEvent.Query().Where(auditevent.ActionEQ(auditevent.ActionEXPORT)).CountX(ctx()); n != 1 {
		t.Errorf("%d export events, want 1 (refusals are not exports)", n)
	}
}

// TestExportStats: a stats result exports with a column per bucket, key and
// metric (its Chinese label), the same figures as the stats query, scoped to
// the viewer's area.
func TestExportStats(t *testing.T) {
	w := newExportWorld(t)
	q := url.Values{"metrics": {"TICKETS_SUBMITTED,TICKETS_COMPLETED"}, "groupBy": {"TOWN"}, "bucket": {"QUARTER"}, "where": {`{"period":"2026"}`}}
	rows := csvRows(t, w.exportQuery(t, "analyst", "stats.csv", q))
	h := rows[0]
	bucket, town, submitted := column(t, h, "时间段"), column(t, h, "乡镇"), column(t, h, "代办申请数")
	var api struct {
		Stats struct {
			Rows []struct {
				Bucket struct{ Label string }
				Keys   []struct{ Name string }
				Values []float64
			}
		}
	}
	w.as("analyst").query(`{ stats(metrics: [TICKETS_SUBMITTED, TICKETS_COMPLETED], groupBy: [TOWN], bucket: QUARTER, where: {period: "2026"}) { rows { bucket { label } keys { name } values } } }`, nil, &api)
	if len(api.Stats.Rows) == 0 || len(rows)-1 != len(api.Stats.Rows) {
		t.Fatalf("%d rows exported, the API gives %d", len(rows)-1, len(api.Stats.Rows))
	}
	towns := map[string]bool{}
	for i, r := range api.Stats.Rows {
		got := rows[i+1]
		if got[bucket] != r.Bucket.Label || got[town] != r.Keys[0].Name || got[submitted] != strconv.FormatFloat(r.Values[0], 'f', -1, 64) {
			t.Errorf("row %d: %q, API %+v", i, got, r)
		}
		towns[got[town]] = true
	}
	if !towns[w.town2.Name] {
		t.Errorf("the analyst's stats miss %s: %v", w.town2.Name, towns)
	}
	rows = csvRows(t, w.exportQuery(t, "town", "stats.csv", q))
	for _, r := range rows[1:] {
		if r[town] != w.town1.Name {
			t.Fatalf("a town official's stats export counts %s", r[town])
		}
	}
	ev := w.a.db.Client.AuditEvent.Query().Where(auditevent.ActionEQ(auditevent.ActionEXPORT), auditevent.Username("analyst")).OnlyX(ctx())
	if p, _ := ev.Changes["params"].(map[string]any); ev.EntityType != "stats" || p == nil || fmt.Sprint(p["metrics"]) != "[TICKETS_SUBMITTED,TICKETS_COMPLETED]" {
		t.Errorf("audit of the stats export: %s %v", ev.EntityType, ev.Changes)
	}
	e := w.exportQuery(t, "analyst", "stats.csv", url.Values{"groupBy": {"TOWN"}})
	if e.status != http.StatusBadRequest {
		t.Errorf("stats without metrics: %d %s", e.status, e.body)
	}
}
