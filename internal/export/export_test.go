package export

import (
	"bytes"
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
