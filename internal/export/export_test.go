package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"
)

func TestChinese(t *testing.T) {
	for desc, want := range map[string]string{
		"When the resident applied. 申请时间":                              "申请时间",
		"Village collective funds, in fen (1 yuan = 100 fen). 集体资金（分）": "集体资金（分）",
		"现场办 ON_SITE, 全程代办 END_TO_END; one of the modes.":              "",
		"Courtyard of the applicant.":                                  "",
		"院坝长。":                                                         "院坝长",
	} {
		if got := Chinese(desc); got != want {
			t.Errorf("Chinese(%q) = %q, want %q", desc, got, want)
		}
	}
	if got := yuanHeader("集体资金（分）"); got != "集体资金（元）" {
		t.Errorf("yuanHeader: %q", got)
	}
	if got := yuanHeader("金额"); got != "金额（元）" {
		t.Errorf("yuanHeader: %q", got)
	}
}

func TestCSVCells(t *testing.T) {
	var b bytes.Buffer
	w := NewCSV(&b)
	cols := []Column{{Header: "名称"}, {Header: "金额（元）", Kind: Money}, {Header: "时间", Kind: Time}, {Header: "是否党员", Kind: Bool}, {Header: "数", Kind: Int}}
	if err := w.Header(cols); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 6, 30, 16, 30, 0, 0, time.UTC) // 00:30 on 1 July in Shanghai
	if err := w.Row(Row{"张三, \"老张\"", 12.5, at, true, int64(7)}); err != nil {
		t.Fatal(err)
	}
	if err := w.Row(Row{nil, nil, nil, false}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	want := "\uFEFF名称,金额（元）,时间,是否党员,数\r\n\"张三, \"\"老张\"\"\",12.50,2026-07-01 00:30:00,是,7\r\n,,,否,\r\n"
	if b.String() != want {
		t.Errorf("CSV:\n%q\nwant\n%q", b.String(), want)
	}
}

// TestSecurityCSVFormulaInjection: text cells a spreadsheet would run as a
// formula (beginning with = + - @, tab or CR) are written with a leading
// single quote; numbers, negative ones too, are written unchanged.
func TestSecurityCSVFormulaInjection(t *testing.T) {
	var b bytes.Buffer
	w := NewCSV(&b)
	cols := []Column{{Header: "户主"}, {Header: "积分", Kind: Int}, {Header: "金额（元）", Kind: Money}, {Header: "比例", Kind: Float}}
	if err := w.Header(cols); err != nil {
		t.Fatal(err)
	}
	cells := map[string]string{
		`=HYPERLINK("http://x","y")`: `'=HYPERLINK("http://x","y")`,
		"+1+cmd|' /C calc'!A0":       "'+1+cmd|' /C calc'!A0",
		"-2+3":                       "'-2+3",
		"@SUM(1+1)":                  "'@SUM(1+1)",
		"\t=1":                       "'\t=1",
		"\r=1":                       "'\r=1",
		"张三 = 李四":                    "张三 = 李四",
		"'quoted":                    "'quoted",
		"":                           "",
	}
	var order []string
	for in := range cells {
		order = append(order, in)
		if err := w.Row(Row{in, int64(-3), -12.5, -0.25}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b.Bytes(), []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(order)+1 {
		t.Fatalf("%d rows", len(rows))
	}
	for i, in := range order {
		r := rows[i+1]
		// encoding/csv drops a lone CR inside a field when it ends lines with CRLF.
		if r[0] != strings.ReplaceAll(cells[in], "\r", "") {
			t.Errorf("text %q written as %q, want %q", in, r[0], cells[in])
		}
		if r[1] != "-3" || r[2] != "-12.50" || r[3] != "-0.25" {
			t.Errorf("numbers written as %q", r[1:])
		}
	}
}
