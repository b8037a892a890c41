package export

import (
	"archive/zip"
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"
)

// Writer writes an export's rows in one file format.
type Writer interface {
	// Header writes the header row.
	Header(cols []Column) error
	// Row writes one row.
	Row(r Row) error
	// Close finishes the file (for XLSX, writes it out).
	Close() error
}

// Formats are the file formats, by file extension, with their MIME types.
var Formats = map[string]string{
	"csv":  "text/csv; charset=utf-8",
	"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

// NewWriter returns the writer of format ("csv" or "xlsx") onto w.
func NewWriter(format string, w io.Writer, sheet string) (Writer, error) {
	switch format {
	case "csv":
		return NewCSV(w), nil
	case "xlsx":
		return NewXLSX(w, sheet)
	}
	return nil, fmt.Errorf("unknown export format %q", format)
}

// TimeLayout is how times are written as text (CSV): Shanghai wall clock.
const TimeLayout = "2006-01-02 15:04:05"

// csvWriter writes UTF-8 CSV with a byte-order mark.
type csvWriter struct {
	buf    *bufio.Writer
	w      *csv.Writer
	fields []string
	cols   []Column
}

// NewCSV returns a CSV writer onto w: UTF-8 with a BOM, CRLF line ends (as
// Excel writes them), times as 2006-01-02 15:04:05 in Shanghai, money with
// two decimals, booleans as 是/否.
func NewCSV(w io.Writer) Writer {
	buf := bufio.NewWriterSize(w, 64<<10)
	cw := csv.NewWriter(buf)
	cw.UseCRLF = true
	return &csvWriter{buf: buf, w: cw}
}

func (c *csvWriter) Header(cols []Column) error {
	c.cols = cols
	c.fields = make([]string, len(cols))
	if _, err := c.buf.WriteString("\uFEFF"); err != nil {
		return err
	}
	for i, col := range cols {
		c.fields[i] = col.Header
	}
	return c.w.Write(c.fields)
}

func (c *csvWriter) Row(r Row) error {
	for i := range c.fields {
		c.fields[i] = ""
		if i < len(r) {
			c.fields[i] = Format(c.cols[i].Kind, r[i])
		}
	}
	return c.w.Write(c.fields)
}

func (c *csvWriter) Close() error {
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return err
	}
	return c.buf.Flush()
}

// Format formats a cell value as text, as CSV shows it.
func Format(k Kind, v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	case float64:
		if k == Money {
			return strconv.FormatFloat(v, 'f', 2, 64)
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	case time.Time:
		return v.In(Shanghai).Format(TimeLayout)
	case bool:
		if v {
			return "是"
		}
		return "否"
	}
	return fmt.Sprint(v)
}

// xlsxWriter writes an XLSX workbook through excelize's StreamWriter, which
// keeps rows on disk past a small buffer, so memory stays flat.
type xlsxWriter struct {
	out    io.Writer
	f      *excelize.File
	sw     *excelize.StreamWriter
	row    int
	cells  []any
	cols   []Column
	styles map[Kind]int
}

// NewXLSX returns an XLSX writer onto w with one sheet: typed cells —
// numbers, dates (Shanghai wall clock, formatted yyyy-mm-dd hh:mm:ss), money
// as numbers formatted 0.00, booleans — and a bold, frozen header row.
func NewXLSX(w io.Writer, sheet string) (Writer, error) {
	if sheet == "" {
		sheet = "Sheet1"
	}
	if r := []rune(sheet); len(r) > 31 { // Excel's limit
		sheet = string(r[:31])
	}
	f := excelize.NewFile()
	// The workbook is zipped straight onto w: excelize's WriteTo would build
	// the whole file in memory first. (Parts over 4 GB, zip64, are beyond an
	// export's reach: Excel's sheets stop at 1,048,576 rows.)
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zip.NewWriter(w) })
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	x := &xlsxWriter{out: w, f: f, sw: sw, styles: map[Kind]int{}}
	dateFmt, moneyFmt := "yyyy-mm-dd hh:mm:ss", "0.00"
	for k, s := range map[Kind]*excelize.Style{
		Time:  {CustomNumFmt: &dateFmt},
		Money: {CustomNumFmt: &moneyFmt},
		-1:    {Font: &excelize.Font{Bold: true}},
	} {
		id, err := f.NewStyle(s)
		if err != nil {
			return nil, err
		}
		x.styles[k] = id
	}
	return x, nil
}

func (x *xlsxWriter) Header(cols []Column) error {
	x.cols = cols
	x.cells = make([]any, len(cols))
	for i, c := range cols {
		x.cells[i] = excelize.Cell{StyleID: x.styles[-1], Value: c.Header}
		width := float64(len([]rune(c.Header)))*2 + 2
		if c.Kind == Time {
			width = 20
		}
		if err := x.sw.SetColWidth(i+1, i+1, max(width, 10)); err != nil {
			return err
		}
	}
	if err := x.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return x.next()
}

func (x *xlsxWriter) next() error {
	x.row++
	cell, err := excelize.CoordinatesToCellName(1, x.row)
	if err != nil {
		return err
	}
	return x.sw.SetRow(cell, x.cells)
}

func (x *xlsxWriter) Row(r Row) error {
	for i := range x.cells {
		var v any
		if i < len(r) {
			v = r[i]
		}
		switch t := v.(type) {
		case time.Time:
			// Excel has no zones: write the Shanghai wall clock.
			s := t.In(Shanghai)
			wall := time.Date(s.Year(), s.Month(), s.Day(), s.Hour(), s.Minute(), s.Second(), 0, time.UTC)
			x.cells[i] = excelize.Cell{StyleID: x.styles[Time], Value: wall}
		case float64:
			if x.cols[i].Kind == Money {
				x.cells[i] = excelize.Cell{StyleID: x.styles[Money], Value: t}
			} else {
				x.cells[i] = t
			}
		default:
			x.cells[i] = v
		}
	}
	return x.next()
}

func (x *xlsxWriter) Close() error {
	defer x.f.Close()
	if err := x.sw.Flush(); err != nil {
		return err
	}
	_, err := x.f.WriteTo(x.out)
	return err
}
