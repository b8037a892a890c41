package export

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"yuanbahui/internal/period"
)

// TestXLSXCells: a workbook of more rows than one chunk reads back with
// excelize with every row in order and typed cells — integers, money and
// dates are numbers (dates in the Shanghai wall clock, shown
// yyyy-mm-dd hh:mm:ss), booleans are booleans, text is kept as written —
// under a bold, frozen header.
func TestXLSXCells(t *testing.T) {
	var b bytes.Buffer
	w, err := NewXLSX(&b, "积分明细")
	if err != nil {
		t.Fatal(err)
	}
	cols := []Column{{Header: "事由"}, {Header: "积分", Kind: Int}, {Header: "金额（元）", Kind: Money},
		{Header: "记分时间", Kind: Time}, {Header: "是否党员", Kind: Bool}, {Header: "比例", Kind: Float}}
	if err := w.Header(cols); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 6, 30, 16, 30, 5, 0, time.UTC) // 00:30:05 on 1 July in Shanghai
	n := 2*ChunkRows + 7
	for i := range n {
		r := Row{" 打扫 <院坝> & \"道路\" " + strconv.Itoa(i), int64(i - 3), float64(i) + 0.25, at.Add(time.Duration(i) * time.Minute), i%2 == 0, 0.5}
		if i == 1 {
			r = Row{nil, nil, nil, nil, nil} // empty cells, and a short row
		}
		if err := w.Row(r); err != nil {
			t.Fatal(err)
		}
	}
	f := readBack(t, w, &b)
	if got := f.GetSheetList(); len(got) != 1 || got[0] != "积分明细" {
		t.Fatalf("sheets %q", got)
	}
	const sheet = "积分明细"
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != n+1 {
		t.Fatalf("%d rows, want %d", len(rows), n+1)
	}
	if want := []string{"事由", "积分", "金额（元）", "记分时间", "是否党员", "比例"}; !slices.Equal(rows[0], want) {
		t.Errorf("header %q", rows[0])
	}
	if len(rows[2]) != 0 {
		t.Errorf("empty row reads %q", rows[2])
	}
	if panes, err := f.GetPanes(sheet); err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes %+v %v", panes, err)
	}
	style, _ := f.GetCellStyle(sheet, "A1")
	if s, err := f.GetStyle(style); err != nil || s.Font == nil || !s.Font.Bold {
		t.Errorf("header style %+v %v", s, err)
	}
	if width, _ := f.GetColWidth(sheet, "D"); width != 20 {
		t.Errorf("date column width %v", width)
	}
	// Excel wants the columns' widths in order.
	xml := sheetXML(t, &b)
	if a, b := bytes.Index(xml, []byte(`<col min="1"`)), bytes.Index(xml, []byte(`<col min="6"`)); a < 0 || b < a {
		t.Errorf("columns out of order: %s", xml[:min(len(xml), 2000)])
	}

	for _, i := range []int{0, ChunkRows - 1, ChunkRows, 2 * ChunkRows, n - 1} {
		row := i + 2
		cell := func(col string) string { return col + strconv.Itoa(row) }
		raw := func(col string) string {
			v, err := f.GetCellValue(sheet, cell(col), excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
		typ := func(col string) excelize.CellType {
			ct, err := f.GetCellType(sheet, cell(col))
			if err != nil {
				t.Fatal(err)
			}
			return ct
		}
		if got, want := raw("A"), " 打扫 <院坝> & \"道路\" "+strconv.Itoa(i); got != want {
			t.Errorf("%s = %q, want %q", cell("A"), got, want)
		}
		if typ("B") != excelize.CellTypeUnset && typ("B") != excelize.CellTypeNumber {
			t.Errorf("%s is of type %v", cell("B"), typ("B"))
		}
		if got := raw("B"); got != strconv.Itoa(i-3) {
			t.Errorf("%s = %q, want %d", cell("B"), got, i-3)
		}
		if got, _ := strconv.ParseFloat(raw("C"), 64); got != float64(i)+0.25 {
			t.Errorf("%s = %q", cell("C"), raw("C"))
		}
		if shown, _ := f.GetCellValue(sheet, cell("C")); shown != strconv.FormatFloat(float64(i)+0.25, 'f', 2, 64) {
			t.Errorf("%s shows %q", cell("C"), shown)
		}
		serial, err := strconv.ParseFloat(raw("D"), 64)
		if err != nil {
			t.Fatalf("%s is not a number: %q", cell("D"), raw("D"))
		}
		wall := at.Add(time.Duration(i) * time.Minute).In(period.Shanghai)
		if got, _ := excelize.ExcelDateToTime(serial, false); got.Sub(time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), wall.Second(), 0, time.UTC)).Abs() > time.Second {
			t.Errorf("%s = %v, want %v", cell("D"), got, wall)
		}
		if shown, _ := f.GetCellValue(sheet, cell("D")); shown != wall.Format(TimeLayout) {
			t.Errorf("%s shows %q", cell("D"), shown)
		}
		if typ("E") != excelize.CellTypeBool {
			t.Errorf("%s is of type %v", cell("E"), typ("E"))
		}
		if want := map[bool]string{true: "1", false: "0"}[i%2 == 0]; raw("E") != want {
			t.Errorf("%s = %q", cell("E"), raw("E"))
		}
		if raw("F") != "0.5" {
			t.Errorf("%s = %q", cell("F"), raw("F"))
		}
	}
}

