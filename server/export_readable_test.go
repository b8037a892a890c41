package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/xuri/excelize/v2"

	"yuanbahui/ent"
	"yuanbahui/ent/auditevent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/export"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
	"yuanbahui/server"
)

// readableHeaders fails unless every header is a Chinese label (Han
// characters, no Latin letters) and no two are the same.
func readableHeaders(t *testing.T, name string, h []string) {
	t.Helper()
	seen := map[string]bool{}
	for _, c := range h {
		han := false
		for _, r := range c {
			han = han || unicode.Is(unicode.Han, r)
			if r < unicode.MaxASCII && unicode.IsLetter(r) {
				han = false
				break
			}
		}
		if !han {
			t.Errorf("%s: header %q is not a Chinese label", name, c)
		}
		if seen[c] {
			t.Errorf("%s: two columns headed %q", name, c)
		}
		seen[c] = true
	}
}

// TestExportReadable: every connection export, by default, has Chinese,
// distinct headers, no opaque global IDs and no null cells, in CSV and XLSX.
func TestExportReadable(t *testing.T) {
	w := newExportWorld(t)
	names := server.NewExports(w.a.db, w.a.accounts, slog.New(slog.NewTextHandler(io.Discard, nil)), export.Options{}).Names()
	if len(names) < 10 {
		t.Fatalf("only %d exports: %v", len(names), names)
	}
	cells := 0
	for _, name := range names {
		if name == "stats" {
			continue
		}
		where := ""
		switch name {
		case "auditEvents":
			where = `{"actionNEQ":"EXPORT"}` // (the export's own event comes after its count)
		case "targets":
			where = `{"period":"2024Q2"}` // (the target matrix is of a period)
		}
		rows := csvRows(t, w.export(t, "admin", name+".csv", where, ""))
		readableHeaders(t, name, rows[0])
		for _, r := range rows[1:] {
			for i, v := range r {
				cells++
				if _, err := ent.DecodeGlobalID(v); err == nil {
					t.Errorf("%s: %s is an opaque ID %q", name, rows[0][i], v)
				}
				if v == "null" {
					t.Errorf("%s: %s reads null", name, rows[0][i])
				}
			}
		}
	}
	if cells < 1000 {
		t.Errorf("only %d cells checked", cells)
	}
	for _, name := range []string{"tickets", "households", "sessions"} {
		e := w.export(t, "admin", name+".xlsx", "", "")
		f, err := excelize.OpenReader(bytes.NewReader(e.body))
		if err != nil {
			t.Fatalf("%s.xlsx: %v (%d %s)", name, err, e.status, e.body)
		}
		rows, _ := f.GetRows(f.GetSheetName(0))
		readableHeaders(t, name+".xlsx", rows[0])
		for _, r := range rows[1:] {
			for i, v := range r {
				if _, err := ent.DecodeGlobalID(v); err == nil {
					t.Errorf("%s.xlsx: %s is an opaque ID %q", name, rows[0][i], v)
				}
			}
		}
	}
}

// TestExportColumns: columns= picks columns by name, internal ones too; an
// unknown name is refused in Chinese, naming the columns there are.
func TestExportColumns(t *testing.T) {
	w := newExportWorld(t)
	rows := csvRows(t, w.exportQuery(t, "admin", "tickets.csv", url.Values{"columns": {"version, applicantID,applicant"}}))
	if want := []string{"版本号", "申请人（系统编号）", "申请人"}; !slices.Equal(rows[0], want) {
		t.Errorf("headers %q, want %q", rows[0], want)
	}
	tk := w.a.db.Client.Ticket.Query().WithApplicant().FirstX(ctx())
	i := slices.IndexFunc(rows, func(r []string) bool { return r[1] == ent.EncodeGlobalID(tk.ApplicantID) })
	if i < 1 || rows[i][2] != tk.Edges.Applicant.Name {
		t.Errorf("applicant %d not found by its ID or named otherwise: %q", tk.ApplicantID, rows)
	}
	e := w.exportQuery(t, "admin", "tickets.xlsx", url.Values{"columns": {"status,nosuch"}})
	var body struct {
		Errors []gqlError `json:"errors"`
	}
	_ = json.Unmarshal(e.body, &body)
	if e.status != http.StatusBadRequest || len(body.Errors) == 0 || body.Errors[0].Extensions["code"] != "BAD_USER_INPUT" ||
		!strings.Contains(body.Errors[0].Message, "没有名为 \"nosuch\" 的列") || !strings.Contains(body.Errors[0].Message, "applicant（申请人）") {
		t.Errorf("unknown column: %d %s", e.status, e.body)
	}
}

