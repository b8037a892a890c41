package bound_test

import (
	"strings"
	"testing"

	"yuanbahui/internal/bound"
)

// TestSecurityTextBounds: text is counted in characters, one-line text holds
// no line breaks, long text keeps newlines and tabs, and no text holds NUL,
// other control characters or invalid UTF-8.
func TestSecurityTextBounds(t *testing.T) {
	line, long := bound.OneLine(bound.Line), bound.MultiLine(bound.Long)
	cases := []struct {
		name string
		v    func(string) error
		s    string
		ok   bool
	}{
		{"200 Chinese characters on a line", line, strings.Repeat("灯", 200), true},
		{"201 characters on a line", line, strings.Repeat("灯", 201), false},
		{"a line break in a line", line, "路灯\n坏了", false},
		{"a tab in a line", line, "路灯\t坏了", false},
		{"a NUL in a line", line, "路\x00灯", false},
		{"lines and tabs in long text", long, "一、\t路灯\r\n二、管道", true},
		{"10,000 characters of long text", long, strings.Repeat("灯", 10_000), true},
		{"10,001 characters of long text", long, strings.Repeat("灯", 10_001), false},
		{"a NUL in long text", long, "路\x00灯", false},
		{"an escape in long text", long, "\x1b[31m红", false},
		{"a C1 control in long text", long, "路\u0085灯", false},
		{"DEL in long text", long, "路\x7f灯", false},
		{"invalid UTF-8", long, "路\xff灯", false},
	}
	for _, c := range cases {
		if err := c.v(c.s); (err == nil) != c.ok {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	if err := bound.List(bound.Line)([]string{"收据", " "}); err == nil {
		t.Error("a blank item of a list is accepted")
	}
	if err := bound.List(bound.Line)(make([]string, bound.Items+1)); err == nil {
		t.Error("a list past its bound is accepted")
	}
	if bound.Points(0) == nil || bound.Points(bound.MaxPoints+1) == nil || bound.Points(-bound.MaxPoints-1) == nil || bound.Points(-bound.MaxPoints) != nil {
		t.Error("Points bounds")
	}
}
