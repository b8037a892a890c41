package export

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"strings"
	"sync"
	"time"

	"github.com/xuri/excelize/v2"

	"yuanbahui/internal/period"
)

// ChunkRows is how many rows the XLSX writer has excelize encode at a time
// before it moves them into the file (about half a MB of sheet XML).
const ChunkRows = 500

// encoders is how many chunks are encoded at once.
const encoders = 2

// xlsxWriter writes an XLSX workbook through excelize, streaming it.
//
// excelize's StreamWriter keeps a sheet's XML in a bytes.Buffer until it
// holds StreamChunkSize (16 MiB; the buffer's capacity ends near 27 MiB) and
// zips it only when the workbook is written: the whole buffer stays live
// through an export, which (with the garbage collector's headroom) is more
// than an export may grow by, and the client receives nothing until the last
// row. So the worksheet is zipped here, straight onto the response, as rows
// come: excelize writes the workbook — styles, columns, the frozen header and
// every cell of every row, typed — and each chunk of ChunkRows rows is encoded
// by an excelize StreamWriter of its own, whose rows are moved into the
// worksheet's zip entry.
//
// Encoding cells through excelize costs about three times what reading the
// rows through the API does, so chunks are encoded by goroutines of the
// writer's, the encoders (each with a workbook of its own, styled as the
// file's), while the export reads the next rows; they take turns to write
// their chunks, in order. Memory is a few chunks however many rows there are.
type xlsxWriter struct {
	out     *bufio.Writer
	zip     *zip.Writer
	sheet   string
	path    string    // the worksheet's part, e.g. xl/worksheets/sheet1.xml
	part    io.Writer // its zip entry, open while rows come
	tail    []byte    // the worksheet after its rows, from </sheetData>
	cols    []Column
	styles  map[Kind]int
	enc     []*encoder // enc[0]'s workbook is the file's
	pending chunk      // rows read, not yet handed to an encoder
	sent    int        // chunks handed over
	row     int        // the sheet's last row number, read so far
	free    chan []any // emptied chunks, for reuse
	wg      sync.WaitGroup
	quit    chan struct{} // closed when writing fails, err then set
	fail    sync.Once
	err     error
	started bool
	stopped bool // the encoders' work is closed
}

// chunk is rows for an encoder: len(cols) values a row, the first on the
// sheet's row first.
type chunk struct {
	values []any
	first  int
	rows   int
}

// encoder encodes chunks of rows with a workbook of its own.
type encoder struct {
	x      *xlsxWriter
	f      *excelize.File
	sw     *excelize.StreamWriter
	cells  []excelize.Cell
	values []any // &cells[i], or nil for an empty cell
	xml    bytes.Buffer
	path   string // the worksheet's part, as excelize writes it
	work   chan chunk
	turn   chan struct{} // its turn to write into the worksheet
	next   *encoder      // whose turn comes after
}

// NewXLSX returns an XLSX writer onto w with one sheet: typed cells —
// numbers, dates (Shanghai wall clock, formatted yyyy-mm-dd hh:mm:ss), money
// as numbers formatted 0.00, booleans — and a bold, frozen header row. The
// file is written as rows come, in constant memory.
func NewXLSX(w io.Writer, sheet string) (Writer, error) {
	if sheet == "" {
		sheet = "Sheet1"
	}
	if r := []rune(sheet); len(r) > 31 { // Excel's limit
		sheet = string(r[:31])
	}
	out := bufio.NewWriterSize(w, 64<<10)
	zw := zip.NewWriter(out)
	// The fastest deflate: the sheet is most of the file and compresses well
	// anyway; the default level costs more than writing the cells.
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestSpeed)
	})
	x := &xlsxWriter{out: out, zip: zw, sheet: sheet, free: make(chan []any, encoders+1), quit: make(chan struct{})}
	for i := range encoders {
		f, styles, err := newWorkbook(sheet)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			x.styles = styles
		} else if !maps.Equal(styles, x.styles) {
			return nil, fmt.Errorf("export: workbooks with styles %v and %v", x.styles, styles)
		}
		x.enc = append(x.enc, &encoder{x: x, f: f, work: make(chan chunk), turn: make(chan struct{}, 1)})
	}
	for i, e := range x.enc {
		e.next = x.enc[(i+1)%encoders]
	}
	x.enc[0].turn <- struct{}{}
	return x, nil
}

