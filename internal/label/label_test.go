package label

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"entgo.io/ent/schema/field"

	"yuanbahui/ent/migrate"
)

// TestEveryEntEnumHasLabels: every value of every enum column of the ent
// schema (ent/migrate's tables, generated from ent/schema) has a Chinese and
// an English label under its GraphQL enum name (type and field, as entgql
// names them), in the schema's order.
func TestEveryEntEnumHasLabels(t *testing.T) {
	n := 0
	for _, table := range migrate.Tables {
		for _, c := range table.Columns {
			if c.Type != field.TypeEnum {
				continue
			}
			name := pascal(singular(table.Name)) + pascal(c.Name)
			var got []string
			for _, v := range Values(name) {
				got = append(got, v.Value)
				if v.Zh == "" || v.En == "" {
					t.Errorf("%s.%s: a label is missing", name, v.Value)
				}
			}
			if !slices.Equal(got, c.Enums) {
				t.Errorf("%s (%s.%s): labels for %v, the enum has %v", name, table.Name, c.Name, got, c.Enums)
			}
			n++
		}
	}
	if n < 20 {
		t.Fatalf("only %d enum columns found", n)
	}
}

func TestOf(t *testing.T) {
	if got := Of("TicketStatus", "COMPLETED"); got != "已办结" {
		t.Errorf("TicketStatus.COMPLETED = %q", got)
	}
	if got := Of("TicketStatus", "NEW_VALUE"); got != "NEW_VALUE" {
		t.Errorf("an unknown value shows as %q", got)
	}
}

func pascal(s string) string {
	parts := strings.Split(s, "_")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "")
}

// singular is ent's type name of a table: point_entries → point_entry,
// tickets → ticket.
func singular(table string) string {
	if base, ok := strings.CutSuffix(table, "ies"); ok {
		return base + "y"
	}
	return strings.TrimSuffix(table, "s")
}

// TestTypeScriptCopyIsCurrent: the SPA's label module (TSFile, which the
// screens read instead of labels of their own) is what go generate writes
// from this table, so a label changed here reaches the screens.
func TestTypeScriptCopyIsCurrent(t *testing.T) {
	got, err := os.ReadFile(filepath.Join("..", "..", TSFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, TypeScript()) {
		t.Errorf("%s differs from internal/label: run go generate ./internal/label (or make generate) and commit", TSFile)
	}
	for _, typ := range []string{"TicketStatus", "UserRole", "IssueCategory"} {
		for _, v := range Values(typ) {
			if want := v.Value + ": [" + tsString(v.Zh) + ", " + tsString(v.En) + "],"; !bytes.Contains(got, []byte(want)) {
				t.Errorf("%s lacks %s", TSFile, want)
			}
		}
	}
}

func TestTSString(t *testing.T) {
	for in, want := range map[string]string{"已办结": "'已办结'", "officer's service": `"officer's service"`, `a\b`: `'a\\b'`} {
		if got := tsString(in); got != want {
			t.Errorf("tsString(%q) = %s, want %s", in, got, want)
		}
	}
}
