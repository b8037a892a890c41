package standing_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	gen "yuanbahui/ent"
	"yuanbahui/ent/village"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/refusal"
	"yuanbahui/internal/standing"
)

// TestPeriodsOfInput: the red board takes a year or a quarter, the awards
// and scores a half-year, bounded in Shanghai; anything else is refused as
// invalid input on the field period, with the message clients see.
func TestPeriodsOfInput(t *testing.T) {
	for label, want := range map[string][2]string{
		"2024":   {"2023-12-31T16:00:00Z", "2024-12-31T16:00:00Z"},
		"2024Q2": {"2024-03-31T16:00:00Z", "2024-06-30T16:00:00Z"},
	} {
		from, to, err := standing.BoardPeriod(label)
		if err != nil || from.Location() != time.UTC || from.Format(time.RFC3339) != want[0] || to.Format(time.RFC3339) != want[1] {
			t.Errorf("BoardPeriod(%s) = [%v, %v) %v, want %v", label, from, to, err, want)
		}
	}
	refused := func(err error, message string) bool {
		var r *apierr.Refusal
		return errors.As(err, &r) && errors.Is(err, refusal.ErrInvalid) && r.Message == message && slices.Equal(r.Field, []string{"input", "period"})
	}
	for _, label := range []string{"2024H1", "2024-06", "2024Q5", "24"} {
		if _, _, err := standing.BoardPeriod(label); !refused(err, `period "`+label+`" is a year such as 2024 or a quarter such as 2024Q2`) {
			t.Errorf("BoardPeriod(%s): %v", label, err)
		}
	}
	if h, err := standing.HalfYearInput("2024H2"); err != nil || h.Label != "2024H2" || h.End.UTC().Format(time.RFC3339) != "2024-12-31T16:00:00Z" {
		t.Errorf("HalfYearInput(2024H2) = %+v, %v", h, err)
	}
	for _, label := range []string{"2024", "2024Q1", "2024H3"} {
		if _, err := standing.HalfYearInput(label); !refused(err, `period "`+label+`" is not a half-year such as 2024H1`) {
			t.Errorf("HalfYearInput(%s): %v", label, err)
		}
	}
}

// TestBoardName: the village's setting names a household on the red board;
// masked accounts see FULL as SURNAME.
func TestBoardName(t *testing.T) {
	h := &gen.Household{HeadName: "付永华", Number: "012"}
	h.Edges.Courtyard = &gen.Courtyard{Name: "大坪院坝"}
	for _, c := range []struct {
		how    village.RedBoardNames
		masked bool
		want   string
	}{
		{village.RedBoardNamesFULL, false, "付永华"},
		{village.RedBoardNamesFULL, true, "付家"},
		{village.RedBoardNamesSURNAME, false, "付家"},
		{village.RedBoardNamesHOUSEHOLD_NUMBER, true, "大坪院坝 012号"},
	} {
		if got := standing.BoardName(c.how, h, c.masked); got != c.want {
			t.Errorf("BoardName(%s, masked %v) = %q, want %q", c.how, c.masked, got, c.want)
		}
	}
}