// newWorkbook returns a workbook with the sheet and the writer's styles, by
// kind of cell (−1: the header), whose ids are the same in every one.
func newWorkbook(sheet string) (*excelize.File, map[Kind]int, error) {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, nil, err
	}
	dateFmt, moneyFmt := "yyyy-mm-dd hh:mm:ss", "0.00"
	styles := map[Kind]int{}
	for _, s := range []struct {
		kind  Kind
		style *excelize.Style
	}{
		{Time, &excelize.Style{CustomNumFmt: &dateFmt}},
		{Money, &excelize.Style{CustomNumFmt: &moneyFmt}},
		{-1, &excelize.Style{Font: &excelize.Font{Bold: true}}},
	} {
		id, err := f.NewStyle(s.style)
		if err != nil {
			return nil, nil, err
		}
		styles[s.kind] = id
	}
	return f, styles, nil
}

// Header has excelize write the worksheet with its columns, frozen pane and
// header row, and opens the worksheet's zip entry with all of it before
// </sheetData>; the rest waits for Close. Then the encoders start.
func (x *xlsxWriter) Header(cols []Column) error {
	x.cols = cols
	e := x.enc[0]
	for _, e := range x.enc {
		e.cells = make([]excelize.Cell, len(cols))
		e.values = make([]any, len(cols))
	}
	sw, err := e.f.NewStreamWriter(x.sheet)
	if err != nil {
		return err
	}
	e.sw = sw
	header := make([]any, len(cols))
	// From the last column: excelize puts each before those set already, and
	// Excel wants them in order.
	for i := len(cols) - 1; i >= 0; i-- {
		c := cols[i]
		width := float64(len([]rune(c.Header)))*2 + 2
		if c.Kind == Time {
			width = 20
		}
		if err := sw.SetColWidth(i+1, i+1, max(width, 10)); err != nil {
			return err
		}
		header[i] = &excelize.Cell{StyleID: x.styles[-1], Value: c.Header}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	x.row = 1
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	sheet, err := e.encode()
	if err != nil {
		return err
	}
	end := bytes.LastIndex(sheet, []byte("</sheetData>"))
	if end < 0 {
		return errors.New("export: excelize wrote a worksheet without sheetData")
	}
	x.tail = bytes.Clone(sheet[end:])
	x.path = e.path
	if x.part, err = x.zip.Create(x.path); err != nil {
		return err
	}
	x.started = true
	if _, err = x.part.Write(sheet[:end]); err != nil {
		return err
	}
	for _, e := range x.enc {
		x.wg.Add(1)
		go e.run()
	}
	return nil
}

// Row queues one row for the encoders; every ChunkRows rows go to one.
func (x *xlsxWriter) Row(r Row) error {
	if x.pending.values == nil {
		select {
		case b := <-x.free:
			x.pending.values = b
		default:
			x.pending.values = make([]any, 0, ChunkRows*len(x.cols))
		}
		x.pending.first = x.row + 1
	}
	n := len(x.cols)
	x.pending.values = append(x.pending.values, r[:min(len(r), n)]...)
	for range n - min(len(r), n) {
		x.pending.values = append(x.pending.values, nil)
	}
	x.row++
	if x.pending.rows++; x.pending.rows == ChunkRows {
		return x.send()
	}
	return nil
}

// send hands the pending rows to the next encoder in turn.
func (x *xlsxWriter) send() error {
	select {
	case x.enc[x.sent%encoders].work <- x.pending:
		x.pending = chunk{}
		x.sent++
		return nil
	case <-x.quit:
		return x.err
	}
}

// failed records the first failure and stops the writer.
func (x *xlsxWriter) failed(err error) {
	x.fail.Do(func() {
		x.err = err
		close(x.quit)
	})
}

// run encodes the chunks handed to e and, in its turn, writes them into the
// worksheet, until its work is closed or writing fails.
func (e *encoder) run() {
	x := e.x
	defer x.wg.Done()
	for c := range e.work {
		rows, err := e.encodeChunk(c)
		if err != nil {
			x.failed(err)
			return
		}
		select {
		case <-e.turn:
		case <-x.quit:
			return
		}
		_, err = x.part.Write(rows)
		e.next.turn <- struct{}{}
		if err != nil {
			x.failed(err)
			return
		}
		clear(c.values)
		select {
		case x.free <- c.values[:0]:
		default:
		}
	}
}

// encodeChunk has a stream writer of its own encode the rows of c and
// returns their XML (valid until the next chunk).
func (e *encoder) encodeChunk(c chunk) ([]byte, error) {
	sw, err := e.f.NewStreamWriter(e.x.sheet)
	if err != nil {
		return nil, err
	}
	e.sw = sw
	n := len(e.x.cols)
	for row := range c.rows {
		if err := e.setRow(c.first+row, c.values[row*n:(row+1)*n]); err != nil {
			return nil, err
		}
	}
	sheet, err := e.encode()
	if err != nil {
		return nil, err
	}
	start := bytes.Index(sheet, []byte("<sheetData>"))
	end := bytes.LastIndex(sheet, []byte("</sheetData>"))
	if start < 0 || end < start {
		return nil, errors.New("export: excelize wrote a worksheet without sheetData")
	}
	return sheet[start+len("<sheetData>") : end], nil
}

// setRow has the stream writer encode row number row, of values r, typed.
func (e *encoder) setRow(row int, r []any) error {
	styles := e.x.styles
	for i, v := range r {
		e.values[i] = &e.cells[i]
		switch t := v.(type) {
		case nil:
			e.values[i] = nil
		case time.Time:
			// Excel has no zones: write the Shanghai wall clock.
			s := t.In(period.Shanghai)
			wall := time.Date(s.Year(), s.Month(), s.Day(), s.Hour(), s.Minute(), s.Second(), 0, time.UTC)
			e.cells[i] = excelize.Cell{StyleID: styles[Time], Value: wall}
		case float64:
			e.cells[i] = excelize.Cell{Value: v}
			if e.x.cols[i].Kind == Money {
				e.cells[i].StyleID = styles[Money]
			}
		default:
			e.cells[i] = excelize.Cell{Value: v}
		}
	}
	cell, err := excelize.CoordinatesToCellName(1, row)
	if err != nil {
		return err
	}
	return e.sw.SetRow(cell, e.values)
}

// encode finishes the current stream writer and returns the worksheet XML
// excelize writes for it (valid until the next encode).
func (e *encoder) encode() ([]byte, error) {
	if err := e.sw.Flush(); err != nil {
		return nil, err
	}
	e.sw = nil
	e.xml.Reset()
	err := writeParts(e.f, func(name string) (io.Writer, error) {
		if !isWorksheet(name) {
			return io.Discard, nil
		}
		e.path = name
		return &e.xml, nil
	})
	if err != nil {
		return nil, err
	}
	// Drop the stream writer: excelize would otherwise read its rows back
	// as the worksheet of the next one.
	return e.xml.Bytes(), e.f.Close()
}

// Close writes the rest of the worksheet and the workbook's other parts
// (excelize's), and finishes the zip.
func (x *xlsxWriter) Close() error {
	defer x.closeWorkbooks()
	if !x.started {
		if err := x.Header(x.cols); err != nil {
			return err
		}
	}
	if x.pending.rows > 0 {
		if err := x.send(); err != nil {
			return err
		}
	}
	if x.stop(); x.err != nil {
		return x.err
	}
	if _, err := x.part.Write(x.tail); err != nil {
		return err
	}
	err := writeParts(x.enc[0].f, func(name string) (io.Writer, error) {
		if name == x.path {
			return io.Discard, nil // written above
		}
		return x.zip.Create(name)
	})
	if err != nil {
		return err
	}
	if err := x.zip.Close(); err != nil {
		return err
	}
	return x.out.Flush()
}

// stop waits for the encoders to finish the rows handed to them.
func (x *xlsxWriter) stop() {
	if x.stopped {
		return
	}
	x.stopped = true
	for _, e := range x.enc {
		close(e.work)
	}
	x.wg.Wait()
}

// Abort stops the encoders and removes excelize's temporary files; the file
// stays truncated.
func (x *xlsxWriter) Abort() {
	x.failed(errors.New("export: aborted"))
	x.stop()
	x.closeWorkbooks()
}

func (x *xlsxWriter) closeWorkbooks() {
	for _, e := range x.enc {
		_ = e.f.Close()
	}
}

// writeParts has excelize write the workbook f, each part into what create
// returns for its name.
func writeParts(f *excelize.File, create func(name string) (io.Writer, error)) error {
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return parts(create) })
	_, err := f.WriteTo(io.Discard)
	return err
}

// isWorksheet tells the worksheet's part among a workbook's (there is one).
func isWorksheet(name string) bool {
	return strings.HasPrefix(name, "xl/worksheets/") && strings.HasSuffix(name, ".xml")
}

// parts is an excelize.ZipWriter handing each part of the workbook to a
// function instead of a zip.
type parts func(name string) (io.Writer, error)

func (p parts) Create(name string) (io.Writer, error) { return p(name) }
func (p parts) AddFS(fs.FS) error                     { return errors.New("export: AddFS is not supported") }
func (p parts) Close() error                          { return nil }
