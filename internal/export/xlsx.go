package export

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"io/fs"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// ChunkRows is how many rows the XLSX writer has excelize encode at a time
// before it moves them into the file (about 1 MB of sheet XML).
const ChunkRows = 2_000

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
// worksheet's zip entry. Chunks are encoded by a goroutine while the export
// reads the next rows (the encoding costs about as much as the reading).
// Memory is two chunks however many rows there are.
type xlsxWriter struct {
	out     *bufio.Writer
	zip     *zip.Writer
	f       *excelize.File
	sheet   string
	path    string    // the worksheet's part, e.g. xl/worksheets/sheet1.xml
	part    io.Writer // its zip entry, open while rows come
	tail    []byte    // the worksheet after its rows, from </sheetData>
	sw      *excelize.StreamWriter
	chunk   int // rows in sw
	row     int // the sheet's last row number
	xml     bytes.Buffer
	cols    []Column
	cells   []excelize.Cell
	values  []any // &cells[i], or nil for an empty cell
	styles  map[Kind]int
	started bool

	// Rows are encoded by a goroutine of the writer's, the encoder, while
	// the export reads the next ones: pending fills up with rows, is handed
	// over through work, and comes back emptied through free.
	pending chunk
	work    chan chunk
	free    chan []any
	done    chan struct{} // closed when the encoder stops, err then set
	err     error
	stopped bool // work is closed
}

// chunk is rows waiting for the encoder: len(cols) values a row.
type chunk struct {
	values []any
	rows   int
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
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	out := bufio.NewWriterSize(w, 64<<10)
	zw := zip.NewWriter(out)
	// The fastest deflate: the sheet is most of the file and compresses well
	// anyway; the default level costs more than writing the cells.
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestSpeed)
	})
	x := &xlsxWriter{out: out, zip: zw, f: f, sheet: sheet, styles: map[Kind]int{}}
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

