package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"yuanbahui/internal/period"
)

// Writer writes an export's rows in one file format.
type Writer interface {
	// Header writes the header row.
	Header(cols []Column) error
	// Row writes one row.
	Row(r Row) error
	// Close finishes the file (for XLSX, writes it out).
	Close() error
	// Abort gives up after a failure: what is written stays truncated, and
	// whatever the writer holds (goroutines, temporary files) is released.
	Abort()
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
// two decimals, booleans as 是/否. Text that a spreadsheet would run as a
// formula is neutralised (Neutralise); numbers are written as they are.
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
		c.fields[i] = Neutralise(col.Header)
	}
	return c.w.Write(c.fields)
}

func (c *csvWriter) Row(r Row) error {
	for i := range c.fields {
		c.fields[i] = ""
		if i < len(r) {
			c.fields[i] = Format(c.cols[i].Kind, r[i])
			if _, text := r[i].(string); text {
				c.fields[i] = Neutralise(c.fields[i])
			}
		}
	}
	return c.w.Write(c.fields)
}

func (c *csvWriter) Abort() {}

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
		return v.In(period.Shanghai).Format(TimeLayout)
	case bool:
		if v {
			return "是"
		}
		return "否"
	}
	return fmt.Sprint(v)
}

// Neutralise keeps a spreadsheet from reading text as a formula (CSV
// injection, OWASP): text beginning with = + - @, a tab or a carriage return
// gets a leading single quote, which Excel and LibreOffice show as text and
// do not run: =HYPERLINK("http://x","y") becomes '=HYPERLINK("http://x","y").
// Only text cells are neutralised: numbers (Int, Float and Money cells, a
// negative amount such as -12.50 among them) come from numeric values that
// cannot hold a formula and are written unchanged, so they stay numbers. XLSX
// needs none of this: its text cells are typed strings, never formulas.
func Neutralise(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