// TestExportPersonal: phones and addresses are masked in an administrator's
// export unless asked for with personal=1 and a reason, which is audited;
// without a reason, for a role that sees them masked, or for one that sees
// them unmasked but is not a district administrator (village cadres,
// courtyard officers), it is refused.
func TestExportPersonal(t *testing.T) {
	w := newExportWorld(t)
	c := w.a.db.Client
	h := c.Household.Query().Where(household.TownID(w.town1.ID), household.PhoneNEQ(""), household.AddressNEQ("")).FirstX(ctx())
	where := `{"id":"` + ent.EncodeGlobalID(h.ID) + `"}`
	for _, format := range []string{"csv", "xlsx"} {
		read := func(q url.Values) []string {
			t.Helper()
			e := w.exportQuery(t, "admin", "households."+format, q)
			if format == "csv" {
				rows := csvRows(t, e)
				phone, address, head := column(t, rows[0], "联系电话"), column(t, rows[0], "住址"), column(t, rows[0], "户主姓名")
				return []string{rows[1][phone], rows[1][address], rows[1][head]}
			}
			if e.status != http.StatusOK {
				t.Fatalf("status %d %s", e.status, e.body)
			}
			f, err := excelize.OpenReader(bytes.NewReader(e.body))
			if err != nil {
				t.Fatal(err)
			}
			rows, _ := f.GetRows(f.GetSheetName(0))
			phone, address, head := column(t, rows[0], "联系电话"), column(t, rows[0], "住址"), column(t, rows[0], "户主姓名")
			return []string{rows[1][phone], rows[1][address], rows[1][head]}
		}
		got := read(url.Values{"where": {where}})
		if want := []string{viewer.MaskPhone(h.Phone), viewer.MaskAddress(h.Address), h.HeadName}; !slices.Equal(got, want) {
			t.Errorf("%s without personal=1: %q, want %q", format, got, want)
		}
		got = read(url.Values{"where": {where}, "personal": {"1"}, "reason": {"低保复核 " + format}})
		if want := []string{h.Phone, h.Address, h.HeadName}; !slices.Equal(got, want) {
			t.Errorf("%s with personal=1: %q, want %q", format, got, want)
		}
		ev := c.AuditEvent.Query().Where(auditevent.ActionEQ(auditevent.ActionEXPORT)).Order(ent.Desc(auditevent.FieldID)).FirstX(ctx())
		if ev.Changes["personal"] != true || ev.Changes["reason"] != "低保复核 "+format || ev.Changes["format"] != format {
			t.Errorf("audit of a personal export: %v", ev.Changes)
		}
	}
	before := c.AuditEvent.Query().CountX(ctx())
	for _, tc := range []struct {
		role   string
		q      url.Values
		status int
		code   string
	}{
		{"admin", url.Values{"personal": {"1"}}, http.StatusBadRequest, "BAD_USER_INPUT"},
		{"admin", url.Values{"personal": {"1"}, "reason": {"  "}}, http.StatusBadRequest, "BAD_USER_INPUT"},
		{"town", url.Values{"personal": {"1"}, "reason": {"核对"}}, http.StatusForbidden, "FORBIDDEN"},
		{"analyst", url.Values{"personal": {"1"}, "reason": {"核对"}}, http.StatusForbidden, "FORBIDDEN"},
		{"cadre", url.Values{"personal": {"1"}, "reason": {"核对"}}, http.StatusForbidden, "FORBIDDEN"},
		{"officer", url.Values{"personal": {"1"}, "reason": {"核对"}}, http.StatusForbidden, "FORBIDDEN"},
	} {
		e := w.exportQuery(t, tc.role, "households.csv", tc.q)
		var body struct {
			Errors []gqlError `json:"errors"`
		}
		_ = json.Unmarshal(e.body, &body)
		if e.status != tc.status || len(body.Errors) == 0 || body.Errors[0].Extensions["code"] != tc.code || !strings.ContainsFunc(body.Errors[0].Message, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			t.Errorf("%s %v: %d %s, want %d %s in Chinese", tc.role, tc.q, e.status, e.body, tc.status, tc.code)
		}
	}
	if n := c.AuditEvent.Query().CountX(ctx()); n != before {
		t.Errorf("refused personal exports audited: %d events, were %d", n, before)
	}
	// A town official's export names applicants masked, as the API does.
	rows := csvRows(t, w.exportQuery(t, "town", "tickets.csv", url.Values{"columns": {"applicantID,applicant"}}))
	for _, r := range rows[1:] {
		id, _ := ent.DecodeGlobalID(r[0])
		if want := viewer.MaskName(c.Resident.GetX(ctx(), id).Name); r[1] != want {
			t.Fatalf("town official sees applicant %q, want %q", r[1], want)
		}
	}
}

// TestExportFilename: the file is named after the list, the area and the
// period (filename*, UTF-8), with an ASCII filename beside it.
func TestExportFilename(t *testing.T) {
	w := newExportWorld(t)
	day := time.Now().In(period.Shanghai).Format("20060102")
	for _, tc := range []struct {
		role, file string
		q          url.Values
		ascii, utf string
	}{
		{"town", "tickets.csv", nil, "tickets_" + day + ".csv", "代办事项_" + w.town1.Name + "_" + day + ".csv"},
		{"admin", "tickets.xlsx", url.Values{"where": {`{"villageID":"` + ent.EncodeGlobalID(w.village.ID) + `","status":"COMPLETED"}`}}, "tickets_" + day + ".xlsx", "代办事项_" + w.village.Name + "_" + day + ".xlsx"},
		{"analyst", "stats.csv", url.Values{"metrics": {"TICKETS_SUBMITTED"}, "where": {`{"period":"2026Q2"}`}}, "stats_2026Q2.csv", "分组统计_" + w.a.db.Client.District.Query().OnlyX(ctx()).Name + "_2026Q2.csv"},
	} {
		e := w.exportQuery(t, tc.role, tc.file, tc.q)
		cd := e.header.Get("Content-Disposition")
		if e.status != http.StatusOK || !strings.Contains(cd, `filename="`+tc.ascii+`"`) || !strings.Contains(cd, "filename*=UTF-8''"+url.PathEscape(tc.utf)) {
			t.Errorf("%s %s: %d Content-Disposition %q, want %s and %s", tc.role, tc.file, e.status, cd, tc.ascii, tc.utf)
		}
	}
	if c := w.a.db.Client.Ticket.Query().Where(ticket.VillageID(w.village.ID)).CountX(ctx()); c == 0 {
		t.Fatal("no tickets in the village")
	}
}