// Header has excelize write the worksheet with its columns, frozen pane and
// header row, and opens the worksheet's zip entry with all of it before
// </sheetData>; the rest waits for Close.
func (x *xlsxWriter) Header(cols []Column) error {
	x.cols = cols
	x.cells = make([]excelize.Cell, len(cols))
	x.values = make([]any, len(cols))
	sw, err := x.f.NewStreamWriter(x.sheet)
	if err != nil {
		return err
	}
	x.sw = sw
	for i, c := range cols {
		width := float64(len([]rune(c.Header)))*2 + 2
		if c.Kind == Time {
			width = 20
		}
		if err := sw.SetColWidth(i+1, i+1, max(width, 10)); err != nil {
			return err
		}
		x.cells[i] = excelize.Cell{StyleID: x.styles[-1], Value: c.Header}
		x.values[i] = &x.cells[i]
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := x.setRow(); err != nil {
		return err
	}
	sheet, err := x.encode()
	if err != nil {
		return err
	}
	end := bytes.LastIndex(sheet, []byte("</sheetData>"))
	if end < 0 {
		return errors.New("export: excelize wrote a worksheet without sheetData")
	}
	x.tail = bytes.Clone(sheet[end:])
	if x.part, err = x.zip.Create(x.path); err != nil {
		return err
	}
	x.started = true
	if _, err = x.part.Write(sheet[:end]); err != nil {
		return err
	}
	x.work, x.free, x.done = make(chan chunk), make(chan []any, 2), make(chan struct{})
	go x.encoder()
	return nil
}

// Row queues one row for the encoder, which has excelize encode it, typed;
// every ChunkRows rows go into the file.
func (x *xlsxWriter) Row(r Row) error {
	if x.pending.values == nil {
		select {
		case b := <-x.free:
			x.pending.values = b
		default:
			x.pending.values = make([]any, 0, ChunkRows*len(x.cols))
		}
	}
	n := len(x.cols)
	x.pending.values = append(x.pending.values, r[:min(len(r), n)]...)
	for range n - min(len(r), n) {
		x.pending.values = append(x.pending.values, nil)
	}
	if x.pending.rows++; x.pending.rows == ChunkRows {
		return x.send()
	}
	return nil
}

// send hands the pending rows to the encoder.
func (x *xlsxWriter) send() error {
	select {
	case x.work <- x.pending:
		x.pending = chunk{}
		return nil
	case <-x.done:
		return x.err
	}
}

// encoder encodes the chunks of rows handed to it until work is closed or
// writing fails.
func (x *xlsxWriter) encoder() {
	defer close(x.done)
	for c := range x.work {
		if x.err = x.encodeChunk(c); x.err != nil {
			return
		}
		clear(c.values)
		select {
		case x.free <- c.values[:0]:
		default:
		}
	}
}

// encodeChunk has a stream writer of its own encode the rows of c and moves
// them into the worksheet.
func (x *xlsxWriter) encodeChunk(c chunk) error {
	sw, err := x.f.NewStreamWriter(x.sheet)
	if err != nil {
		return err
	}
	x.sw = sw
	n := len(x.cols)
	for row := range c.rows {
		if err := x.setCells(c.values[row*n : (row+1)*n]); err != nil {
			return err
		}
	}
	return x.flushChunk()
}

// setCells has the stream writer encode the next row, of values r.
func (x *xlsxWriter) setCells(r []any) error {
	for i, v := range r {
		x.values[i] = &x.cells[i]
		switch t := v.(type) {
		case nil:
			x.values[i] = nil
		case time.Time:
			// Excel has no zones: write the Shanghai wall clock.
			s := t.In(Shanghai)
			wall := time.Date(s.Year(), s.Month(), s.Day(), s.Hour(), s.Minute(), s.Second(), 0, time.UTC)
			x.cells[i] = excelize.Cell{StyleID: x.styles[Time], Value: wall}
		case float64:
			x.cells[i] = excelize.Cell{Value: v}
			if x.cols[i].Kind == Money {
				x.cells[i].StyleID = x.styles[Money]
			}
		default:
			x.cells[i] = excelize.Cell{Value: v}
		}
	}
	return x.setRow()
}

// setRow has the stream writer encode the next row from x.values.
func (x *xlsxWriter) setRow() error {
	x.row++
	cell, err := excelize.CoordinatesToCellName(1, x.row)
	if err != nil {
		return err
	}
	return x.sw.SetRow(cell, x.values)
}

// flushChunk moves the rows of the current stream writer into the worksheet.
func (x *xlsxWriter) flushChunk() error {
	sheet, err := x.encode()
	if err != nil {
		return err
	}
	start := bytes.Index(sheet, []byte("<sheetData>"))
	end := bytes.LastIndex(sheet, []byte("</sheetData>"))
	if start < 0 || end < start {
		return errors.New("export: excelize wrote a worksheet without sheetData")
	}
	_, err = x.part.Write(sheet[start+len("<sheetData>") : end])
	return err
}

// encode finishes the current stream writer and returns the worksheet XML
// excelize writes for it (valid until the next encode).
func (x *xlsxWriter) encode() ([]byte, error) {
	sw := x.sw
	x.sw, x.chunk = nil, 0
	if err := sw.Flush(); err != nil {
		return nil, err
	}
	x.xml.Reset()
	err := x.writeParts(func(name string) (io.Writer, error) {
		if !isWorksheet(name) {
			return io.Discard, nil
		}
		x.path = name
		return &x.xml, nil
	})
	if err != nil {
		return nil, err
	}
	// Drop the stream writer: excelize would otherwise read its rows back
	// as the worksheet of the next one.
	return x.xml.Bytes(), x.f.Close()
}

// Close writes the rest of the worksheet and the workbook's other parts
// (excelize's), and finishes the zip.
func (x *xlsxWriter) Close() error {
	defer x.f.Close()
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
	err := x.writeParts(func(name string) (io.Writer, error) {
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

// stop waits for the encoder to finish the rows handed to it.
func (x *xlsxWriter) stop() {
	if x.work != nil && !x.stopped {
		x.stopped = true
		close(x.work)
		<-x.done
	}
}

// Abort stops the encoder and removes excelize's temporary files; the file
// stays truncated.
func (x *xlsxWriter) Abort() {
	x.stop()
	_ = x.f.Close()
}

// writeParts has excelize write the workbook, each part into what create
// returns for its name.
func (x *xlsxWriter) writeParts(create func(name string) (io.Writer, error)) error {
	x.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return parts(create) })
	_, err := x.f.WriteTo(io.Discard)
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