// TestXLSXEmpty: an export without rows is a workbook with its header.
func TestXLSXEmpty(t *testing.T) {
	var b bytes.Buffer
	w, err := NewXLSX(&b, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Header([]Column{{Header: "名称"}}); err != nil {
		t.Fatal(err)
	}
	rows, err := readBack(t, w, &b).GetRows("Sheet1")
	if err != nil || len(rows) != 1 || !slices.Equal(rows[0], []string{"名称"}) {
		t.Errorf("rows %q %v", rows, err)
	}
}

// readBack closes w and opens what it wrote into b with excelize.
// sheetXML is the XML of the first worksheet of the XLSX in b.
func sheetXML(t *testing.T, b *bytes.Buffer) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	part, err := z.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	xml, err := io.ReadAll(part)
	if err != nil {
		t.Fatal(err)
	}
	return xml
}

func readBack(t *testing.T, w Writer, b *bytes.Buffer) *excelize.File {
	t.Helper()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestXLSXWriteFailure: when the client goes away, writing rows fails (not
// silently dropped) and Abort releases the writer.
func TestXLSXWriteFailure(t *testing.T) {
	w, err := NewXLSX(failingWriter{}, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Header([]Column{{Header: "名称"}, {Header: "数", Kind: Int}}); err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		if i > 100*ChunkRows {
			t.Fatal("rows keep being accepted after the output failed")
		}
		if err := w.Row(Row{strings.Repeat("院坝", 50), int64(i)}); err != nil {
			if !errors.Is(err, errGone) {
				t.Errorf("error %v", err)
			}
			break
		}
	}
	w.Abort()
}

var errGone = errors.New("client gone")

// failingWriter fails every write, as a closed connection does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errGone }

// TestSecurityXLSXFormulaText: in XLSX, text that looks like a formula is a
// string cell as written, with no formula: Excel shows it and runs nothing.
func TestSecurityXLSXFormulaText(t *testing.T) {
	var b bytes.Buffer
	w, err := NewXLSX(&b, "户")
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Header([]Column{{Header: "户主"}, {Header: "积分", Kind: Int}}); err != nil {
		t.Fatal(err)
	}
	const name = `=HYPERLINK("http://x","y")`
	if err := w.Row(Row{name, int64(-3)}); err != nil {
		t.Fatal(err)
	}
	f := readBack(t, w, &b)
	if formula, err := f.GetCellFormula("户", "A2"); err != nil || formula != "" {
		t.Errorf("A2 has the formula %q (%v)", formula, err)
	}
	if v, _ := f.GetCellValue("户", "A2"); v != name {
		t.Errorf("A2 = %q", v)
	}
	if typ, _ := f.GetCellType("户", "A2"); typ == excelize.CellTypeFormula || typ == excelize.CellTypeNumber {
		t.Errorf("A2 is of type %v", typ)
	}
	if xml := sheetXML(t, &b); bytes.Contains(xml, []byte("<f>")) || bytes.Contains(xml, []byte("<f ")) {
		t.Errorf("the sheet holds a formula: %s", xml)
	}
	if v, _ := f.GetCellValue("户", "B2", excelize.Options{RawCellValue: true}); v != "-3" {
		t.Errorf("B2 = %q", v)
	}
}
