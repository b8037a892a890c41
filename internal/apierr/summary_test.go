package apierr

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"yuanbahui/internal/msg"
)

// TestSummariesAreTheSPAs: every code has a summary in both languages, and
// the SPA's error.<CODE> strings are the same pair [zh-CN, English].
func TestSummariesAreTheSPAs(t *testing.T) {
	src, err := os.ReadFile("../../frontend/src/messages.ts")
	if err != nil {
		t.Fatal(err)
	}
	quoted := `('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`
	pair := regexp.MustCompile(`'error\.([A-Z_]+)':\s*\[\s*` + quoted + `,\s*` + quoted + `,?\s*\]`)
	unquote := func(s string) string {
		if strings.HasPrefix(s, "'") {
			s = `"` + strings.ReplaceAll(strings.ReplaceAll(s[1:len(s)-1], `\'`, `'`), `"`, `\"`) + `"`
		}
		u, err := strconv.Unquote(s)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		return u
	}
	spa := map[string][2]string{}
	for _, m := range pair.FindAllStringSubmatch(string(src), -1) {
		spa[m[1]] = [2]string{unquote(m[2]), unquote(m[3])}
	}
	if len(spa) != len(Codes) {
		t.Errorf("frontend/src/messages.ts has %d error.<CODE> strings, want one per code (%d)", len(spa), len(Codes))
	}
	for _, c := range Codes {
		s := c.Summary()
		zh, en := s.In(msg.Zh), s.In(msg.En)
		if en == "" || zh == en {
			t.Errorf("%s: summary %q / %q: want one in English and one in Chinese", c, en, zh)
		}
		if got, want := spa[string(c)], [2]string{zh, en}; got != want {
			t.Errorf("frontend/src/messages.ts error.%s = %q, want %q (internal/apierr summaries and internal/msg)", c, got, want)
		}
	}
}
