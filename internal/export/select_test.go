package export

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
)

// fixed is an export of fixed rows.
type fixed struct {
	cols []Column
	rows []Row
}

func (f *fixed) Title() string     { return "代办事项" }
func (f *fixed) Columns() []Column { return f.cols }
func (f *fixed) Count() int        { return len(f.rows) }
func (f *fixed) Rows(_ context.Context, emit func(Row) error) error {
	for _, r := range f.rows {
		if err := emit(r); err != nil {
			return err
		}
	}
	return nil
}

// TestSelect: without names, internal columns are left out; names pick
// columns in their order, internal ones too; an unknown name is refused in
// Chinese with the names there are.
func TestSelect(t *testing.T) {
	ex := &fixed{
		cols: []Column{{Name: "id", Header: "系统编号", Internal: true}, {Name: "applicant", Header: "申请人"}, {Name: "version", Header: "版本号", Kind: Int, Internal: true}, {Name: "status", Header: "办理状态"}},
		rows: []Row{{"VGlja2V0OjE", "谭雨丽", int64(3), "已办结"}},
	}
	read := func(names ...string) ([]string, []Row) {
		t.Helper()
		s, err := Select(ex, names)
		if err != nil {
			t.Fatal(err)
		}
		var hs []string
		for _, c := range s.Columns() {
			hs = append(hs, c.Header)
		}
		var rows []Row
		_ = s.Rows(context.Background(), func(r Row) error { rows = append(rows, slices.Clone(r)); return nil })
		return hs, rows
	}
	if h, rows := read(); !slices.Equal(h, []string{"申请人", "办理状态"}) || !slices.Equal(rows[0], Row{"谭雨丽", "已办结"}) {
		t.Errorf("default: %q %v", h, rows)
	}
	if h, rows := read("status", "id"); !slices.Equal(h, []string{"办理状态", "系统编号"}) || !slices.Equal(rows[0], Row{"已办结", "VGlja2V0OjE"}) {
		t.Errorf("status,id: %q %v", h, rows)
	}
	_, err := Select(ex, []string{"status", "kind"})
	var e *Error
	if !errors.As(err, &e) || e.Code != "BAD_USER_INPUT" || !strings.Contains(e.Message, `没有名为 "kind" 的列`) || !strings.Contains(e.Message, "applicant（申请人）") {
		t.Errorf("unknown column: %v", err)
	}
}

// TestContentDisposition: the UTF-8 name says list, area and period, percent
// encoded as RFC 5987 asks; the ASCII name is the export's name and period.
func TestContentDisposition(t *testing.T) {
	got := ContentDisposition("tickets", "代办事项", "开州区", "2024Q2", "csv")
	want := `attachment; filename="tickets_2024Q2.csv"; filename*=UTF-8''%E4%BB%A3%E5%8A%9E%E4%BA%8B%E9%A1%B9_%E5%BC%80%E5%B7%9E%E5%8C%BA_2024Q2.csv`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	got = ContentDisposition("stats", "分组/统计", "", "2024 H1\"", "xlsx")
	want = `attachment; filename="stats_2024H1.xlsx"; filename*=UTF-8''%E5%88%86%E7%BB%84%E7%BB%9F%E8%AE%A1_2024H1.xlsx`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
